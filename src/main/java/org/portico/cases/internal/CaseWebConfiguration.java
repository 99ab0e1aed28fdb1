package org.portico.cases.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the agents' scope check on the console and API paths of cases and accounts.
 */
@Configuration
class CaseWebConfiguration implements WebMvcConfigurer {

    private final CaseScopeInterceptor scope;

    CaseWebConfiguration(CaseScopeInterceptor scope) {
        this.scope = scope;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(scope)
                .addPathPatterns("/console/cases/**", "/api/v1/cases/**", "/console/accounts/**",
                        "/console/statements/*", "/console/statements/*/**");
    }
}
