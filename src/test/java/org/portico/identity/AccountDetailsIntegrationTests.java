package org.portico.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.portico.cases.CasePeople;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PorticoIntegrationTest
class AccountDetailsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    BusinessAccounts accounts;

    @Test
    void savesTheDetailsAndKeepsEveryChangeInTheHistory() throws Exception {
        BusinessAccountFixture bakery = BusinessAccountFixture.create(directory, "Rye Bakery");

        save(bakery, form(bakery)).andExpect(redirectedUrl("/s/business/account?saved"));
        save(bakery, form(bakery, "billing.postalCode", "97209"))
                .andExpect(redirectedUrl("/s/business/account?saved"));

        AccountDetails details = accounts.details(bakery.accountId()).orElseThrow();
        assertThat(details.company().billingAddress().postalCode()).isEqualTo("97209");
        assertThat(details.company().taxIds()).containsExactly(new TaxId("US_EIN", "12-3456789"));
        assertThat(details.billingContactName()).isEqualTo("Rye Bakery Admin");
        assertThat(accounts.history(bakery.accountId()).get(0)).satisfies(change -> {
            assertThat(change.field()).isEqualTo("billing.postalCode");
            assertThat(change.oldValue()).isEqualTo("97205");
            assertThat(change.newValue()).isEqualTo("97209");
            assertThat(change.changedBy()).isEqualTo("Rye Bakery Admin");
        });
        mvc.perform(get("/s/business/account/history").with(as(bakery.admin())))
                .andExpect(content().string(containsString("Billing address, postal code")))
                .andExpect(content().string(containsString("97205")));
    }

    @Test
    void explainsEachWrongFieldBesideItInEnglishAndKeepsWhatWasTyped() throws Exception {
        BusinessAccountFixture shop = BusinessAccountFixture.create(directory, "Corner Shop");

        save(shop, form(shop, "billing.postalCode", "9720", "shipping.country", "GB",
                        "shipping.postalCode", "123 456", "taxIds[0].value", "123456789"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"9720\"")))
                .andExpect(content().string(containsString(
                        "Enter a ZIP code such as 12345 or 12345-6789.")))
                .andExpect(content().string(containsString("Enter a UK postcode")))
                .andExpect(content().string(containsString("Enter an EIN such as 12-3456789.")))
                .andExpect(content().string(containsString("id=\"billing.postalCode-error\"")));
        assertThat(accounts.history(shop.accountId())).isEmpty();
    }

    @Test
    void answersBadRequestToAFormNamingATaxIdentifierFarPastTheList() throws Exception {
        BusinessAccountFixture shop = BusinessAccountFixture.create(directory, "Forged Shop");

        save(shop, form(shop, "taxIds[300].scheme", "US_EIN", "taxIds[300].value", "12-3456789"))
                .andExpect(status().isBadRequest());
        assertThat(accounts.history(shop.accountId())).isEmpty();
    }

    @Test
    void checksChineseAndGermanFormatsAndAnswersInChinese() throws Exception {
        BusinessAccountFixture mill = BusinessAccountFixture.create(directory, "Tea Mill");

        save(mill, form(mill, "lang", "zh_CN", "billing.country", "CN",
                        "billing.postalCode", "20000", "shipping.country", "DE",
                        "shipping.postalCode", "1011", "taxIds[0].scheme", "CN_USCC",
                        "taxIds[0].value", "91310000MA1FL0O12X"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请输入 6 位数字的邮政编码")))
                .andExpect(content().string(containsString("请输入 5 位数字的邮政编码")))
                .andExpect(content().string(containsString("请输入 18 位统一社会信用代码")));

        save(mill, form(mill, "billing.country", "CN", "billing.postalCode", "200001",
                        "shipping.country", "DE", "shipping.postalCode", "10115",
                        "taxIds[0].scheme", "CN_USCC", "taxIds[0].value", "91310000MA1FL0A12X",
                        "taxIds[1].scheme", "DE_VAT", "taxIds[1].value", "DE123456789"))
                .andExpect(redirectedUrl("/s/business/account?saved"));
        assertThat(accounts.details(mill.accountId()).orElseThrow().company().taxIds())
                .extracting(TaxId::scheme).containsExactly("CN_USCC", "DE_VAT");
    }

    @Test
    void acceptsOtherCountriesAndTaxSchemesByTheirGeneralRules() throws Exception {
        BusinessAccountFixture firm = BusinessAccountFixture.create(directory, "Canal Firm");

        save(firm, form(firm, "billing.country", "NL", "billing.postalCode", "1012 AB",
                        "taxIds[0].scheme", "EU_VAT", "taxIds[0].value", "NL123456789B01",
                        "taxIds[1].scheme", "GB_VAT", "taxIds[1].value", "GB12345678"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter GB followed by 9 or 12 digits.")))
                .andExpect(content().string(not(containsString("id=\"billing.postalCode-error\""))));
    }

    @Test
    void letsMembersReadButNotEdit() throws Exception {
        BusinessAccountFixture studio = BusinessAccountFixture.create(directory, "Clay Studio");

        mvc.perform(get("/s/business/account").with(as(studio.member())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Clay Studio")))
                .andExpect(content().string(not(containsString("id=\"edit-account\""))));
        mvc.perform(get("/s/business/account/edit").with(as(studio.member())))
                .andExpect(status().isForbidden());
        save(studio.member(), form(studio)).andExpect(status().isForbidden());
        mvc.perform(get("/s/business/account/history").with(as(studio.member())))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/account").with(as(studio.member()))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void hidesAccountPagesFromIndividualsAndOnTheHelpSite() throws Exception {
        PorticoUser person = new CasePeople(directory).customer("Solo Person");
        BusinessAccountFixture shop = BusinessAccountFixture.create(directory, "Help Site Shop");

        mvc.perform(get("/s/business/account").with(as(person))).andExpect(status().isNotFound());
        mvc.perform(get("/s/help/account").with(as(shop.admin())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/account").with(as(person))).andExpect(status().isNotFound());
    }

    @Test
    void readsAndChangesTheDetailsThroughTheApi() throws Exception {
        BusinessAccountFixture works = BusinessAccountFixture.create(directory, "Iron Works");
        String body = """
                {"name": "Iron Works Ltd",
                 "billing": {"line1": "1 Forge Rd", "city": "Leeds", "postalCode": "LS1 4AP",
                             "country": "GB"},
                 "shipping": {"line1": "1 Forge Rd", "city": "Leeds", "postalCode": "LS1",
                              "country": "GB"},
                 "billingContactId": %d,
                 "taxIds": [{"scheme": "GB_VAT", "value": "GB123456789"}]}"""
                .formatted(works.admin().id());

        mvc.perform(put("/api/v1/account").with(as(works.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['shipping.postalCode']")
                        .value("Enter a UK postcode such as SW1A 1AA."));
        mvc.perform(put("/api/v1/account").with(as(works.admin()))
                        .header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(jsonPath("$.errors['shipping.postalCode']")
                        .value("请输入英国邮编，例如 SW1A 1AA。"));
        mvc.perform(put("/api/v1/account").with(as(works.admin()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"LS1\"", "\"LS1 4AP\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.company.name").value("Iron Works Ltd"));
        mvc.perform(get("/api/v1/account").with(as(works.member())))
                .andExpect(jsonPath("$.company.billingAddress.postalCode").value("LS1 4AP"))
                .andExpect(jsonPath("$.billingContactName").value("Iron Works Admin"));
    }

    @Test
    void explainsNullAddressesAndTaxIdentifiersFromTheApiFieldByField() throws Exception {
        BusinessAccountFixture mill = BusinessAccountFixture.create(directory, "Null Mill");
        String body = """
                {"name": "Null Mill Ltd", "billing": null, "shipping": null,
                 "billingContactId": %d, "taxIds": [null]}""".formatted(mill.admin().id());

        mvc.perform(put("/api/v1/account").with(as(mill.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['billing.line1']").exists())
                .andExpect(jsonPath("$.errors['shipping.line1']").exists())
                .andExpect(jsonPath("$.errors['taxIds']").exists());
        assertThat(accounts.history(mill.accountId())).isEmpty();
    }

    @Test
    void showsAgentsTheAccountWithContactsAndHistory() throws Exception {
        BusinessAccountFixture cafe = BusinessAccountFixture.create(directory, "Quay Cafe");
        save(cafe, form(cafe)).andExpect(status().is3xxRedirection());
        PorticoUser agent = new CasePeople(directory).staff(Role.AGENT);

        mvc.perform(get("/console/accounts/{id}", cafe.accountId()).with(as(agent)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quay Cafe Member")))
                .andExpect(content().string(containsString("Billing address, postal code")))
                .andExpect(content().string(containsString("US_EIN 12-3456789")));
        mvc.perform(get("/console/accounts/{id}", 999_999_999).with(as(agent)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/accounts/{id}", cafe.accountId()).with(as(cafe.admin())))
                .andExpect(status().isForbidden());
    }

    private ResultActions save(BusinessAccountFixture account, Map<String, String> form)
            throws Exception {
        return save(account.admin(), form);
    }

    private ResultActions save(PorticoUser user, Map<String, String> form) throws Exception {
        MockHttpServletRequestBuilder request = post("/s/business/account/edit").with(csrf())
                .with(as(user));
        form.forEach(request::param);
        return mvc.perform(request);
    }

    /** A valid form for the account, with some fields replaced (name, value, name, value…). */
    static Map<String, String> form(BusinessAccountFixture account, String... replaced) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "Company of " + account.admin().displayName());
        form.put("billingContactId", String.valueOf(account.admin().id()));
        form.put("taxIds[0].scheme", "US_EIN");
        form.put("taxIds[0].value", "12-3456789");
        for (String kind : new String[] {"billing", "shipping"}) {
            form.put(kind + ".line1", "12 Harbor Lane");
            form.put(kind + ".line2", "");
            form.put(kind + ".city", "Portland");
            form.put(kind + ".region", "OR");
            form.put(kind + ".postalCode", "97205");
            form.put(kind + ".country", "US");
        }
        for (int i = 0; i + 1 < replaced.length; i += 2) {
            form.put(replaced[i], replaced[i + 1]);
        }
        return form;
    }
}
