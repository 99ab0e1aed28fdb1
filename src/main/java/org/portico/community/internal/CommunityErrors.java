package org.portico.community.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A community rule that said no becomes 400 with the reason in the reader's language on a
 * page of the site (the API answers it as every {@link org.portico.platform.Refusal}).
 */
@ControllerAdvice(basePackageClasses = CommunityErrors.class)
class CommunityErrors {

    private final MessageSource messages;

    CommunityErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CommunityRefusal.class)
    ModelAndView refused(CommunityRefusal refusal, Locale locale) {
        String reason = messages.getMessage(refusal.messageKey(), null, locale);
        ModelAndView page = new ModelAndView("community/refused", Map.of("reason", reason));
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
