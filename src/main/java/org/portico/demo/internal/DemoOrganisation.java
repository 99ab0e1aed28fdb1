package org.portico.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.portico.cases.CaseHistory;
import org.portico.cases.HistoricalCase;
import org.portico.identity.Directory;
import org.portico.identity.NewUser;
import org.portico.identity.Role;
import org.portico.knowledge.KnowledgeAuthoring;
import org.portico.knowledge.NewArticle;
import org.portico.platform.PorticoProperties;
import org.portico.sites.Sites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StopWatch;

/**
 * Fills an empty installation with the demo organisation on first start, right after the web
 * server has opened (so that start-up stays short; the log says when the demo is ready). The
 * whole load is one transaction that begins by claiming the {@code demo-loaded} installation
 * event, so two nodes starting together on one database load it once.
 */
@Component
class DemoOrganisation implements ApplicationRunner {

    static final String PASSWORD = "portico-demo";
    static final long SEED = 20261204L;

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);
    private static final String[][] STAFF = {
        {"agent@example.com", "Alex Rivera", "AGENT"},
        {"supervisor@example.com", "Sam Patel", "SUPERVISOR"},
        {"author@example.com", "Jordan Lee", "AUTHOR"},
        {"manager@example.com", "Riley Brooks", "SITE_MANAGER"},
        {"admin@example.com", "Morgan Blake", "ADMIN"},
        {"mei.lin@example.com", "林美", "AGENT"},
        {"oskar.berg@example.com", "Oskar Berg", "AGENT"},
        {"ada.mensah@example.com", "Ada Mensah", "AGENT"},
    };

    private final PorticoProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Sites sites;
    private final Directory directory;
    private final KnowledgeAuthoring knowledge;
    private final CaseHistory cases;
    private final List<DemoContribution> contributions;
    private final Clock clock;

    DemoOrganisation(PorticoProperties properties, JdbcClient jdbc, TransactionTemplate transaction,
            Sites sites, Directory directory, KnowledgeAuthoring knowledge, CaseHistory cases,
            List<DemoContribution> contributions, Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.sites = sites;
        this.directory = directory;
        this.knowledge = knowledge;
        this.cases = cases;
        this.contributions = contributions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        loadIfEmpty();
    }

    /** Loads the demo unless it is switched off or the installation already has people. */
    void loadIfEmpty() {
        if (!properties.demo() || properties.commandMode() || directory.hasUsers()) {
            return;
        }
        long started = System.nanoTime();
        try {
            transaction.executeWithoutResult(status -> load());
        } catch (DuplicateKeyException e) {
            log.info("Demo organisation is being loaded by another node");
            return;
        }
        log.info("Demo organisation loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void load() {
        StopWatch phases = new StopWatch("demo");
        phases.start("people");
        jdbc.sql("INSERT INTO installation_event (name, happened_at) VALUES ('demo-loaded', ?)")
                .param(OffsetDateTime.now(clock)).update();
        brandSites();
        String hash = directory.hashPassword(PASSWORD);
        LocalDate today = LocalDate.now(clock);
        List<Long> staff = createStaff(hash, today);
        DemoPeople people = new DemoPeople(SEED, today);
        List<Long> accountIds = createAccounts(people);
        List<Long> personIds = createPeople(people, accountIds, hash);
        phases.stop();
        phases.start("articles");
        for (NewArticle article : DemoArticles.load()) {
            knowledge.publish(article);
        }
        phases.stop();
        phases.start("cases");
        List<DemoCase> history = new DemoCaseHistory(SEED, today, people.people()).generate();
        cases.importCases(toHistoricalCases(history, people, accountIds, personIds, staff));
        phases.stop();
        DemoContext context = context(today, people, accountIds, personIds, staff);
        for (DemoContribution contribution : contributions) {
            phases.start(contribution.getClass().getSimpleName());
            contribution.load(context);
            phases.stop();
        }
        log.info("Demo phases: {}", Arrays.stream(phases.getTaskInfo())
                .map(task -> task.getTaskName() + " " + task.getTimeMillis() + " ms")
                .collect(Collectors.joining(", ")));
    }

    private DemoContext context(LocalDate today, DemoPeople people, List<Long> accountIds,
            List<Long> personIds, List<Long> staff) {
        List<Long> businesses = new ArrayList<>();
        Map<Long, List<Long>> contacts = new LinkedHashMap<>();
        for (int i = 0; i < people.accounts().size(); i++) {
            DemoAccount account = people.accounts().get(i);
            if (account.kind().equals("BUSINESS")) {
                long id = accountIds.get(i);
                businesses.add(id);
                directory.setAccountMoney(id, account.currency(), account.country());
            }
        }
        for (int p = 0; p < people.people().size(); p++) {
            DemoPerson person = people.people().get(p);
            if (person.role() != Role.CUSTOMER) {
                contacts.computeIfAbsent(accountIds.get(person.accountIndex()),
                        key -> new ArrayList<>()).add(personIds.get(p));
            }
        }
        return new DemoContext(today, SEED, businesses, contacts, staff);
    }

    private void brandSites() {
        sites.brand("help", "Tallybird Help", "Tallybird 帮助中心",
                "Budgets, bills and taxes, answered", "预算、账单与报税，一站解答", "#0b6e4f");
        sites.brand("business", "Tallybird Business Portal", "Tallybird 企业门户",
                "Your account, orders and statements", "您的账户、订单与对账单", "#1f4e99");
    }

    private List<Long> createStaff(String hash, LocalDate today) {
        List<Long> ids = new ArrayList<>();
        for (String[] member : STAFF) {
            NewUser user = new NewUser(member[0], member[1], Role.valueOf(member[2]), null, null,
                    member[1].codePointAt(0) > 0x2E80 ? "zh-CN" : "en", "UTC",
                    today.minusYears(2).atStartOfDay().toInstant(ZoneOffset.UTC));
            long id = directory.createUserWithHash(user, hash);
            if (Role.valueOf(member[2]) == Role.AGENT || member[0].startsWith("supervisor")) {
                ids.add(id);
            }
        }
        return ids;
    }

    private List<Long> createAccounts(DemoPeople people) {
        List<Long> ids = new ArrayList<>();
        for (DemoAccount account : people.accounts()) {
            ids.add(directory.createAccount(account.name(), account.kind(),
                    account.customerSince()));
        }
        return ids;
    }

    private List<Long> createPeople(DemoPeople people, List<Long> accountIds, String hash) {
        List<Long> ids = new ArrayList<>();
        for (DemoPerson person : people.people()) {
            DemoAccount account = people.accounts().get(person.accountIndex());
            ids.add(directory.createUserWithHash(new NewUser(person.email(), person.name(),
                    person.role(), accountIds.get(person.accountIndex()), null, person.locale(),
                    person.timeZone(), account.customerSince().atStartOfDay()
                            .toInstant(ZoneOffset.UTC)), hash));
        }
        return ids;
    }

    private static List<HistoricalCase> toHistoricalCases(List<DemoCase> history,
            DemoPeople people, List<Long> accountIds, List<Long> personIds, List<Long> staff) {
        return history.stream().map(c -> {
            DemoPerson person = people.people().get(c.person());
            String site = person.role() == Role.CUSTOMER ? "help" : "business";
            Long agent = c.reply() == null ? null : staff.get(c.agent() % staff.size());
            return new HistoricalCase(site, personIds.get(c.person()),
                    accountIds.get(person.accountIndex()), c.subject(), c.description(),
                    c.topic(), c.origin(), c.priority(), c.openedAt(), c.solvedAt(), c.reply(),
                    agent);
        }).toList();
    }
}
