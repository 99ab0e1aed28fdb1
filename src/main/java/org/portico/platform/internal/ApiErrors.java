package org.portico.platform.internal;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.portico.platform.ApiProblems;
import org.portico.platform.InvalidRequest;
import org.portico.platform.NotFoundException;
import org.portico.platform.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error of an {@code /api/} request, whichever module it comes from, answered in one
 * place as a problem ({@link ApiProblems}): a {@link Refusal} with its status and reason, wrong
 * fields 400 with a message per field, not found 404, not allowed 403 (401 when nobody signed
 * in), Spring's own errors (405, 415, 413 …) with their status, anything else 500. Pages are
 * left to their own handlers and error pages.
 */
@Component
class ApiErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final ApiProblems problems;
    private final UploadLimit uploadLimit;

    ApiErrors(ApiProblems problems, UploadLimit uploadLimit) {
        this.problems = problems;
        this.uploadLimit = uploadLimit;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request,
            HttpServletResponse response, Object handler, Exception failure) {
        if (!ApiProblems.isApi(request) || response.isCommitted()) {
            return null;
        }
        try {
            answer(request, response, failure);
        } catch (IOException unwritable) {
            log.warn("API error {} could not be written: {}", failure, unwritable.toString());
        }
        return new ModelAndView();
    }

    private void answer(HttpServletRequest request, HttpServletResponse response,
            Exception failure) throws IOException {
        if (failure instanceof Refusal refusal) {
            write(request, response, refusal.status(), refusal.reason(), refusal.fields());
        } else if (failure instanceof BindException wrong) {
            InvalidRequest invalid = InvalidRequest.of(wrong.getBindingResult(), "request");
            write(request, response, invalid.status(), invalid.reason(), invalid.fields());
        } else if (failure instanceof NotFoundException) {
            problems.write(request, response, HttpStatus.NOT_FOUND);
        } else if (failure instanceof AccessDeniedException) {
            problems.write(request, response, signedIn() ? HttpStatus.FORBIDDEN
                    : HttpStatus.UNAUTHORIZED);
        } else if (failure instanceof MaxUploadSizeExceededException
                || failure instanceof MultipartException && uploadLimit.isTooLarge(failure)) {
            uploadLimit.writeProblem(request, response);
        } else if (failure instanceof ErrorResponse known) {
            known.getHeaders().forEach((name, values) ->
                    values.forEach(value -> response.addHeader(name, value)));
            write(request, response, known.getStatusCode(), reason(failure), Map.of());
        } else if (isBadRequest(failure)) {
            write(request, response, HttpStatus.BAD_REQUEST, reason(failure), Map.of());
        } else {
            log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(),
                    failure);
            problems.write(request, response, HttpStatus.INTERNAL_SERVER_ERROR);
        }
    }

    private void write(HttpServletRequest request, HttpServletResponse response,
            HttpStatusCode status, MessageSourceResolvable reason,
            Map<String, ? extends MessageSourceResolvable> fields) throws IOException {
        problems.write(response, status, problems.problem(request, status, reason, fields));
    }

    /** Spring's own errors get a reason of their kind, else the usual one of their status. */
    private static MessageSourceResolvable reason(Exception failure) {
        int status = failure instanceof ErrorResponse known ? known.getStatusCode().value() : 400;
        String general = "problem.detail." + status;
        if (failure instanceof HttpRequestMethodNotSupportedException e) {
            return reason(general, "method", e.getMethod());
        } else if (failure instanceof HttpMediaTypeNotSupportedException) {
            return reason(general, "media-type", "");
        } else if (failure instanceof MissingServletRequestParameterException e) {
            return reason(general, "parameter", e.getParameterName());
        } else if (failure instanceof MissingRequestHeaderException e) {
            return reason(general, "header", e.getHeaderName());
        } else if (failure instanceof MethodArgumentTypeMismatchException e) {
            return reason(general, "parameter", e.getName());
        } else if (failure instanceof HttpMessageNotReadableException) {
            return reason(general, "body", "");
        }
        return new DefaultMessageSourceResolvable(new String[] {general},
                new Object[] {""});
    }

    private static MessageSourceResolvable reason(String general, String kind, String what) {
        return new DefaultMessageSourceResolvable(
                new String[] {"problem.detail." + kind, general}, new Object[] {what});
    }

    private static boolean isBadRequest(Exception failure) {
        return failure instanceof HttpMessageNotReadableException
                || failure instanceof MethodArgumentTypeMismatchException
                || failure instanceof IllegalArgumentException;
    }

    private static boolean signedIn() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who != null && who.isAuthenticated()
                && !(who instanceof AnonymousAuthenticationToken);
    }
}
