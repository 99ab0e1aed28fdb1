package org.portico.commerce.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.portico.commerce.Ledger;
import org.portico.commerce.LedgerEntry;
import org.portico.commerce.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger in {@code account_ledger_entry}; an entry's order is linked by its id.
 */
@Service
class JdbcLedger implements Ledger {

    private static final Logger log = LoggerFactory.getLogger(JdbcLedger.class);

    private final JdbcClient jdbc;

    JdbcLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public boolean record(LedgerEntry entry) {
        boolean exists = jdbc.sql("""
                SELECT COUNT(*) FROM account_ledger_entry
                WHERE account_id = ? AND kind = ? AND reference = ?""")
                .params(entry.accountId(), entry.kind(), entry.reference())
                .query(Long.class).single() > 0;
        if (exists) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO account_ledger_entry (account_id, kind, reference, description,
                    amount, currency, occurred_at, order_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT id FROM sales_order WHERE number = ?))""")
                .params(entry.accountId(), entry.kind(), entry.reference(), entry.description(),
                        entry.amount().amount(), entry.amount().currency(),
                        OrderStore.utc(entry.occurredAt()), entry.orderNumber())
                .update();
        log.info("Ledger {} {} of {} for account {}", entry.kind(), entry.reference(),
                entry.amount(), entry.accountId());
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LedgerEntry> entriesOf(long accountId) {
        return jdbc.sql("""
                SELECT e.account_id, e.kind, e.reference, e.description, e.amount, e.currency,
                       e.occurred_at, o.number
                FROM account_ledger_entry e LEFT JOIN sales_order o ON o.id = e.order_id
                WHERE e.account_id = ? ORDER BY e.occurred_at, e.id""")
                .param(accountId)
                .query((rs, n) -> new LedgerEntry(rs.getLong("account_id"), rs.getString("kind"),
                        rs.getString("reference"), rs.getString("description"),
                        new Money(rs.getBigDecimal("amount"), rs.getString("currency")),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("number")))
                .list();
    }
}
