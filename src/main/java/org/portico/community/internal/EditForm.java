package org.portico.community.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A post as edited; the title only counts for questions.
 */
class EditForm {

    @Size(max = AskForm.TITLE_MAX)
    private String title = "";

    @NotBlank
    @Size(max = AskForm.BODY_MAX)
    private String body = "";

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
