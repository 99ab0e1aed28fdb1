package org.portico.cases.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.portico.cases.CaseClosedForReplies;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A reply to a case that takes no more replies: the case page says so and offers a new case;
 * the API answers 409.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseReplyRefusals {

    private static final Pattern SITE_CASE = Pattern.compile("^/s/([a-z0-9-]+)/cases/(\\d+)/.*");

    @ExceptionHandler(CaseClosedForReplies.class)
    Object refused(CaseClosedForReplies refused, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher page = SITE_CASE.matcher(path);
        if (page.matches()) {
            return "redirect:/s/" + page.group(1) + "/cases/" + page.group(2) + "?closed";
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("status", 409,
                "error", "This case takes no more replies; open a new case instead.",
                "number", refused.number()));
    }
}
