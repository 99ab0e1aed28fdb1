package org.portico.cases.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A reply sent through the API; staff may send an internal note ({@code INTERNAL}).
 */
class ApiReplyRequest {

    @NotBlank
    @Size(max = 10000)
    private String body;

    @Pattern(regexp = "PUBLIC|INTERNAL")
    private String visibility = "PUBLIC";

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }
}
