package org.portico.console.internal;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A reply macro as a supervisor writes it.
 */
class MacroForm {

    static final List<String> LANGUAGES = List.of("en", "zh-CN");

    @NotBlank
    @Size(max = 80)
    private String name = "";

    @NotBlank
    @Size(max = 4000)
    private String body = "";

    private String language = "en";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    boolean hasKnownLanguage() {
        return LANGUAGES.contains(language);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
