package org.portico.knowledge.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Requests to rebuild the search index, left by processes that may not write it (a
 * command-line import) for the server that owns it.
 */
@Repository
class ReindexRequests {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReindexRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void request() {
        jdbc.sql("INSERT INTO search_reindex_request (requested_at) VALUES (?)")
                .param(OffsetDateTime.now(clock)).update();
    }

    /** The newest pending request, if any. */
    Optional<Long> latestPending() {
        return jdbc.sql("SELECT MAX(id) FROM search_reindex_request WHERE done_at IS NULL")
                .query(Long.class).optional();
    }

    /** Marks this request and every older one done. */
    void markDone(long upTo) {
        jdbc.sql("UPDATE search_reindex_request SET done_at = ? WHERE done_at IS NULL AND id <= ?")
                .params(OffsetDateTime.now(clock), upTo).update();
    }
}
