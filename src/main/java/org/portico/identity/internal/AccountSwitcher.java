package org.portico.identity.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.portico.identity.BusinessAccounts;
import org.portico.identity.Membership;
import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Lets a contact of several accounts act for another one of them. Public only so that the
 * site layout can ask for {@link #choices()}.
 */
@Component("accountSwitcher")
public class AccountSwitcher {

    private static final Logger log = LoggerFactory.getLogger(AccountSwitcher.class);

    private final BusinessAccounts accounts;
    private final JdbcClient jdbc;
    private final SignedInPrincipal principal;

    AccountSwitcher(BusinessAccounts accounts, JdbcClient jdbc, SignedInPrincipal principal) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.principal = principal;
    }

    /** The accounts the signed-in contact may switch between; empty unless there are two. */
    public List<Membership> choices() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof PorticoUser user)
                || user.role().isStaff()) {
            return List.of();
        }
        List<Membership> memberships = accounts.memberships(user.id());
        return memberships.size() > 1 ? memberships : List.of();
    }

    /**
     * Replaces the signed-in principal by the same person acting for another account, in the
     * security context and the session, and remembers it as their current account.
     *
     * @throws NotFoundException when they do not act for that account
     */
    void switchTo(PorticoUser user, long accountId, HttpServletRequest request,
            HttpServletResponse response) {
        Membership membership = accounts.membership(user.id(), accountId)
                .orElseThrow(() -> new NotFoundException("account " + accountId));
        PorticoUser switched = new PorticoUser(user.id(), user.email(), user.displayName(),
                membership.role(), accountId, user.locale(), null);
        request.changeSessionId();
        principal.replace(switched, request, response);
        jdbc.sql("UPDATE app_user SET account_id = ?, role = ? WHERE id = ?")
                .params(accountId, membership.role().name(), user.id()).update();
        log.info("User {} switched to account {}", user.id(), accountId);
    }
}
