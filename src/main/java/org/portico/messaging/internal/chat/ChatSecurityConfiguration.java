package org.portico.messaging.internal.chat;

import java.util.List;

import org.portico.platform.ApiProblems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who reaches the chat API and the WebSocket endpoint. The customer side is open to visitors,
 * who prove a chat is theirs with a secret token in a header (so no CSRF token is needed: a
 * foreign page cannot set that header without the CORS check below); the agent side needs a
 * session or HTTP Basic. Configured origins may call the customer side from other pages.
 */
@Configuration
class ChatSecurityConfiguration {

    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain chatSecurity(HttpSecurity http, ChatProperties properties,
            ApiProblems problems)
            throws Exception {
        http.securityMatcher("/api/v1/chat/**", "/ws/chat/**");
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/api/v1/chat/desk/**", "/api/v1/chat/agent/**",
                        "/api/v1/chat/board").authenticated()
                .anyRequest().permitAll());
        http.csrf(csrf -> csrf.disable());
        http.cors(cors -> cors.configurationSource(cors(properties)));
        http.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized(problems)));
        http.exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized(problems))
                .accessDeniedHandler(problems.accessDenied()));
        return http.build();
    }

    private static UrlBasedCorsConfigurationSource cors(ChatProperties properties) {
        CorsConfiguration widget = new CorsConfiguration();
        widget.setAllowedOrigins(properties.allOrigins());
        widget.setAllowedMethods(List.of("GET", "POST"));
        widget.setAllowedHeaders(List.of("Content-Type", CustomerChatApi.TOKEN));
        widget.setAllowCredentials(false);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/v1/chat/config", widget);
        source.registerCorsConfiguration("/api/v1/chat/suggestions/**", widget);
        source.registerCorsConfiguration("/api/v1/chat/chats/**", widget);
        return source;
    }

    private static AuthenticationEntryPoint unauthorized(ApiProblems problems) {
        return (request, response, e) -> problems.write(request, response,
                HttpStatus.UNAUTHORIZED);
    }
}
