package org.portico.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portico.knowledge.internal.UniqueWords.unique;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.portico.knowledge.KnowledgeAuthoring;
import org.portico.knowledge.NewArticle;
import org.portico.knowledge.Visibility;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the article search learns about a query's words before it builds the query, on the
 * backend this run of the tests uses: the embedded Lucene index, or with {@code -Popensearch}
 * a real OpenSearch node. A word that some article holds (in any form the English analyzer
 * folds together) is known; only a word no article holds is tolerated as a typo.
 */
@PorticoIntegrationTest
class SearchVocabularyIntegrationTests {

    @Autowired
    SearchVocabulary vocabulary;

    @Autowired
    KnowledgeAuthoring authoring;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ArticleIndexing indexing;

    @Autowired
    ArticleSearch search;

    @Test
    void runsOnTheBackendTheConfigurationNames() {
        boolean cluster = environment.getProperty("portico.test.opensearch-node", Boolean.class,
                false);
        assertThat(Search.mapping(entityManager.getEntityManagerFactory()).backend())
                .isInstanceOf(cluster ? ElasticsearchBackend.class : LuceneBackend.class);
    }

    @Test
    void knowsTheWordsOfPublishedArticlesAsTypedAndStemmed() {
        String word = unique("quillwort");
        authoring.publish(new NewArticle("help", word, "en", "Growing " + word, "plants",
                "Every " + word + " needs water.", "individual"));

        List<SearchVocabulary.Word> words = transactions.execute(status -> vocabulary.words(
                Search.session(entityManager), "Growing " + word + "s, " + word + "x!", 10));

        assertThat(words).containsExactly(new SearchVocabulary.Word("Growing", false, false),
                new SearchVocabulary.Word(word + "s", false, false),
                new SearchVocabulary.Word(word + "x", true, false));
    }

    @Test
    void tellsWhetherAnyArticleIsInALanguage() {
        authoring.publish(new NewArticle("help", unique("gecko"), "en", "Geckos", "animals",
                "Geckos climb glass.", "individual"));

        transactions.executeWithoutResult(status -> {
            assertThat(vocabulary.hasArticlesIn(Search.session(entityManager), "en")).isTrue();
            assertThat(vocabulary.hasArticlesIn(Search.session(entityManager), "xx")).isFalse();
        });
    }

    /**
     * A word that thousands of articles hold ("how", "is", or here a made-up word) only adds
     * to the score: the articles found are those with the telling word, whether or not they
     * also hold the common one, the one with both first.
     */
    @Test
    void findsByTheTellingWordWhenTheOtherWordIsInThousandsOfArticles() {
        String site = unique("crowd");
        String common = unique("everywherish");
        String telling = unique("quillback");
        int crowd = SearchVocabulary.COMMON_MIN_ARTICLES + 50;
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < crowd; i++) {
            rows.add(new Object[] {site, "crowd-" + i, "Note " + i,
                "Every note says " + common + " once."});
        }
        rows.add(new Object[] {site, "both", "Both words", common + " and " + telling});
        rows.add(new Object[] {site, "telling", "One word", "Only " + telling + " here."});
        jdbc.batchUpdate("""
                INSERT INTO article (site, slug, language, title, topic, topic_key, audience,
                    body_markdown, body_html, body_text, summary, status, content_hash,
                    view_count, created_at, updated_at, published_at, visibility, promoted,
                    related_slugs, published_version)
                VALUES (?, ?, 'en', ?, 'Notes', 'notes', 'public', '', '', ?, '', 'PUBLISHED',
                    '', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'PUBLIC',
                    FALSE, '', 1)""", rows);
        indexing.index(jdbc.queryForList("SELECT id FROM article WHERE site = ?", Long.class,
                site));

        List<SearchVocabulary.Word> words = transactions.execute(status -> vocabulary.words(
                Search.session(entityManager), common + " " + telling, 10));
        ArticleSearch.Results found = search.search(site, common + " " + telling, null, 1,
                Locale.ENGLISH, Set.of(Visibility.PUBLIC));

        assertThat(words).containsExactly(new SearchVocabulary.Word(common, false, true),
                new SearchVocabulary.Word(telling, false, false));
        assertThat(found.total()).isEqualTo(2);
        assertThat(found.hits()).extracting(ArticleSearch.Hit::title)
                .containsExactly("Both words", "One word");
        // A telling word that no article holds leaves the common one to find something.
        assertThat(search.search(site, common + " " + unique("nowhere"), null, 1,
                Locale.ENGLISH, Set.of(Visibility.PUBLIC)).hits()).isNotEmpty();
    }

    @Test
    void knowsWhetherItsIndexCarriesTheReadersKeysOfThisVersion() {
        authoring.publish(new NewArticle("help", unique("narwhal"), "en", "Narwhals",
                "animals", "Narwhals have one tusk.", "individual"));
        boolean cluster = environment.getProperty("portico.test.opensearch-node", Boolean.class,
                false);

        transactions.executeWithoutResult(status -> {
            assertThat(vocabulary.hasReadersKey(Search.session(entityManager), "help/PUBLIC"))
                    .isTrue();
            assertThat(vocabulary.hasReadersKey(Search.session(entityManager),
                    unique("nosite") + "/PUBLIC")).isEqualTo(cluster);
        });
        assertThat(vocabulary.isOutdated()).isFalse();
    }
}
