package org.portico.commerce.statements;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes ledger entries for statement tests, as orders would.
 */
final class StatementBook {

    private final JdbcClient jdbc;
    private final long account;

    StatementBook(JdbcClient jdbc, long account) {
        this.jdbc = jdbc;
        this.account = account;
    }

    StatementBook entry(String kind, String amount, String day, String description) {
        return entry(kind, amount, day, description, "USD");
    }

    StatementBook entry(String kind, String amount, String day, String description,
            String currency) {
        jdbc.sql("""
                INSERT INTO account_ledger_entry (account_id, kind, reference, description,
                    amount, currency, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(account, kind, "R-" + UUID.randomUUID().toString().substring(0, 8),
                        description, new BigDecimal(amount), currency, at(day))
                .update();
        return this;
    }

    static OffsetDateTime at(String day) {
        return Instant.parse(day + "T12:00:00Z").atOffset(ZoneOffset.UTC);
    }
}
