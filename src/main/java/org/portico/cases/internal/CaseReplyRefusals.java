package org.portico.cases.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.portico.cases.CaseClosedForReplies;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A reply to a case that takes no more replies: the case page says so and offers a new case
 * (the API answers 409 as every {@link org.portico.platform.Refusal}).
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
        ModelAndView conflict = new ModelAndView("error/4xx");
        conflict.setStatus(HttpStatus.CONFLICT);
        return conflict;
    }
}
