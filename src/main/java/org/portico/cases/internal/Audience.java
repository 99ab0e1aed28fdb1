package org.portico.cases.internal;

import java.util.Map;

import org.portico.cases.CaseView;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;

/**
 * Which cases a customer-side user may see, as an SQL condition: a business administrator
 * sees the account's cases, every other customer their own and those shared with them, staff
 * none on the sites. {@link #admits} leaves shared cases to {@link CaseSharing}.
 */
record Audience(String condition, Map<String, Object> params) {

    static Audience of(PorticoUser viewer) {
        if (viewer.accountId() == null || viewer.role().isStaff()) {
            return new Audience("1 = 0", Map.of());
        }
        if (viewer.role() == Role.BUSINESS_ADMIN) {
            return new Audience("account_id = :audience", Map.of("audience", viewer.accountId()));
        }
        return new Audience("account_id = :audienceAccount AND (requester_user_id = :audience"
                + " OR id IN (SELECT case_id FROM case_share WHERE user_id = :audience))",
                Map.of("audience", viewer.id(), "audienceAccount", viewer.accountId()));
    }

    static boolean admits(PorticoUser viewer, CaseView supportCase) {
        if (viewer.accountId() == null || viewer.role().isStaff()) {
            return false;
        }
        return viewer.role() == Role.BUSINESS_ADMIN
                ? viewer.accountId() == supportCase.accountId()
                : viewer.id() == supportCase.requesterUserId()
                        && viewer.accountId() == supportCase.accountId();
    }
}
