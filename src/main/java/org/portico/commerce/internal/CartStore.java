package org.portico.commerce.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code cart_line} table: one cart per contact and account, product codes with
 * quantities; prices are looked up when the cart is shown or ordered.
 */
@Repository
class CartStore {

    private final JdbcClient jdbc;

    CartStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Product codes and quantities, in the order they were added. */
    Map<String, Integer> lines(long accountId, long userId) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT product_code, quantity FROM cart_line
                WHERE account_id = ? AND user_id = ? ORDER BY added_at, id""")
                .params(accountId, userId)
                .query(rs -> {
                    lines.put(rs.getString("product_code"), rs.getInt("quantity"));
                });
        return lines;
    }

    void put(long accountId, long userId, String productCode, int quantity, Instant now) {
        int updated = jdbc.sql("""
                UPDATE cart_line SET quantity = ?
                WHERE account_id = ? AND user_id = ? AND product_code = ?""")
                .params(quantity, accountId, userId, productCode).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO cart_line (account_id, user_id, product_code, quantity, added_at)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(accountId, userId, productCode, quantity, OrderStore.utc(now))
                    .update();
        }
    }

    void remove(long accountId, long userId, String productCode) {
        jdbc.sql("DELETE FROM cart_line WHERE account_id = ? AND user_id = ? AND product_code = ?")
                .params(accountId, userId, productCode).update();
    }

    void clear(long accountId, long userId) {
        jdbc.sql("DELETE FROM cart_line WHERE account_id = ? AND user_id = ?")
                .params(accountId, userId).update();
    }
}
