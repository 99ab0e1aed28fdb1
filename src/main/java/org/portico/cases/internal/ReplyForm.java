package org.portico.cases.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A customer's reply to one of their cases.
 */
class ReplyForm {

    @NotBlank
    @Size(max = 10000)
    private String body = "";

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
