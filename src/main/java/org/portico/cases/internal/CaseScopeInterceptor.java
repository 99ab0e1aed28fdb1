package org.portico.cases.internal;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.NumberUtils;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Keeps agents inside their {@link AgentScopes scope} on every console page and API path
 * that names a case or an account (its page or its statements): anything outside answers
 * 404, as if it did not exist.
 * An account is inside the scope when one of its cases is.
 * <p>
 * The check reads the path variables the handler will receive (decoded, so {@code %35} is
 * {@code 5}) and turns an account id into a number the way Spring binds it (so full-width
 * digits are the same account), never the raw address, which a client can spell in many ways.
 */
@Component
class CaseScopeInterceptor implements HandlerInterceptor {

    private final AgentScopes scopes;
    private final ScopedAccounts accounts;
    private final JdbcClient jdbc;

    CaseScopeInterceptor(AgentScopes scopes, ScopedAccounts accounts, JdbcClient jdbc) {
        this.scopes = scopes;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
            Object handler) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (!(pattern instanceof String matched) || !(variables instanceof Map<?, ?> values)) {
            return true;
        }
        Optional<PorticoUser> user = AgentScopes.signedIn();
        if (user.isEmpty()) {
            return true;
        }
        boolean inside = switch (Guarded.of(matched)) {
            case CASE -> !(values.get("number") instanceof String number)
                    || seesCase(user.get(), number);
            case ACCOUNT -> reachesAccount(user.get(), values.get("id"));
            case STATEMENTS -> reachesAccount(user.get(), values.get("accountId"));
            case NONE -> true;
        };
        if (!inside) {
            throw new NotFoundException("outside the agent's queues and sites: " + matched);
        }
        return true;
    }

    /** A case number that does not exist is left to the page, which answers 404 itself. */
    private boolean seesCase(PorticoUser user, String number) {
        return !exists(number) || scopes.sees(user, number);
    }

    /** An id Spring cannot bind never reaches the handler (it answers 400), so it passes. */
    private boolean reachesAccount(PorticoUser user, Object id) {
        if (!(id instanceof String text) || text.isEmpty()) {
            return true;
        }
        long accountId;
        try {
            accountId = NumberUtils.parseNumber(text, Long.class);
        } catch (IllegalArgumentException notANumber) {
            return true;
        }
        return accounts.reaches(user, accountId);
    }

    private boolean exists(String number) {
        return jdbc.sql("SELECT COUNT(*) FROM support_case WHERE number = ?").param(number)
                .query(Long.class).single() > 0;
    }

    /** What the matched handler pattern names, and so which path variable to check. */
    private enum Guarded {
        CASE, ACCOUNT, STATEMENTS, NONE;

        static Guarded of(String pattern) {
            if (pattern.startsWith("/console/cases/{number}")
                    || pattern.startsWith("/api/v1/cases/{number}")) {
                return CASE;
            }
            if (pattern.startsWith("/console/accounts/{id}")) {
                return ACCOUNT;
            }
            if (pattern.startsWith("/console/statements/{accountId}")) {
                return STATEMENTS;
            }
            return NONE;
        }
    }
}
