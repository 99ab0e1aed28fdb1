package org.portico.console.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.portico.cases.CaseQuery;
import org.portico.cases.CaseStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Queue filters an agent saved under a name, in the {@code queue_view} table. The stored query
 * string is rebuilt from allow-listed values only.
 */
@Service
class QueueViews {

    /** One saved view: its name and the query string of the queue it shows. */
    record QueueView(long id, long ownerUserId, String name, String queryString) {
    }

    private static final Logger log = LoggerFactory.getLogger(QueueViews.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    QueueViews(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<QueueView> of(long ownerUserId) {
        return jdbc.sql("SELECT id, owner_user_id, name, query_string FROM queue_view"
                        + " WHERE owner_user_id = ? ORDER BY name")
                .param(ownerUserId).query(QueueView.class).list();
    }

    @Transactional(readOnly = true)
    Optional<QueueView> find(long id) {
        return jdbc.sql("SELECT id, owner_user_id, name, query_string FROM queue_view"
                        + " WHERE id = ?")
                .param(id).query(QueueView.class).optional();
    }

    /** Saves the filters under the name, replacing the agent's view of the same name. */
    @Transactional
    String save(long ownerUserId, String name, String status, String owner, String sort) {
        String query = queryString(status, owner, sort);
        int updated = jdbc.sql("UPDATE queue_view SET query_string = ?"
                        + " WHERE owner_user_id = ? AND name = ?")
                .params(query, ownerUserId, name).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO queue_view (owner_user_id, name, query_string, created_at)"
                            + " VALUES (?, ?, ?, ?)")
                    .params(ownerUserId, name, query,
                            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .update();
        }
        log.info("Agent {} saved queue view '{}'", ownerUserId, name);
        return query;
    }

    @Transactional
    void delete(QueueView view) {
        jdbc.sql("DELETE FROM queue_view WHERE id = ?").param(view.id()).update();
        log.info("Agent {} deleted queue view {}", view.ownerUserId(), view.id());
    }

    static String queryString(String status, String owner, String sort) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if ("ALL".equals(status) || Arrays.stream(CaseStatus.values())
                .anyMatch(s -> s.name().equals(status))) {
            query.queryParam("status", status);
        }
        if ("mine".equals(owner) || "unassigned".equals(owner)) {
            query.queryParam("owner", owner);
        }
        CaseQuery.Sort order = CaseQuery.Sort.parse(sort);
        if (order != CaseQuery.Sort.NEWEST) {
            query.queryParam("sort", order.name().toLowerCase());
        }
        String built = query.build().getQuery();
        return built == null ? "" : built;
    }
}
