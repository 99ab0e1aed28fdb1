package org.portico.analytics.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.portico.cases.CaseHistory;
import org.portico.cases.HistoricalCase;
import org.portico.identity.Directory;
import org.portico.identity.NewUser;
import org.portico.identity.Role;
import org.portico.platform.CommandArguments;
import org.portico.platform.PorticoCommand;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code analytics load-cases --file=cases.jsonl [--site=help] [--batch=5000]
 * [--rebuild=false]}: loads the benchmark workload ({@code gen_cases.py}, one JSON case a line)
 * as past web cases, creating each requestor as a customer. Handle time, CSAT and NPS answers of
 * the workload go straight into the scorecard's read models, as their modules would report
 * them. The case rollups are not counted batch by batch but built once at the end, as
 * {@code analytics rebuild} builds them.
 */
@Component
class LoadCasesCommand implements PorticoCommand {

    static final String AGENT_EMAIL = "bench-agent@example.invalid";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern(
            "yyyy-MM-dd HH:mm:ss");
    private static final String CHANNEL = "WEB";

    private final CaseHistory history;
    private final Directory directory;
    private final JdbcTemplate jdbc;
    private final DayBuckets buckets;
    private final BulkLoad bulkLoad;
    private final RollupRebuild rebuild;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, long[]> customers = new HashMap<>();

    LoadCasesCommand(CaseHistory history, Directory directory, JdbcTemplate jdbc,
            AnalyticsSettings settings, BulkLoad bulkLoad, RollupRebuild rebuild) {
        this.bulkLoad = bulkLoad;
        this.rebuild = rebuild;
        this.history = history;
        this.directory = directory;
        this.jdbc = jdbc;
        this.buckets = settings.buckets();
    }

    @Override
    public String name() {
        return "analytics load-cases";
    }

    @Override
    public int run(CommandArguments arguments) {
        Path file = Path.of(arguments.option("file").orElse(""));
        if (!Files.isRegularFile(file)) {
            System.err.println("analytics load-cases needs --file=<cases.jsonl>");
            return 2;
        }
        String site = arguments.option("site").orElse("help");
        int batch = Integer.parseInt(arguments.option("batch").orElse("5000"));
        long started = System.nanoTime();
        long loaded = bulkLoad.during(() -> load(file, site, batch, started));
        if (loaded < 0) {
            return 1;
        }
        System.out.printf(Locale.ROOT, "analytics load-cases: %d cases loaded in %.1f s%n",
                loaded, (System.nanoTime() - started) / 1e9);
        if (!"false".equals(arguments.option("rebuild").orElse("true"))) {
            RollupRebuild.Outcome outcome = rebuild.rebuild();
            System.out.printf(Locale.ROOT, "analytics load-cases: rollups built in %.1f s%n",
                    outcome.millis() / 1000.0);
        }
        return 0;
    }

    /** Stores every case of the file; the number stored, or -1 when it cannot be read. */
    private long load(Path file, String site, int batch, long started) {
        long agent = user(AGENT_EMAIL, "Bench Agent", Role.AGENT);
        long loaded = 0;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<JsonNode> rows = new ArrayList<>(batch);
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    rows.add(json.readTree(line));
                }
                if (rows.size() == batch) {
                    loaded += store(rows, site, agent);
                    progress(loaded, started);
                }
            }
            return loaded + store(rows, site, agent);
        } catch (IOException e) {
            System.err.println("analytics load-cases: cannot read " + file + ": " + e);
            return -1;
        }
    }

    private int store(List<JsonNode> rows, String site, long agent) {
        if (rows.isEmpty()) {
            return 0;
        }
        List<HistoricalCase> cases = new ArrayList<>(rows.size());
        for (JsonNode row : rows) {
            long[] who = customer(row.path("requestor").asString());
            Instant created = time(row.path("created"));
            cases.add(new HistoricalCase(site, who[0], who[1], row.path("subject").asString(),
                    row.path("body").asString(), row.path("topic").asString(), CHANNEL, "NORMAL",
                    created, resolved(row), null, null));
        }
        history.importCases(cases);
        recordSignals(rows, site, agent);
        int stored = rows.size();
        rows.clear();
        return stored;
    }

    private void recordSignals(List<JsonNode> rows, String site, long agent) {
        Tally.Pending handle = new Tally.Pending(Tally.HANDLE);
        Tally.Pending csat = new Tally.Pending(Tally.CSAT);
        Tally.Pending nps = new Tally.Pending(Tally.NPS);
        for (JsonNode row : rows) {
            Instant created = time(row.path("created"));
            Instant resolved = resolved(row);
            Instant worked = resolved != null ? resolved : created;
            String topic = row.path("topic").asString();
            List<Object> handleKey = List.of(buckets.day(worked), site, CHANNEL, topic, agent,
                    Rollups.IMPORT);
            handle.add(handleKey, 0, 1);
            handle.add(handleKey, 1, row.path("handle_minutes").asLong() * 60);
            if (resolved != null) {
                List<Object> csatKey = List.of(buckets.day(resolved), site, CHANNEL);
                csat.add(csatKey, 0, 1);
                if (row.path("csat").isNumber()) {
                    int score = row.path("csat").asInt();
                    csat.add(csatKey, 1, 1);
                    csat.add(csatKey, 2, score);
                    csat.add(csatKey, 3, score >= 4 ? 1 : 0);
                }
            }
            if (row.path("nps").isNumber()) {
                List<Object> npsKey = List.of(buckets.day(worked), site);
                nps.add(npsKey, 0, 1);
                Rollups.addNpsAnswer(nps, npsKey, row.path("nps").asInt());
            }
        }
        Tally.HANDLE.addAll(jdbc, handle.rows());
        Tally.CSAT.addAll(jdbc, csat.rows());
        Tally.NPS.addAll(jdbc, nps.rows());
    }

    private long[] customer(String email) {
        return customers.computeIfAbsent(email, e -> {
            long id = user(e, e.substring(0, e.indexOf('@')), Role.CUSTOMER);
            Long account = jdbc.queryForObject("SELECT account_id FROM app_user WHERE id = ?",
                    Long.class, id);
            return new long[] {id, account};
        });
    }

    private long user(String email, String name, Role role) {
        return directory.userIdByEmail(email).orElseGet(() -> {
            Long account = role == Role.CUSTOMER
                    ? directory.createAccount(name, "PERSON", java.time.LocalDate.of(2024, 1, 1))
                    : null;
            return directory.createUser(new NewUser(email, name, role, account, null, "en",
                    "UTC", null));
        });
    }

    private static Instant resolved(JsonNode row) {
        JsonNode resolved = row.path("resolved");
        return "resolved".equals(row.path("status").asString()) && resolved.isString()
                ? time(resolved) : null;
    }

    private static Instant time(JsonNode value) {
        return LocalDateTime.parse(value.asString(), TIME).toInstant(ZoneOffset.UTC);
    }

    private static void progress(long loaded, long started) {
        if (loaded % 100_000 == 0) {
            System.out.printf(Locale.ROOT, "analytics load-cases: %d cases after %.0f s%n",
                    loaded, (System.nanoTime() - started) / 1e9);
        }
    }
}
