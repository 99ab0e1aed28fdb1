package org.portico.community.internal;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An answer or a comment as typed, with the token that makes a double submission one post.
 */
class ReplyForm {

    @NotBlank
    @Size(max = AskForm.BODY_MAX)
    private String body = "";

    private String formToken = UUID.randomUUID().toString();

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getFormToken() {
        return formToken;
    }

    public void setFormToken(String formToken) {
        this.formToken = formToken;
    }
}
