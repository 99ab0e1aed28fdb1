package org.portico.platform.internal;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Puts the version into links to webjars ({@code /webjars/htmx.org/dist/htmx.min.js}) like
 * Spring's {@link ResourceUrlEncodingFilter}, which it replaces, but leaves every other link
 * alone. Spring's filter asks the class path about every link a page builds (a case page has
 * about twenty), because the static files are served from {@code /**}; under load those
 * look-ups in the nested jar were the largest cost of a page and queued on a lock. The answer
 * for a webjar only changes with the jar, so it is kept for the life of the process.
 */
@Configuration(proxyBeanMethods = false)
class WebjarLinks {

    private static final String WEBJARS = "/webjars/";

    /** Registered under Spring's filter type so that Boot does not add its own. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter(
            ObjectProvider<ResourceUrlProvider> urls) {
        return new FilterRegistrationBean<>(new WebjarOnlyFilter(urls));
    }

    /** The filter: wraps the response so that {@code encodeURL} versions webjar links. */
    static final class WebjarOnlyFilter extends ResourceUrlEncodingFilter {

        private final ObjectProvider<ResourceUrlProvider> urls;
        private final Map<String, Optional<String>> resolved = new ConcurrentHashMap<>();

        WebjarOnlyFilter(ObjectProvider<ResourceUrlProvider> urls) {
            this.urls = urls;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response,
                FilterChain chain) throws IOException, ServletException {
            if (request instanceof HttpServletRequest http
                    && response instanceof HttpServletResponse out) {
                chain.doFilter(request, new Links(out, http.getContextPath()));
            } else {
                chain.doFilter(request, response);
            }
        }

        private String versioned(String url, String contextPath) {
            if (!url.startsWith(contextPath + WEBJARS)) {
                return url;
            }
            int end = endOfPath(url);
            String path = url.substring(contextPath.length(), end);
            return resolved.computeIfAbsent(path, p -> Optional.ofNullable(
                            urls.getObject().getForLookupPath(p)))
                    .map(found -> contextPath + found + url.substring(end))
                    .orElse(url);
        }

        private static int endOfPath(String url) {
            int query = url.indexOf('?');
            int fragment = url.indexOf('#');
            int end = url.length();
            if (query >= 0) {
                end = query;
            }
            if (fragment >= 0 && fragment < end) {
                end = fragment;
            }
            return end;
        }

        private final class Links extends HttpServletResponseWrapper {

            private final String contextPath;

            Links(HttpServletResponse response, String contextPath) {
                super(response);
                this.contextPath = contextPath;
            }

            @Override
            public String encodeURL(String url) {
                return super.encodeURL(versioned(url, contextPath));
            }
        }
    }
}
