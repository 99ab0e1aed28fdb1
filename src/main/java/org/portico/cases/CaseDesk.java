package org.portico.cases;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.portico.identity.PorticoUser;
import org.portico.identity.Role;

/**
 * Cases as agents work them: the queue, every message including internal notes, replies and
 * solving.
 */
public interface CaseDesk {

    /** Whether this user works cases: agents, supervisors and administrators. */
    static boolean mayWork(PorticoUser user) {
        return user != null
                && Set.of(Role.AGENT, Role.SUPERVISOR, Role.ADMIN).contains(user.role());
    }

    /**
     * Open cases first, then newest first.
     *
     * @param statuses only cases in one of these statuses; all cases when empty
     */
    List<CaseView> queue(Collection<CaseStatus> statuses, int limit);

    long count(Collection<CaseStatus> statuses);

    /** @throws org.portico.platform.NotFoundException when there is no such case */
    CaseDetail read(String number);

    /**
     * Adds an agent's reply or internal note. A public reply records the first response and
     * moves a new or waiting case to OPEN.
     */
    void reply(PorticoUser agent, String number, String body, Visibility visibility);

    void solve(PorticoUser agent, String number);
}
