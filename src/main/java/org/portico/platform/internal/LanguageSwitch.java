package org.portico.platform.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address of the language link in the page layouts: the same page with the same search
 * and filters, in the other language.
 */
@ControllerAdvice(annotations = Controller.class)
class LanguageSwitch {

    @ModelAttribute("languageSwitch")
    String languageSwitch(HttpServletRequest request, Locale locale) {
        String other = "zh".equals(locale.getLanguage()) ? "en" : "zh_CN";
        return UriComponentsBuilder.newInstance().query(request.getQueryString())
                .replaceQueryParam("lang", other).build().toUriString();
    }
}
