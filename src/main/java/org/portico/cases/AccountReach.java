package org.portico.cases;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.portico.identity.PorticoUser;

/**
 * How far an agent's queue and site limits reach beyond cases: an agent restricted to some
 * queues or sites works only on the accounts with at least one case inside them, so the
 * account pages, orders and statements outside answer as if they did not exist (404).
 * Supervisors, administrators, agents without limits and customers are not limited here
 * (customers are kept to their own account by each module).
 */
public interface AccountReach {

    /** The accounts a restricted agent reaches, or empty when the user is not restricted. */
    Optional<Set<Long>> accountsOf(PorticoUser user);

    /**
     * The same limit as SQL over a column of account ids ({@code o.account_id}), for lists that
     * filter in the database: a subquery rather than a list of ids, which on a large site
     * would pass the driver's limit on bind parameters. Empty when the user is not restricted.
     */
    Optional<Condition> conditionOn(PorticoUser user, String accountColumn);

    /** Whether the user may see this account. */
    boolean reaches(PorticoUser user, long accountId);

    /** A SQL condition with its named parameters. */
    record Condition(String sql, Map<String, Object> params) {
    }
}
