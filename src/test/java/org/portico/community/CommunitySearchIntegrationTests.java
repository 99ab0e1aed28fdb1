package org.portico.community;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Community search runs on the question index: stemmed English, Chinese by word, only visible
 * questions, kept up to date on edits; and answered questions are suggested where the
 * knowledge base suggests articles.
 */
@PorticoIntegrationTest
class CommunitySearchIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    CommunityContent content;

    @Autowired
    JdbcClient jdbc;

    CommunityMembers members;

    @BeforeEach
    void setUp() {
        members = new CommunityMembers(directory, content);
    }

    @Test
    void findsQuestionsByStemmedEnglishWordsWithHighlights() throws Exception {
        PorticoUser asker = members.trusted("Searching Sam");
        long id = content.ask(asker.id(), "help", "Exporting quarblets to a spreadsheet fails",
                "Every quarblet export stops halfway.", "budgets");

        mvc.perform(get("/s/help/community/search").param("q", "export quarblet"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/s/help/community/questions/" + id)))
                .andExpect(content().string(containsString("<mark>quarblet</mark>")));
    }

    @Test
    void findsChineseQuestionsByWordNotByCharacter() throws Exception {
        PorticoUser asker = members.trusted("搜索的小王");
        long id = content.ask(asker.id(), "help", "怎样申请退款到银行卡里面",
                "我上个月多付了一次，想申请退款。", "bills");

        mvc.perform(get("/s/help/community/search").param("q", "退款"))
                .andExpect(content().string(containsString("/s/help/community/questions/" + id)))
                .andExpect(content().string(containsString("<mark>退款</mark>")));
        assertNotFound("新款式", id);
    }

    @Test
    void heldAndHiddenQuestionsAreNeverFound() throws Exception {
        PorticoUser newcomer = members.newMember("Newcomer Nia");
        mvc.perform(post("/s/help/community/questions").with(as(newcomer)).with(csrf())
                .param("title", "Why do glimmerworts double on statements?")
                .param("body", "Glimmerworts appear twice.").param("topic", "bills")
                .param("formToken", UUID.randomUUID().toString()));
        mvc.perform(get("/s/help/community/search").param("q", "glimmerworts"))
                .andExpect(content().string(not(containsString("Why do glimmerworts"))));

        PorticoUser asker = members.trusted("Visible Vic");
        long id = content.ask(asker.id(), "help", "Snorkelbean totals look wrong",
                "The snorkelbean total is off by one.", "bills");
        assertFound("snorkelbean", id);
        mvc.perform(post("/console/community/moderation/" + id + "/hide")
                        .with(as(members.siteManager())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertNotFound("snorkelbean", id);
    }

    @Test
    void editedQuestionIsFoundByItsNewWords() throws Exception {
        PorticoUser asker = members.trusted("Editing Eve");
        long id = content.ask(asker.id(), "help", "Where did my frobnitz report go?",
                "It was on the dashboard yesterday.", "budgets");
        mvc.perform(post("/s/help/community/posts/" + id + "/edit").with(as(asker)).with(csrf())
                        .param("title", "Where did my wizzlecount report go?")
                        .param("body", "It was on the dashboard yesterday."))
                .andExpect(status().is3xxRedirection());

        assertFound("wizzlecount", id);
        assertNotFound("frobnitz", id);
    }

    @Test
    void askFormSuggestsSimilarQuestionsFromTheIndex() throws Exception {
        PorticoUser asker = members.trusted("Similar Sue");
        content.ask(asker.id(), "help", "Recurring plumbotron payments are skipped",
                "The plumbotron payment did not run.", "bills");

        mvc.perform(get("/s/help/community/ask/suggestions").with(as(asker))
                        .param("title", "plumbotron payment skipped"))
                .andExpect(content().string(containsString(
                        "Recurring plumbotron payments are skipped")));
    }

    @Test
    void askFormSuggestsAfterTwoChineseCharacters() throws Exception {
        PorticoUser asker = members.trusted("Chinese Chen");
        content.ask(asker.id(), "help", "学费账单怎么分期付款", "学费太多了。", "bills");

        mvc.perform(get("/s/help/community/ask/suggestions").with(as(asker))
                        .param("title", "学费"))
                .andExpect(content().string(containsString("学费账单怎么分期付款")));
    }

    @Test
    void caseFormSuggestsAnsweredQuestionsAndCountsTheirSignals() throws Exception {
        PorticoUser asker = members.trusted("Answered Ann");
        PorticoUser helper = members.trusted("Helping Hugo");
        long answered = content.ask(asker.id(), "help", "How do I merge two zephyrlink accounts?",
                "I have two zephyrlink logins.", "budgets");
        content.accept(asker.id(), content.answer(helper.id(), answered,
                "Use Settings, then Merge zephyrlink accounts."));
        content.ask(asker.id(), "help", "Zephyrlink sync is slow on Mondays",
                "Nobody has answered this zephyrlink one.", "budgets");

        MockHttpSession visitor = new MockHttpSession();
        mvc.perform(get("/s/help/deflection/case").session(visitor).param("q", "zephyrlink"))
                .andExpect(content().string(containsString("How do I merge two zephyrlink")))
                .andExpect(content().string(containsString(
                        "/s/help/deflection/case/open/question." + answered)))
                .andExpect(content().string(not(containsString("sync is slow on Mondays"))));
        mvc.perform(get("/s/help/deflection/case/open/question." + answered).session(visitor))
                .andExpect(redirectedUrl("/s/help/community/questions/" + answered
                        + "?from=case"));
        mvc.perform(get("/s/help/community/questions/" + answered).param("from", "case"))
                .andExpect(content().string(containsString("id=\"deflection-answered\"")));
        mvc.perform(post("/s/help/deflection/case/answered/question." + answered)
                        .session(visitor).with(csrf()))
                .andExpect(status().is3xxRedirection());

        Assertions.assertThat(jdbc.sql("""
                        SELECT kind FROM deflection_signal WHERE article_slug = ?
                        ORDER BY id""").param("question." + answered).query(String.class)
                        .list())
                .containsExactly("SHOWN", "OPENED", "CONFIRMED");
    }

    @Test
    void preChatFormSuggestsQuestionsWithAnOfficialAnswer() throws Exception {
        PorticoUser asker = members.trusted("Chatting Chen");
        long id = content.ask(asker.id(), "help", "Can I pay the gribblefee by bank transfer?",
                "Looking for gribblefee payment options.", "bills");
        mvc.perform(post("/console/community/questions/" + id + "/answers")
                .with(as(members.agent())).with(csrf()).param("official", "true")
                .param("body", "Yes, the gribblefee takes bank transfers.")
                .param("formToken", UUID.randomUUID().toString()));

        mvc.perform(get("/api/v1/chat/suggestions").param("site", "help")
                        .param("q", "gribblefee bank transfer"))
                .andExpect(content().string(containsString(
                        "/s/help/community/questions/" + id)));
    }

    @Test
    void unansweredQuestionCannotBeOpenedAsASuggestion() throws Exception {
        PorticoUser asker = members.trusted("Open Olga");
        long id = content.ask(asker.id(), "help", "Nobody knows about the quibbleflux yet",
                "Still open.", "budgets");
        mvc.perform(get("/s/help/deflection/case/open/question." + id))
                .andExpect(status().isNotFound());
    }

    private void assertFound(String query, long id) throws Exception {
        mvc.perform(get("/s/help/community/search").param("q", query))
                .andExpect(content().string(containsString(questionLink(id))));
    }

    private void assertNotFound(String query, long id) throws Exception {
        mvc.perform(get("/s/help/community/search").param("q", query))
                .andExpect(content().string(not(containsString(questionLink(id)))));
    }

    private static String questionLink(long id) {
        return "href=\"/s/help/community/questions/" + id + "\"";
    }
}
