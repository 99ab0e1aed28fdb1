package org.portico.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PorticoIntegrationTest
class CommunityIntegrationTests {

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
    void membersAskAnswerVoteAndAccept() throws Exception {
        PorticoUser asker = members.trusted("Asking Ada");
        PorticoUser helper = members.trusted("Helpful Hal");

        String question = ask(asker, "Budget categories vanish after import", "They were there.")
                .andExpect(redirectedUrlPattern("/s/help/community/questions/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long questionId = idOf(question);
        mvc.perform(get("/s/help/community?sort=unanswered"))
                .andExpect(content().string(containsString("Budget categories vanish after import")));

        mvc.perform(post(question + "/answers").with(as(helper)).with(csrf())
                        .param("body", "Re-run the import with **categories** ticked.")
                        .param("formToken", token()))
                .andExpect(redirectedUrlPattern(question + "#post-*"));
        long answerId = latestAnswer(questionId);
        mvc.perform(post("/s/help/community/posts/" + answerId + "/vote").with(as(asker))
                .with(csrf()).param("value", "up")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/s/help/community/answers/" + answerId + "/accept").with(as(asker))
                .with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(get(question))
                .andExpect(content().string(containsString("Accepted")))
                .andExpect(content().string(containsString("<strong>categories</strong>")));
        mvc.perform(get("/s/help/community?sort=solved"))
                .andExpect(content().string(containsString("Budget categories vanish after import")));
        mvc.perform(get("/s/help/community/members/" + helper.id()))
                .andExpect(content().string(containsString("id=\"reputation\">25<")))
                .andExpect(content().string(containsString("Accepted answer")))
                .andExpect(content().string(containsString("First answer")));
    }

    @Test
    void onlyTheAskerOrAModeratorAccepts() throws Exception {
        PorticoUser asker = members.trusted("Owner Olga");
        PorticoUser helper = members.trusted("Helper Hank");
        PorticoUser stranger = members.trusted("Stranger Stu");
        long questionId = idOf(ask(asker, "Who may accept answers here?", "Curious.")
                .andReturn().getResponse().getRedirectedUrl());
        long answerId = answer(helper, questionId, "The asker does.");

        mvc.perform(post("/s/help/community/answers/" + answerId + "/accept").with(as(stranger))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Only the person who asked")));
        mvc.perform(post("/s/help/community/answers/" + answerId + "/accept")
                        .with(as(members.siteManager())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT accepted FROM community_post WHERE id = ?").param(answerId)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void sendsVisitorsToSignInBeforeAsking() throws Exception {
        mvc.perform(get("/s/help/community/ask"))
                .andExpect(redirectedUrl("/s/help/signin"));
    }

    @Test
    void escapesTitlesExactlyOnceInListsPagesAndTheConsole() throws Exception {
        PorticoUser asker = members.trusted("Escaping Eve");
        String title = "Is <b>&amp; \"bold\" safe in titles?";
        String question = ask(asker, title, "Body").andReturn().getResponse()
                .getRedirectedUrl();
        String once = "Is &lt;b&gt;&amp;amp; &quot;bold&quot; safe in titles?";

        mvc.perform(get("/s/help/community"))
                .andExpect(content().string(containsString(once)))
                .andExpect(content().string(not(containsString("<b>&amp;"))));
        mvc.perform(get(question))
                .andExpect(content().string(containsString(once)))
                .andExpect(content().string(not(containsString("&amp;amp;amp;"))));
        mvc.perform(get("/console/community/questions/" + idOf(question))
                        .with(as(members.agent())))
                .andExpect(content().string(containsString(once)));
        mvc.perform(get("/api/v1/community/questions/" + idOf(question)).with(as(asker)))
                .andExpect(content().string(containsString("Is <b>&amp; \\\"bold\\\"")));
    }

    @Test
    void sanitisesMarkdownAndPastedHtml() throws Exception {
        PorticoUser asker = members.trusted("Pasting Pat");
        String body = """
                Look: <script>alert('x')</script>
                <img src="https://example.com/a.png" onerror="alert(1)">
                [click](javascript:alert(2)) and <a href="javascript:alert(3)" onclick="x()">this</a>
                <div style="position:fixed">boxed</div>
                """;
        String question = ask(asker, "Pasted HTML from my bank's page", body).andReturn()
                .getResponse().getRedirectedUrl();

        String page = mvc.perform(get(question)).andReturn().getResponse()
                .getContentAsString();
        String shown = page.substring(page.indexOf("id=\"question-body\""),
                page.indexOf("class=\"comments"));
        assertThat(shown).doesNotContain("<script").doesNotContain("onerror")
                .doesNotContain("javascript:").doesNotContain("onclick")
                .doesNotContain("position:fixed")
                .contains("src=\"https://example.com/a.png\"");
    }

    @Test
    void refusesLongTitlesAndEmptyBodiesAndKeepsWhatWasTyped() throws Exception {
        PorticoUser asker = members.trusted("Verbose Vic");

        mvc.perform(post("/s/help/community/questions").with(as(asker)).with(csrf())
                        .param("title", "A".repeat(151)).param("body", " ")
                        .param("topic", "budgets").param("formToken", token()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + "A".repeat(151))))
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("between 10 and 150")))
                .andExpect(content().string(containsString("id=\"body-error\"")));
        mvc.perform(post("/s/help/community/questions").with(as(asker)).with(csrf())
                        .param("lang", "zh_CN").param("title", "我的预算分类不见了怎么办")
                        .param("body", "").param("topic", "budgets")
                        .param("formToken", token()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("我的预算分类不见了怎么办")))
                .andExpect(content().string(containsString("请填写此项。")));
    }

    @Test
    void makesOneQuestionFromADoubleSubmit() throws Exception {
        PorticoUser asker = members.trusted("Double Dora");
        String formToken = token();

        String first = ask(asker, "Clicked twice on the post button", "Oops", formToken)
                .andReturn().getResponse().getRedirectedUrl();
        String second = ask(asker, "Clicked twice on the post button", "Oops", formToken)
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM community_post WHERE author_user_id = ?")
                .param(asker.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void holdsANewMembersFirstPostUntilAModeratorApprovesIt() throws Exception {
        PorticoUser newcomer = members.newMember("Newcomer Nia");
        PorticoUser manager = members.siteManager();

        String question = ask(newcomer, "First time here, where are my bills?", "Help")
                .andExpect(redirectedUrlPattern("/s/help/community/questions/*?held"))
                .andReturn().getResponse().getRedirectedUrl().replace("?held", "");
        mvc.perform(get(question)).andExpect(status().isNotFound());
        mvc.perform(get(question).with(as(newcomer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Waiting for review")));
        mvc.perform(get("/console/community/moderation?page=999").with(as(manager)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/console/community/moderation/" + idOf(question) + "/approve")
                        .with(as(manager)).with(csrf()))
                .andExpect(redirectedUrl("/console/community/moderation?page=1"));

        mvc.perform(get(question)).andExpect(status().isOk());
        mvc.perform(get("/console/community/moderation").with(as(manager)))
                .andExpect(content().string(containsString("approved")));
    }

    @Test
    void holdsLinksAndWatchedWordsFromNewMembers() throws Exception {
        PorticoUser newcomer = members.newMember("Linky Lou");
        PorticoUser manager = members.siteManager();
        long first = idOf(ask(newcomer, "A first harmless question for the queue", "Hi")
                .andReturn().getResponse().getRedirectedUrl().replace("?held", ""));
        mvc.perform(post("/console/community/moderation/" + first + "/approve")
                .with(as(manager)).with(csrf()));

        ask(newcomer, "Cheap tax help at my website", "Visit https://spam.example.com now")
                .andExpect(redirectedUrlPattern("/s/help/community/questions/*?held"));
        String plain = ask(newcomer, "A second normal question of mine", "No links here at all")
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(plain).doesNotContain("held");
    }

    @Test
    void hidesAPostAfterRepeatedFlagsUntilReviewed() throws Exception {
        PorticoUser author = members.trusted("Flagged Fred");
        String question = ask(author, "Something people will flag a lot", "Rude words")
                .andReturn().getResponse().getRedirectedUrl();
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/s/help/community/posts/" + idOf(question) + "/flag")
                    .with(as(members.trusted("Flagger " + i))).with(csrf())
                    .param("reason", "rude"));
        }

        mvc.perform(get(question)).andExpect(status().isNotFound());
        mvc.perform(get("/console/community/moderation").with(as(members.siteManager())))
                .andExpect(content().string(containsString("Something people will flag a lot")))
                .andExpect(content().string(containsString("3 flags")));
    }

    @Test
    void suspendedMembersCannotPost() throws Exception {
        PorticoUser member = members.trusted("Suspended Sam");
        mvc.perform(post("/s/help/community/members/" + member.id() + "/suspend")
                        .with(as(members.siteManager())).with(csrf()))
                .andExpect(status().is3xxRedirection());

        ask(member, "Can I still post a question?", "Probably not")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("suspended")));
    }

    @Test
    void moderatorActionsOnSomeoneOrSomethingMissingAnswerNotFound() throws Exception {
        PorticoUser manager = members.siteManager();
        for (String action : new String[] {"suspend", "moderator"}) {
            mvc.perform(post("/s/help/community/members/" + Long.MAX_VALUE + "/" + action)
                            .with(as(manager)).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/console/community/moderation/" + Long.MAX_VALUE + "/edit")
                        .with(as(manager)).with(csrf()).param("title", "").param("body", ""))
                .andExpect(status().isNotFound());
    }

    @Test
    void limitsHowOftenNewMembersPost() throws Exception {
        PorticoUser newcomer = members.newMember("Hasty Hugo");
        for (int i = 0; i < 5; i++) {
            ask(newcomer, "Quick question number " + i + " today", "Body " + i)
                    .andExpect(status().is3xxRedirection());
        }

        ask(newcomer, "One question too many this hour", "Body")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("posted a lot in the last hour")));
    }

    @Test
    void movesToTheLastPageWithItemsWhenTheLastItemIsGone() throws Exception {
        PorticoUser manager = members.siteManager();
        long queued = jdbc.sql("""
                SELECT COUNT(*) FROM community_post
                WHERE status IN ('HELD', 'FLAGGED') OR (status = 'VISIBLE' AND flag_count > 0)""")
                .query(Long.class).single();
        long missing = (21 - queued % 20) % 20;
        for (int i = 0; i <= missing; i++) {
            ask(members.newMember("Queued " + i), "Waiting in the review queue " + i, "Body");
        }
        long total = queued + missing + 1;
        int lastPage = (int) ((total + 19) / 20);
        if (total % 20 != 1) {
            return;
        }
        String page = mvc.perform(get("/console/community/moderation?page=" + lastPage)
                .with(as(manager))).andReturn().getResponse().getContentAsString();
        String id = page.replaceAll("(?s).*id=\"review-(\\d+)\".*", "$1");

        mvc.perform(post("/console/community/moderation/" + id + "/hide")
                        .param("page", String.valueOf(lastPage)).with(as(manager)).with(csrf()))
                .andExpect(redirectedUrl("/console/community/moderation?page=" + lastPage));
        mvc.perform(get("/console/community/moderation?page=" + lastPage).with(as(manager)))
                .andExpect(redirectedUrl("/console/community/moderation?page=" + (lastPage - 1)));
    }

    @Test
    void theAskerTurnsAQuestionIntoACaseThatLinksBack() throws Exception {
        PorticoUser asker = members.trusted("Escalating Ed");
        PorticoUser agent = members.agent();
        String question = ask(asker, "My refund never arrived in the bank", "Since May.")
                .andReturn().getResponse().getRedirectedUrl();

        String caseUrl = mvc.perform(post(question + "/escalate").with(as(asker)).with(csrf()))
                .andExpect(redirectedUrlPattern("/s/help/cases/*"))
                .andReturn().getResponse().getRedirectedUrl();
        String number = caseUrl.substring(caseUrl.lastIndexOf('/') + 1);
        assertThat(jdbc.sql("SELECT origin FROM support_case WHERE number = ?").param(number)
                .query(String.class).single()).isEqualTo("COMMUNITY");
        mvc.perform(get(caseUrl).with(as(asker)))
                .andExpect(content().string(containsString("/s/help/community/questions/"
                        + idOf(question))));
        mvc.perform(get(question).with(as(asker)))
                .andExpect(content().string(containsString(number)));

        mvc.perform(post("/console/cases/" + number + "/replies").with(as(agent)).with(csrf())
                .param("body", "We re-sent the refund; it arrives in 3 days.")
                .param("visibility", "PUBLIC"));
        mvc.perform(get("/console/community/questions/" + idOf(question)).with(as(agent)))
                .andExpect(content().string(containsString("We re-sent the refund")));
        mvc.perform(post("/console/community/questions/" + idOf(question) + "/resolution")
                        .param("message", "0").with(as(agent)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(question))
                .andExpect(content().string(containsString("Official answer")))
                .andExpect(content().string(containsString("We re-sent the refund")));
    }

    @Test
    void agentsSeeUnansweredQuestionsAndAnswerOfficially() throws Exception {
        PorticoUser asker = members.trusted("Waiting Wendy");
        PorticoUser agent = members.agent();
        long id = idOf(ask(asker, "Nobody answered my payroll question", "Still waiting")
                .andReturn().getResponse().getRedirectedUrl());

        mvc.perform(get("/console/community?page=999").with(as(agent)))
                .andExpect(status().is3xxRedirection());
        String last = mvc.perform(get("/console/community?page=999").with(as(agent)))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(last).with(as(agent)))
                .andExpect(content().string(containsString("Nobody answered my payroll question")));
        mvc.perform(post("/console/community/questions/" + id + "/answers").with(as(agent))
                        .with(csrf()).param("body", "Payroll runs on Fridays.")
                        .param("official", "true").param("formToken", token()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/s/help/community/questions/" + id))
                .andExpect(content().string(containsString("Official answer")));
    }

    @Test
    void searchesQuestionsAndArticlesInOneList() throws Exception {
        PorticoUser asker = members.trusted("Searching Sue");
        ask(asker, "Quarterly zebrafish estimates in the tax wizard", "How?");

        mvc.perform(get("/s/help/community/search").param("q", "zebrafish estimates"))
                .andExpect(content().string(containsString("Quarterly zebrafish estimates")));
        mvc.perform(get("/s/help/community/ask/suggestions").param("title", "zebrafish"))
                .andExpect(content().string(containsString("Quarterly zebrafish estimates")));
        ask(asker, "我的退款什么时候到账呢", "等了很久");
        mvc.perform(get("/s/help/community/search").param("q", "退款"))
                .andExpect(content().string(containsString("我的退款什么时候到账呢")));
    }

    @Test
    void listsQuestionsForIntegrators() throws Exception {
        PorticoUser asker = members.trusted("Api Annie");
        long id = idOf(ask(asker, "Asked for the integration API list", "Body")
                .andReturn().getResponse().getRedirectedUrl());

        mvc.perform(get("/api/v1/community/questions?site=help&sort=newest").with(as(asker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Asked for the integration API list")));
        mvc.perform(get("/api/v1/community/questions/" + id).with(as(asker)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/community/questions").with(as(asker))
                        .contentType("application/json")
                        .content("{\"site\":\"help\",\"title\":\"Posted through the API\","
                                + "\"body\":\"Body\",\"topic\":\"bills\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/community/questions").with(as(asker))
                        .contentType("application/json").content("{\"title\":\"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("\"title\"")));
    }

    @Test
    void onlyTheAuthorDeletesAnAnswerAndOthersSeeNoSuchPost() throws Exception {
        PorticoUser asker = members.trusted("Deleting Dora");
        PorticoUser helper = members.trusted("Helpful Hal");
        String question = ask(asker, "How do I delete a budget category?", "It stays.")
                .andReturn().getResponse().getRedirectedUrl();
        long answer = answer(helper, idOf(question), "Open the category and choose Remove.");

        mvc.perform(post("/s/help/community/posts/" + answer + "/delete").with(as(asker))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/s/help/community/posts/" + answer + "/delete").with(as(helper))
                        .with(csrf()))
                .andExpect(redirectedUrl("/s/help/community/questions/" + idOf(question)));

        mvc.perform(get("/s/help/community/questions/" + idOf(question)))
                .andExpect(content().string(not(containsString("choose Remove"))));
    }

    private ResultActions ask(PorticoUser user, String title, String body) throws Exception {
        return ask(user, title, body, token());
    }

    private ResultActions ask(PorticoUser user, String title, String body, String formToken)
            throws Exception {
        return mvc.perform(post("/s/help/community/questions").with(as(user)).with(csrf())
                .param("title", title).param("body", body).param("topic", "budgets")
                .param("formToken", formToken));
    }

    private long answer(PorticoUser user, long questionId, String body) throws Exception {
        mvc.perform(post("/s/help/community/questions/" + questionId + "/answers")
                .with(as(user)).with(csrf()).param("body", body).param("formToken", token()));
        return latestAnswer(questionId);
    }

    private long latestAnswer(long questionId) {
        return jdbc.sql("""
                SELECT MAX(id) FROM community_post WHERE question_id = ? AND kind = 'ANSWER'""")
                .param(questionId).query(Long.class).single();
    }

    private static long idOf(String url) {
        String path = url.replaceAll("[?#].*", "");
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }
}
