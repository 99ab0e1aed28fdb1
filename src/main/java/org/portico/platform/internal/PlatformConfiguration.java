package org.portico.platform.internal;

import java.time.Clock;
import java.util.Locale;

import org.portico.platform.PorticoProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Cross-cutting setup: the clock, the interface language (chosen with {@code ?lang=} and
 * remembered in a cookie, otherwise taken from the browser).
 */
@Configuration
@EnableConfigurationProperties(PorticoProperties.class)
class PlatformConfiguration implements WebMvcConfigurer {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("portico-lang");
        // a cookie that names no language (set by hand or by another page) is ignored rather
        // than failing every page until it is cleared
        resolver.setRejectInvalidCookies(false);
        resolver.setDefaultLocaleFunction(request -> {
            Locale requested = request.getLocale();
            return requested != null && requested.getLanguage().equals("zh") ? CHINESE
                    : Locale.ENGLISH;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
