package org.portico.identity.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.portico.identity.PorticoUser;
import org.portico.platform.ApiProblems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Who may open what. Pages send anonymous visitors to the sign-in page of the site (or the
 * console) they were on; the API answers 401 in JSON instead.
 */
@Configuration
class SecurityConfiguration {

    private static final Pattern SITE_PATH = Pattern.compile("^/s/([a-z0-9-]+)(/.*)?$");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_SUPERVISOR
                ROLE_ADMIN > ROLE_SITE_MANAGER
                ROLE_ADMIN > ROLE_AUTHOR
                ROLE_SUPERVISOR > ROLE_AGENT
                ROLE_BUSINESS_ADMIN > ROLE_BUSINESS_MEMBER
                """);
    }

    @Bean
    DaoAuthenticationProvider authenticationProvider(UserDetailsService users,
            PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users) {
            @Override
            protected Authentication createSuccessAuthentication(Object principal,
                    Authentication authentication, UserDetails user) {
                return super.createSuccessAuthentication(
                        ((PorticoUser) principal).withoutCredentials(), authentication, user);
            }
        };
        provider.setPasswordEncoder(encoder);
        return provider;
    }

    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokenStore apiTokens,
            ApiProblems problems)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error",
                        "/actuator/health/**").permitAll()
                .requestMatchers("/console/signin").permitAll()
                .requestMatchers("/console/dashboard/**", "/api/v1/analytics/**")
                        .hasAnyRole("SUPERVISOR", "SITE_MANAGER")
                .requestMatchers("/console/sales/**", "/api/v1/sales/**")
                        .hasAnyRole("SALES", "SUPERVISOR")
                .requestMatchers("/console").hasAnyRole("AGENT", "AUTHOR", "SITE_MANAGER", "SALES")
                .requestMatchers("/console/**").hasAnyRole("AGENT", "AUTHOR", "SITE_MANAGER")
                .requestMatchers("/s/*/cases/**", "/s/*/cases.csv", "/s/*/account/**")
                        .authenticated()
                .requestMatchers(HttpMethod.GET, "/api/v1/search/**", "/api/v1/sites/**")
                        .permitAll()
                .requestMatchers("/api/**").authenticated()
                .anyRequest().permitAll());
        http.formLogin(form -> form
                .loginProcessingUrl("/signin")
                .usernameParameter("email")
                .successHandler(successHandler())
                .failureHandler((request, response, e) -> {
                    keepTypedEmail(request);
                    response.sendRedirect(signinPage(request) + "?error");
                }));
        http.logout(logout -> logout
                .logoutUrl("/signout")
                .logoutSuccessHandler((request, response, auth) ->
                        response.sendRedirect(signoutTarget(request))));
        http.exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint(problems))
                .accessDeniedHandler(problems.accessDenied()));
        // Signed in, form tokens live in the session; otherwise in a cookie (FormTokens).
        http.csrf(csrf -> csrf.csrfTokenRepository(new FormTokens())
                .ignoringRequestMatchers("/api/**"));
        http.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint(problems)));
        http.addFilterBefore(new BearerTokenFilter(apiTokens), BasicAuthenticationFilter.class);
        return http.build();
    }

    /**
     * After sign-in: back to the page that asked for it, else the site the form was on; staff
     * signing in elsewhere go to the console, customers to the start page.
     */
    private static SavedRequestAwareAuthenticationSuccessHandler successHandler() {
        return new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            protected String determineTargetUrl(HttpServletRequest request,
                    HttpServletResponse response, Authentication authentication) {
                if (request.getParameter("site") == null
                        && authentication.getPrincipal() instanceof PorticoUser user
                        && !user.role().isStaff()) {
                    return request.getContextPath() + "/";
                }
                return signoutTarget(request);
            }
        };
    }

    private static AuthenticationEntryPoint entryPoint(ApiProblems problems) {
        return (request, response, e) -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/api/")) {
                problems.write(request, response, HttpStatus.UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + signinPageFor(path));
            }
        };
    }

    static String signinPageFor(String path) {
        Matcher site = SITE_PATH.matcher(path);
        return site.matches() ? "/s/" + site.group(1) + "/signin" : "/console/signin";
    }

    /** The sign-in page shows the address again after a failed attempt (never the password). */
    private static void keepTypedEmail(HttpServletRequest request) {
        String email = request.getParameter("email");
        if (email != null && email.length() <= 254) {
            request.getSession().setAttribute(SignInController.TYPED_EMAIL, email);
        }
    }

    /** The sign-in form posts the page it came from, so errors go back to that page. */
    private static String signinPage(HttpServletRequest request) {
        String site = request.getParameter("site");
        String page = site != null && site.matches("[a-z0-9-]{1,40}") ? "/s/" + site + "/signin"
                : "/console/signin";
        return request.getContextPath() + page;
    }

    private static String signoutTarget(HttpServletRequest request) {
        String site = request.getParameter("site");
        String page = site != null && site.matches("[a-z0-9-]{1,40}") ? "/s/" + site
                : "/console";
        return request.getContextPath() + page;
    }
}
