package org.portico.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.portico.cases.CasePeople.as;
import static org.portico.knowledge.internal.UniqueWords.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.cases.CasePeople;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

@PorticoIntegrationTest
@RecordApplicationEvents
class KnowledgeReadersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    KnowledgeAuthoring authoring;

    @Autowired
    DeflectionJourneys journeys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    CasePeople people;

    @BeforeEach
    void people() {
        people = new CasePeople(directory);
    }

    @Test
    void countsOneVotePerReaderPerVersion() throws Exception {
        String slug = article("heron", "Herons wait.");
        PorticoUser reader = people.customer("Vera Voter");

        mvc.perform(post("/s/help/articles/" + slug + "/feedback").with(as(reader)).with(csrf())
                        .param("helpful", "false").param("comment", "<b>More</b> please"))
                .andExpect(content().string(containsString("id=\"feedback-thanks\"")))
                .andExpect(content().string(containsString("Thank you")));
        mvc.perform(post("/s/help/articles/" + slug + "/feedback").with(as(reader)).with(csrf())
                        .param("helpful", "true"))
                .andExpect(content().string(containsString("already rated")));
        mvc.perform(get("/s/help/articles/" + slug).with(as(reader)))
                .andExpect(content().string(not(containsString("id=\"feedback-yes\""))));

        MvcResult first = mvc.perform(post("/s/help/articles/" + slug + "/feedback")
                .with(csrf()).param("helpful", "true")).andReturn();
        Cookie visitor = first.getResponse().getCookie(KnowledgePages.READER_COOKIE);
        assertThat(visitor).isNotNull();
        mvc.perform(post("/s/help/articles/" + slug + "/feedback").with(csrf()).cookie(visitor)
                        .param("helpful", "true"))
                .andExpect(content().string(containsString("already rated")));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM article_feedback f JOIN article a "
                + "ON a.id = f.article_id WHERE a.slug = ?").param(slug).query(Long.class)
                .single()).isEqualTo(2);
        PorticoUser author = people.staff(Role.AUTHOR);
        mvc.perform(get("/console/knowledge/analytics").with(as(author)))
                .andExpect(content().string(containsString("The " + slug)));
    }

    @Test
    void saysThereIsNoDataYetUnderAnAnalyticsListWithNothingInIt() throws Exception {
        PorticoUser author = people.staff(Role.AUTHOR);
        mvc.perform(get("/console/knowledge/analytics").param("site", "business")
                        .with(as(author)))
                .andExpect(content().string(containsString(
                        "id=\"deflecting-none\" class=\"small text-muted\">No data yet<")))
                .andExpect(content().string(not(containsString("id=\"deflecting\""))));
        mvc.perform(get("/console/knowledge/analytics").param("site", "business")
                        .with(as(author)).param("lang", "zh_CN"))
                .andExpect(content().string(containsString(
                        "id=\"deflecting-none\" class=\"small text-muted\">暂无数据<")));
    }

    @Test
    void countsAViewOncePerReaderPerDay() throws Exception {
        String slug = article("egret", "Egrets stand still.");
        PorticoUser reader = people.customer("Rita Reader");

        mvc.perform(get("/s/help/articles/" + slug).with(as(reader))).andExpect(status().isOk());
        mvc.perform(get("/s/help/articles/" + slug).with(as(reader))).andExpect(status().isOk());
        Cookie visitor = mvc.perform(get("/s/help/articles/" + slug)).andReturn().getResponse()
                .getCookie(KnowledgePages.READER_COOKIE);
        assertThat(visitor).isNotNull();
        mvc.perform(get("/s/help/articles/" + slug).cookie(visitor)).andExpect(status().isOk());

        assertThat(jdbc.sql("SELECT view_count FROM article WHERE slug = ?").param(slug)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void findsSynonymsAuthorsAddWithoutReindexing() throws Exception {
        String word = unique("remittance");
        String other = article("payslip", "How to read a payslip.");
        mvc.perform(get("/api/v1/search").param("site", "help").param("q", word))
                .andExpect(jsonPath("$.total").value(0));

        mvc.perform(post("/console/knowledge/synonyms").with(as(people.staff(Role.AUTHOR)))
                        .with(csrf()).param("site", "help").param("term", word)
                        .param("alternatives", other + ", " + unique("wagesheet")))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/search").param("site", "help").param("q", word))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.results[0].url").value("/s/help/articles/" + other));
    }

    @Test
    void toleratesATypoAndShowsTopicFacets() throws Exception {
        String slug = article("flamingo", "Flamingos stand on one leg.");
        mvc.perform(get("/s/help/search").param("q", "flamngo stnd"))
                .andExpect(content().string(containsString("/s/help/articles/" + slug)))
                .andExpect(content().string(containsString("id=\"topic-facets\"")));
    }

    @Test
    void recordsAConfirmedDeflectionWhenASuggestionAnswersTheQuestion() throws Exception {
        String slug = article("pelican", "Pelicans carry fish in their " + "pouch.");
        PorticoUser customer = people.customer("Dee Flect");
        MvcResult shown = mvc.perform(get("/s/help/deflection/case")
                        .param("subject", "pelican pouch").with(as(customer)))
                .andExpect(content().string(containsString(
                        "/s/help/deflection/case/open/" + slug))).andReturn();
        Cookie session = sessionOf(shown);
        mvc.perform(get("/s/help/deflection/case/open/" + slug).cookie(session)
                        .with(as(customer)))
                .andExpect(redirectedUrl("/s/help/articles/" + slug + "?from=case"));
        mvc.perform(get("/s/help/articles/" + slug).param("from", "case").cookie(session)
                        .with(as(customer)))
                .andExpect(content().string(containsString("id=\"deflection-answered\"")));
        mvc.perform(post("/s/help/deflection/case/answered/" + slug).cookie(session)
                        .with(as(customer)).with(csrf()).header("HX-Request", "true"))
                .andExpect(header().string("HX-Redirect", "/s/help/deflection/answered"));

        assertThat(events.stream(SuggestionShown.class))
                .anyMatch(e -> e.slugs().contains(slug) && e.form().equals("case"));
        assertThat(events.stream(SuggestionOpened.class)).anyMatch(e -> e.slug().equals(slug));
        assertThat(events.stream(DeflectionConfirmed.class))
                .anyMatch(e -> e.slug().equals(slug));
        mvc.perform(get("/console/knowledge/analytics").with(as(people.staff(Role.AUTHOR))))
                .andExpect(content().string(containsString(">The " + slug + ": 1 confirmed")));
    }

    @Test
    void recordsNoSignalForAFormOrArticleThatWasNeverOffered() throws Exception {
        String missing = unique("missing");
        long before = events.stream(SuggestionOpened.class).count()
                + events.stream(DeflectionConfirmed.class).count();

        mvc.perform(get("/s/help/deflection/nosuch").param("subject", "pelican pouch"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/s/help/deflection/case/open/" + missing))
                .andExpect(status().isNotFound());
        mvc.perform(post("/s/help/deflection/case/answered/" + missing).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(events.stream(SuggestionOpened.class).count()
                + events.stream(DeflectionConfirmed.class).count()).isEqualTo(before);
    }

    @Test
    void countsAFormLeftUnsentThirtyMinutesAfterASuggestionAsAPotentialDeflection()
            throws Exception {
        String slug = article("stork", "Storks migrate far.");
        PorticoUser customer = people.customer("Pat Potential");
        Cookie sent = null;
        for (int visit = 0; visit < 2; visit++) {
            Cookie session = sessionOf(mvc.perform(get("/s/help/deflection/case")
                    .param("subject", "stork migrate").with(as(customer))).andReturn());
            mvc.perform(get("/s/help/deflection/case/open/" + slug).cookie(session)
                    .with(as(customer)));
            sent = session;
        }
        mvc.perform(post("/s/help/cases").cookie(sent).with(as(customer)).with(csrf())
                        .param("subject", "Storks").param("topic", "account")
                        .param("description", "Still a question."))
                .andExpect(status().is3xxRedirection());
        jdbc.sql("UPDATE deflection_journey SET opened_at = ? WHERE opened_slug = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(31), slug).update();

        journeys.markAbandoned(Instant.now());
        journeys.markAbandoned(Instant.now());

        assertThat(events.stream(DeflectionPotential.class)
                .filter(e -> e.slug().equals(slug))).hasSize(1);
    }

    /** The session cookie (sessions live in the database, not in MockMvc's session). */
    private static Cookie sessionOf(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie("SESSION");
        assertThat(cookie).isNotNull();
        return cookie;
    }

    @Test
    void aTopicAddedByAnAuthorShowsAsTheArticlesBreadcrumb() throws Exception {
        PorticoUser author = people.staff(Role.AUTHOR);
        String topic = unique("birds");
        mvc.perform(post("/console/knowledge/topics").with(as(author)).with(csrf())
                        .param("site", "help").param("key", topic).param("nameEn", "Wading birds")
                        .param("nameZh", "涉禽"))
                .andExpect(status().is3xxRedirection());
        String slug = unique("egret");
        authoring.publish(new NewArticle("help", slug, "en", "The " + slug, topic,
                "Egrets wade.", "individual"));

        mvc.perform(get("/console/knowledge/topics").param("site", "help").with(as(author)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wading birds")));
        mvc.perform(get("/s/help/articles/" + slug))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wading birds")));
    }

    @Test
    void refusesToPutATopicUnderItsOwnChild() throws Exception {
        PorticoUser author = people.staff(Role.AUTHOR);
        String parent = unique("raptors");
        String child = unique("owls");
        topic(author, parent, "", "Raptors");
        topic(author, child, parent, "Owls");

        topic(author, parent, child, "Raptors again")
                .andExpect(flash().attribute("error", "knowledge.topics.error.loop"));
        mvc.perform(get("/console/knowledge/topics").param("site", "help").with(as(author)))
                .andExpect(content().string(containsString("Raptors")))
                .andExpect(content().string(not(containsString("Raptors again"))));
    }

    private ResultActions topic(PorticoUser author, String key, String parent, String name)
            throws Exception {
        return mvc.perform(post("/console/knowledge/topics").with(as(author)).with(csrf())
                        .param("site", "help").param("key", key).param("parent", parent)
                        .param("nameEn", name).param("nameZh", name))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aSearchPageBeyondTheLastGoesToTheLastPage() throws Exception {
        String slug = article("plover", "Plovers run along the shore.");

        mvc.perform(get("/s/help/search").param("q", slug).param("page", "999"))
                .andExpect(redirectedUrl("/s/help/search?q=" + slug + "&page=1"));
        mvc.perform(get("/s/help/search").param("q", slug).param("page", "99999999999"))
                .andExpect(redirectedUrl("/s/help/search?q=" + slug + "&page=1"));
    }

    @Test
    void aQuotedPhraseFindsOnlyArticlesWithThoseWordsInThatOrder() throws Exception {
        String marker = unique("wren");
        String together = article("kestrel", "The " + marker + " hovers over meadows.");
        String apart = article("merlin", "Meadows are where the " + marker + " never hovers.");

        mvc.perform(get("/s/help/search").param("q", "\"" + marker + " hovers\""))
                .andExpect(content().string(containsString(together)))
                .andExpect(content().string(not(containsString(apart))));
        mvc.perform(get("/s/help/search").param("q", marker + " hovers"))
                .andExpect(content().string(containsString(together)))
                .andExpect(content().string(containsString(apart)));
    }

    @Test
    void suggestsAnArticleForAChineseWordOfTwoCharacters() throws Exception {
        String slug = unique("qilin");
        authoring.publish(new NewArticle("help", slug, "zh", "麒麟的传说", "animals",
                "麒麟是传说中的动物。", "individual"));

        mvc.perform(get("/s/help/suggestions").param("q", "麒麟").param("lang", "zh_CN"))
                .andExpect(content().string(containsString("/s/help/articles/" + slug)));
        mvc.perform(get("/s/help/deflection/case").param("subject", "麒麟")
                        .param("lang", "zh_CN").with(as(people.customer("Qi Lin"))))
                .andExpect(content().string(containsString(
                        "/s/help/deflection/case/open/" + slug)));
        mvc.perform(get("/s/help/suggestions").param("q", "麒").param("lang", "zh_CN"))
                .andExpect(content().string(not(containsString(slug))));
    }

    @Test
    void countsASingleFoundArticleInTheSingular() throws Exception {
        String slug = article("cassowary", "Cassowaries cannot fly.");

        mvc.perform(get("/s/help/search").param("q", slug))
                .andExpect(content().string(containsString(
                        "1 article found for &quot;" + slug + "&quot;")));
        mvc.perform(get("/s/help/search").param("q", slug).param("lang", "zh_CN"))
                .andExpect(content().string(containsString("找到 1 篇")));
    }

    private String article(String word, String text) {
        String slug = unique(word);
        authoring.publish(new NewArticle("help", slug, "en", "The " + slug, "animals",
                text.replace(word, slug + " " + word), "individual"));
        return slug;
    }
}
