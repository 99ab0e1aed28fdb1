package org.portico.console.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.portico.cases.Topics;
import org.portico.platform.CommandArguments;
import org.portico.platform.PorticoCommand;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * {@code console bench --customers=10000 --cases=100000 --messages=1000000
 * --portico.data-dir=/tmp/glance-bench}: fills an EMPTY data folder with customers, their cases
 * and messages (JDBC batches) and a staff agent, so that the case page with the customer at a
 * glance can be measured with {@code scripts/bench-glance.sh}.
 */
@Component
class GlanceBenchLoader implements PorticoCommand {

    static final String AGENT_EMAIL = "bench-agent@example.com";
    static final String AGENT_PASSWORD = "portico-bench";

    private static final int BATCH = 5000;
    private static final long DAY = 86_400L;
    private static final String[] STATUSES = {"SOLVED", "SOLVED", "SOLVED", "CLOSED", "OPEN",
        "NEW", "WAITING"};

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final Random random = new Random(7);

    GlanceBenchLoader(JdbcTemplate jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "console bench";
    }

    @Override
    public int run(CommandArguments arguments) {
        int customers = intOption(arguments, "customers", 10_000);
        int cases = intOption(arguments, "cases", 100_000);
        int messages = intOption(arguments, "messages", 1_000_000);
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM support_case", Integer.class);
        if (existing != null && existing > 0) {
            System.err.println("console bench needs an empty data folder:"
                    + " --portico.data-dir=/tmp/glance-bench");
            return 2;
        }
        long started = System.nanoTime();
        long agentId = createAgent();
        long[] userIds = createCustomers(customers);
        long firstNumber = reserveNumbers(cases);
        long[] caseIds = createCases(userIds, cases, firstNumber);
        createMessages(caseIds, agentId, messages);
        System.out.printf(Locale.ROOT, "console bench: %d customers, %d cases, %d messages"
                + " loaded in %.1f s%n", customers, cases, messages,
                (System.nanoTime() - started) / 1e9);
        System.out.printf(Locale.ROOT, "console bench: case numbers %08d to %08d; agent %s%n",
                firstNumber, firstNumber + cases - 1, AGENT_EMAIL);
        return 0;
    }

    private static int intOption(CommandArguments arguments, String name, int fallback) {
        return Integer.parseInt(arguments.option(name).orElse(String.valueOf(fallback)));
    }

    private long createAgent() {
        jdbc.update("""
                INSERT INTO app_user (email, password_hash, display_name, role, locale,
                    time_zone, enabled, created_at)
                VALUES (?, ?, 'Bench Agent', 'AGENT', 'en', 'UTC', TRUE, ?)""",
                AGENT_EMAIL, passwords.encode(AGENT_PASSWORD), Timestamp.from(clock.instant()));
        return jdbc.queryForObject("SELECT id FROM app_user WHERE email = ?", Long.class,
                AGENT_EMAIL);
    }

