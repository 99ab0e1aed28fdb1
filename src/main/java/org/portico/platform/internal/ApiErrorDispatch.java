package org.portico.platform.internal;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.portico.platform.ApiProblems;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Errors that never reached a controller (the container refused the request, a filter sent an
 * error status) are forwarded to {@code /error}; for an {@code /api/} request this answers that
 * forward with the problem of the status ({@link ApiProblems}) instead of an error page.
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorDispatch {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiErrorFilter(ApiProblems problems,
            UploadLimit uploadLimit) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new ProblemFilter(problems, uploadLimit));
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static final class ProblemFilter extends OncePerRequestFilter {

        private final ApiProblems problems;
        private final UploadLimit uploadLimit;

        ProblemFilter(ApiProblems problems, UploadLimit uploadLimit) {
            this.problems = problems;
            this.uploadLimit = uploadLimit;
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return request.getDispatcherType() != DispatcherType.ERROR
                    || !ApiProblems.isApi(request);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                FilterChain chain) throws ServletException, IOException {
            Object code = request.getAttribute("jakarta.servlet.error.status_code");
            HttpStatusCode status = code instanceof Integer value ? HttpStatusCode.valueOf(value)
                    : HttpStatus.INTERNAL_SERVER_ERROR;
            if (status.value() == HttpStatus.CONTENT_TOO_LARGE.value()) {
                uploadLimit.writeProblem(request, response);
            } else {
                problems.write(request, response, status);
            }
        }
    }
}
