package org.portico.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.cases.CasePeople;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

@PorticoIntegrationTest
class LiveChatIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Directory directory;

    @Autowired
    ConfigurableApplicationContext context;

    final List<Object> published = new java.util.concurrent.CopyOnWriteArrayList<>();
    final ApplicationListener<PayloadApplicationEvent<?>> recorder =
            event -> published.add(event.getPayload());

    CasePeople people;
    PorticoUser agent;
    ChatParty agentSide;

    @BeforeEach
    void setUp() {
        people = new CasePeople(directory);
        agent = people.user("Ada Agent", Role.AGENT, null);
        agentSide = ChatParty.signedIn(port, agent.email(), CasePeople.PASSWORD, true);
        context.addApplicationListener(recorder);
    }

    @AfterEach
    void tearDown() {
        agentSide.ok("PUT", "/api/v1/chat/desk/status", Map.of("status", "AWAY"));
        agentSide.close();
        context.removeApplicationListener(recorder);
    }

    private <T> java.util.stream.Stream<T> events(Class<T> type) {
        return published.stream().filter(type::isInstance).map(type::cast);
    }

    @Test
    void visitorAsksForPersonAndChatsWithAgentBothWaysOverStomp() throws Exception {
        agentSide.ok("PUT", "/api/v1/chat/desk/status", Map.of("status", "AVAILABLE"));
        try (ChatParty visitor = ChatParty.visitor(port)) {
            long chat = visitor.start("help", "Vera Visitor", "vera@example.com",
                    "talk to a person");
            Map<String, Object> view = visitor.ok("GET", "/api/v1/chat/chats/" + chat, null);
            assertThat(view.get("status")).isEqualTo("WAITING");
            agentSide.ok("POST", "/api/v1/chat/agent/chats/" + chat + "/accept", null);

            visitor.join(chat);
            agentSide.join(chat);
            for (int i = 1; i <= 15; i++) {
                visitor.send(chat, "customer says " + i, "c-" + i);
                agentSide.send(chat, "agent says " + i, "a-" + i);
            }

            assertThat(visitor.awaitText("agent says 15", PATIENCE)).isTrue();
            assertThat(agentSide.awaitText("customer says 15", PATIENCE)).isTrue();
            assertThat(visitor.awaitText("customer says 15", PATIENCE)).isTrue();
            assertThat(agentSide.awaitText("agent says 15", PATIENCE)).isTrue();
            for (ChatParty side : List.of(visitor, agentSide)) {
                side.catchUp(chat);
                assertThat(side.texts()).containsSubsequence("customer says 1",
                        "customer says 2", "customer says 15").containsSubsequence(
                        "agent says 1", "agent says 2", "agent says 15");
                List<Long> seqs = side.messages().stream()
                        .map(m -> ((Number) m.get("seq")).longValue()).toList();
                assertThat(seqs).isEqualTo(LongStream.rangeClosed(1, seqs.size()).boxed()
                        .toList());
                assertThat(side.deliveries()).doesNotHaveDuplicates();
            }
            long posted = events(ChatMessagePosted.class)
                    .filter(e -> e.chatId() == chat).count();
            assertThat(posted).isEqualTo(visitor.messages().size());
        }
    }

    @Test
    void reconnectingVisitorFetchesEveryMissedMessageOnceInOrder() throws Exception {
        agentSide.ok("PUT", "/api/v1/chat/desk/status", Map.of("status", "AVAILABLE"));
        try (ChatParty visitor = ChatParty.visitor(port)) {
            long chat = visitor.start("help", "Rita", "rita@example.com", "human please");
            agentSide.ok("POST", "/api/v1/chat/agent/chats/" + chat + "/accept", null);
            visitor.join(chat);
            visitor.disconnect();
            for (int i = 1; i <= 5; i++) {
                agentSide.ok("POST", "/api/v1/chat/agent/chats/" + chat + "/messages",
                        Map.of("text", "while away " + i, "clientRef", "w" + i));
            }
            agentSide.ok("POST", "/api/v1/chat/agent/chats/" + chat + "/messages",
                    Map.of("text", "while away 5", "clientRef", "w5"));

            visitor.join(chat);

            assertThat(visitor.texts().stream().filter(t -> t.startsWith("while away")))
                    .containsExactly("while away 1", "while away 2", "while away 3",
                            "while away 4", "while away 5");
        }
    }

    @Test
    void twoSimultaneousStartsFromOneVisitorGiveOneChat() throws Exception {
        ChatParty first = ChatParty.visitor(port);
        ChatParty same = ChatParty.visitor(port, first.token());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Long>> starts = IntStream.range(0, 6)
                    .mapToObj(i -> (Callable<Long>) () -> (i % 2 == 0 ? first : same)
                            .start("help", "Sam", "sam@example.com", "hello"))
                    .toList();
            Set<Long> chats = new java.util.HashSet<>();
            for (Future<Long> chat : pool.invokeAll(starts)) {
                chats.add(chat.get());
            }
            assertThat(chats).hasSize(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anAgentStatusWithoutAStatusIsRefusedWithAMessage() {
        HttpResponse<String> answer = agentSide.call("PUT", "/api/v1/chat/desk/status",
                Map.of("maxChats", 2));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Please choose a status");
    }

    @Test
    void aNameTooLongIsRefusedForItsLengthNotAsMissing() {
        HttpResponse<String> answer = ChatParty.visitor(port).call("POST", "/api/v1/chat/chats",
                Map.of("site", "help", "name", "N".repeat(300), "email", "long@example.com",
                        "question", "hello"), "zh-CN");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("姓名最多 200 个字符");
    }

    @Test
    void theWidgetOfASiteThatDoesNotExistIsNotFound() {
        ChatParty visitor = ChatParty.visitor(port);

        assertThat(visitor.call("GET", "/api/v1/chat/config?site=nosuch", null).statusCode())
                .isEqualTo(404);
        assertThat(visitor.call("GET", "/api/v1/chat/config?site=help", null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void strangersAreToldTheChatDoesNotExist() throws Exception {
        ChatParty owner = ChatParty.visitor(port);
        long chat = owner.start("help", "Olga", "olga@example.com", "hello");
        ChatParty stranger = ChatParty.visitor(port);
        PorticoUser customer = people.customer("Carl Customer");
        ChatParty otherCustomer = ChatParty.signedIn(port, customer.email(), CasePeople.PASSWORD,
                false);

        assertThat(stranger.call("GET", "/api/v1/chat/chats/" + chat + "/messages", null)
                .statusCode()).isEqualTo(404);
        assertThat(otherCustomer.call("POST", "/api/v1/chat/chats/" + chat + "/messages",
                Map.of("text", "hi", "clientRef", "x")).statusCode()).isEqualTo(404);
        assertThat(owner.call("GET", "/api/v1/chat/chats/" + chat + "/messages", null)
                .statusCode()).isEqualTo(200);

        stranger.connect();
        stranger.subscribeTo("/topic/chat." + chat);
        owner.ok("POST", "/api/v1/chat/chats/" + chat + "/messages",
                Map.of("text", "only for me", "clientRef", "mine"));
        assertThat(stranger.awaitText("only for me", Duration.ofSeconds(3))).isFalse();
        stranger.close();
    }

    @Test
    void agentWhoPassedChatOnCanNeitherReadNorWriteIt() throws Exception {
        PorticoUser colleague = people.user("Cleo Colleague", Role.AGENT, null);
        ChatParty visitor = ChatParty.visitor(port);
        long chat = visitor.start("help", "Tom", "tom@example.com", "talk to a person");
        agentSide.ok("POST", "/api/v1/chat/agent/chats/" + chat + "/accept", null);
        agentSide.join(chat);

        agentSide.ok("POST", "/api/v1/chat/agent/chats/" + chat + "/transfer",
                Map.of("agentId", colleague.id()));

        assertThat(agentSide.call("GET", "/api/v1/chat/agent/chats/" + chat + "/messages", null)
                .statusCode()).isEqualTo(403);
        assertThat(agentSide.call("POST", "/api/v1/chat/agent/chats/" + chat + "/messages",
                Map.of("text", "still here?", "clientRef", "late")).statusCode())
                .isEqualTo(403);
        ChatParty colleagueSide = ChatParty.signedIn(port, colleague.email(),
                CasePeople.PASSWORD, true);
        colleagueSide.ok("POST", "/api/v1/chat/agent/chats/" + chat + "/messages",
                Map.of("text", "Cleo here", "clientRef", "c1"));
        visitor.catchUp(chat);
        assertThat(visitor.texts()).contains("Cleo here");
        assertThat(agentSide.awaitText("Cleo here", Duration.ofSeconds(2))).isFalse();

        try (ChatParty again = ChatParty.signedIn(port, agent.email(), CasePeople.PASSWORD,
                true)) {
            again.connect();
            again.subscribeTo("/topic/chat." + chat);
            again.send(chat, "sneaking in", "sneak");
            colleagueSide.ok("POST", "/api/v1/chat/agent/chats/" + chat + "/messages",
                    Map.of("text", "Cleo again", "clientRef", "c2"));
            assertThat(again.awaitText("Cleo again", Duration.ofSeconds(3))).isFalse();
            visitor.catchUp(chat);
            assertThat(visitor.texts()).contains("Cleo again").doesNotContain("sneaking in");
        }
    }

    @Test
    void refusesOversizedMessagesAndFloodsInTheUsersLanguage() {
        ChatParty visitor = ChatParty.visitor(port);
        long chat = visitor.start("help", "Fay", "fay@example.com", "hello");
        String path = "/api/v1/chat/chats/" + chat + "/messages";

        HttpResponse<String> tooLong = visitor.call("POST", path,
                Map.of("text", "x".repeat(2001), "clientRef", "long"), "zh-CN");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("每条消息最多 2000 个字符");

        int refused = 0;
        for (int i = 0; i < 25; i++) {
            HttpResponse<String> sent = visitor.call("POST", path,
                    Map.of("text", "<b>flood</b> " + i, "clientRef", "f" + i), "en");
            if (sent.statusCode() == 400) {
                refused++;
                assertThat(sent.body()).contains("too quickly");
            }
        }
        assertThat(refused).isPositive();
        Object lines = ChatParty.parse(visitor.call("GET", path + "?after=0", null).body());
        assertThat(lines.toString()).contains("<b>flood</b> 0");
    }

    @Test
    void botAnswersFirstAndEndedChatIsRatedOnceAndTakesNoMoreMessages() {
        ChatParty visitor = ChatParty.visitor(port);
        long chat = visitor.start("help", "Nia", "nia@example.com", "zzqx unknown words");
        visitor.catchUp(chat);
        assertThat(visitor.messages()).anySatisfy(m -> {
            assertThat(m.get("author")).isEqualTo("BOT");
            assertThat(m.get("action")).isIn("OFFER_PERSON", "ASK_IF_HELPFUL");
        });

        visitor.ok("POST", "/api/v1/chat/chats/" + chat + "/end", null);
        assertThat(visitor.call("POST", "/api/v1/chat/chats/" + chat + "/rating",
                Map.of("score", 4.5)).statusCode()).isEqualTo(400);
        visitor.ok("POST", "/api/v1/chat/chats/" + chat + "/rating", Map.of("score", 4));
        visitor.ok("POST", "/api/v1/chat/chats/" + chat + "/rating", Map.of("score", 1));

        assertThat(events(ChatEnded.class).filter(e -> e.chatId() == chat)).hasSize(1);
        assertThat(events(ChatRated.class).filter(e -> e.chatId() == chat))
                .singleElement().extracting(ChatRated::score).isEqualTo(4);
        assertThat(visitor.call("POST", "/api/v1/chat/chats/" + chat + "/messages",
                Map.of("text", "after the end", "clientRef", "z")).statusCode()).isEqualTo(400);
    }

    @Test
    void customerLeavesMessageThatBecomesCaseWithTranscript() {
        PorticoUser customer = people.customer("Lena Leaves");
        ChatParty side = ChatParty.signedIn(port, customer.email(), CasePeople.PASSWORD, false);
        long chat = ((Number) side.ok("POST", "/api/v1/chat/chats",
                Map.of("site", "help", "question", "talk to a person")).get("id")).longValue();

        Map<String, Object> left = side.ok("POST", "/api/v1/chat/chats/" + chat
                + "/leave-message", Map.of("text", "Please call me back about my bill"));

        assertThat((String) left.get("caseNumber")).isNotBlank();
        assertThat(events(ChatTurnedIntoCase.class).filter(e -> e.chatId() == chat))
                .hasSize(1);
        Map<String, Object> view = side.ok("GET", "/api/v1/chat/chats/" + chat, null);
        assertThat(view.get("status")).isEqualTo("ENDED");
        assertThat(view.get("caseNumber")).isEqualTo(left.get("caseNumber"));
        assertThat(jdbc.queryForObject("SELECT origin FROM support_case WHERE number = ?", String.class,
                left.get("caseNumber"))).isEqualTo("CHAT");
    }
}
