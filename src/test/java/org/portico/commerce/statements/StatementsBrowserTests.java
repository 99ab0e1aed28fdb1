package org.portico.commerce.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.portico.commerce.Statements;
import org.portico.identity.Directory;
import org.portico.identity.NewUser;
import org.portico.identity.Role;
import org.portico.support.Browser;
import org.portico.support.PorticoIntegrationTest;
import org.portico.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PorticoIntegrationTest
class StatementsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Autowired
    Statements statements;

    @Autowired
    JdbcClient jdbc;

    @Test
    void businessAdministratorReadsAStatementOnAPhone() {
        long account = directory.createAccount("Pocket Ledger Bakery", "BUSINESS",
                LocalDate.of(2019, 1, 1));
        String email = TestUsers.uniqueEmail("statement-admin");
        directory.createUser(new NewUser(email, "Pia Admin", Role.BUSINESS_ADMIN, account,
                TestUsers.PASSWORD, "en", "UTC", null));
        new StatementBook(jdbc, account)
                .entry("INVOICE", "1249.00", "2022-03-02", "Payroll seats for a whole year")
                .entry("PAYMENT", "-1249.00", "2022-03-20", "Bank transfer")
                .entry("INVOICE", "39.00", "2022-03-28", "Sales-tax wizard");
        statements.produce(YearMonth.of(2022, 3));
        String number = "ST-" + account + "-00001";

        try (Browser browser = Browser.start(port, Browser.PHONE)) {
            browser.signIn("business", email, TestUsers.PASSWORD)
                    .open("/s/business/statements")
                    .waitForText(By.id("statements"), number);
            browser.screenshot("statements-list-phone");
            browser.clickToLoad(By.cssSelector(".statement-item"))
                    .waitForText(By.id("statement-number"), number);
            browser.screenshot("statement-phone");

            assertThat(browser.find(By.id("statement-closing")).getText()).isEqualTo("39.00");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
        }
    }
}
