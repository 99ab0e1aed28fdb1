package org.portico.cases.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.portico.cases.AccountReach;
import org.portico.cases.internal.AgentScopes.Scope;
import org.portico.identity.PorticoUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The accounts inside an agent's {@link AgentScopes scope}: those with a case in it.
 */
@Service
class ScopedAccounts implements AccountReach {

    private final AgentScopes scopes;
    private final JdbcClient jdbc;

    ScopedAccounts(AgentScopes scopes, JdbcClient jdbc) {
        this.scopes = scopes;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Set<Long>> accountsOf(PorticoUser user) {
        return scopes.of(user).map(scope -> new HashSet<>(jdbc.sql(
                        "SELECT DISTINCT account_id FROM support_case WHERE " + scope.condition())
                .params(scope.params()).query(Long.class).list()));
    }

    @Override
    public Optional<Condition> conditionOn(PorticoUser user, String accountColumn) {
        return scopes.of(user).map(scope -> new Condition(accountColumn
                + " IN (SELECT account_id FROM support_case WHERE " + scope.condition() + ")",
                scope.params()));
    }

    @Override
    public boolean reaches(PorticoUser user, long accountId) {
        Optional<Scope> scope = scopes.of(user);
        if (scope.isEmpty()) {
            return true;
        }
        Map<String, Object> params = new HashMap<>(scope.get().params());
        params.put("account", accountId);
        return jdbc.sql("SELECT COUNT(*) FROM support_case WHERE account_id = :account AND "
                        + scope.get().condition())
                .params(params).query(Long.class).single() > 0;
    }
}
