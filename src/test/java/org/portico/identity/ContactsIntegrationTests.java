package org.portico.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.portico.cases.CasePeople;
import org.portico.cases.Cases;
import org.portico.cases.NewCase;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PorticoIntegrationTest
class ContactsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    BusinessAccounts accounts;

    @Autowired
    Cases cases;

    @Test
    void keepsTheLastActiveAdministratorOnPagesAndInTheApi() throws Exception {
        BusinessAccountFixture farm = BusinessAccountFixture.create(directory, "Hill Farm");
        long adminId = farm.admin().id();

        changeOnPage(farm.admin(), adminId, "role", "BUSINESS_MEMBER")
                .andExpect(redirectedUrl("/s/business/account?lastAdmin#contacts"));
        changeOnPage(farm.admin(), adminId, "active", "false")
                .andExpect(redirectedUrl("/s/business/account?lastAdmin#contacts"));
        mvc.perform(get("/s/business/account").param("lastAdmin", "").with(as(farm.admin())))
                .andExpect(content().string(containsString("at least one active administrator")));
        changeInApi(farm.admin(), adminId, "{\"role\": \"BUSINESS_MEMBER\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("at least one active")));
        changeInApi(farm.admin(), adminId, "{\"active\": false}").andExpect(status().isConflict());
        assertThat(accounts.contact(farm.accountId(), adminId).orElseThrow().isAdmin()).isTrue();

        changeInApi(farm.admin(), farm.member().id(), "{\"role\": \"BUSINESS_ADMIN\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.role").value("BUSINESS_ADMIN"));
        changeOnPage(farm.admin(), adminId, "active", "false")
                .andExpect(redirectedUrl("/s/business/account?changed#contacts"));
        assertThat(accounts.contact(farm.accountId(), adminId).orElseThrow().active()).isFalse();
    }

    @Test
    void answersNotFoundForContactsOfOtherAccounts() throws Exception {
        BusinessAccountFixture ours = BusinessAccountFixture.create(directory, "Our Co");
        BusinessAccountFixture theirs = BusinessAccountFixture.create(directory, "Their Co");

        changeInApi(ours.admin(), theirs.member().id(), "{\"active\": false}")
                .andExpect(status().isNotFound());
        changeOnPage(ours.admin(), theirs.member().id(), "active", "false")
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/account/contacts").with(as(ours.admin())))
                .andExpect(content().string(not(containsString(theirs.member().email()))))
                .andExpect(jsonPath("$.length()").value(2));
        assertThat(accounts.contact(theirs.accountId(), theirs.member().id()).orElseThrow()
                .active()).isTrue();
    }

    @Test
    void letsOnlyAdministratorsChangeContacts() throws Exception {
        BusinessAccountFixture yard = BusinessAccountFixture.create(directory, "Boat Yard");

        changeInApi(yard.member(), yard.admin().id(), "{\"active\": false}")
                .andExpect(status().isForbidden());
        changeOnPage(yard.member(), yard.admin().id(), "active", "false")
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/account/invitations").with(as(yard.member()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"someone@example.com\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void switchingAccountsChangesWhatTheSiteAndTheApiShow() throws Exception {
        BusinessAccountFixture first = BusinessAccountFixture.create(directory, "First Forge");
        BusinessAccountFixture second = BusinessAccountFixture.create(directory, "Second Sail");
        BusinessAccountFixture stranger = BusinessAccountFixture.create(directory, "Stranger Co");
        accounts.addMembership(first.admin().id(), second.accountId(), Role.BUSINESS_MEMBER);
        cases.open(first.admin(), new NewCase("business", "Forge payroll question", "?",
                "payroll"));
        PorticoUser inSecond = new PorticoUser(first.admin().id(), first.admin().email(),
                first.admin().displayName(), Role.BUSINESS_MEMBER, second.accountId(), "en", null);
        cases.open(inSecond, new NewCase("business", "Sail sales tax question", "?",
                "sales-tax"));
        SignedIn session = signIn(first.admin().email());

        session.perform(get("/api/v1/cases"))
                .andExpect(content().string(containsString("Forge payroll question")))
                .andExpect(content().string(not(containsString("Sail sales tax question"))));
        session.perform(get("/s/business"))
                .andExpect(content().string(containsString("id=\"account-switcher\"")));

        session.perform(post("/s/business/account/switch").with(csrf())
                        .param("account", String.valueOf(second.accountId())))
                .andExpect(redirectedUrl("/s/business"));

        session.perform(get("/api/v1/cases"))
                .andExpect(content().string(containsString("Sail sales tax question")))
                .andExpect(content().string(not(containsString("Forge payroll question"))));
        session.perform(get("/s/business"))
                .andExpect(content().string(containsString("Sail sales tax question")));
        session.perform(get("/s/business/account/edit")).andExpect(status().isForbidden());
        session.perform(post("/s/business/account/switch").with(csrf())
                        .param("account", String.valueOf(stranger.accountId())))
                .andExpect(status().isNotFound());
        signIn(first.admin().email()).perform(get("/api/v1/cases"))
                .andExpect(content().string(containsString("Sail sales tax question")));
    }

    @Test
    void hidesTheSwitcherFromContactsOfOneAccount() throws Exception {
        BusinessAccountFixture only = BusinessAccountFixture.create(directory, "Only Co");

        signIn(only.admin().email()).perform(get("/s/business"))
                .andExpect(content().string(not(containsString("id=\"account-switcher\""))));
    }

    private SignedIn signIn(String email) throws Exception {
        SignedIn session = new SignedIn(mvc);
        session.perform(post("/signin").with(csrf()).param("site", "business")
                        .param("email", email).param("password", CasePeople.PASSWORD))
                .andExpect(redirectedUrl("/s/business"));
        return session;
    }

    /** A browser's session: the database-backed session cookie, renewed as the server asks. */
    private static final class SignedIn {

        private final MockMvc mvc;
        private Cookie cookie;

        SignedIn(MockMvc mvc) {
            this.mvc = mvc;
        }

        ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
            if (cookie != null) {
                request.cookie(cookie);
            }
            ResultActions result = mvc.perform(request);
            Cookie renewed = result.andReturn().getResponse().getCookie("SESSION");
            if (renewed != null) {
                cookie = renewed;
            }
            return result;
        }
    }

    private ResultActions changeOnPage(PorticoUser admin, long userId, String field,
            String value) throws Exception {
        return mvc.perform(post("/s/business/account/contacts/{id}", userId).with(csrf())
                .with(as(admin)).param(field, value));
    }

    private ResultActions changeInApi(PorticoUser admin, long userId, String json)
            throws Exception {
        return mvc.perform(patch("/api/v1/account/contacts/{id}", userId).with(as(admin))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
