package org.portico.cases.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import org.portico.cases.Cases;
import org.portico.cases.NewCase;
import org.portico.identity.PorticoUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Idempotency keys for opening cases and replying: the first request with a key records the
 * case it touched in {@code case_request_key}, in the same transaction; a repeat (a double
 * click, a retry, on any node) finds that row and does nothing again. Two requests at the same
 * moment meet at the table's primary key: the second one's transaction rolls back and it
 * answers with the first one's case.
 */
@Component
class RequestKeys {

    /** What a key may look like: 8 to 64 letters, digits, dashes, underscores or dots. */
    static final String FORMAT = "[A-Za-z0-9._-]{8,64}";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Cases cases;

    RequestKeys(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions,
            Cases cases) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
        this.cases = cases;
    }

    static boolean isValid(String key) {
        return key != null && key.matches(FORMAT);
    }

    /** Opens the case once per key; {@code created} tells whether this call opened it. */
    Outcome open(PorticoUser user, NewCase request, String key) {
        if (key == null) {
            return new Outcome(cases.open(user, request).number(), true);
        }
        return once(user, "open:" + key, () -> cases.open(user, request).number());
    }

    /** Adds the reply once per key. */
    Outcome reply(PorticoUser user, String number, String key, Runnable reply) {
        if (key == null) {
            reply.run();
            return new Outcome(number, true);
        }
        return once(user, "reply:" + number + ":" + key, () -> {
            reply.run();
            return number;
        });
    }

    private Outcome once(PorticoUser user, String requestKey, Supplier<String> action) {
        Optional<String> done = find(user.id(), requestKey);
        if (done.isPresent()) {
            return new Outcome(done.get(), false);
        }
        try {
            return transactions.execute(status -> {
                String number = action.get();
                jdbc.sql("""
                        INSERT INTO case_request_key (user_id, request_key, case_number,
                                                      created_at)
                        VALUES (?, ?, ?, ?)""")
                        .params(user.id(), requestKey, number, CaseStore.utc(clock.instant()))
                        .update();
                return new Outcome(number, true);
            });
        } catch (DataIntegrityViolationException repeated) {
            return new Outcome(find(user.id(), requestKey).orElseThrow(() -> repeated), false);
        }
    }

    private Optional<String> find(long userId, String requestKey) {
        return jdbc.sql("""
                SELECT case_number FROM case_request_key WHERE user_id = ? AND request_key = ?""")
                .params(userId, requestKey).query(String.class).optional();
    }

    /** The case a keyed request touched, and whether this request did the work. */
    record Outcome(String number, boolean created) {
    }
}
