package org.portico.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many mails about an account (sign-up confirmations and warnings, password links) one
 * address was sent in the last hour. Whoever types someone's address into the sign-up or
 * forgotten-password form again and again must not fill that mailbox: past the limit the mail
 * is left out, and the form answers exactly as before, so the limit tells nobody whether the
 * address has an account. Counted in the database, so that every node keeps the same count.
 */
@Component
class AddressMails {

    private static final Logger log = LoggerFactory.getLogger(AddressMails.class);
    private static final Duration WINDOW = Duration.ofHours(1);
    private static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perHour;

    AddressMails(JdbcClient jdbc, Clock clock,
            @Value("${portico.identity.mails-per-hour:3}") int perHour) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perHour = perHour;
    }

    /** Whether one more mail may go to this address now; when it may, it is counted. */
    @Transactional
    boolean take(String email) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String address = Tokens.hash(email.strip().toLowerCase(Locale.ROOT));
        jdbc.sql("DELETE FROM address_mail WHERE sent_at < ?").param(now.minus(KEPT)).update();
        long recent = jdbc.sql("""
                SELECT COUNT(*) FROM address_mail WHERE address_hash = ? AND sent_at > ?""")
                .params(address, now.minus(WINDOW)).query(Long.class).single();
        if (recent >= perHour) {
            log.info("Account mail to an address left out: {} sent within the hour", recent);
            return false;
        }
        jdbc.sql("INSERT INTO address_mail (address_hash, sent_at) VALUES (?, ?)")
                .params(address, now).update();
        return true;
    }
}
