package org.portico.knowledge.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.portico.identity.PorticoUser;
import org.portico.knowledge.ArticlePublished;
import org.portico.knowledge.Visibility;
import org.portico.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authors' side of an article: every save is a new version; a version goes from draft to
 * review to published (now or at a set time), and an article can be archived. Readers keep
 * seeing the published version while a newer draft is written.
 */
@Service
class KnowledgeEditor {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeEditor.class);

    private final ArticleRepository articles;
    private final ArticleVersions versions;
    private final MarkdownRenderer renderer;
    private final ApplicationEventPublisher events;
    private final KnowledgeCatalog catalog;
    private final Clock clock;

    KnowledgeEditor(ArticleRepository articles, ArticleVersions versions,
            MarkdownRenderer renderer, ApplicationEventPublisher events,
            KnowledgeCatalog catalog, Clock clock) {
        this.articles = articles;
        this.versions = versions;
        this.renderer = renderer;
        this.events = events;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** What an author typed into the editor. */
    record Draft(String title, String topicKey, String markdown) {
    }

    /** A rule of the lifecycle was broken (publishing a draft nobody reviewed, for example). */
    static final class LifecycleException extends RuntimeException {

        LifecycleException(String message) {
            super(message);
        }
    }

    /**
     * Starts a new article (or a translation of one) as a first draft; a translation takes the
     * article's audience, promotion and related articles.
     */
    @Transactional
    Article create(String site, String slug, String language, Draft draft, String author) {
        if (articles.findBySiteAndSlugAndLanguage(site, slug, language).isPresent()) {
            throw new LifecycleException("knowledge.editor.error.slug-taken");
        }
        Article article = new Article(site, slug, language, clock.instant());
        articles.findBySiteAndSlug(site, slug).stream().findFirst().ifPresent(other ->
                article.settings(other.visibility(), other.promoted(), other.relatedSlugs()));
        article.write(content(article, draft), clock.instant());
        articles.saveAndFlush(article);
        versions.add(article.id(), draft.title(), draft.topicKey(), draft.markdown(),
                ArticleVersions.State.DRAFT, author);
        log.info("Article {} ({}) drafted on site {}", slug, language, site);
        return article;
    }

    /** Saves the editor's text as the next version, a draft. */
    @Transactional
    ArticleVersions.Version save(long articleId, Draft draft, String author) {
        Article article = get(articleId);
        if (article.publishedVersion() == null || !article.isPublished()) {
            article.write(content(article, draft), clock.instant());
            article.backToDraft();
            articles.saveAndFlush(article);
        }
        return versions.add(articleId, draft.title(), draft.topicKey(), draft.markdown(),
                ArticleVersions.State.DRAFT, author);
    }

    @Transactional
    void submitForReview(long articleId) {
        ArticleVersions.Version latest = latest(articleId);
        if (!versions.move(latest.id(), ArticleVersions.State.DRAFT,
                ArticleVersions.State.IN_REVIEW)) {
            throw new LifecycleException("knowledge.editor.error.not-draft");
        }
        get(articleId).submitForReview();
    }

    /** Sends a version in review back to its author as a draft. */
    @Transactional
    void returnToDraft(long articleId) {
        ArticleVersions.Version latest = latest(articleId);
        versions.schedule(latest.id(), null);
        if (!versions.move(latest.id(), ArticleVersions.State.IN_REVIEW,
                ArticleVersions.State.DRAFT)) {
            throw new LifecycleException("knowledge.editor.error.not-in-review");
        }
        get(articleId).backToDraft();
    }

    /** Publishes the version in review now, approved by the reviewer. */
    @Transactional
    void publish(long articleId, PorticoUser reviewer) {
        publishVersion(approve(articleId, reviewer));
    }

    /**
     * Publishes the version in review at a later time (see {@link ScheduledPublishing}),
     * approved by the reviewer now.
     */
    @Transactional
    void schedule(long articleId, Instant at, PorticoUser reviewer) {
        if (!at.isAfter(clock.instant())) {
            throw new LifecycleException("knowledge.editor.error.past");
        }
        versions.schedule(approve(articleId, reviewer).id(), at);
    }

    private ArticleVersions.Version approve(long articleId, PorticoUser reviewer) {
        ArticleVersions.Version latest = latest(articleId);
        if (latest.state() != ArticleVersions.State.IN_REVIEW) {
            throw new LifecycleException("knowledge.editor.error.not-in-review");
        }
        if (!KnowledgeStaff.mayApprove(reviewer, latest)) {
            throw new LifecycleException("knowledge.editor.error.own-version");
        }
        versions.approve(latest.id(), reviewer.email());
        log.info("Version {} of article {} approved by {}", latest.number(), articleId,
                reviewer.id());
        return latest;
    }

    /** Takes the article away from readers; its versions stay. */
    @Transactional
    void archive(long articleId) {
        Article article = get(articleId);
        article.archive();
        articles.save(article);
        versions.supersedePublished(articleId);
        catalog.forgetTopicCounts();
        log.info("Article {} ({}) archived on site {}", article.slug(), article.language(),
                article.site());
    }

    /**
     * Who may read the article, whether it is promoted and what is related to it: one choice
     * for every language of the article, so that a translation never shows what the other
     * language keeps to a narrower audience.
     */
    @Transactional
    void settings(long articleId, Visibility visibility, boolean promoted, String related) {
        Article article = get(articleId);
        articles.findBySiteAndSlug(article.site(), article.slug())
                .forEach(language -> language.settings(visibility, promoted, related));
        catalog.forgetTopicCounts();
    }

    /**
     * Makes this version the one readers see, unless another node already did. Returns false
     * when it was published already.
     */
    @Transactional
    boolean publishVersion(ArticleVersions.Version version) {
        if (!versions.markPublished(version)) {
            return false;
        }
        Article article = get(version.articleId());
        Instant now = clock.instant();
        article.write(content(article, new Draft(version.title(), version.topicKey(),
                version.markdown())), now);
        article.publishVersion(version.number(), now);
        articles.save(article);
        events.publishEvent(new ArticlePublished(article.site(), article.slug(),
                article.language(), version.number(), now));
        log.info("Article {} ({}) version {} published on site {}", article.slug(),
                article.language(), version.number(), article.site());
        return true;
    }

    Article get(long articleId) {
        return articles.findById(articleId)
                .orElseThrow(() -> new NotFoundException("article " + articleId));
    }

    List<ArticleVersions.Version> history(long articleId) {
        return versions.all(articleId);
    }

    Optional<ArticleVersions.Version> version(long articleId, int number) {
        return versions.get(articleId, number);
    }

    ArticleVersions.Version latest(long articleId) {
        return versions.latest(articleId)
                .orElseThrow(() -> new NotFoundException("versions of article " + articleId));
    }

    RenderedMarkdown preview(String site, String markdown) {
        return renderer.render(markdown == null ? "" : markdown, LinkRewriter.forSite(site));
    }

    /** The draft as the article's content, keeping where an imported article came from. */
    private ArticleContent content(Article article, Draft draft) {
        RenderedMarkdown rendered = preview(article.site(), draft.markdown());
        return new ArticleContent(draft.title(), Slugs.topic(draft.topicKey()),
                draft.topicKey(), article.audience() == null ? "public" : article.audience(),
                draft.markdown(), rendered, article.sourcePath(), article.sourceCredit(),
                ArticleContent.fingerprint(draft.title(), draft.topicKey(), draft.markdown()));
    }
}
