package org.portico.cases.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.portico.cases.CaseDesk;
import org.portico.cases.CaseStatus;
import org.portico.cases.CaseView;
import org.portico.identity.PorticoUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API's case list: what the caller may see (a customer's {@link Audience} with shared
 * cases, an agent's scope), filtered by status, topic and last update, most recently updated
 * first, a page at a time.
 */
@Component
class CaseSearch {

    private final JdbcClient jdbc;
    private final AgentScopes scopes;

    CaseSearch(JdbcClient jdbc, AgentScopes scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    @Transactional(readOnly = true)
    Page find(PorticoUser viewer, Filter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        if (CaseDesk.mayWork(viewer)) {
            scopes.of(viewer).ifPresent(scope -> {
                where.add(scope.condition());
                params.putAll(scope.params());
            });
        } else {
            Audience audience = Audience.of(viewer);
            where.add(audience.condition());
            params.putAll(audience.params());
        }
        if (!filter.statuses().isEmpty()) {
            where.add("status IN (:statuses)");
            params.put("statuses", filter.statuses().stream().map(CaseStatus::name).toList());
        }
        if (filter.topic() != null) {
            where.add("topic = :topic");
            params.put("topic", filter.topic());
        }
        if (filter.updatedSince() != null) {
            where.add("updated_at >= :since");
            params.put("since", CaseStore.utc(filter.updatedSince()));
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT COUNT(*) FROM support_case" + condition).params(params)
                .query(Long.class).single();
        List<CaseView> cases = jdbc.sql(CaseStore.SELECT_CASES + condition
                        + " ORDER BY updated_at DESC, id DESC OFFSET " + ((long) page * size)
                        + " ROWS FETCH NEXT " + size + " ROWS ONLY")
                .params(params).query((rs, n) -> CaseStore.caseView(rs)).list();
        return new Page(cases, total);
    }

    /** What the list is narrowed to; {@code null} and empty mean no filter. */
    record Filter(List<CaseStatus> statuses, String topic, Instant updatedSince) {
    }

    /** One page of cases and how many match in all. */
    record Page(List<CaseView> cases, long total) {
    }
}
