package org.portico.platform;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one shape of every error of the {@code /api/} paths: {@code application/problem+json}
 * (RFC 9457) with {@code type} (its {@link ProblemType}), {@code title}, {@code status},
 * {@code detail} and {@code instance}, plus {@code errors} (a message per field) for a request
 * with wrong fields, all in the caller's language ({@code portico-lang} cookie, else
 * {@code Accept-Language}).
 */
@Component
public class ApiProblems {

    /** The media type of every API error. */
    public static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final LocaleResolver locales;

    public ApiProblems(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /** Whether the request is one of the API's, answered with problems rather than pages. */
    public static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith("/api/");
    }

    /** The problem of a status with its usual explanation. */
    public Map<String, Object> problem(HttpServletRequest request, HttpStatusCode status) {
        return problem(request, status, new DefaultMessageSourceResolvable(
                new String[] {"problem.detail." + status.value(), "problem.detail.other"},
                null, null), Map.of());
    }

    /** The problem of a status with its reason and, for wrong fields, a message per field. */
    public Map<String, Object> problem(HttpServletRequest request, HttpStatusCode status,
            MessageSourceResolvable reason, Map<String, ? extends MessageSourceResolvable> fields) {
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemType.uriOf(status, fields));
        body.put("title", messages.getMessage(new DefaultMessageSourceResolvable(
                new String[] {"problem.title." + status.value(), "problem.title.other"}, null,
                String.valueOf(status.value())), locale));
        body.put("status", status.value());
        body.put("detail", messages.getMessage(reason, locale));
        body.put("instance", path(request));
        if (!fields.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            fields.forEach((field, error) -> errors.put(field, messages.getMessage(error, locale)));
            body.put("errors", errors);
        }
        return body;
    }

    /** Writes the problem of a status straight to the response (for filters). */
    public void write(HttpServletRequest request, HttpServletResponse response,
            HttpStatusCode status) throws IOException {
        write(response, status, problem(request, status));
    }

    /** Writes a problem straight to the response. */
    public void write(HttpServletResponse response, HttpStatusCode status,
            Map<String, Object> problem) throws IOException {
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(PROBLEM.toString());
        response.getWriter().write(JSON.writeValueAsString(problem));
        response.getWriter().flush();
    }

    /**
     * For the security filters: an API request refused for want of rights gets the 403
     * problem, a page the site's 403 page.
     */
    public AccessDeniedHandler accessDenied() {
        AccessDeniedHandler pages = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            if (isApi(request)) {
                write(request, response, HttpStatus.FORBIDDEN);
            } else {
                pages.handle(request, response, denied);
            }
        };
    }

    private static String path(HttpServletRequest request) {
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        String uri = original instanceof String failed ? failed : request.getRequestURI();
        return uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    }
}
