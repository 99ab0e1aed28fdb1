package org.portico.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portico.PorticoApplication;
import org.portico.identity.Directory;
import org.portico.identity.NewUser;
import org.portico.identity.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two Portico nodes sharing PostgreSQL and RabbitMQ (the STOMP broker relay): a visitor on one
 * node and an agent on the other exchange messages, each arriving once and in order, both
 * ways. It uses its own database ({@value #DATABASE}, dropped and created afresh on each run),
 * never the database {@code test} of the CI's PostgreSQL run, so it runs in both CI phases
 * without disturbing either. It skips when PostgreSQL (5432) or RabbitMQ's STOMP plugin
 * (61613) does not answer on 127.0.0.1.
 */
class ChatTwoNodesIntegrationTests {

    static final String DATABASE = "portico_chat_nodes";
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() throws SQLException {
        assumeThat(answers(5432)).as("PostgreSQL does not answer on 127.0.0.1:5432; "
                + "skipping the two-node chat test").isTrue();
        assumeThat(answers(61613)).as("RabbitMQ's STOMP plugin does not answer on "
                + "127.0.0.1:61613 (rabbitmq-plugins enable rabbitmq_stomp); skipping the "
                + "two-node chat test").isTrue();
        freshDatabase();
        nodeA = node("a");
        nodeB = node("b");
    }

    @AfterAll
    static void stopNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {
                nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void visitorOnOneNodeAndAgentOnTheOtherExchangeEveryMessageOnceInOrder() throws Exception {
        String agentEmail = "agent-" + UUID.randomUUID() + "@example.com";
        nodeA.getBean(Directory.class).createUser(new NewUser(agentEmail, "Nora Node",
                Role.AGENT, null, "two-nodes-secret", "en", "UTC", null));
        try (ChatParty visitor = ChatParty.visitor(port(nodeA));
                ChatParty agent = ChatParty.signedIn(port(nodeB), agentEmail,
                        "two-nodes-secret", true)) {
            agent.ok("PUT", "/api/v1/chat/desk/status", Map.of("status", "AVAILABLE"));
            long chat = visitor.start("help", "Vic", "vic@example.com", "talk to a person");
            agent.ok("POST", "/api/v1/chat/agent/chats/" + chat + "/accept", null);
            visitor.join(chat);
            agent.join(chat);

            for (int i = 1; i <= 20; i++) {
                visitor.send(chat, "from A " + i, "a" + i);
                agent.send(chat, "from B " + i, "b" + i);
            }

            assertThat(visitor.awaitText("from B 20", PATIENCE)).isTrue();
            assertThat(agent.awaitText("from A 20", PATIENCE)).isTrue();
            assertThat(visitor.awaitText("from A 20", PATIENCE)).isTrue();
            assertThat(agent.awaitText("from B 20", PATIENCE)).isTrue();
            List<String> fromA = LongStream.rangeClosed(1, 20).mapToObj(i -> "from A " + i)
                    .toList();
            List<String> fromB = LongStream.rangeClosed(1, 20).mapToObj(i -> "from B " + i)
                    .toList();
            for (ChatParty side : List.of(visitor, agent)) {
                assertThat(side.texts().stream().filter(t -> t.startsWith("from A")))
                        .containsExactlyElementsOf(fromA);
                assertThat(side.texts().stream().filter(t -> t.startsWith("from B")))
                        .containsExactlyElementsOf(fromB);
                assertThat(side.deliveries()).doesNotHaveDuplicates();
            }
            agent.ok("PUT", "/api/v1/chat/desk/status", Map.of("status", "AWAY"));
        }
    }

    private static ConfigurableApplicationContext node(String name) {
        String dataDir = "target/test-data/chat-node-" + name + "-" + UUID.randomUUID();
        return new SpringApplicationBuilder(PorticoApplication.class).run(
                "--server.port=0",
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + SERVER + DATABASE,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--portico.data-dir=" + dataDir,
                "--portico.demo=false",
                "--portico.test.clean-database=false",
                "--portico.chat.relay.enabled=true",
                "--portico.chat.rate-limit=100",
                "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static void freshDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + DATABASE);
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
