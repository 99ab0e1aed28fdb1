package org.portico.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.knowledge.DeflectionConfirmed;
import org.portico.knowledge.KnowledgeAuthoring;
import org.portico.knowledge.NewArticle;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pre-chat form's suggestions follow the knowledge base's deflection journey (form
 * {@code chat}), and the scorecard counts what they avoided.
 */
@PorticoIntegrationTest
class ChatDeflectionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KnowledgeAuthoring authoring;

    @Autowired
    ConfigurableApplicationContext context;

    final List<Object> published = new java.util.concurrent.CopyOnWriteArrayList<>();
    final ApplicationListener<PayloadApplicationEvent<?>> recorder =
            event -> published.add(event.getPayload());

    @BeforeEach
    void listen() {
        context.addApplicationListener(recorder);
    }

    @AfterEach
    void stopListening() {
        context.removeApplicationListener(recorder);
    }

    private String article() {
        String word = "glimmet" + UUID.randomUUID().toString().replaceAll("[^a-z]", "")
                .substring(0, 5);
        authoring.publish(new NewArticle("help", word + "-export", "en",
                "Export a " + word + " report", "budgets",
                "To export a " + word + " report, open Reports and choose Export.", "public"));
        return word;
    }

    @SuppressWarnings("unchecked")
    private static String firstUrl(ChatParty visitor, String question) {
        List<Map<String, Object>> found = (List<Map<String, Object>>) ChatParty.parse(
                visitor.call("GET", "/api/v1/chat/suggestions?site=help&q="
                        + question.replace(' ', '+'), null).body());
        assertThat(found).isNotEmpty();
        return (String) found.get(0).get("url");
    }

    private List<String> signals(ChatParty visitor) throws Exception {
        String key = "chat:" + hash(visitor);
        return jdbc.queryForList("""
                SELECT s.kind FROM deflection_signal s
                JOIN deflection_journey j ON j.id = s.journey_id
                WHERE j.visitor = ? AND j.form = 'chat' ORDER BY s.id""", String.class, key);
    }

    private long confirmedToday() {
        Long total = jdbc.queryForObject("""
                SELECT COALESCE(SUM(total), 0) FROM analytics_deflection_day
                WHERE site = 'help' AND kind = 'CONFIRMED'""", Long.class);
        return total == null ? 0 : total;
    }

    @Test
    void thisAnsweredMyQuestionIsAConfirmedDeflectionAndTheScorecardCountsIt()
            throws Exception {
        String word = article();
        ChatParty visitor = ChatParty.visitor(port);
        long before = confirmedToday();

        String url = firstUrl(visitor, "how do I export a " + word + " report");
        visitor.ok("POST", "/api/v1/chat/suggestions/opened", Map.of("site", "help", "url", url));
        visitor.ok("POST", "/api/v1/chat/suggestions/answered",
                Map.of("site", "help", "url", url));

        assertThat(signals(visitor)).containsSubsequence("SHOWN", "OPENED", "CONFIRMED")
                .doesNotContain("SENT");
        assertThat(published.stream().filter(DeflectionConfirmed.class::isInstance)
                .map(DeflectionConfirmed.class::cast))
                .anySatisfy(e -> {
                    assertThat(e.form()).isEqualTo("chat");
                    assertThat(e.slug()).isEqualTo(word + "-export");
                });
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (confirmedToday() == before && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(confirmedToday()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM chat WHERE visitor_hash = ?",
                Long.class, hash(visitor))).isZero();
    }

    @Test
    void startingTheChatAfterAllEndsTheJourneyAsSent() throws Exception {
        String word = article();
        ChatParty visitor = ChatParty.visitor(port);
        String url = firstUrl(visitor, "export " + word + " report please");
        visitor.ok("POST", "/api/v1/chat/suggestions/opened", Map.of("site", "help", "url", url));

        visitor.start("help", "Sid Sent", "sid@example.com", "export " + word + " report");

        assertThat(signals(visitor)).containsSubsequence("SHOWN", "OPENED", "SENT")
                .doesNotContain("CONFIRMED");
    }

    @Test
    void ignoresAddressesThatAreNotArticlesOfTheSite() throws Exception {
        ChatParty visitor = ChatParty.visitor(port);

        visitor.ok("POST", "/api/v1/chat/suggestions/opened",
                Map.of("site", "help", "url", "https://elsewhere.example/s/help/articles/x"));
        int answered = visitor.call("POST", "/api/v1/chat/suggestions/answered",
                Map.of("site", "help", "url", "/s/business/articles/x")).statusCode();

        assertThat(answered).isEqualTo(400);
        assertThat(signals(visitor)).isEmpty();
    }

    private static String hash(ChatParty visitor) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(visitor.token().getBytes(StandardCharsets.UTF_8)));
    }
}
