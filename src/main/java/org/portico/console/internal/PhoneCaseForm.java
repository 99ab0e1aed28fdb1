package org.portico.console.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.portico.cases.PhoneCase;

/**
 * What an agent types while a customer is on the phone.
 */
class PhoneCaseForm {

    @NotBlank
    @Email
    @Size(max = 254)
    private String callerEmail = "";

    @Size(max = 120)
    private String callerName = "";

    @NotBlank
    private String site = "help";

    @NotBlank
    @Size(max = 200)
    private String subject = "";

    @NotBlank
    @Size(max = 10000)
    private String description = "";

    @NotBlank
    private String topic = "";

    @NotBlank
    private String priority = "NORMAL";

    PhoneCase toCommand() {
        String name = callerName == null || callerName.isBlank()
                ? callerEmail.substring(0, callerEmail.indexOf('@')) : callerName;
        return new PhoneCase(callerEmail, name, site, subject, description, topic, priority);
    }

    public String getCallerEmail() {
        return callerEmail;
    }

    public void setCallerEmail(String callerEmail) {
        this.callerEmail = callerEmail;
    }

    public String getCallerName() {
        return callerName;
    }

    public void setCallerName(String callerName) {
        this.callerName = callerName;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }
}
