package org.portico.cases.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.portico.cases.CaseView;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which cases an agent may see. An agent given sites ({@code agent_site}) sees only cases of
 * those sites; an agent who is a member of queues ({@code case_queue_member}) sees only cases
 * in those queues; an agent with neither, supervisors and administrators see every case.
 */
@Component
class AgentScopes {

    private final JdbcClient jdbc;

    AgentScopes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scope of the signed-in agent, or empty when they see everything (or are not one). */
    Optional<Scope> current() {
        return signedIn().flatMap(this::of);
    }

    /** Whoever is signed in for this request, if anyone. */
    static Optional<PorticoUser> signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof PorticoUser user
                ? Optional.of(user) : Optional.empty();
    }

    Optional<Scope> of(PorticoUser user) {
        if (user.role() != Role.AGENT) {
            return Optional.empty();
        }
        List<String> sites = jdbc.sql("SELECT site_slug FROM agent_site WHERE user_id = ?")
                .param(user.id()).query(String.class).list();
        List<Long> queues = jdbc.sql("SELECT queue_id FROM case_queue_member WHERE user_id = ?")
                .param(user.id()).query(Long.class).list();
        if (sites.isEmpty() && queues.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Scope(sites, queues));
    }

    /** Whether the case exists and lies inside what this user may see. */
    boolean sees(PorticoUser user, String number) {
        Optional<Scope> scope = of(user);
        Map<String, Object> params = new HashMap<>(scope.map(Scope::params).orElse(Map.of()));
        params.put("number", number);
        String inside = scope.map(s -> " AND " + s.condition()).orElse("");
        return jdbc.sql("SELECT COUNT(*) FROM support_case WHERE number = :number" + inside)
                .params(params).query(Long.class).single() > 0;
    }

    /**
     * An agent's allowed sites and queues; an empty list leaves that side unrestricted.
     */
    record Scope(List<String> sites, List<Long> queues) {

        boolean admits(CaseView supportCase, Long queueId) {
            return (sites.isEmpty() || sites.contains(supportCase.site()))
                    && (queues.isEmpty() || queueId != null && queues.contains(queueId));
        }

        /** The same rule as SQL over {@code support_case}, with its parameters. */
        String condition() {
            StringBuilder sql = new StringBuilder("1 = 1");
            if (!sites.isEmpty()) {
                sql.append(" AND site_slug IN (:scopeSites)");
            }
            if (!queues.isEmpty()) {
                sql.append(" AND queue_id IN (:scopeQueues)");
            }
            return sql.toString();
        }

        Map<String, Object> params() {
            Map<String, Object> params = new HashMap<>();
            if (!sites.isEmpty()) {
                params.put("scopeSites", sites);
            }
            if (!queues.isEmpty()) {
                params.put("scopeQueues", queues);
            }
            return params;
        }
    }
}
