package org.portico.commerce.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.lowagie.text.pdf.PdfDictionary;
import jakarta.servlet.http.Cookie;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.portico.cases.CasePeople;
import org.portico.commerce.StatementDetail;
import org.portico.commerce.StatementPayment;
import org.portico.commerce.StatementRun;
import org.portico.commerce.StatementSummary;
import org.portico.commerce.Statements;
import org.portico.identity.Directory;
import org.portico.identity.NewUser;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.portico.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PorticoIntegrationTest
class StatementsIntegrationTests {

    private static final Path SAMPLES = Path.of("target/screenshots");

    @Autowired
    Statements statements;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void refusesPaymentsWithOddAmountsOrFutureDays() throws Exception {
        CasePeople people = new CasePeople(directory);
        long account = people.businessAccount("Quill & Ledger");
        PorticoUser agent = people.staff(Role.AGENT);
        String form = "/console/statements/" + account + "/payments";
        String[][] refused = {{"1e3", "2021-01-05"}, {"-5", "2021-01-05"}, {"10.005", "2021-01-05"},
            {"12.00", "2999-01-01"}, {"12.00", "2021-13-01"}};

        for (String[] bad : refused) {
            mvc.perform(post(form).with(as(agent)).with(csrf()).param("amount", bad[0])
                            .param("reference", "PAY-" + bad[0]).param("receivedOn", bad[1]))
                    .andExpect(flash().attributeExists("invalid"));
        }
        mvc.perform(post(form).with(as(agent)).with(csrf()).param("amount", "120.50")
                        .param("reference", "PAY-OK").param("receivedOn", "2021-01-05"))
                .andExpect(flash().attribute("recorded", true));

        assertThat(statements.ledgerOf(account)).hasSize(1);
    }

    @Test
    void showsAPaymentErrorBesideItsFieldWithWhatWasTyped() throws Exception {
        CasePeople people = new CasePeople(directory);
        long account = people.businessAccount("Margin & Note");
        PorticoUser agent = people.staff(Role.AGENT);
        String page = "/console/statements/" + account;

        MvcResult refused = mvc.perform(post(page + "/payments").with(as(agent)).with(csrf())
                        .param("amount", "12.345").param("reference", "PAY-<7>")
                        .param("receivedOn", "2021-01-05").param("note", "Cheque from Ann"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("invalidField", "amount")).andReturn();

        Cookie session = refused.getResponse().getCookie("SESSION");
        assertThat(session).as("the session that keeps the refused form").isNotNull();
        mvc.perform(get(page).with(as(agent)).cookie(session))
                .andExpect(content().string(containsString("id=\"amount-error\"")))
                .andExpect(content().string(containsString("value=\"12.345\"")))
                .andExpect(content().string(containsString("value=\"PAY-&lt;7&gt;\"")))
                .andExpect(content().string(containsString("value=\"Cheque from Ann\"")))
                .andExpect(content().string(containsString("value=\"2021-01-05\"")));
    }

    @Test
    void carriesTheClosingBalanceIntoTheNextStatement() {
        long account = new CasePeople(directory).businessAccount("Ledger Lane Ltd");
        new StatementBook(jdbc, account)
                .entry("INVOICE", "100.00", "2020-12-15", "Starter plan")
                .entry("INVOICE", "250.50", "2021-01-10", "Payroll seats")
                .entry("CREDIT", "-20.25", "2021-01-25", "Goodwill credit")
                .entry("INVOICE", "40.00", "2021-02-03", "Sales-tax wizard");
        statements.recordPayment(new StatementPayment(account, new BigDecimal("100"),
                "BANK-1", Instant.parse("2021-01-20T09:00:00Z"), null));

        statements.produce(YearMonth.of(2021, 1));
        statements.produce(YearMonth.of(2021, 2));

        List<StatementSummary> list = statements.statementsOf(account);
        assertThat(list).extracting(StatementSummary::number)
                .containsExactly("ST-" + account + "-00002", "ST-" + account + "-00001");
        StatementDetail january = statements.statement(account, list.get(1).number())
                .orElseThrow();
        assertThat(january.summary().opening()).isEqualByComparingTo("100.00");
        assertThat(january.invoices()).isEqualByComparingTo("250.50");
        assertThat(january.payments()).isEqualByComparingTo("-100.00");
        assertThat(january.credits()).isEqualByComparingTo("-20.25");
        assertThat(january.summary().closing()).isEqualTo(new BigDecimal("230.25"));
        assertThat(january.lines()).hasSize(3);
        assertThat(list.get(0).opening()).isEqualTo(january.summary().closing());
        assertThat(list.get(0).closing()).isEqualTo(new BigDecimal("270.25"));
    }

    @Test
    void changesNothingWhenAMonthRunsAgain() {
        long account = new CasePeople(directory).businessAccount("Twice Run Co");
        new StatementBook(jdbc, account).entry("INVOICE", "75.00", "2021-03-04", "Plan");

        StatementRun first = statements.produce(YearMonth.of(2021, 3));
        StatementDetail before = statements.statement(account, "ST-" + account + "-00001")
                .orElseThrow();
        StatementRun second = statements.produce(YearMonth.of(2021, 3));

        assertThat(first.produced()).isPositive();
        assertThat(second.produced()).isZero();
        assertThat(second.unchanged()).isGreaterThanOrEqualTo(first.produced());
        assertThat(statements.statementsOf(account)).hasSize(1);
        assertThat(statements.statement(account, before.summary().number())).contains(before);
    }

    @Test
    void carriesOnWhenOneAccountFails() {
        CasePeople people = new CasePeople(directory);
        long broken = people.businessAccount("Mixed Currency GmbH");
        long healthy = people.businessAccount("Steady Books Inc");
        new StatementBook(jdbc, broken).entry("INVOICE", "10.00", "2021-05-02", "Plan", "EUR");
        new StatementBook(jdbc, healthy).entry("INVOICE", "10.00", "2021-05-02", "Plan");

        StatementRun run = statements.produce(YearMonth.of(2021, 5));

        assertThat(run.failures()).filteredOn(f -> f.accountId() == broken).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("EUR"));
        assertThat(statements.statementsOf(healthy)).hasSize(1);
        assertThat(statements.statementsOf(broken)).isEmpty();
        assertThat(run.line()).startsWith("statements month=2021-05 produced=")
                .contains("failed=" + run.failures().size());
        assertThat(jdbc.sql("SELECT reason FROM statement_run_failure WHERE account_id = ?")
                .param(broken).query(String.class).list()).hasSize(1);
    }

