package org.portico.knowledge.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.portico.knowledge.HelpSiteVisited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Tells the rest of Portico when a customer site's start page, a search or an article was
 * shown, so that self-service can be measured. Only successful page views (not assets, not
 * suggestions) count. A visitor is known by a hash of the address and the browser's name.
 */
@Configuration
class VisitSignals implements WebMvcConfigurer, HandlerInterceptor {

    private static final Pattern PAGE = Pattern.compile("/s/([a-z0-9-]+)(/search|/articles/.+)?/?");

    private final ApplicationEventPublisher events;
    private final Clock clock;

    VisitSignals(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/s/*", "/s/*/search", "/s/*/articles/*");
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response,
            Object handler, Exception failure) {
        Matcher page = PAGE.matcher(request.getRequestURI().substring(
                request.getContextPath().length()));
        if (failure != null || response.getStatus() != 200 || !"GET".equals(request.getMethod())
                || !page.matches()) {
            return;
        }
        events.publishEvent(new HelpSiteVisited(page.group(1), visitor(request),
                usage(page.group(2)), clock.instant()));
    }

    private static HelpSiteVisited.Usage usage(String rest) {
        if (rest == null || rest.equals("/")) {
            return HelpSiteVisited.Usage.PAGE;
        }
        return rest.equals("/search") ? HelpSiteVisited.Usage.SEARCH
                : HelpSiteVisited.Usage.ARTICLE;
    }

    private static String visitor(HttpServletRequest request) {
        String who = request.getRemoteAddr() + "|" + request.getHeader("User-Agent");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(who.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
