package org.portico.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.cases.CasePeople;
import org.portico.community.CommunityContent;
import org.portico.community.CommunityMembers;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.knowledge.DeflectionConfirmed;
import org.portico.knowledge.DeflectionPotential;
import org.portico.knowledge.KnowledgeAuthoring;
import org.portico.knowledge.NewArticle;
import org.portico.knowledge.SuggestionOpened;
import org.portico.knowledge.SuggestionShown;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The community "ask a question" form records the knowledge base's deflection signals, as the
 * case form does: shown, opened, confirmed, and a potential deflection when a member opens a
 * suggestion and asks nothing within 30 minutes; the authors' analytics count them.
 */
@PorticoIntegrationTest
@RecordApplicationEvents
class CommunityAskFormDeflectionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    CommunityContent community;

    @Autowired
    KnowledgeAuthoring authoring;

    @Autowired
    DeflectionJourneys journeys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    PorticoUser member;

    @BeforeEach
    void member() {
        member = new CommunityMembers(directory, community).trusted("Asking Avery");
    }

    @Test
    void anOpenedSuggestionAndNoQuestionWithinThirtyMinutesIsAPotentialDeflection()
            throws Exception {
        String slug = article();
        suggestAndOpen(slug);
        assertThat(events.stream(SuggestionShown.class)).anyMatch(e -> e.slugs().contains(slug)
                && e.form().equals("community"));
        assertThat(events.stream(SuggestionOpened.class))
                .anyMatch(e -> e.slug().equals(slug) && e.form().equals("community"));
        backdateOpening();

        journeys.markAbandoned(Instant.now());

        assertThat(events.stream(DeflectionPotential.class).filter(e -> e.slug().equals(slug)))
                .singleElement().extracting(DeflectionPotential::form).isEqualTo("community");
        mvc.perform(get("/console/knowledge/analytics")
                        .with(as(new CasePeople(directory).staff(Role.AUTHOR))))
                .andExpect(content().string(containsString(
                        ">Export " + slug + ": 0 confirmed, 1 potential<")));
    }

    @Test
    void thisAnsweredMyQuestionBesideASuggestionIsAConfirmedDeflection() throws Exception {
        String slug = article();
        mvc.perform(get("/s/help/community/ask/suggestions").with(as(member))
                        .param("title", "export " + slug))
                .andExpect(content().string(containsString(
                        "/s/help/community/ask/answered?url=/s/help/articles/" + slug)));

        mvc.perform(post("/s/help/community/ask/answered").with(as(member)).with(csrf())
                        .header("HX-Request", "true").param("url", "/s/help/articles/" + slug))
                .andExpect(header().string("HX-Redirect", "/s/help/community?answered"));

        assertThat(events.stream(DeflectionConfirmed.class).filter(e -> e.slug().equals(slug)))
                .singleElement().extracting(DeflectionConfirmed::form).isEqualTo("community");
    }

    @Test
    void aQuestionAskedAfterAllAvoidedNothing() throws Exception {
        String slug = article();
        suggestAndOpen(slug);
        mvc.perform(post("/s/help/community/questions").with(as(member)).with(csrf())
                        .param("title", "Still cannot export " + slug).param("body", "Why?")
                        .param("topic", "budgets").param("formToken", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection());
        backdateOpening();

        journeys.markAbandoned(Instant.now());

        assertThat(events.stream(DeflectionPotential.class).filter(e -> e.slug().equals(slug)))
                .isEmpty();
    }

    private String article() {
        String slug = "askform" + UUID.randomUUID().toString().replaceAll("[^a-z]", "")
                .substring(0, 6);
        authoring.publish(new NewArticle("help", slug, "en", "Export " + slug, "budgets",
                "To export " + slug + " reports, open Reports and choose Export.", "public"));
        return slug;
    }

    private void suggestAndOpen(String slug) throws Exception {
        mvc.perform(get("/s/help/community/ask/suggestions").with(as(member))
                        .param("title", "export " + slug))
                .andExpect(content().string(containsString("Export " + slug)));
        mvc.perform(get("/s/help/community/ask/open").with(as(member))
                        .param("url", "/s/help/articles/" + slug))
                .andExpect(status().is3xxRedirection());
    }

    private void backdateOpening() {
        jdbc.sql("UPDATE deflection_journey SET opened_at = ? WHERE visitor = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(31),
                        "member:" + member.id()).update();
    }
}
