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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.cases.CasePeople;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.knowledge.ArticlePublished;
import org.portico.knowledge.KnowledgeSuggestions;
import org.portico.knowledge.Visibility;
import org.portico.platform.JobLease;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PorticoIntegrationTest
@RecordApplicationEvents
class KnowledgeAuthoringIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    KnowledgeEditor editor;

    @Autowired
    ArticleRepository articles;

    @Autowired
    KnowledgeSuggestions suggestions;

    @Autowired
    ScheduledPublishing scheduled;

    @Autowired
    JobLease lease;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuthoringList list;

    @Autowired
    ApplicationEvents events;

    CasePeople people;
    PorticoUser author;
    PorticoUser reviewer;

    @BeforeEach
    void people() {
        people = new CasePeople(directory);
        author = people.staff(Role.AUTHOR);
        reviewer = people.staff(Role.AUTHOR);
    }

    @Test
    void takesAnArticleFromDraftThroughReviewToPublishedAndArchived() throws Exception {
        String word = unique("quetzal");
        long id = create(word, "Feed the " + word + " twice a day.");

        assertHiddenFromEveryone(word);
        lifecycle(id, "publish", reviewer);
        assertThat(editor.latest(id).state()).isEqualTo(ArticleVersions.State.DRAFT);

        lifecycle(id, "submit");
        assertHiddenFromEveryone(word);
        lifecycle(id, "publish", reviewer);
        mvc.perform(get("/s/help/articles/" + word))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Feed the " + word + " twice")));
        mvc.perform(get("/api/v1/search").param("site", "help").param("q", word))
                .andExpect(jsonPath("$.total").value(1));
        assertThat(events.stream(ArticlePublished.class)).anyMatch(e -> e.slug().equals(word));

        mvc.perform(post("/console/knowledge/articles/" + id).with(as(author)).with(csrf())
                        .param("title", "The " + word).param("topic", "animals")
                        .param("markdown", "Feed the " + word + " three times a day."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/s/help/articles/" + word))
                .andExpect(content().string(containsString("twice a day")));
        mvc.perform(get("/console/knowledge/articles/" + id + "/diff").param("from", "1")
                        .param("to", "2").with(as(author)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<del>twice</del>")))
                .andExpect(content().string(containsString("<ins>three times</ins>")));

        lifecycle(id, "submit");
        lifecycle(id, "publish", reviewer);
        mvc.perform(get("/s/help/articles/" + word))
                .andExpect(content().string(containsString("three times a day")));
        assertThat(editor.history(id)).extracting(ArticleVersions.Version::state)
                .containsExactly(ArticleVersions.State.PUBLISHED,
                        ArticleVersions.State.SUPERSEDED);

        lifecycle(id, "archive");
        assertHiddenFromEveryone(word);
        assertThat(editor.history(id)).hasSize(2);
    }

    @Test
    void keepsAnAuthorFromPublishingTheirOwnVersion() throws Exception {
        String word = unique("ownheron");
        long id = create(word, "Herons wade in " + word + ".");
        lifecycle(id, "submit");

        mvc.perform(get("/console/knowledge/articles/" + id).with(as(author)))
                .andExpect(content().string(containsString("id=\"awaiting-review\"")))
                .andExpect(content().string(not(containsString("id=\"publish\""))));
        lifecycle(id, "publish");
        mvc.perform(post("/console/knowledge/articles/" + id + "/lifecycle").with(as(author))
                        .with(csrf()).param("action", "schedule")
                        .param("at", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1)
                                .toLocalDateTime().withNano(0).toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(editor.latest(id).state()).isEqualTo(ArticleVersions.State.IN_REVIEW);
        assertThat(editor.latest(id).scheduled()).isFalse();
        assertHiddenFromEveryone(word);

        mvc.perform(get("/console/knowledge/articles/" + id).with(as(reviewer)))
                .andExpect(content().string(containsString("id=\"publish\"")));
        lifecycle(id, "publish", reviewer);
        assertThat(editor.latest(id).state()).isEqualTo(ArticleVersions.State.PUBLISHED);
        assertThat(editor.latest(id).reviewedBy()).isEqualTo(reviewer.email());
        mvc.perform(get("/s/help/articles/" + word)).andExpect(status().isOk());
    }

    @Test
    void letsASiteManagerPublishTheirOwnVersion() throws Exception {
        PorticoUser manager = people.staff(Role.SITE_MANAGER);
        String word = unique("managerswan");
        mvc.perform(post("/console/knowledge").with(as(manager)).with(csrf())
                        .param("site", "help").param("slug", word).param("language", "en")
                        .param("title", "The " + word).param("topic", "animals")
                        .param("markdown", "Swans glide."))
                .andExpect(status().is3xxRedirection());
        long id = articles.findBySiteAndSlugAndLanguage("help", word, "en").orElseThrow().id();

        lifecycle(id, "submit", manager);
        lifecycle(id, "publish", manager);

        assertThat(editor.latest(id).reviewedBy()).isEqualTo(manager.email());
        mvc.perform(get("/s/help/articles/" + word)).andExpect(status().isOk());
    }

    @Test
    void pagesThroughTheAuthoringListNewestFirst() throws Exception {
        String first = unique("pagedfirst");
        String second = unique("pagedsecond");
        String third = unique("pagedthird");
        for (String word : new String[] {first, second, third}) {
            create(word, "Paged " + word + ".");
        }

        AuthoringList.Page newest = list.of("help", "DRAFT", 1, 2);
        AuthoringList.Page older = list.of("help", "DRAFT", 2, 2);

        assertThat(newest.rows()).extracting(AuthoringList.Row::slug)
                .containsExactly(third, second);
        assertThat(newest.hasNext()).isTrue();
        assertThat(older.rows()).extracting(AuthoringList.Row::slug).startsWith(first);
        assertThat(older.hasPrevious()).isTrue();
        mvc.perform(get("/console/knowledge").param("page", "2").with(as(author)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"authoring-list\"")));
    }

    @Test
    void showsEachAudienceOnlyWhatItMayRead() throws Exception {
        PorticoUser customer = people.customer("Cora Customer");
        long account = people.businessAccount("Acme");
        PorticoUser contact = people.user("Bo Contact", Role.BUSINESS_MEMBER, account);
        PorticoUser agent = people.staff(Role.AGENT);
        String internal = published(unique("internalkiwi"), Visibility.INTERNAL);
        String customers = published(unique("customerkiwi"), Visibility.CUSTOMERS);
        String business = published(unique("businesskiwi"), Visibility.BUSINESS);

        expectVisible(internal, null, false);
        expectVisible(internal, customer, false);
        expectVisible(internal, contact, false);
        expectVisible(internal, agent, true);
        expectVisible(customers, null, false);
        expectVisible(customers, customer, true);
        expectVisible(customers, contact, true);
        expectVisible(business, customer, false);
        expectVisible(business, contact, true);
        assertThat(suggestions.suggest("help", internal, Locale.ENGLISH, 5)).isEmpty();
        assertThat(suggestions.suggest("help", internal, Locale.ENGLISH, 5, agent)).hasSize(1);
    }

    @Test
    void keepsTheConsoleEditorForAuthors() throws Exception {
        mvc.perform(get("/console/knowledge").with(as(people.staff(Role.AGENT))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/knowledge").with(as(author)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"authoring-list\"")));
        mvc.perform(post("/console/knowledge/preview").with(as(author)).with(csrf())
                        .param("markdown", "## Hello\n\n**bold**\n\n<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>bold</strong>")))
                .andExpect(content().string(not(containsString("<script>"))));
    }

    @Test
    void publishesAScheduledVersionOnceWhenItsTimeHasCome() throws Exception {
        String word = unique("scheduledyak");
        long id = create(word, "Yaks like " + word + ".");
        lifecycle(id, "submit");
        mvc.perform(post("/console/knowledge/articles/" + id + "/lifecycle").with(as(reviewer))
                        .with(csrf()).param("action", "schedule")
                        .param("at", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1)
                                .toLocalDateTime().withNano(0).toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(editor.latest(id).scheduled()).isTrue();
        scheduled.runRound();
        assertHiddenFromEveryone(word);

        jdbc.sql("UPDATE article_version SET publish_at = ? WHERE article_id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), id).update();
        scheduled.runRound();
        scheduled.runRound();

        mvc.perform(get("/s/help/articles/" + word)).andExpect(status().isOk());
        assertThat(events.stream(ArticlePublished.class).filter(e -> e.slug().equals(word)))
                .hasSize(1);
    }

    @Test
    void previewsTheMarkdownOfANewArticleAsTheEditorDoes() throws Exception {
        String livePreview = "hx-post=\"/console/knowledge/preview?site=help\"";
        mvc.perform(get("/console/knowledge/new").with(as(author)))
                .andExpect(content().string(containsString(livePreview)))
                .andExpect(content().string(containsString("id=\"preview\"")));
        long id = create(unique("previewedcrane"), "Cranes dance.");
        mvc.perform(get("/console/knowledge/articles/" + id).with(as(author)))
                .andExpect(content().string(containsString(livePreview)))
                .andExpect(content().string(containsString("id=\"preview\"")));
    }

    @Test
    void showsAScheduledTimeAsADateAndTimeInEitherLanguage() throws Exception {
        String word = unique("datedibis");
        long id = create(word, "Ibises wait for " + word + ".");
        lifecycle(id, "submit");
        mvc.perform(post("/console/knowledge/articles/" + id + "/lifecycle").with(as(reviewer))
                        .with(csrf()).param("action", "schedule").param("at", "2030-01-01T10:00"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/console/knowledge/articles/" + id).with(as(reviewer)))
                .andExpect(content().string(containsString(
                        "to be published on 2030-01-01 10:00 UTC")))
                .andExpect(content().string(not(containsString("2030-01-01T10:00:00Z"))));
        mvc.perform(get("/console/knowledge/articles/" + id).with(as(reviewer))
                        .param("lang", "zh_CN"))
                .andExpect(content().string(containsString("将于 2030-01-01 10:00（UTC）发布")));
    }

    @Test
    void letsOneNodeHoldTheScheduleLeaseAtATime() {
        String name = "test-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO job_lease (name, holder, held_until) VALUES (?, ?, ?)")
                .params(name, "other-node", OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5))
                .update();
        assertThat(lease.take(name, Duration.ofMinutes(5))).isFalse();

        jdbc.sql("UPDATE job_lease SET held_until = ? WHERE name = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), name).update();
        assertThat(lease.take(name, Duration.ofMinutes(5))).isTrue();
    }

    @Test
    void linksTranslationsAsOneArticle() throws Exception {
        String word = unique("ibis");
        long id = create(word, "About the " + word + ".");
        mvc.perform(post("/console/knowledge/articles/" + id + "/translation").with(as(author))
                .with(csrf())).andExpect(status().is3xxRedirection());
        Article chinese = articles.findBySiteAndSlugAndLanguage("help", word, "zh").orElseThrow();
        editor.save(chinese.id(), new KnowledgeEditor.Draft("朱鹭", "animals", "关于朱鹭。"),
                "author");
        publish(id);
        publish(chinese.id());

        mvc.perform(get("/s/help/articles/" + word).param("lang", "zh_CN"))
                .andExpect(content().string(containsString("关于朱鹭")))
                .andExpect(content().string(containsString("?lang=en")));
    }

    @Test
    void showsWhyASaveWasRefusedWithWhatWasTyped() throws Exception {
        String word = unique("tern");
        long id = create(word, "Terns dive.");

        MvcResult refused = mvc.perform(post("/console/knowledge/articles/" + id)
                        .with(as(author)).with(csrf()).param("title", "Terns and " + word)
                        .param("topic", "Sea Birds").param("markdown", "Terns dive for fish."))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getFlashMap().get("form")).isInstanceOf(Serializable.class);
        mvc.perform(get("/console/knowledge/articles/" + id).with(as(author))
                        .cookie(refused.getResponse().getCookie("SESSION")))
                .andExpect(content().string(containsString("id=\"editor-error\"")))
                .andExpect(content().string(containsString("Terns dive for fish.")));
    }

    @Test
    void keepsATranslationToTheAudienceOfItsArticle() throws Exception {
        PorticoUser customer = people.customer("Tess Translation");
        String word = published(unique("internalheron"), Visibility.INTERNAL);
        long english = articles.findBySiteAndSlugAndLanguage("help", word, "en").orElseThrow()
                .id();
        mvc.perform(post("/console/knowledge/articles/" + english + "/translation")
                .with(as(author)).with(csrf())).andExpect(status().is3xxRedirection());
        long chinese = articles.findBySiteAndSlugAndLanguage("help", word, "zh").orElseThrow()
                .id();
        publish(chinese);

        mvc.perform(get("/s/help/articles/" + word).param("lang", "zh_CN"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/search").param("site", "help").param("q", word))
                .andExpect(jsonPath("$.total").value(0));

        mvc.perform(post("/console/knowledge/articles/" + chinese + "/settings").with(as(author))
                .with(csrf()).param("visibility", "CUSTOMERS"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/s/help/articles/" + word).with(as(customer)))
                .andExpect(status().isOk());
        mvc.perform(get("/s/help/articles/" + word).param("lang", "zh_CN").with(as(customer)))
                .andExpect(status().isOk());
        mvc.perform(get("/s/help/articles/" + word)).andExpect(status().isNotFound());
    }

    @Test
    void promotesAnArticleOnTheSiteHomePage() throws Exception {
        String word = unique("promotedlynx");
        long id = create(word, "Lynxes have tufted ears.");
        publish(id);
        mvc.perform(post("/console/knowledge/articles/" + id + "/settings").with(as(author))
                .with(csrf()).param("visibility", "PUBLIC").param("promoted", "true"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/s/help"))
                .andExpect(content().string(containsString("id=\"promoted-articles\"")))
                .andExpect(content().string(containsString("/s/help/articles/" + word)));
    }

    private void assertHiddenFromEveryone(String word) throws Exception {
        PorticoUser customer = people.customer("Hidden Tester");
        mvc.perform(get("/s/help/articles/" + word)).andExpect(status().isNotFound());
        mvc.perform(get("/s/help/articles/" + word).with(as(customer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/s/help/search").param("q", word))
                .andExpect(content().string(not(containsString("/articles/" + word))));
        mvc.perform(get("/api/v1/search").param("site", "help").param("q", word))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/s/help/suggestions").param("q", word).with(as(customer)))
                .andExpect(content().string(not(containsString(word))));
        mvc.perform(get("/s/help/deflection/case").param("subject", word).with(as(customer)))
                .andExpect(content().string(not(containsString(word))));
    }

    private void expectVisible(String word, PorticoUser reader, boolean visible)
            throws Exception {
        var page = get("/s/help/articles/" + word);
        var api = get("/api/v1/search").param("site", "help").param("q", word);
        var suggested = get("/s/help/deflection/case").param("q", word);
        if (reader != null) {
            page.with(as(reader));
            api.with(as(reader));
            suggested.with(as(reader));
        }
        mvc.perform(page).andExpect(visible ? status().isOk() : status().isNotFound());
        mvc.perform(api).andExpect(jsonPath("$.total").value(visible ? 1 : 0));
        mvc.perform(suggested).andExpect(visible
                ? content().string(containsString("/open/" + word))
                : content().string(not(containsString(word))));
    }

    private String published(String word, Visibility visibility) throws Exception {
        long id = create(word, "All about " + word + ".");
        mvc.perform(post("/console/knowledge/articles/" + id + "/settings").with(as(author))
                .with(csrf()).param("visibility", visibility.name()))
                .andExpect(status().is3xxRedirection());
        publish(id);
        return word;
    }

    private void publish(long id) {
        editor.submitForReview(id);
        editor.publish(id, reviewer);
    }

    private long create(String slug, String markdown) throws Exception {
        mvc.perform(post("/console/knowledge").with(as(author)).with(csrf())
                        .param("site", "help").param("slug", slug).param("language", "en")
                        .param("title", "The " + slug).param("topic", "animals")
                        .param("markdown", markdown))
                .andExpect(status().is3xxRedirection());
        return articles.findBySiteAndSlugAndLanguage("help", slug, "en").orElseThrow().id();
    }

    private void lifecycle(long id, String action) throws Exception {
        lifecycle(id, action, author);
    }

    private void lifecycle(long id, String action, PorticoUser user) throws Exception {
        mvc.perform(post("/console/knowledge/articles/" + id + "/lifecycle").with(as(user))
                .with(csrf()).param("action", action)).andExpect(status().is3xxRedirection());
    }
}
