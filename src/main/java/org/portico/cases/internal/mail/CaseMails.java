package org.portico.cases.internal.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code case_mail} table: which Message-ID came in on or went out from which case, so
 * that a reply finds its case through {@code In-Reply-To} and {@code References}.
 */
@Repository
class CaseMails {

    static final String INBOUND = "INBOUND";
    static final String OUTBOUND = "OUTBOUND";

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseMails(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(long caseId, String messageId, String direction) {
        if (messageId == null || messageId.isBlank()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO case_mail (case_id, message_id, direction, created_at)
                VALUES (?, ?, ?, ?)""")
                .params(caseId, truncate(messageId), direction,
                        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .update();
    }

    /** The case that most recently sent or received one of these Message-IDs. */
    Optional<Long> caseOf(List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT case_id FROM case_mail WHERE message_id IN (:ids)
                ORDER BY created_at DESC, id DESC FETCH FIRST 1 ROWS ONLY""")
                .param("ids", messageIds.stream().map(CaseMails::truncate).toList())
                .query(Long.class).optional();
    }

    boolean received(String messageId) {
        return messageId != null && jdbc.sql("""
                SELECT COUNT(*) FROM case_mail WHERE message_id = ? AND direction = 'INBOUND'""")
                .param(truncate(messageId)).query(Long.class).single() > 0;
    }

    /** The case's Message-IDs, oldest first, for the {@code References} of a new mail. */
    List<String> thread(long caseId) {
        return jdbc.sql("""
                SELECT message_id FROM case_mail WHERE case_id = ?
                ORDER BY created_at, id""")
                .param(caseId).query(String.class).list();
    }

    private static String truncate(String messageId) {
        return messageId.length() <= 500 ? messageId : messageId.substring(0, 500);
    }
}
