package org.portico.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What one case costs in each channel, set by an administrator (defaults: 55.00 per phone case,
 * 0.50 per online interaction: web, email, chat, community).
 */
@Service
class UnitCosts {

    /** The largest cost the column holds (twelve digits, two of them after the point). */
    static final BigDecimal MAXIMUM = new BigDecimal("9999999999.99");

    static final List<String> CHANNELS = List.of("WEB", "EMAIL", "CHAT", "PHONE", "COMMUNITY");

    private static final Logger log = LoggerFactory.getLogger(UnitCosts.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    UnitCosts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The unit cost of every channel, in {@link #CHANNELS} order. */
    @Transactional(readOnly = true)
    Map<String, BigDecimal> all() {
        Map<String, BigDecimal> stored = new LinkedHashMap<>();
        jdbc.query("SELECT channel, cost FROM analytics_unit_cost", rs -> {
            stored.put(rs.getString("channel"), rs.getBigDecimal("cost"));
        });
        Map<String, BigDecimal> costs = new LinkedHashMap<>();
        CHANNELS.forEach(c -> costs.put(c, stored.getOrDefault(c, BigDecimal.ZERO)
                .setScale(2, RoundingMode.HALF_EVEN)));
        stored.forEach(costs::putIfAbsent);
        return costs;
    }

    @Transactional
    void set(String channel, BigDecimal cost) {
        if (!CHANNELS.contains(channel) || cost.signum() < 0 || cost.compareTo(MAXIMUM) > 0
                || cost.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("unit cost " + channel + " " + cost);
        }
        BigDecimal rounded = cost.setScale(2, RoundingMode.HALF_EVEN);
        int updated = jdbc.update("UPDATE analytics_unit_cost SET cost = ?, updated_at = ?"
                + " WHERE channel = ?", rounded, Rollups.utc(clock.instant()), channel);
        if (updated == 0) {
            jdbc.update("INSERT INTO analytics_unit_cost (channel, cost, updated_at)"
                    + " VALUES (?, ?, ?)", channel, rounded, Rollups.utc(clock.instant()));
        }
        log.info("Unit cost of channel {} set to {}", channel, rounded);
    }
}
