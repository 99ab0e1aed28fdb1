package org.portico.console.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.portico.cases.CaseDesk;
import org.portico.identity.PorticoUser;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Records that an agent is active whenever they use the console.
 */
@Configuration(proxyBeanMethods = false)
class PresenceInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final Presence presence;

    PresenceInterceptor(Presence presence) {
        this.presence = presence;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/console", "/console/**",
                "/api/v1/console/**").excludePathPatterns("/console/cases/*/work/end");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
            Object handler) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof PorticoUser user
                && CaseDesk.mayWork(user)) {
            presence.seen(user.id());
        }
        return true;
    }
}
