package org.portico.console.internal;

import org.portico.cases.CaseDesk;
import org.portico.identity.PorticoUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * The one rule behind the console's case, order, statement and note pages: only people who
 * work cases (agents, supervisors, administrators) use them; anyone else gets 403.
 */
final class ConsoleAccess {

    private ConsoleAccess() {
    }

    static void requireAgent(PorticoUser user) {
        if (!CaseDesk.mayWork(user)) {
            throw new AccessDeniedException("This part of the console is for agents");
        }
    }
}
