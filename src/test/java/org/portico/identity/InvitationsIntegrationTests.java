package org.portico.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.support.MailServerTests;
import org.portico.support.PorticoIntegrationTest;
import org.portico.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Invitations by email through a real SMTP server, accepted by new and existing people.
 */
@PorticoIntegrationTest
class InvitationsIntegrationTests extends MailServerTests {

    private static final Pattern LINK =
            Pattern.compile("https?://\\S+/s/business/invitation\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    BusinessAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        MAIL_SERVER.purgeEmailFromAllMailboxes();
    }

    @Test
    void aNewPersonJoinsThroughTheEmailedLinkAndSignsIn() throws Exception {
        BusinessAccountFixture press = BusinessAccountFixture.create(directory, "Print Press");
        String email = TestUsers.uniqueEmail("colleague");

        mvc.perform(post("/s/business/account/invitations").with(csrf()).with(as(press.admin()))
                        .param("email", email).param("role", "BUSINESS_MEMBER"))
                .andExpect(redirectedUrl("/s/business/account?invited#contacts"));
        String token = tokenMailedTo(email, "You are invited to act for Print Press");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_invitation WHERE token_hash = ?")
                .param(token).query(Long.class).single()).isZero();

        mvc.perform(get("/s/business/invitation").param("token", token))
                .andExpect(content().string(containsString("You are invited to act for "
                        + "Print Press as Member.")))
                .andExpect(content().string(containsString("name=\"password\"")));
        mvc.perform(post("/s/business/invitation").with(csrf()).param("token", token)
                        .param("name", "Cole League").param("password", "short"))
                .andExpect(content().string(containsString("between 10 and 100")))
                .andExpect(content().string(containsString("value=\"Cole League\"")));
        mvc.perform(post("/s/business/invitation").with(csrf()).param("token", token)
                        .param("name", "Cole League").param("password", "a-good-long-secret"))
                .andExpect(redirectedUrl("/s/business/signin?joined"));

        mvc.perform(post("/signin").with(csrf()).param("site", "business").param("email", email)
                        .param("password", "a-good-long-secret"))
                .andExpect(authenticated().withRoles("BUSINESS_MEMBER"));
        assertThat(accounts.contacts(press.accountId())).extracting(Contact::name)
                .contains("Cole League");
        mvc.perform(get("/s/business/invitation").param("token", token))
                .andExpect(content().string(containsString("id=\"invitation-invalid\"")));
    }

    @Test
    void someoneWithAUserSignsInAndJoinsASecondAccount() throws Exception {
        BusinessAccountFixture mine = BusinessAccountFixture.create(directory, "Mine Co");
        BusinessAccountFixture other = BusinessAccountFixture.create(directory, "Other Co");

        mvc.perform(post("/api/v1/account/invitations").with(as(other.admin()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"" + mine.admin().email()
                                + "\", \"role\": \"BUSINESS_ADMIN\"}"))
                .andExpect(status().isAccepted());
        String token = tokenMailedTo(mine.admin().email(), "You are invited to act for Other Co");

        mvc.perform(get("/s/business/invitation").param("token", token))
                .andExpect(content().string(containsString("id=\"signin-to-accept\"")));
        mvc.perform(get("/s/business/account/join").param("token", token))
                .andExpect(redirectedUrl("/s/business/signin"));
        mvc.perform(get("/s/business/account/join").param("token", token)
                        .with(as(mine.admin())))
                .andExpect(content().string(containsString("id=\"accept\"")));
        mvc.perform(post("/s/business/account/join").with(csrf()).with(as(mine.admin()))
                        .param("token", token))
                .andExpect(redirectedUrl("/s/business/account?joined"));

        assertThat(accounts.memberships(mine.admin().id())).extracting(Membership::accountName)
                .containsExactlyInAnyOrder("Mine Co", "Other Co");
        assertThat(accounts.membership(mine.admin().id(), other.accountId()).orElseThrow()
                .role()).isEqualTo(Role.BUSINESS_ADMIN);
    }

    @Test
    void refusesExpiredLinksAndInvitationsForExistingContacts() throws Exception {
        BusinessAccountFixture mill = BusinessAccountFixture.create(directory, "Old Mill");
        String email = TestUsers.uniqueEmail("late");
        mvc.perform(post("/s/business/account/invitations").with(csrf()).with(as(mill.admin()))
                .param("email", email).param("role", "BUSINESS_MEMBER"));
        String token = tokenMailedTo(email, "You are invited to act for Old Mill");
        jdbc.sql("UPDATE account_invitation SET expires_at = ? WHERE email = ?")
                .params(OffsetDateTime.now().minusMinutes(1), email).update();

        mvc.perform(get("/s/business/invitation").param("token", token))
                .andExpect(content().string(containsString("has expired")));
        mvc.perform(post("/s/business/invitation").with(csrf()).param("token", token)
                        .param("name", "Late Comer").param("password", "a-good-long-secret"))
                .andExpect(redirectedUrl("/s/business/invitation?token=" + token));
        assertThat(directory.userIdByEmail(email)).isEmpty();

        mvc.perform(post("/s/business/account/invitations").with(csrf()).with(as(mill.admin()))
                        .param("email", mill.member().email()))
                .andExpect(content().string(containsString("already a contact")));
    }

    @Test
    void refusesToInviteAnIndividualCustomer() throws Exception {
        BusinessAccountFixture yard = BusinessAccountFixture.create(directory, "Boat Yard");
        String individual = TestUsers.customer(directory, "Ivy Single");

        mvc.perform(post("/s/business/account/invitations").with(csrf()).with(as(yard.admin()))
                        .param("email", individual).param("role", "BUSINESS_MEMBER"))
                .andExpect(content().string(containsString("individual customer or to staff")));
        assertThat(MAIL_SERVER.getReceivedMessages()).isEmpty();
    }

    @Test
    void namesTheRoleFieldWhenTheApiIsAskedToInviteStaff() throws Exception {
        BusinessAccountFixture yard = BusinessAccountFixture.create(directory, "Dry Dock");

        mvc.perform(post("/api/v1/account/invitations").with(as(yard.admin()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"new.hand@example.com\", \"role\": \"ADMIN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.role").exists())
                .andExpect(jsonPath("$.errors.email").doesNotExist());
        assertThat(MAIL_SERVER.getReceivedMessages()).isEmpty();
    }

    private String tokenMailedTo(String email, String subject) throws Exception {
        assertThat(MAIL_SERVER.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = MAIL_SERVER.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email.toLowerCase());
        assertThat(mail.getSubject()).isEqualTo(subject);
        Matcher link = LINK.matcher(GreenMailUtil.getBody(mail));
        assertThat(link.find()).as("an invitation link in the mail").isTrue();
        return link.group(1);
    }
}
