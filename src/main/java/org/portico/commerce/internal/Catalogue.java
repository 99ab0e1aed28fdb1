package org.portico.commerce.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.portico.commerce.Money;
import org.portico.commerce.Product;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code product} and {@code product_price} tables: what can be ordered, at which price in
 * each currency.
 */
@Repository
class Catalogue {

    private static final String SELECT = """
            SELECT p.code, p.kind, p.name_en, p.name_zh, pp.unit_price, pp.currency
            FROM product p JOIN product_price pp ON pp.product_code = p.code
            WHERE p.active = TRUE AND pp.currency = :currency""";

    private final JdbcClient jdbc;

    Catalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Product> pricedIn(String currency) {
        return jdbc.sql(SELECT + " ORDER BY p.position").param("currency", currency)
                .query(Catalogue::product).list();
    }

    Optional<Product> find(String code, String currency) {
        return jdbc.sql(SELECT + " AND p.code = :code").param("currency", currency)
                .param("code", code).query(Catalogue::product).optional();
    }

    private static Product product(ResultSet rs, int row) throws SQLException {
        return new Product(rs.getString("code"), rs.getString("kind"), rs.getString("name_en"),
                rs.getString("name_zh"),
                new Money(rs.getBigDecimal("unit_price"), rs.getString("currency")));
    }
}
