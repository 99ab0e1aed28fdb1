package org.portico.knowledge.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The searches readers run (the words, lower-cased, and how many articles they found), for
 * the authors' search analytics. No reader is recorded with them.
 */
@Repository
class SearchLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    SearchLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A query with how often it was searched. */
    record Counted(String query, long times) {
    }

    void record(String site, String query, long results) {
        if (query.isBlank()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO search_query_log (site, query, results, searched_at)
                VALUES (?, ?, ?, ?)""")
                .params(site, query.toLowerCase(Locale.ROOT), (int) Math.min(results, 100_000),
                        OffsetDateTime.now(clock))
                .update();
    }

    List<Counted> top(String site, int limit) {
        return counted(site, "", limit);
    }

    List<Counted> withoutResults(String site, int limit) {
        return counted(site, " AND results = 0", limit);
    }

    private List<Counted> counted(String site, String condition, int limit) {
        return jdbc.sql("SELECT query, COUNT(*) AS times FROM search_query_log WHERE site = ?"
                + condition + " GROUP BY query ORDER BY times DESC, query FETCH FIRST "
                + limit + " ROWS ONLY")
                .param(site).query(Counted.class).list();
    }
}