    @Test
    void producesEachStatementOnceWhenTwoRunsRace() throws Exception {
        long account = new CasePeople(directory).businessAccount("Race Track Pty");
        new StatementBook(jdbc, account).entry("INVOICE", "12.00", "2021-07-07", "Plan");
        Callable<StatementRun> run = () -> statements.produce(YearMonth.of(2021, 7));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<StatementRun>> runs = pool.invokeAll(List.of(run, run));
            int produced = 0;
            for (Future<StatementRun> result : runs) {
                produced += result.get().produced();
            }
            assertThat(produced).isPositive();
        } finally {
            pool.shutdown();
        }

        assertThat(statements.statementsOf(account)).singleElement()
                .satisfies(s -> assertThat(s.month()).isEqualTo(YearMonth.of(2021, 7)));
    }

    @Test
    void showsStatementsToAdministratorsOnly() throws Exception {
        CasePeople people = new CasePeople(directory);
        long account = people.businessAccount("Open Books Cafe");
        long other = people.businessAccount("Someone Else Ltd");
        PorticoUser admin = people.user("Ada Admin", Role.BUSINESS_ADMIN, account);
        PorticoUser member = people.user("Max Member", Role.BUSINESS_MEMBER, account);
        PorticoUser stranger = people.user("Sam Stranger", Role.BUSINESS_ADMIN, other);
        new StatementBook(jdbc, account).entry("INVOICE", "99.90", "2021-09-09", "Payroll");
        statements.produce(YearMonth.of(2021, 9));
        String number = "ST-" + account + "-00001";
        String page = "/s/business/statements/" + number;

        mvc.perform(get("/s/business/statements").with(as(admin)))
                .andExpect(content().string(containsString(number)));
        mvc.perform(get(page).with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("99.90")));
        mvc.perform(get(page + ".pdf").with(as(admin))).andExpect(status().isOk());
        mvc.perform(get(page + ".csv").with(as(admin))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/statements/" + number).with(as(admin)))
                .andExpect(jsonPath("$.summary.number").value(number))
                .andExpect(jsonPath("$.lines[0].amount").value(99.90));
        for (PorticoUser outsider : List.of(member, stranger)) {
            mvc.perform(get(page).with(as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get(page + ".pdf").with(as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get(page + ".csv").with(as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/statements/" + number).with(as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/statements/" + number + ".pdf").with(as(outsider)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/s/business/statements").with(as(member)))
                .andExpect(status().isNotFound());
    }

    @Test
    void writesAChinesePdfWithAnEmbeddedFont() throws Exception {
        long account = new CasePeople(directory).businessAccount("上海账簿贸易有限公司");
        directory.setAccountMoney(account, "CNY", "CN");
        new StatementBook(jdbc, account).entry("INVOICE", "880.00", "2021-11-11", "工资席位",
                "CNY");
        statements.produce(YearMonth.of(2021, 11));
        PorticoUser admin = chineseAdmin(account);

        byte[] pdf = mvc.perform(get("/api/v1/statements/ST-" + account + "-00001.pdf")
                .with(as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve("statement-zh.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("上海账簿贸易有限公司", "月度对账单", "期末余额", "Tallybird",
                "880.00");
        assertThat(hasEmbeddedFont(reader)).isTrue();
    }

    @Test
    void writesCsvWithByteOrderMarkAndQuotedFields() throws Exception {
        long account = new CasePeople(directory).businessAccount("Comma, Quote \"Co\"");
        new StatementBook(jdbc, account)
                .entry("INVOICE", "10.00", "2022-01-05", "Seats, \"extra\"")
                .entry("INVOICE", "5.50", "2022-01-06", "Wizard");
        statements.produce(YearMonth.of(2022, 1));
        StatementDetail statement = statements.statement(account, "ST-" + account + "-00001")
                .orElseThrow();

        byte[] csv = statements.csv(statement, Locale.ENGLISH);

        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).containsExactly(
                "Date,Kind,Reference,Description,Amount,Balance,Currency",
                "2022-01-01,Opening balance,ST-" + account + "-00001,,,0.00,USD",
                "2022-01-05,Invoice," + statement.lines().get(0).reference()
                        + ",\"Seats, \"\"extra\"\"\",10.00,10.00,USD",
                "2022-01-06,Invoice," + statement.lines().get(1).reference()
                        + ",Wizard,5.50,15.50,USD",
                "2022-01-31,Closing balance,ST-" + account + "-00001,,,15.50,USD");
    }

    @Test
    void keepsDescriptionsFromRunningAsFormulasAndCreditsAsNumbers() throws Exception {
        long account = new CasePeople(directory).businessAccount("Formula Fields Ltd");
        new StatementBook(jdbc, account)
                .entry("INVOICE", "10.00", "2022-01-05", "=HYPERLINK(\"http://evil\",\"x\")")
                .entry("CREDIT", "-4.00", "2022-01-06", "@SUM(A1:A2)");
        statements.produce(YearMonth.of(2022, 1));
        StatementDetail statement = statements.statement(account, "ST-" + account + "-00001")
                .orElseThrow();

        String text = new String(statements.csv(statement, Locale.ENGLISH),
                StandardCharsets.UTF_8);

        assertThat(text).contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",10.00,10.00,USD")
                .contains(",'@SUM(A1:A2),-4.00,6.00,USD");
    }

    private PorticoUser chineseAdmin(long account) {
        String email = TestUsers.uniqueEmail("zh-admin");
        long id = directory.createUser(new NewUser(email, "王芳", Role.BUSINESS_ADMIN, account,
                TestUsers.PASSWORD, "zh-CN", "Asia/Shanghai", null));
        return new PorticoUser(id, email, "王芳", Role.BUSINESS_ADMIN, account, "zh-CN", null);
    }

    private static boolean hasEmbeddedFont(PdfReader reader) {
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject object = reader.getPdfObject(i);
            if (object instanceof PdfDictionary dictionary
                    && (dictionary.contains(PdfName.FONTFILE2)
                    || dictionary.contains(PdfName.FONTFILE3))) {
                return true;
            }
        }
        return false;
    }
}
