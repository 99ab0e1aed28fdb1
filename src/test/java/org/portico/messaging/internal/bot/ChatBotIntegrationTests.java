package org.portico.messaging.internal.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.portico.cases.CasePeople;
import org.portico.cases.CaseView;
import org.portico.cases.Cases;
import org.portico.cases.NewCase;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.knowledge.KnowledgeAuthoring;
import org.portico.knowledge.NewArticle;
import org.portico.messaging.BotRequest;
import org.portico.messaging.BotTurn;
import org.portico.messaging.BotTurn.Action;
import org.portico.messaging.ChatBot;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The behaviour the chat relies on: hand-over phrases in both languages, no guessing, article
 * answers, and tasks that look only at the signed-in customer's own records.
 */
@PorticoIntegrationTest
class ChatBotIntegrationTests {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    ChatBot bot;

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Autowired
    KnowledgeAuthoring authoring;

    private BotTurn ask(String text, Locale locale, Long customer) {
        return bot.reply(new BotRequest("help", text, locale, customer, List.of()));
    }

    @Test
    void handsOverWhenAskedForAPersonInEnglishOrChinese() {
        for (String text : List.of("talk to a person", "I want to speak to an agent",
                "human please")) {
            assertThat(ask(text, Locale.ENGLISH, null).action()).as(text)
                    .isEqualTo(Action.HAND_OVER);
        }
        for (String text : List.of("转人工", "我要人工客服")) {
            BotTurn turn = ask(text, CHINESE, null);
            assertThat(turn.action()).as(text).isEqualTo(Action.HAND_OVER);
            assertThat(turn.text()).contains("人工");
        }
    }

    @Test
    void saysItDidNotUnderstandInsteadOfGuessing() {
        BotTurn turn = ask("zzqx blorf wibble frumious", Locale.ENGLISH, null);

        assertThat(turn.intent()).isEqualTo("oos");
        assertThat(turn.action()).isEqualTo(Action.HAND_OVER);
        assertThat(turn.text()).isEqualTo("I did not understand; shall I get a person?");
        assertThat(turn.linkUrl()).isNull();
    }

