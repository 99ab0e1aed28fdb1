package org.portico.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PorticoIntegrationTest
class CaseImportIntegrationTests {

    private static final int CASES = 3000;

    @Autowired
    CaseHistory history;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsCasesWithRepliesAndNumbersThemInOrder() {
        CasePeople people = new CasePeople(directory);
        PorticoUser ann = people.customer("Ann Import");
        PorticoUser agent = people.staff(Role.AGENT);
        Instant start = Instant.parse("2025-01-06T09:00:00Z");
        List<HistoricalCase> past = IntStream.range(0, CASES)
                .mapToObj(i -> new HistoricalCase("help", ann.id(), ann.accountId(),
                        "Imported " + i, "Description " + i, "budgets", "EMAIL", "NORMAL",
                        start.plus(Duration.ofHours(i)),
                        i % 3 == 0 ? null : start.plus(Duration.ofHours(i + 5)),
                        "Reply " + i, agent.id()))
                .toList();

        long began = System.nanoTime();
        int stored = history.importCases(past);
        long millis = (System.nanoTime() - began) / 1_000_000;
        System.out.println("Imported " + CASES + " cases in " + millis + " ms");

        assertThat(stored).isEqualTo(CASES);
        List<String> subjects = jdbc.sql("""
                SELECT subject FROM support_case WHERE account_id = ? ORDER BY number""")
                .param(ann.accountId()).query(String.class).list();
        assertThat(subjects).hasSize(CASES).startsWith("Imported 0", "Imported 1")
                .endsWith("Imported " + (CASES - 1));
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM case_message m JOIN support_case c ON c.id = m.case_id
                WHERE c.account_id = ?""").param(ann.accountId()).query(Long.class).single())
                .isEqualTo(CASES);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM support_case WHERE account_id = ? AND status = 'SOLVED'""")
                .param(ann.accountId()).query(Long.class).single())
                .isEqualTo(CASES - CASES / 3);
    }
}
