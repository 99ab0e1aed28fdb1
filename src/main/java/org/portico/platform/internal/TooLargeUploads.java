package org.portico.platform.internal;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.portico.platform.ApiProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * An upload larger than the server takes fails while its parts are read, which the first
 * filter to read a parameter (the CSRF check) would otherwise turn into the container's bare
 * 413 page. This filter reads the parts of every multipart request first, before security, and
 * answers one that is too large itself: the API with the 413 problem, a page with the site's
 * error page naming the limit, in the person's language.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class TooLargeUploads {

    /** Before Spring Security's filters (-100), after character encoding. */
    private static final int ORDER = -200;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> tooLargeUploadFilter(UploadLimit limit,
            ThymeleafViewResolver views, LocaleResolver locales) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new PartsFirst(limit, views, locales));
        registration.setOrder(ORDER);
        return registration;
    }

    private static final class PartsFirst extends OncePerRequestFilter {

        private static final Logger log = LoggerFactory.getLogger(TooLargeUploads.class);

        private final UploadLimit limit;
        private final ThymeleafViewResolver views;
        private final LocaleResolver locales;

        PartsFirst(UploadLimit limit, ThymeleafViewResolver views, LocaleResolver locales) {
            this.limit = limit;
            this.views = views;
            this.locales = locales;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String type = request.getContentType();
            return type == null || !type.toLowerCase().startsWith("multipart/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                FilterChain chain) throws ServletException, IOException {
            try {
                request.getParts();
            } catch (IllegalStateException | ServletException | IOException failed) {
                if (limit.isTooLarge(failed)) {
                    log.info("Upload to {} refused: larger than {}", request.getRequestURI(),
                            limit.megabytes());
                    answer(request, response);
                    return;
                }
            }
            chain.doFilter(request, response);
        }

        private void answer(HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            HttpStatus status = HttpStatus.CONTENT_TOO_LARGE;
            if (ApiProblems.isApi(request)) {
                limit.writeProblem(request, response);
                return;
            }
            request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
            response.setStatus(status.value());
            try {
                View page = views.resolveViewName("error/413", locales.resolveLocale(request));
                page.render(Map.of("uploadLimit", limit.megabytes()), request, response);
            } catch (Exception unrendered) {
                log.warn("The 413 page could not be shown: {}", unrendered.toString());
                response.sendError(status.value());
            }
        }
    }
}
