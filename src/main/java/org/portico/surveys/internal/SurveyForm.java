package org.portico.surveys.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * An answer to a survey question: a score and an optional comment. The score's range is the
 * question's (1 to 5 for CSAT, 0 to 10 for NPS), checked by {@link #checkScore}.
 */
class SurveyForm {

    @NotNull
    private Integer score;

    @Size(max = 2000)
    private String comment = "";

    /** Marks the score wrong when it lies outside {@code lowest} to {@code highest}. */
    void checkScore(int lowest, int highest, Errors errors) {
        if (score != null && (score < lowest || score > highest)) {
            errors.rejectValue("score", "Range");
        }
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
