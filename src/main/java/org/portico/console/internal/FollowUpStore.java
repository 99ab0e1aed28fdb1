package org.portico.console.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.portico.cases.CaseDesk;
import org.portico.cases.CaseView;
import org.portico.commerce.OrderDesk;
import org.portico.console.FollowUp;
import org.portico.console.FollowUpStatus;
import org.portico.console.FollowUpSummary;
import org.portico.console.NewFollowUp;
import org.portico.console.SalesFollowUps;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales follow-ups in the {@code sales_follow_up} table.
 */
@Service
class FollowUpStore implements SalesFollowUps {

    static final int LIST_LIMIT = 200;

    private static final Logger log = LoggerFactory.getLogger(FollowUpStore.class);
    private static final String SELECT = """
            SELECT f.*, a.name AS account_name, c.display_name AS customer_name,
                   o.display_name AS owner_name, b.display_name AS created_by_name
            FROM sales_follow_up f
            JOIN customer_account a ON a.id = f.account_id
            JOIN app_user b ON b.id = f.created_by
            LEFT JOIN app_user c ON c.id = f.customer_id
            LEFT JOIN app_user o ON o.id = f.owner_id""";

    private final JdbcClient jdbc;
    private final Directory directory;
    private final CaseDesk cases;
    private final OrderDesk orders;
    private final Clock clock;

    FollowUpStore(JdbcClient jdbc, Directory directory, CaseDesk cases, OrderDesk orders,
            Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.cases = cases;
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    @Transactional
    public FollowUp create(PorticoUser agent, NewFollowUp followUp) {
        if (!CaseDesk.mayWork(agent)) {
            throw new AccessDeniedException("Agents hand follow-ups to sales");
        }
        requireKnown(followUp);
        String interest = followUp.interest() == null ? "" : followUp.interest().strip();
        if (interest.isEmpty() || interest.length() > NewFollowUp.MAX_INTEREST) {
            throw new IllegalArgumentException("An interest needs 1 to 500 characters");
        }
        if (orders.catalogue().stream().noneMatch(p -> p.code().equals(followUp.productCode()))) {
            throw new IllegalArgumentException("Unknown product " + followUp.productCode());
        }
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO sales_follow_up (account_id, customer_id, case_number, product_code,
                    interest, status, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(followUp.accountId(), followUp.customerId(), followUp.caseNumber(),
                        followUp.productCode(), interest, FollowUpStatus.OPEN.name(), agent.id(),
                        now, now)
                .update(key, "id");
        long id = key.getKey().longValue();
        log.info("Follow-up {} for account {} handed to sales by {}", id, followUp.accountId(),
                agent.id());
        return read(id);
    }

    private void requireKnown(NewFollowUp followUp) {
        directory.account(followUp.accountId())
                .orElseThrow(() -> new NotFoundException("account " + followUp.accountId()));
        if (followUp.customerId() != null
                && directory.customer(followUp.customerId()).isEmpty()) {
            throw new NotFoundException("customer " + followUp.customerId());
        }
        if (followUp.caseNumber() != null) {
            CaseView supportCase = cases.read(followUp.caseNumber()).supportCase();
            if (supportCase.accountId() != followUp.accountId()) {
                throw new NotFoundException("case " + followUp.caseNumber());
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<FollowUp> list(FollowUpStatus status, Long ownerId) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (status != null) {
            where.append(" AND f.status = :status");
            params.put("status", status.name());
        }
        if (ownerId != null) {
            where.append(" AND f.owner_id = :owner");
            params.put("owner", ownerId);
        }
        return jdbc.sql(SELECT + where + " ORDER BY f.created_at DESC, f.id DESC FETCH FIRST "
                + LIST_LIMIT + " ROWS ONLY").params(params).query(FollowUpStore::followUp).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<FollowUp> ofAccount(long accountId) {
        return jdbc.sql(SELECT + " WHERE f.account_id = ? ORDER BY f.created_at DESC, f.id DESC")
                .param(accountId).query(FollowUpStore::followUp).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FollowUp> find(long id) {
        return jdbc.sql(SELECT + " WHERE f.id = ?").param(id).query(FollowUpStore::followUp)
                .optional();
    }

    @Override
    @Transactional
    public FollowUp take(PorticoUser sales, long id) {
        requireSales(sales);
        read(id);
        jdbc.sql("UPDATE sales_follow_up SET owner_id = ?, updated_at = ? WHERE id = ?")
                .params(sales.id(), Timestamp.from(clock.instant()), id).update();
        log.info("Follow-up {} taken by {}", id, sales.id());
        return read(id);
    }

    @Override
    @Transactional
    public FollowUp changeStatus(PorticoUser sales, long id, FollowUpStatus status,
            String outcome) {
        requireSales(sales);
        FollowUp current = read(id);
        String note = outcome == null || outcome.isBlank() ? current.outcome() : outcome.strip();
        if (note != null && note.length() > NewFollowUp.MAX_INTEREST) {
            throw new IllegalArgumentException("An outcome has at most 500 characters");
        }
        jdbc.sql("""
                UPDATE sales_follow_up SET status = ?, outcome = ?, updated_at = ?,
                    owner_id = COALESCE(owner_id, ?)
                WHERE id = ?""")
                .params(status.name(), note, Timestamp.from(clock.instant()), sales.id(), id)
                .update();
        log.info("Follow-up {} moved from {} to {} by {}", id, current.status(), status,
                sales.id());
        return read(id);
    }

    @Override
    @Transactional(readOnly = true)
    public FollowUpSummary summary() {
        Map<FollowUpStatus, Long> counts = new EnumMap<>(FollowUpStatus.class);
        for (FollowUpStatus status : FollowUpStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("SELECT status, COUNT(*) AS n FROM sales_follow_up GROUP BY status")
                .query((rs, row) -> counts.put(FollowUpStatus.valueOf(rs.getString("status")),
                        rs.getLong("n")))
                .list();
        long decided = counts.get(FollowUpStatus.WON) + counts.get(FollowUpStatus.LOST);
        Double share = decided == 0 ? null : counts.get(FollowUpStatus.WON) / (double) decided;
        return new FollowUpSummary(counts, share);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Salesperson> salespeople() {
        return jdbc.sql("""
                SELECT id, display_name FROM app_user WHERE role = ? AND enabled = TRUE
                ORDER BY display_name""").param(Role.SALES.name())
                .query((rs, row) -> new Salesperson(rs.getLong("id"),
                        rs.getString("display_name")))
                .list();
    }

    private FollowUp read(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("follow-up " + id));
    }

    static boolean isSales(PorticoUser user) {
        return user != null && user.role() == Role.SALES;
    }

    private static void requireSales(PorticoUser user) {
        if (!isSales(user)) {
            throw new AccessDeniedException("Sales works follow-ups");
        }
    }

    private static FollowUp followUp(ResultSet rs, int row) throws SQLException {
        return new FollowUp(rs.getLong("id"), rs.getLong("account_id"),
                rs.getString("account_name"), nullableLong(rs, "customer_id"),
                rs.getString("customer_name"), rs.getString("case_number"),
                rs.getString("product_code"), rs.getString("interest"),
                FollowUpStatus.valueOf(rs.getString("status")), nullableLong(rs, "owner_id"),
                rs.getString("owner_name"), rs.getString("outcome"),
                rs.getString("created_by_name"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
