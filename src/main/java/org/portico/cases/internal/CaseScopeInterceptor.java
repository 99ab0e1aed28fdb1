package org.portico.cases.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.portico.cases.internal.AgentScopes.Scope;
import org.portico.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Keeps agents inside their {@link AgentScopes scope} on every console page and API path
 * that names a case or an account (its page or its statements): anything outside answers
 * 404, as if it did not exist.
 * An account is inside the scope when one of its cases is.
 */
@Component
class CaseScopeInterceptor implements HandlerInterceptor {

    private static final Pattern CASE_PATH =
            Pattern.compile("^/(?:console|api/v1)/cases/(\\d{1,12})(?:/.*)?$");
    private static final Pattern ACCOUNT_PATH =
            Pattern.compile("^/console/(?:accounts|statements)/(\\d{1,18})(?:/.*)?$");

    private final AgentScopes scopes;
    private final JdbcClient jdbc;

    CaseScopeInterceptor(AgentScopes scopes, JdbcClient jdbc) {
        this.scopes = scopes;
        this.jdbc = jdbc;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
            Object handler) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher onCase = CASE_PATH.matcher(path);
        Matcher onAccount = ACCOUNT_PATH.matcher(path);
        if (!onCase.matches() && !onAccount.matches()) {
            return true;
        }
        Optional<Scope> scope = scopes.current();
        if (scope.isEmpty()) {
            return true;
        }
        Map<String, Object> params = new HashMap<>(scope.get().params());
        String where;
        if (onCase.matches()) {
            where = "number = :number";
            params.put("number", onCase.group(1));
            if (!exists("number = :number", Map.of("number", onCase.group(1)))) {
                return true;
            }
        } else {
            where = "account_id = :account";
            params.put("account", Long.parseLong(onAccount.group(1)));
        }
        if (!exists(where + " AND " + scope.get().condition(), params)) {
            throw new NotFoundException("outside the agent's queues and sites: " + path);
        }
        return true;
    }

    private boolean exists(String where, Map<String, ?> params) {
        return jdbc.sql("SELECT COUNT(*) FROM support_case WHERE " + where).params(params)
                .query(Long.class).single() > 0;
    }
}
