package org.portico.cases.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.portico.cases.CaseHistory;
import org.portico.cases.HistoricalCase;
import org.portico.cases.Topics;
import org.portico.identity.ApiTokens;
import org.portico.platform.CommandArguments;
import org.portico.platform.PorticoCommand;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code cases bench --workload=cases.jsonl --preload=10000 --out=DIR
 * --portico.data-dir=/tmp/cases-bench}: prepares an EMPTY data folder for
 * {@code scripts/bench-cases.sh} from the workload of {@code gen_cases.py}. Every requestor
 * becomes a customer (password {@code portico-bench}) with an API token; the first
 * {@code preload} cases are stored as history; the rest are written to {@code create.tsv}
 * (token, then the JSON body of {@code POST /api/v1/cases}) and the customers with their
 * cases to {@code view.tsv} (email, then case numbers).
 */
@Component
class CaseBenchLoader implements PorticoCommand {

    static final String PASSWORD = "portico-bench";

    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final CaseHistory history;
    private final Clock clock;
    private final ApiTokens tokens;
    private final JsonMapper json = JsonMapper.builder().build();

    CaseBenchLoader(JdbcTemplate jdbc, PasswordEncoder passwords, CaseHistory history,
            Clock clock, ApiTokens tokens) {
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "cases bench";
    }

    @Override
    public int run(CommandArguments arguments) {
        Path workload = Path.of(arguments.option("workload").orElse("cases.jsonl"));
        Path out = Path.of(arguments.option("out").orElse("."));
        int preload = Integer.parseInt(arguments.option("preload").orElse("10000"));
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM support_case",
                Integer.class);
        if (existing != null && existing > 0) {
            System.err.println("cases bench needs an empty data folder (--portico.demo=false)");
            return 2;
        }
        try {
            List<JsonNode> cases = read(workload);
            Map<String, Customer> customers = customers(cases);
            List<HistoricalCase> stored = new ArrayList<>();
            for (JsonNode c : cases.subList(0, Math.min(preload, cases.size()))) {
                stored.add(historical(c, customers.get(c.get("requestor").asText())));
            }
            long first = jdbc.queryForObject(
                    "SELECT last_number FROM case_number_counter WHERE id = 1", Long.class) + 1;
            history.importCases(stored);
            write(out, cases, preload, customers, first);
            System.out.printf(Locale.ROOT, "cases bench: %d customers, %d cases stored,"
                    + " %d to create%n", customers.size(), stored.size(),
                    Math.max(0, cases.size() - preload));
            return 0;
        } catch (IOException e) {
            System.err.println("cases bench: " + e.getMessage());
            return 1;
        }
    }

    private List<JsonNode> read(Path workload) throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        for (String line : Files.readAllLines(workload, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                cases.add(json.readTree(line));
            }
        }
        return cases;
    }

    private Map<String, Customer> customers(List<JsonNode> cases) {
        Map<String, Customer> customers = new LinkedHashMap<>();
        String hash = passwords.encode(PASSWORD);
        Timestamp now = Timestamp.from(clock.instant());
        for (JsonNode c : cases) {
            String email = c.get("requestor").asText();
            customers.computeIfAbsent(email, e -> create(e, hash, now));
        }
        return customers;
    }

    private Customer create(String email, String hash, Timestamp now) {
        jdbc.update("""
                INSERT INTO customer_account (name, kind, customer_since, created_at)
                VALUES (?, 'PERSON', DATE '2020-01-01', ?)""", email, now);
        long account = jdbc.queryForObject("SELECT MAX(id) FROM customer_account", Long.class);
        jdbc.update("""
                INSERT INTO app_user (email, password_hash, display_name, role, account_id,
                    locale, time_zone, enabled, created_at)
                VALUES (?, ?, ?, 'CUSTOMER', ?, 'en', 'UTC', TRUE, ?)""",
                email, hash, email.substring(0, email.indexOf('@')), account, now);
        long user = jdbc.queryForObject("SELECT id FROM app_user WHERE email = ?", Long.class,
                email);
        jdbc.update("""
                INSERT INTO account_membership (user_id, account_id, role, active, created_at)
                VALUES (?, ?, 'CUSTOMER', TRUE, ?)""", user, account, now);
        return new Customer(email, user, account, tokens.issue(user, "bench"),
                new ArrayList<>());
    }

    private static HistoricalCase historical(JsonNode c, Customer customer) {
        Instant opened = LocalDateTime.parse(c.get("created").asText(), CREATED)
                .toInstant(ZoneOffset.UTC);
        Instant solved = c.get("resolved").isNull() ? null
                : LocalDateTime.parse(c.get("resolved").asText(), CREATED)
                        .toInstant(ZoneOffset.UTC);
        return new HistoricalCase("help", customer.userId(), customer.accountId(),
                c.get("subject").asText(), c.get("body").asText(), topic(c), "WEB", "NORMAL",
                opened, solved, null, null);
    }

    static String topic(JsonNode c) {
        return Topics.KEYS.get(Math.floorMod(c.get("topic").asText().hashCode(),
                Topics.KEYS.size()));
    }

    private void write(Path out, List<JsonNode> cases, int preload,
            Map<String, Customer> customers, long firstNumber) throws IOException {
        Files.createDirectories(out);
        for (int i = 0; i < Math.min(preload, cases.size()); i++) {
            customers.get(cases.get(i).get("requestor").asText()).numbers()
                    .add(CaseStore.formatNumber(firstNumber + i));
        }
        try (PrintWriter create = new PrintWriter(Files.newBufferedWriter(
                out.resolve("create.tsv"), StandardCharsets.UTF_8))) {
            for (JsonNode c : cases.subList(Math.min(preload, cases.size()), cases.size())) {
                Map<String, String> body = new LinkedHashMap<>();
                body.put("subject", c.get("subject").asText());
                body.put("topic", topic(c));
                body.put("description", c.get("body").asText());
                create.println(customers.get(c.get("requestor").asText()).token() + "\t"
                        + json.writeValueAsString(body));
            }
        }
        try (PrintWriter view = new PrintWriter(Files.newBufferedWriter(out.resolve("view.tsv"),
                StandardCharsets.UTF_8))) {
            for (Customer customer : customers.values()) {
                if (!customer.numbers().isEmpty()) {
                    view.println(customer.email() + "\t" + String.join(",", customer.numbers()));
                }
            }
        }
    }

    private record Customer(String email, long userId, long accountId, String token,
            List<String> numbers) {
    }
}
