package org.portico.cases.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.portico.identity.PorticoUser;
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
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher onCase = CASE_PATH.matcher(path);
        Matcher onAccount = ACCOUNT_PATH.matcher(path);
        if (!onCase.matches() && !onAccount.matches()) {
            return true;
        }
        Optional<PorticoUser> user = AgentScopes.signedIn();
        if (user.isEmpty()) {
            return true;
        }
        boolean inside = onCase.matches() ? seesCase(user.get(), onCase.group(1))
                : accounts.reaches(user.get(), Long.parseLong(onAccount.group(1)));
        if (!inside) {
            throw new NotFoundException("outside the agent's queues and sites: " + path);
        }
        return true;
    }

    /** A case number that does not exist is left to the page, which answers 404 itself. */
    private boolean seesCase(PorticoUser user, String number) {
        return !exists(number) || scopes.sees(user, number);
    }

    private boolean exists(String number) {
        return jdbc.sql("SELECT COUNT(*) FROM support_case WHERE number = ?").param(number)
                .query(Long.class).single() > 0;
    }
}
