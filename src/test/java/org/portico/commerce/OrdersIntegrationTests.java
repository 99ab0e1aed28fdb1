package org.portico.commerce;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.portico.cases.CasePeople;
import org.portico.cases.Cases;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PorticoIntegrationTest
class OrdersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Orders orders;

    @Autowired
    OrderDesk desk;

    @Autowired
    Ledger ledger;

    @Autowired
    Cases cases;

    private PorticoUser admin(String accountName, String currency) {
        CasePeople people = new CasePeople(directory);
        long account = people.businessAccount(accountName);
        directory.setAccountMoney(account, currency, "CNY".equals(currency) ? "CN" : "US");
        return people.user("Ada Admin", Role.BUSINESS_ADMIN, account);
    }

    private PorticoUser member(PorticoUser admin) {
        return new CasePeople(directory).user("Max Member", Role.BUSINESS_MEMBER,
                admin.accountId());
    }

    private OrderDetail placed(PorticoUser contact, String product, int quantity) {
        return orders.place(contact, new PlaceOrder(List.of(new OrderItem(product, quantity)),
                null, UUID.randomUUID().toString()));
    }

    @Test
    void pricesTheCatalogueAndCartInTheAccountsCurrency() throws Exception {
        PorticoUser admin = admin("Red Kite Tea", "CNY");
        orders.addToCart(admin, "payroll-seat", "3");
        orders.addToCart(admin, "payroll-seat", "2");

        Cart cart = orders.cart(admin);
        assertEquals(Money.of("200.00", "CNY"), cart.total());
        assertEquals(5, cart.lines().get(0).quantity());
        mvc.perform(get("/s/business/orders/cart").with(as(admin)).param("lang", "zh_CN"))
                .andExpect(content().string(containsString("工资单席位")))
                .andExpect(content().string(containsString("¥200.00")));
    }

    @Test
    void explainsABadQuantityBesideTheFieldInEnglishAndChinese() throws Exception {
        PorticoUser admin = admin("Quill Works", "USD");

        for (String quantity : List.of("0", "1000", "2.5", "abc", "")) {
            mvc.perform(post("/s/business/orders/cart").with(as(admin)).with(csrf())
                            .param("product", "extra-storage").param("quantity", quantity))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"quantity-error-extra-storage\"")))
                    .andExpect(content().string(containsString("Enter a whole number from 1 to 999.")));
        }
        mvc.perform(post("/s/business/orders/cart").with(as(admin)).with(csrf())
                        .param("product", "extra-storage").param("quantity", "-1")
                        .param("lang", "zh_CN"))
                .andExpect(content().string(containsString("请输入 1 到 999 之间的整数。")));
        mvc.perform(post("/s/business/orders").with(as(admin)).with(csrf())
                        .param("poNumber", "PO<script>").param("idempotencyKey", "key-12345678")
                        .param("lang", "zh_CN"))
                .andExpect(content().string(containsString("id=\"poNumber-error\"")))
                .andExpect(content().string(containsString("最多使用 40 个字母")));
        assertEquals(0, orders.search(admin, OrderQuery.all()).total());
    }

    @Test
    void placesADoubleSubmittedCartOnce() throws Exception {
        PorticoUser admin = admin("Maple & Co", "USD");
        orders.addToCart(admin, "business-plus", "1");
        orders.addToCart(admin, "payroll-seat", "4");

        String first = mvc.perform(post("/s/business/orders").with(as(admin)).with(csrf())
                        .param("poNumber", "PO 2024/17").param("idempotencyKey", "form-key-1"))
                .andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(post("/s/business/orders").with(as(admin)).with(csrf())
                        .param("poNumber", "PO 2024/17").param("idempotencyKey", "form-key-1"))
                .andReturn().getResponse().getRedirectedUrl();

        assertEquals(first, second);
        OrderPage page = orders.search(admin, OrderQuery.all());
        assertEquals(1, page.total());
        OrderSummary order = page.orders().get(0);
        assertEquals(Money.of("79.00", "USD"), order.total());
        assertEquals("PO 2024/17", order.poNumber());
        assertEquals("/s/business/orders/" + order.number() + "?placed", first);
        mvc.perform(get(first).with(as(admin)))
                .andExpect(content().string(containsString("id=\"order-placed\"")))
                .andExpect(content().string(containsString("$79.00")));
        assertEquals(0, orders.cart(admin).lines().size());
    }

    @Test
    void membersCancelOnlyTheirOwnOrdersAndNobodyCancelsAFulfilledOne() {
        PorticoUser admin = admin("Juniper Print", "EUR");
        PorticoUser member = member(admin);
        OrderDetail byAdmin = placed(admin, "sales-tax-wizard", 1);
        OrderDetail byMember = placed(member, "extra-storage", 2);
        String adminOrder = byAdmin.order().number();

        assertThrows(OrderRefused.class, () -> orders.cancel(member, adminOrder));
        assertEquals(OrderStatus.CANCELLED,
                orders.cancel(member, byMember.order().number()).status());

        PorticoUser agent = new CasePeople(directory).staff(Role.AGENT);
        desk.confirm(agent, adminOrder);
        desk.fulfil(agent, adminOrder);
        OrderRefused refused = assertThrows(OrderRefused.class,
                () -> orders.cancel(admin, adminOrder));
        assertEquals("commerce.refused.status", refused.messageKey());
    }

    @Test
    void invoicesOnConfirmationAndCreditsACancelledConfirmedOrder() {
        PorticoUser admin = admin("Harbor Books", "USD");
        PorticoUser agent = new CasePeople(directory).staff(Role.AGENT);
        String number = placed(admin, "receipt-scanning", 3).order().number();
        assertEquals(0, ledger.entriesOf(admin.accountId()).size());

        desk.confirm(agent, number);
        orders.cancel(admin, number);

        List<LedgerEntry> entries = ledger.entriesOf(admin.accountId());
        assertEquals(2, entries.size());
        assertEquals("INVOICE", entries.get(0).kind());
        assertEquals(Money.of("29.97", "USD"), entries.get(0).amount());
        assertEquals(number, entries.get(0).reference());
        assertEquals(number, entries.get(0).orderNumber());
        assertEquals("CREDIT", entries.get(1).kind());
        assertEquals(Money.of("-29.97", "USD"), entries.get(1).amount());
        assertThrows(OrderRefused.class, () -> desk.confirm(agent, number));
    }

    @Test
    void forbidsAMemberToCancelAColleaguesOrderTheyMaySee() throws Exception {
        PorticoUser admin = admin("Heron Tools", "USD");
        PorticoUser member = member(admin);
        PorticoUser stranger = admin("Stork Tools", "USD");
        String number = placed(admin, "extra-storage", 1).order().number();

        mvc.perform(get("/api/v1/orders/" + number).with(as(member)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/orders/" + number + "/cancel").with(as(member)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(post("/api/v1/orders/" + number + "/cancel").with(as(stranger)))
                .andExpect(status().isNotFound());
        assertEquals(OrderStatus.PLACED, orders.read(admin, number).order().status());
    }

    @Test
    void answersNotFoundForAnotherAccountsOrderInPagesAndApi() throws Exception {
        PorticoUser owner = admin("Owl Hardware", "USD");
        PorticoUser stranger = admin("Fox Bakery", "USD");
        PorticoUser individual = new CasePeople(directory).customer("Ivy Person");
        String number = placed(owner, "extra-storage", 1).order().number();

        mvc.perform(get("/s/business/orders/" + number).with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/s/business/orders/" + number + "/cancel").with(as(stranger))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/orders/" + number).with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/orders/" + number + "/cancel").with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/orders").with(as(stranger)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/s/business/orders").with(as(individual)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/s/help/orders").with(as(owner))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/orders/" + number).with(as(individual)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/s/business/orders/" + number).with(as(owner)))
                .andExpect(status().isOk());
    }

    @Test
    void placesReadsAndCancelsOrdersThroughTheApi() throws Exception {
        PorticoUser admin = admin("Lark Studio", "USD");
        String body = """
                {"lines": [{"product": "payroll-seat", "quantity": 2},
                           {"product": "sales-tax-wizard", "quantity": "1"}],
                 "poNumber": "A-17", "idempotencyKey": "api-key-0001"}""";

        String number = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/orders")
                        .with(as(admin)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.order.total.amount").value(24.5))
                .andExpect(jsonPath("$.lines.length()").value(2))
                .andReturn().getResponse().getContentAsString(), "$.order.number");
        mvc.perform(post("/api/v1/orders").with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(jsonPath("$.order.number").value(number));

        mvc.perform(get("/api/v1/orders").with(as(admin)).param("q", "a-17"))
                .andExpect(jsonPath("$.orders[0].number").value(number));
        mvc.perform(get("/api/v1/orders/" + number).with(as(admin)))
                .andExpect(jsonPath("$.order.poNumber").value("A-17"));
        mvc.perform(post("/api/v1/orders/" + number + "/cancel").with(as(admin)))
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(post("/api/v1/orders/" + number + "/cancel").with(as(admin)))
                .andExpect(status().isConflict());
    }

    @Test
    void rejectsBadApiOrdersFieldByField() throws Exception {
        PorticoUser admin = admin("Wren Legal", "USD");
        String body = """
                {"lines": [{"product": "payroll-seat", "quantity": 0},
                           {"product": "no-such-thing", "quantity": 1.5}],
                 "idempotencyKey": "api-key-0002"}""";

        mvc.perform(post("/api/v1/orders").with(as(admin)).header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['lines[0].quantity']")
                        .value("请输入 1 到 999 之间的整数。"))
                .andExpect(jsonPath("$.errors['lines[1].quantity']").exists())
                .andExpect(jsonPath("$.errors['lines[1].product']").exists());
        mvc.perform(post("/api/v1/orders").with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lines\": [], \"idempotencyKey\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.idempotencyKey").exists());
    }

    @Test
    void refusesAProductRepeatedOnAnotherLineSoTheQuantityLimitHolds() throws Exception {
        PorticoUser admin = admin("Wren Bakery", "USD");
        String body = """
                {"lines": [{"product": "payroll-seat", "quantity": 999},
                           {"product": "payroll-seat", "quantity": 999}],
                 "idempotencyKey": "api-key-0003"}""";

        mvc.perform(post("/api/v1/orders").with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['lines[1].product']")
                        .value("This product is on an earlier line already; give its whole"
                                + " quantity there."))
                .andExpect(jsonPath("$.errors['lines[0].product']").doesNotExist());
        mvc.perform(get("/api/v1/orders").with(as(admin)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void searchesFiltersAndReordersAtTodaysPrices() throws Exception {
        PorticoUser admin = admin("Cedar Dental", "USD");
        String seats = placed(admin, "payroll-seat", 7).order().number();
        placed(admin, "extra-storage", 1);

        mvc.perform(get("/s/business/orders").with(as(admin)).param("q", "Payroll"))
                .andExpect(content().string(containsString(seats)))
                .andExpect(content().string(not(containsString("Extra storage"))));
        mvc.perform(get("/s/business/orders").with(as(admin)).param("status", "FULFILLED"))
                .andExpect(content().string(containsString("id=\"orders-empty\"")));
        mvc.perform(get("/s/business/orders").with(as(admin)).param("from", "yesterday"))
                .andExpect(content().string(containsString("id=\"from-error\"")));

        mvc.perform(post("/s/business/orders/" + seats + "/reorder").with(as(admin))
                .with(csrf())).andExpect(redirectedUrl("/s/business/orders/cart?reordered#cart"));
        assertEquals(Money.of("42.00", "USD"), orders.cart(admin).total());
    }

    @Test
    void answersAnEmptyPageForAPageNumberFarPastTheEnd() throws Exception {
        PorticoUser admin = admin("Far Page Florist", "USD");
        placed(admin, "payroll-seat", 1);
        String last = String.valueOf(Integer.MAX_VALUE);

        mvc.perform(get("/api/v1/orders").with(as(admin)).param("page", last))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orders").isEmpty())
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/s/business/orders").with(as(admin)).param("page", last))
                .andExpect(status().isOk());
    }

    @Test
    void agentsConfirmFulfilAndCancelInTheConsole() throws Exception {
        PorticoUser admin = admin("Birch Logistics", "USD");
        PorticoUser agent = new CasePeople(directory).staff(Role.AGENT);
        String number = placed(admin, "business-advanced", 1).order().number();

        mvc.perform(get("/console/orders").with(as(agent)).param("account", "birch"))
                .andExpect(content().string(containsString(number)));
        mvc.perform(post("/console/orders/" + number + "/confirm").with(as(agent)).with(csrf()))
                .andExpect(redirectedUrl("/console/orders/" + number));
        mvc.perform(post("/console/orders/" + number + "/fulfil").with(as(agent)).with(csrf()));
        mvc.perform(post("/console/orders/" + number + "/cancel").with(as(agent)).with(csrf()))
                .andExpect(redirectedUrl("/console/orders/" + number));

        assertEquals(OrderStatus.FULFILLED, desk.read(agent, number).order().status());
        mvc.perform(get("/console/orders/" + number).with(as(agent)))
                .andExpect(content().string(containsString("$85.00")));
        mvc.perform(get("/console/orders").with(as(admin))).andExpect(status().isForbidden());
    }

    @Test
    void opensACaseAboutAnOrderThatLinksBack() throws Exception {
        PorticoUser admin = admin("Elm Consulting", "USD");
        String number = placed(admin, "sales-tax-wizard", 1).order().number();

        mvc.perform(get("/s/business/cases/new").with(as(admin)).param("order", number))
                .andExpect(content().string(containsString("value=\"About order " + number)))
                .andExpect(content().string(containsString("id=\"case-order\"")));
        String caseUrl = mvc.perform(post("/s/business/cases").with(as(admin)).with(csrf())
                        .param("subject", "About order " + number).param("topic", "account")
                        .param("description", "Charged twice?").param("orderNumber", number))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(caseUrl).with(as(admin)))
                .andExpect(content().string(containsString(
                        "href=\"/s/business/orders/" + number + "\"")));
        assertEquals(number, cases.visibleTo(admin, "business").get(0).orderNumber());
        mvc.perform(post("/s/business/cases").with(as(admin)).with(csrf())
                        .param("subject", "x").param("topic", "account")
                        .param("description", "y").param("orderNumber", "DROP TABLE"))
                .andExpect(content().string(containsString("This is not an order number.")));
    }

    @Test
    void refusesACaseAboutAnotherAccountsOrder() throws Exception {
        PorticoUser owner = admin("Birch Studio", "USD");
        PorticoUser stranger = admin("Alder Works", "USD");
        String number = placed(owner, "sales-tax-wizard", 1).order().number();

        mvc.perform(get("/s/business/cases/new").with(as(stranger)).param("order", number))
                .andExpect(content().string(not(containsString("id=\"case-order\""))));
        mvc.perform(post("/s/business/cases").with(as(stranger)).with(csrf())
                        .param("subject", "About order " + number).param("topic", "account")
                        .param("description", "Whose is it?").param("orderNumber", number))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("None of your orders has this number.")));
        assertTrue(cases.visibleTo(stranger, "business").isEmpty());
    }
}
