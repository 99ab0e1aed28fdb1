package org.portico.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portico.knowledge.internal.UniqueWords.unique;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.portico.knowledge.KnowledgeAuthoring;
import org.portico.knowledge.NewArticle;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
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
}