    @Test
    void neverFailsOnOddInput() {
        for (String text : new String[] {null, "", "   ", "😀😀", "x".repeat(20_000)}) {
            BotTurn turn = bot.reply(new BotRequest(null, text, null, null, null));
            assertThat(turn.intent()).isNotBlank();
            assertThat(turn.confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void greetsInTheCustomersLanguage() {
        assertThat(ask("hello there", Locale.ENGLISH, null).intent()).isEqualTo("greeting");
        BotTurn chinese = ask("你好", CHINESE, null);
        assertThat(chinese.intent()).isEqualTo("greeting");
        assertThat(chinese.text()).contains("您好");
    }

    @Test
    void answersFromAPublishedArticleAndAsksIfItHelped() {
        String word = "quorblat" + UUID.randomUUID().toString().substring(0, 4);
        authoring.publish(new NewArticle("help", word + "-ledger", "en",
                "Reconcile a " + word + " ledger", "budgets",
                "To reconcile a " + word + " ledger, compare each line with the bank.",
                "public"));

        BotTurn turn = ask("how can I reconcile my " + word + " ledger with the bank",
                Locale.ENGLISH, null);

        assertThat(turn.action()).isEqualTo(Action.ASK_IF_HELPFUL);
        assertThat(turn.linkTitle()).isEqualTo("Reconcile a " + word + " ledger");
        assertThat(turn.linkUrl()).isEqualTo("/s/help/articles/" + word + "-ledger");
        assertThat(turn.text()).isNotBlank();
    }

    @Test
    void doesNotAnswerWithAnArticleThatOnlySharesCommonWords() {
        authoring.publish(new NewArticle("help", "weatherless-" + UUID.randomUUID(), "en",
                "What the ledger is like today", "budgets",
                "What is in the ledger today, and how it is like the bank's.", "public"));

        BotTurn turn = ask("what is the weather like in paris today", Locale.ENGLISH, null);

        assertThat(turn.intent()).isEqualTo("oos");
        assertThat(turn.action()).isEqualTo(Action.HAND_OVER);
    }

    @Test
    void asksAVisitorToSignInBeforeTellingCaseStatus() {
        BotTurn turn = ask("what is the status of my case", Locale.ENGLISH, null);

        assertThat(turn.intent()).isEqualTo("case_status");
        assertThat(turn.text()).contains("sign in");
        assertThat(turn.linkUrl()).isEqualTo("/s/help/signin");
    }

    @Test
    void tellsOnlyTheSignedInCustomersOwnCases() {
        CasePeople people = new CasePeople(directory);
        PorticoUser ada = people.customer("Ada Botting");
        PorticoUser other = people.customer("Other Botting");
        CaseView own = cases.open(ada, new NewCase("help", "Printer export fails",
                "The export stops halfway.", "budgets"));
        CaseView foreign = cases.open(other, new NewCase("help", "Secret tax question",
                "Not for Ada.", "taxes"));

        BotTurn turn = ask("any update on my case?", Locale.ENGLISH, ada.id());

        assertThat(turn.intent()).isEqualTo("case_status");
        assertThat(turn.text()).contains(own.number(), "Printer export fails")
                .doesNotContain(foreign.number(), "Secret tax question");
        assertThat(turn.linkUrl()).isEqualTo("/s/help/cases/" + own.number());
    }

    @Test
    void readsAFollowUpWithTheIntentOfTheCustomersMessageBefore() {
        PorticoUser ada = new CasePeople(directory).customer("Ada Following");
        CaseView first = cases.open(ada, new NewCase("help", "Invoice twice",
                "Charged twice.", "budgets"));
        CaseView second = cases.open(ada, new NewCase("help", "Login loops",
                "Cannot sign in.", "account"));

        BotTurn alone = ask("and the other one?", Locale.ENGLISH, ada.id());
        BotTurn followUp = bot.reply(new BotRequest("help", "and the other one?",
                Locale.ENGLISH, ada.id(), List.of("hello", "what is the status of my case")));
        BotTurn chained = bot.reply(new BotRequest("help", "and my other case?",
                Locale.ENGLISH, ada.id(), List.of("any update on my case",
                        "and the other one?")));
        BotTurn chinese = bot.reply(new BotRequest("help", "那另一个呢？", CHINESE, ada.id(),
                List.of("查看我的工单")));
        BotTurn afterGreeting = bot.reply(new BotRequest("help", "and the other one?",
                Locale.ENGLISH, ada.id(), List.of("hello there")));

        assertThat(alone.intent()).isNotEqualTo("case_status");
        assertThat(followUp.intent()).isEqualTo("case_status");
        assertThat(followUp.text()).contains(first.number(), second.number());
        assertThat(chained.intent()).isEqualTo("case_status");
        assertThat(chinese.intent()).isEqualTo("case_status");
        assertThat(chinese.text()).contains(second.number());
        assertThat(afterGreeting.intent()).isNotEqualTo("case_status");
    }

    @Test
    void offersToOpenACaseAndLinksThePasswordReset() {
        BotTurn open = ask("I want to open a support case", Locale.ENGLISH, null);
        assertThat(open.action()).isEqualTo(Action.OPEN_CASE);
        assertThat(open.linkUrl()).isEqualTo("/s/help/cases/new");

        BotTurn reset = ask("我忘记密码了", CHINESE, null);
        assertThat(reset.intent()).isEqualTo("reset_password");
        assertThat(reset.linkUrl()).isEqualTo("/s/help/password/forgot");
        assertThat(reset.linkTitle()).isEqualTo("重置密码");
    }

    @Test
    void looksUpOrdersOnlyForBusinessContacts() {
        CasePeople people = new CasePeople(directory);
        PorticoUser person = people.customer("Orderless Person");
        PorticoUser contact = people.user("Bea Contact", Role.BUSINESS_MEMBER,
                people.businessAccount("Botting Ltd"));

        BotTurn visitor = ask("where is my order", Locale.ENGLISH, null);
        BotTurn individual = ask("where is my order", Locale.ENGLISH, person.id());
        BotTurn business = ask("where is my order", Locale.ENGLISH, contact.id());

        assertThat(visitor.intent()).isEqualTo("order_status");
        assertThat(visitor.linkUrl()).endsWith("/signin");
        assertThat(individual.text()).contains("business accounts");
        assertThat(business.text()).isEqualTo("I found no such order on your account.");
    }

    @Test
    void answersIntegratorsOverRestForTheSignedInCustomer() throws Exception {
        PorticoUser customer = new CasePeople(directory).customer("Rest Botting");

        mvc.perform(post("/api/v1/bot/reply").with(as(customer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"site\":\"help\",\"text\":\"转人工\",\"locale\":\"zh-CN\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intent").value("talk_to_person"))
                .andExpect(jsonPath("$.action").value("HAND_OVER"))
                .andExpect(jsonPath("$.confidence").isNumber());
        mvc.perform(post("/api/v1/bot/reply").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"hello\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void administratorsTeachTheBotANewIntentAndTryIt() throws Exception {
        PorticoUser admin = new CasePeople(directory).staff(Role.ADMIN);
        String name = "opening_hours_" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");

        mvc.perform(post("/console/bot").with(as(admin)).with(csrf())
                        .param("name", name)
                        .param("phrasesEn", "when are you open\nwhat are your opening hours\n"
                                + "what time do you close\nare you open on sunday")
                        .param("phrasesZh", "你们几点开门\n营业时间")
                        .param("answerEn", "We are open from 9 to 5 on weekdays.")
                        .param("answerZh", "我们工作日 9 点到 5 点营业。"))
                .andExpect(redirectedUrl("/console/bot"));

        BotTurn turn = ask("what are your opening hours on sunday", Locale.ENGLISH, null);
        assertThat(turn.intent()).isEqualTo(name);
        assertThat(turn.text()).isEqualTo("We are open from 9 to 5 on weekdays.");
        assertThat(ask("你们的营业时间", CHINESE, null).text()).isEqualTo("我们工作日 9 点到 5 点营业。");

        mvc.perform(get("/console/bot").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(name)))
                .andExpect(content().string(Matchers.containsString("talk_to_person")));
        mvc.perform(post("/console/bot/try").with(as(admin)).with(csrf())
                        .param("text", "human please").param("language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("talk_to_person")))
                .andExpect(content().string(Matchers.containsString("Hand over to a person")));
    }

    @Test
    void refusesInvalidIntentsAndKeepsTheBotPageForAdministrators() throws Exception {
        CasePeople people = new CasePeople(directory);
        PorticoUser admin = people.staff(Role.ADMIN);

        mvc.perform(post("/console/bot").with(as(admin)).with(csrf())
                        .param("name", "Bad Name!").param("phrasesEn", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("lower-case letters")))
                .andExpect(content().string(Matchers.containsString("at least one example")));
        mvc.perform(get("/console/bot").with(as(people.staff(Role.AGENT))))
                .andExpect(status().isForbidden());
    }
}
