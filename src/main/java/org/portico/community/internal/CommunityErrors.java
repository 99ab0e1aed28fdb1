package org.portico.community.internal;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A community rule that said no becomes 400 with the reason in the reader's language: a
 * page for the site, JSON for the API.
 */
@ControllerAdvice(basePackageClasses = CommunityErrors.class)
class CommunityErrors {

    private final MessageSource messages;

    CommunityErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CommunityRefusal.class)
    Object refused(CommunityRefusal refusal, HttpServletRequest request, Locale locale) {
        String reason = messages.getMessage(refusal.messageKey(), null, locale);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.badRequest().body(Map.of("status", 400, "error", reason));
        }
        ModelAndView page = new ModelAndView("community/refused", Map.of("reason", reason));
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
