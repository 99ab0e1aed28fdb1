package org.portico.community.internal;

import java.time.Instant;

/**
 * A question, answer or comment as stored, with its author's name.
 *
 * @param questionId the question an answer or comment belongs to; {@code null} for questions
 * @param parentId the post a comment is on; {@code null} otherwise
 */
record Post(long id, Kind kind, String site, Long questionId, Long parentId, String title,
        String topic, String language, String bodyMarkdown, String bodyHtml, String bodyText,
        long authorId, String authorName, boolean authorStaff, boolean official,
        boolean accepted, Status status, String heldReason, int score, int answerCount,
        int acceptedCount, int flagCount, String caseNumber, Instant createdAt,
        Instant editedAt) {

    enum Kind { QUESTION, ANSWER, COMMENT }

    /** VISIBLE to all; HELD by a rule and FLAGGED by members until reviewed; HIDDEN, DELETED. */
    enum Status { VISIBLE, HELD, FLAGGED, HIDDEN, DELETED }

    public boolean isVisible() {
        return status == Status.VISIBLE;
    }

    public boolean awaitsReview() {
        return status == Status.HELD || status == Status.FLAGGED;
    }

    /** The question this post belongs to (itself for a question). */
    public long questionOrSelf() {
        return questionId == null ? id : questionId;
    }

    public boolean isSolved() {
        return acceptedCount > 0;
    }

    public String snippet(int length) {
        if (bodyText.length() <= length) {
            return bodyText;
        }
        int cut = bodyText.lastIndexOf(' ', length);
        return bodyText.substring(0, cut > length / 2 ? cut : length) + "…";
    }
}
