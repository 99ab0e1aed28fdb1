package org.portico.cases.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.portico.cases.NewCase;

/**
 * What a customer types to open a case, on the site or through the API.
 */
class OpenCaseForm {

    @NotBlank
    @Size(max = 200)
    private String subject = "";

    @NotBlank
    private String topic = "";

    @NotBlank
    @Size(max = 10000)
    private String description = "";

    NewCase toCommand(String site) {
        return new NewCase(site, subject, description, topic);
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