    private long[] createCustomers(int customers) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> accounts = new ArrayList<>(customers);
        for (int i = 0; i < customers; i++) {
            accounts.add(new Object[] {"Bench Customer " + i,
                LocalDate.of(2015, 1, 1).plusDays(i % 3000), now});
        }
        batches("""
                INSERT INTO customer_account (name, kind, customer_since, created_at)
                VALUES (?, 'PERSON', ?, ?)""", accounts);
        long[] accountIds = ids("SELECT id FROM customer_account ORDER BY id", customers);
        String hash = passwords.encode(AGENT_PASSWORD);
        List<Object[]> users = new ArrayList<>(customers);
        for (int i = 0; i < customers; i++) {
            boolean chinese = i % 10 == 5;
            users.add(new Object[] {"bench-customer-" + i + "@example.com", hash,
                "Bench Customer " + i, accountIds[i], chinese ? "zh-CN" : "en",
                chinese ? "Asia/Shanghai" : "America/New_York", now});
        }
        batches("""
                INSERT INTO app_user (email, password_hash, display_name, role, account_id,
                    locale, time_zone, enabled, created_at)
                VALUES (?, ?, ?, 'CUSTOMER', ?, ?, ?, TRUE, ?)""", users);
        jdbc.update("""
                INSERT INTO account_membership (user_id, account_id, role, active, created_at)
                SELECT id, account_id, role, TRUE, created_at FROM app_user
                WHERE role = 'CUSTOMER'""");
        return ids("SELECT id FROM app_user WHERE role = 'CUSTOMER' ORDER BY id", customers);
    }

    private long reserveNumbers(int cases) {
        jdbc.update("UPDATE case_number_counter SET last_number = last_number + ? WHERE id = 1",
                cases);
        Long last = jdbc.queryForObject(
                "SELECT last_number FROM case_number_counter WHERE id = 1", Long.class);
        return last - cases + 1;
    }

    private long[] createCases(long[] userIds, int cases, long firstNumber) {
        long[] accountIds = ids("SELECT account_id FROM app_user WHERE role = 'CUSTOMER'"
                + " ORDER BY id", userIds.length);
        Instant now = clock.instant();
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (int i = 0; i < cases; i++) {
            int customer = random.nextInt(userIds.length);
            String status = STATUSES[random.nextInt(STATUSES.length)];
            Timestamp created = Timestamp.from(now.minusSeconds(random.nextLong(1000 * DAY)));
            Timestamp solved = status.equals("SOLVED") || status.equals("CLOSED")
                    ? Timestamp.from(created.toInstant().plusSeconds(DAY)) : null;
            String topic = Topics.KEYS.get(random.nextInt(Topics.KEYS.size()));
            rows.add(new Object[] {String.format(Locale.ROOT, "%08d", firstNumber + i),
                "Question about " + topic + " " + i, "Bench case description " + i, status, topic,
                userIds[customer], accountIds[customer], created, created, solved});
            if (rows.size() == BATCH) {
                insertCases(rows);
            }
        }
        insertCases(rows);
        return ids("SELECT id FROM support_case ORDER BY id", cases);
    }

    private void insertCases(List<Object[]> rows) {
        jdbc.batchUpdate("""
                INSERT INTO support_case (number, site_slug, subject, description, status,
                    priority, topic, origin, requester_user_id, account_id, created_at, updated_at,
                    solved_at)
                VALUES (?, 'help', ?, ?, ?, 'NORMAL', ?, 'WEB', ?, ?, ?, ?, ?)""", rows);
        rows.clear();
    }

    private void createMessages(long[] caseIds, long agentId, int messages) {
        long[] requesters = ids("SELECT requester_user_id FROM support_case ORDER BY id",
                caseIds.length);
        Instant now = clock.instant();
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (int i = 0; i < messages; i++) {
            int kase = i % caseIds.length;
            boolean agent = i / caseIds.length % 2 == 1;
            rows.add(new Object[] {caseIds[kase], agent ? agentId : requesters[kase],
                agent ? "AGENT" : "CUSTOMER",
                "Bench message " + i + " with a few words about the question at hand.",
                Timestamp.from(now.minusSeconds(DAY * 1000 - (long) i / caseIds.length * 600))});
            if (rows.size() == BATCH) {
                insertMessages(rows);
            }
        }
        insertMessages(rows);
    }

    private void insertMessages(List<Object[]> rows) {
        jdbc.batchUpdate("""
                INSERT INTO case_message (case_id, author_user_id, author_kind, body, visibility,
                    created_at)
                VALUES (?, ?, ?, ?, 'PUBLIC', ?)""", rows);
        rows.clear();
    }

    private void batches(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private long[] ids(String sql, int expected) {
        long[] ids = jdbc.queryForList(sql, Long.class).stream().mapToLong(Long::longValue)
                .toArray();
        if (ids.length != expected) {
            throw new IllegalStateException("expected " + expected + " rows, found " + ids.length);
        }
        return ids;
    }
}
