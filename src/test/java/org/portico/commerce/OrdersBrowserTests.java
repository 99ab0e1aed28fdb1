package org.portico.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.portico.identity.Directory;
import org.portico.identity.NewUser;
import org.portico.identity.Role;
import org.portico.support.Browser;
import org.portico.support.PorticoIntegrationTest;
import org.portico.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PorticoIntegrationTest
class OrdersBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Test
    void businessAdminOrdersAnAddOnOnAPhone() {
        long account = directory.createAccount("Sparrow Florists", "BUSINESS",
                LocalDate.of(2020, 1, 1));
        String email = TestUsers.uniqueEmail("orders-admin");
        directory.createUser(new NewUser(email, "Sana Admin", Role.BUSINESS_ADMIN, account,
                TestUsers.PASSWORD, "en", "UTC", null));

        try (Browser browser = Browser.start(port, Browser.PHONE)) {
            browser.signIn("business", email, TestUsers.PASSWORD);
            browser.open("/s/business/orders");
            browser.clickToLoad(By.id("new-order"));
            browser.type(By.id("quantity-payroll-seat"), "3");
            browser.submitToLoad(By.id("quantity-payroll-seat"));
            browser.waitForText(By.id("cart-total"), "$18.00");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("orders-phone-1-cart");

            browser.type(By.id("poNumber"), "PO-7781");
            browser.submitToLoad(By.id("poNumber"));
            browser.waitForText(By.id("order-placed"), "SO-");
            browser.waitForText(By.id("order-total"), "$18.00");
            assertThat(browser.scrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("orders-phone-2-confirmation");

            browser.open("/s/business/orders");
            browser.waitForText(By.id("order-list"), "PO PO-7781");
            browser.screenshot("orders-phone-3-history");
        }
    }
}
