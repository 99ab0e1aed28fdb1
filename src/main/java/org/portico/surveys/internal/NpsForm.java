package org.portico.surveys.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The NPS answer: a score from 0 to 10 and an optional comment.
 */
class NpsForm {

    @NotNull
    @Min(0)
    @Max(10)
    private Integer score;

    @Size(max = 2000)
    private String comment = "";

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
