package org.portico.community.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A visible question as the search index sees it: a read-only view of {@code community_post}
 * that only ever loads visible questions, so a held, flagged, hidden or deleted question can
 * never be indexed. Posts are written with SQL, so {@link QuestionIndex} re-indexes a question
 * after each change rather than Hibernate noticing it. The analysers are the knowledge
 * module's, configured once for the whole search backend and named here.
 */
@Entity
@Immutable
@Table(name = "community_post")
@SQLRestriction("kind = 'QUESTION' AND status = 'VISIBLE'")
@Indexed(index = "community_question")
class IndexedQuestion {

    static final String ENGLISH = "portico_english";
    static final String CHINESE = "portico_chinese";
    static final String AUTOCOMPLETE = "portico_autocomplete";
    static final String AUTOCOMPLETE_QUERY = "portico_autocomplete_query";

    @Id
    private Long id;

    @KeywordField(name = "site")
    @Column(name = "site_slug")
    private String site;

    @FullTextField(name = "title_en", analyzer = ENGLISH, norms = Norms.NO,
            projectable = Projectable.YES, highlightable = Highlightable.PLAIN)
    @FullTextField(name = "title_zh", analyzer = CHINESE, norms = Norms.NO,
            projectable = Projectable.YES, highlightable = Highlightable.PLAIN)
    @FullTextField(name = "title_prefix", analyzer = AUTOCOMPLETE,
            searchAnalyzer = AUTOCOMPLETE_QUERY)
    private String title;

    @KeywordField
    private String language;

    @FullTextField(name = "body_en", analyzer = ENGLISH,
            projectable = Projectable.YES, highlightable = Highlightable.PLAIN)
    @FullTextField(name = "body_zh", analyzer = CHINESE,
            projectable = Projectable.YES, highlightable = Highlightable.PLAIN)
    @Column(name = "body_text")
    private String bodyText;

    @Column(name = "accepted_count")
    private int acceptedCount;

    @IndexedEmbedded(includePaths = {"text_en", "text_zh"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    @OneToMany(mappedBy = "question")
    @BatchSize(size = 100)
    private List<IndexedAnswer> answers = new ArrayList<>();

    protected IndexedQuestion() {
    }

    Long id() {
        return id;
    }

    String title() {
        return title;
    }

    String bodyText() {
        return bodyText;
    }

    /** Solved (an accepted answer) or answered by staff with the official mark. */
    @GenericField(name = "answered")
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "acceptedCount")),
            @ObjectPath(@PropertyValue(propertyName = "answers"))})
    boolean isAnswered() {
        return acceptedCount > 0 || answers.stream().anyMatch(IndexedAnswer::official);
    }
}
