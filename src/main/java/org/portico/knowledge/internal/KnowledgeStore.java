package org.portico.knowledge.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.portico.knowledge.KnowledgeAuthoring;
import org.portico.knowledge.NewArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes articles: publishing from code, and saving what an import read. Saving through JPA
 * lets Hibernate Search index each article when its transaction commits (when search runs in
 * this process).
 */
@Service
class KnowledgeStore implements KnowledgeAuthoring {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeStore.class);
    /** The author recorded on versions written by code or an import. */
    static final String IMPORTER = "import";

    private final ArticleRepository articles;
    private final MarkdownRenderer renderer;
    private final ArticleIndexing indexing;
    private final ArticleVersions versions;
    private final Clock clock;
    private final KnowledgeCatalog catalog;

    KnowledgeStore(ArticleRepository articles, MarkdownRenderer renderer,
            ArticleIndexing indexing, ArticleVersions versions, Clock clock,
            KnowledgeCatalog catalog) {
        this.articles = articles;
        this.catalog = catalog;
        this.versions = versions;
        this.indexing = indexing;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long publish(NewArticle article) {
        RenderedMarkdown rendered = renderer.render(article.markdown(),
                LinkRewriter.forSite(article.site()));
        String title = article.title() != null ? article.title()
                : rendered.title() != null ? rendered.title() : article.slug();
        String topicKey = article.topic() == null ? "" : article.topic().strip()
                .toLowerCase(Locale.ROOT).replace(' ', '-');
        ArticleContent content = new ArticleContent(title, Slugs.topic(topicKey), topicKey,
                article.audience() == null ? "public" : article.audience(), article.markdown(),
                rendered, null, null, ArticleContent.fingerprint(title, topicKey,
                        article.audience(), article.markdown()));
        Article saved = save(article.site(), article.slug(), article.language(), content);
        return saved.id();
    }

    /** Creates or updates the article with this slug and language, and publishes it. */
    @Transactional
    Article save(String site, String slug, String language, ArticleContent content) {
        Article article = articles.findBySiteAndSlugAndLanguage(site, slug, language)
                .orElseGet(() -> new Article(site, slug, language, clock.instant()));
        write(article, content);
        return article;
    }

    /**
     * Creates or updates the English article imported from this source file. A new file whose
     * slug another article already uses is refused.
     */
    @Transactional
    Saved saveImported(String site, String slug, ArticleContent content) {
        indexing.deferInCurrentTransaction();
        Optional<Article> imported = articles.findBySiteAndSourcePath(site, content.sourcePath());
        if (imported.isEmpty() && articles.findBySiteAndSlugAndLanguage(site, slug, "en")
                .isPresent()) {
            throw new ImportFailure("the address " + slug + " is used by another article");
        }
        Article article = imported
                .orElseGet(() -> new Article(site, slug, "en", clock.instant()));
        SaveOutcome outcome = write(article, content);
        return new Saved(article.id(), outcome);
    }

    private SaveOutcome write(Article article, ArticleContent content) {
        boolean created = article.id() == null;
        if (!created && (article.status() == Article.Status.ARCHIVED
                || article.isPublished() && article.contentHash().equals(content.hash()))) {
            return SaveOutcome.UNCHANGED;
        }
        Instant now = clock.instant();
        article.write(content, now);
        articles.saveAndFlush(article);
        ArticleVersions.Version version = versions.add(article.id(), content.title(),
                content.topicKey(), content.markdown(), ArticleVersions.State.DRAFT, IMPORTER);
        versions.markPublished(version);
        article.publishVersion(version.number(), now);
        articles.save(article);
        catalog.forgetTopicCounts();
        log.info("Article {} ({}) {} on site {}", article.slug(), article.language(),
                created ? "published" : "updated", article.site());
        return created ? SaveOutcome.CREATED : SaveOutcome.UPDATED;
    }

    enum SaveOutcome { CREATED, UPDATED, UNCHANGED }

    /** An article written by an import. */
    record Saved(long id, SaveOutcome outcome) {
    }
}
