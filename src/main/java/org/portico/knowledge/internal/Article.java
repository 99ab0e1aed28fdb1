package org.portico.knowledge.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.portico.knowledge.Visibility;

/**
 * A help article in one language. Title and body are indexed twice, once per analyzer, so
 * that English words are stemmed and Chinese text is split into words.
 */
@Entity
@Indexed(index = "article")
class Article {

    enum Status { DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @KeywordField
    private String site;

    private String slug;

    @KeywordField
    private String language;

    @FullTextField(name = "title_en", analyzer = SearchAnalysis.ENGLISH, norms = Norms.NO)
    @FullTextField(name = "title_zh", analyzer = SearchAnalysis.CHINESE, norms = Norms.NO)
    @FullTextField(name = "title_prefix", analyzer = SearchAnalysis.AUTOCOMPLETE,
            searchAnalyzer = SearchAnalysis.AUTOCOMPLETE_QUERY)
    private String title;

    private String topic;

    @KeywordField(aggregable = Aggregable.YES)
    private String topicKey;

    private String audience;

    private String bodyMarkdown;

    private String bodyHtml;

    @FullTextField(name = "body_en", analyzer = SearchAnalysis.ENGLISH,
            projectable = Projectable.YES, highlightable = Highlightable.PLAIN)
    @FullTextField(name = "body_zh", analyzer = SearchAnalysis.CHINESE,
            projectable = Projectable.YES, highlightable = Highlightable.PLAIN)
    @FullTextField(name = "body_pairs", analyzer = SearchAnalysis.ENGLISH_PAIRS,
            norms = Norms.NO)
    private String bodyText;

    private String summary;

    @KeywordField
    @Enumerated(EnumType.STRING)
    private Status status;

    private String sourcePath;

    private String sourceCredit;

    private String contentHash;

    private long viewCount;

    @KeywordField
    @Enumerated(EnumType.STRING)
    private Visibility visibility = Visibility.PUBLIC;

    private boolean promoted;

    private String relatedSlugs = "";

    private Integer publishedVersion;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant publishedAt;

    protected Article() {
    }

    /**
     * Who may find this article in a search, one key per kind of reader ("help/CUSTOMERS"):
     * while it is published, every visibility from its own to the widest, since a reader who
     * may read one visibility may read those before it ({@link Visibility#readableBy}).
     * A search then filters on the one key of its reader instead of on site, status and
     * visibility apart: three filters that nearly every article passes cost a third of a
     * search on a large index.
     */
    @KeywordField(name = "readers")
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "site")),
            @ObjectPath(@PropertyValue(propertyName = "status")),
            @ObjectPath(@PropertyValue(propertyName = "visibility"))})
    List<String> getReaders() {
        if (status != Status.PUBLISHED) {
            return List.of();
        }
        return EnumSet.range(visibility, Visibility.INTERNAL).stream()
                .map(widest -> site + "/" + widest.name())
                .toList();
    }

    /**
     * The key of {@link #getReaders()} that a reader who may read these visibilities has,
     * when they are all visibilities up to one; empty for any other set.
     */
    static Optional<String> readerKey(String site, Set<Visibility> readable) {
        return readable.stream().max(Enum::compareTo)
                .filter(widest -> readable.equals(EnumSet.range(Visibility.PUBLIC, widest)))
                .map(widest -> site + "/" + widest.name());
    }

    Article(String site, String slug, String language, Instant now) {
        this.site = site;
        this.slug = slug;
        this.language = language;
        this.status = Status.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
        this.contentHash = "";
    }

    void write(ArticleContent content, Instant now) {
        this.title = content.title();
        this.topic = content.topic();
        this.topicKey = content.topicKey();
        this.audience = content.audience();
        this.bodyMarkdown = content.markdown();
        this.bodyHtml = content.rendered().html();
        this.bodyText = content.rendered().text();
        this.summary = content.rendered().summary();
        this.sourcePath = content.sourcePath();
        this.sourceCredit = content.sourceCredit();
        this.contentHash = content.hash();
        this.updatedAt = now;
    }

    void archive() {
        status = Status.ARCHIVED;
    }

    /** Readers now see this version. */
    void publishVersion(int version, Instant now) {
        publishedVersion = version;
        status = Status.PUBLISHED;
        publishedAt = now;
    }

    void submitForReview() {
        if (status == Status.DRAFT) {
            status = Status.IN_REVIEW;
        }
    }

    void backToDraft() {
        if (status == Status.IN_REVIEW) {
            status = Status.DRAFT;
        }
    }

    void settings(Visibility visibility, boolean promoted, String relatedSlugs) {
        this.visibility = visibility;
        this.promoted = promoted;
        this.relatedSlugs = relatedSlugs;
    }

    Visibility visibility() {
        return visibility;
    }

    boolean promoted() {
        return promoted;
    }

    String relatedSlugs() {
        return relatedSlugs == null ? "" : relatedSlugs;
    }

    Integer publishedVersion() {
        return publishedVersion;
    }

    String bodyMarkdown() {
        return bodyMarkdown;
    }

    String audience() {
        return audience;
    }

    boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    Long id() {
        return id;
    }

    String site() {
        return site;
    }

    String slug() {
        return slug;
    }

    String language() {
        return language;
    }

    String title() {
        return title;
    }

    String topic() {
        return topic;
    }

    String topicKey() {
        return topicKey;
    }

    String bodyHtml() {
        return bodyHtml;
    }

    String summary() {
        return summary;
    }

    Status status() {
        return status;
    }

    String sourcePath() {
        return sourcePath;
    }

    String sourceCredit() {
        return sourceCredit;
    }

    String contentHash() {
        return contentHash;
    }

    long viewCount() {
        return viewCount;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String url() {
        return "/s/" + site + "/articles/" + slug;
    }
}
