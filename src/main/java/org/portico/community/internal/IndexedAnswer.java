package org.portico.community.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/**
 * A visible answer, read only to put its words into its question's index document (answers
 * are found through their question, never on their own).
 */
@Entity
@Immutable
@Table(name = "community_post")
@SQLRestriction("kind = 'ANSWER' AND status = 'VISIBLE'")
class IndexedAnswer {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id")
    private IndexedQuestion question;

    @FullTextField(name = "text_en", analyzer = IndexedQuestion.ENGLISH)
    @FullTextField(name = "text_zh", analyzer = IndexedQuestion.CHINESE)
    @Column(name = "body_text")
    private String bodyText;

    private boolean official;

    protected IndexedAnswer() {
    }

    boolean official() {
        return official;
    }
}
