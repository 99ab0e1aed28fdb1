package org.portico.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.portico.cases.CasePeople;
import org.portico.support.Browser;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PorticoIntegrationTest
class AccountBrowserTests {

    private static final By POSTAL_CODE = By.id("billing.postalCode");

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Autowired
    BusinessAccounts accounts;

    @Test
    void administratorFixesAWrongPostalCodeAndFindsTheChangeInTheHistoryOnAPhone() {
        BusinessAccountFixture bakery = BusinessAccountFixture.create(directory, "Dock Bakery");
        PostalAddress address = new PostalAddress("12 Harbor Lane", null, "Portland", "OR",
                "97205", "US");
        accounts.update(bakery.accountId(), new CompanyDetails("Dock Bakery", address, address,
                bakery.admin().id(), List.of(new TaxId("US_EIN", "12-3456789"))), null);

        try (Browser browser = Browser.start(port, Browser.PHONE)) {
            browser.signIn("business", bakery.admin().email(), CasePeople.PASSWORD);
            browser.open("/s/business/account");
            browser.waitForText(By.id("billing-address"), "97205");
            browser.screenshot("account-phone-1-details");

            browser.clickToLoad(By.id("edit-account"));
            browser.type(POSTAL_CODE, "9720A");
            browser.submitToLoad(By.id("save-account"));
            browser.waitForText(By.id("billing.postalCode-error"), "Enter a ZIP code");
            assertThat(browser.find(POSTAL_CODE).getDomProperty("value")).isEqualTo("9720A");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("account-phone-2-postal-code-error");

            browser.type(POSTAL_CODE, "97209");
            browser.submitToLoad(By.id("save-account"));
            browser.waitForText(By.id("account-saved"), "saved");
            browser.waitForText(By.id("billing-address"), "97209");
            browser.screenshot("account-phone-3-saved");

            browser.clickToLoad(By.id("account-history"));
            browser.waitForText(By.id("history"), "Billing address, postal code");
            browser.waitForText(By.id("history"), "97209");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("account-phone-4-history");
        }
    }
}
