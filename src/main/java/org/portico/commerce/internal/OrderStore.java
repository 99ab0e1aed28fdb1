package org.portico.commerce.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.portico.cases.AccountReach.Condition;
import org.portico.commerce.Money;
import org.portico.commerce.OrderLine;
import org.portico.commerce.OrderPage;
import org.portico.commerce.OrderQuery;
import org.portico.commerce.OrderStatus;
import org.portico.commerce.OrderSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code sales_order} and {@code sales_order_line} tables. Order numbers come from a
 * one-row counter, so they are short and given in order on H2 and PostgreSQL alike.
 */
@Repository
class OrderStore {

    static final int PAGE_SIZE = 20;

    private static final String SELECT = """
            SELECT o.id, o.number, o.account_id, a.name AS account_name, o.placed_by_user_id,
                   o.status, o.currency, o.total, o.po_number, o.placed_at, o.confirmed_at,
                   o.fulfilled_at, o.cancelled_at
            FROM sales_order o JOIN customer_account a ON a.id = o.account_id""";

    private final JdbcClient jdbc;

    OrderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String nextNumber() {
        jdbc.sql("UPDATE order_number_counter SET last_number = last_number + 1 WHERE id = 1")
                .update();
        long last = jdbc.sql("SELECT last_number FROM order_number_counter WHERE id = 1")
                .query(Long.class).single();
        return String.format(Locale.ROOT, "SO-%06d", last);
    }

    long insert(OrderSummary order, String idempotencyKey, List<OrderLine> lines) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO sales_order (number, account_id, placed_by_user_id, status, currency,
                    total, po_number, idempotency_key, placed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(order.number(), order.accountId(), order.placedByUserId(),
                        order.status().name(), order.total().currency(), order.total().amount(),
                        order.poNumber(), idempotencyKey, utc(order.placedAt()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (int i = 0; i < lines.size(); i++) {
            insertLine(id, i + 1, lines.get(i));
        }
        return id;
    }

    Optional<StoredOrder> find(String number) {
        return jdbc.sql(SELECT + " WHERE o.number = ?").param(number)
                .query(OrderStore::stored).optional();
    }

    Optional<String> numberForKey(long accountId, String idempotencyKey) {
        return jdbc.sql("SELECT number FROM sales_order WHERE account_id = ? "
                        + "AND idempotency_key = ?")
                .params(accountId, idempotencyKey).query(String.class).optional();
    }

    List<OrderLine> lines(long orderId) {
        return jdbc.sql("""
                SELECT l.product_code, l.name_en, l.name_zh, l.unit_price, l.quantity,
                       l.line_total, o.currency
                FROM sales_order_line l JOIN sales_order o ON o.id = l.order_id
                WHERE l.order_id = ? ORDER BY l.line_no""")
                .param(orderId)
                .query((rs, n) -> new OrderLine(rs.getString("product_code"),
                        rs.getString("name_en"), rs.getString("name_zh"),
                        new Money(rs.getBigDecimal("unit_price"), rs.getString("currency")),
                        rs.getInt("quantity"),
                        new Money(rs.getBigDecimal("line_total"), rs.getString("currency"))))
                .list();
    }

    /**
     * Moves an order from one status to another, only if it still is in the first.
     *
     * @return whether it moved
     */
    boolean move(long orderId, OrderStatus from, OrderStatus to, Instant at) {
        String column = switch (to) {
            case CONFIRMED -> "confirmed_at";
            case FULFILLED -> "fulfilled_at";
            case CANCELLED -> "cancelled_at";
            case PLACED -> "placed_at";
        };
        return jdbc.sql("UPDATE sales_order SET status = ?, " + column + " = ? "
                        + "WHERE id = ? AND status = ?")
                .params(to.name(), utc(at), orderId, from.name()).update() == 1;
    }

    /** A page of orders matching the query, newest first; {@code accountId} may be null. */
    OrderPage search(Long accountId, OrderQuery query) {
        return search(accountId == null ? Optional.empty() : Optional.of(new Condition(
                "o.account_id = :account", Map.of("account", accountId))), query);
    }

    /**
     * The orders of the accounts the condition over {@code o.account_id} keeps, or of every
     * account when there is none.
     */
    OrderPage search(Optional<Condition> accounts, OrderQuery query) {
        Map<String, Object> params = new HashMap<>();
        String where = where(accounts, query, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM sales_order o JOIN customer_account a "
                        + "ON a.id = o.account_id WHERE " + where)
                .params(params).query(Long.class).single();
        int page = Math.max(0, query.page());
        List<OrderSummary> orders = jdbc.sql(SELECT + " WHERE " + where
                        + " ORDER BY o.placed_at DESC, o.id DESC OFFSET " + (long) page * PAGE_SIZE
                        + " ROWS FETCH NEXT " + PAGE_SIZE + " ROWS ONLY")
                .params(params).query((rs, n) -> summary(rs)).list();
        return new OrderPage(orders, page, PAGE_SIZE, total);
    }

    private static String where(Optional<Condition> accounts, OrderQuery query,
            Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        accounts.ifPresent(condition -> {
            conditions.add(condition.sql());
            params.putAll(condition.params());
        });
        if (query.status() != null) {
            conditions.add("o.status = :status");
            params.put("status", query.status().name());
        }
        if (query.from() != null) {
            conditions.add("o.placed_at >= :from");
            params.put("from", query.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            conditions.add("o.placed_at < :to");
            params.put("to", query.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (isGiven(query.accountName())) {
            conditions.add("LOWER(a.name) LIKE :accountName");
            params.put("accountName", like(query.accountName()));
        }
        if (isGiven(query.text())) {
            conditions.add("""
                    (LOWER(o.number) LIKE :text OR LOWER(o.po_number) LIKE :text
                     OR EXISTS (SELECT 1 FROM sales_order_line l WHERE l.order_id = o.id
                        AND (LOWER(l.name_en) LIKE :text OR l.name_zh LIKE :text
                             OR l.product_code LIKE :text)))""");
            params.put("text", like(query.text()));
        }
        return String.join(" AND ", conditions);
    }

    private static boolean isGiven(String text) {
        return text != null && !text.isBlank();
    }

    private static String like(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private void insertLine(long orderId, int lineNo, OrderLine line) {
        jdbc.sql("""
                INSERT INTO sales_order_line (order_id, line_no, product_code, name_en, name_zh,
                    unit_price, quantity, line_total)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(orderId, lineNo, line.productCode(), line.nameEn(), line.nameZh(),
                        line.unitPrice().amount(), line.quantity(), line.total().amount())
                .update();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static StoredOrder stored(ResultSet rs, int row) throws SQLException {
        return new StoredOrder(rs.getLong("id"), summary(rs));
    }

    private static OrderSummary summary(ResultSet rs) throws SQLException {
        return new OrderSummary(rs.getString("number"), rs.getLong("account_id"),
                rs.getString("account_name"), rs.getLong("placed_by_user_id"),
                OrderStatus.valueOf(rs.getString("status")),
                new Money(rs.getBigDecimal("total"), rs.getString("currency")),
                rs.getString("po_number"), instant(rs, "placed_at"),
                instant(rs, "confirmed_at"), instant(rs, "fulfilled_at"),
                instant(rs, "cancelled_at"));
    }

    /** An order with its database id, which never leaves this module. */
    record StoredOrder(long id, OrderSummary order) {
    }
}
