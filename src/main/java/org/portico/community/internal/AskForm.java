package org.portico.community.internal;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a member types to ask a question. The form token is made when the form is shown, so
 * that the same form sent twice makes one question.
 */
class AskForm {

    static final int TITLE_MAX = 150;
    static final int BODY_MAX = 20000;

    @NotBlank
    @Size(min = 10, max = TITLE_MAX)
    private String title = "";

    @NotBlank
    @Size(max = BODY_MAX)
    private String body = "";

    @NotBlank
    private String topic = "";

    private String formToken = UUID.randomUUID().toString();

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

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getFormToken() {
        return formToken;
    }

    public void setFormToken(String formToken) {
        this.formToken = formToken;
    }
}
