package org.portico.messaging.internal.chat;

import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.portico.identity.Directory;
import org.portico.identity.NewUser;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.platform.CommandArguments;
import org.portico.platform.PorticoCommand;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code chat bench --chats=1000 --rounds=5 --rate=100}: starts a node of its own (empty H2
 * database in a temporary folder), opens that many chats, each with a visitor and an agent
 * connected over STOMP, has every visitor send {@code rounds} messages at {@code rate}
 * messages a second in all, and measures how long each takes to reach the agent. It prints the
 * percentiles and the heap held per open chat (clients and server share this JVM, so the figure
 * is an upper bound for the server).
 */
@Component
class ChatBench implements PorticoCommand {

    private static final int CHATS_PER_AGENT = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApplicationContext launcher;
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
    private CountDownLatch arrivals;
    private int rate;

    ChatBench(ApplicationContext launcher) {
        this.launcher = launcher;
    }

    @Override
    public String name() {
        return "chat bench";
    }

    @Override
    public int run(CommandArguments arguments) {
        int chats = Integer.parseInt(arguments.option("chats").orElse("1000"));
        int rounds = Integer.parseInt(arguments.option("rounds").orElse("5"));
        rate = Integer.parseInt(arguments.option("rate").orElse("100"));
        try (ConfigurableApplicationContext node = startNode()) {
            return measure(node, chats, rounds);
        } catch (Exception e) {
            System.err.println("chat bench failed: " + e);
            return 1;
        }
    }

    private int measure(ConfigurableApplicationContext node, int chats, int rounds)
            throws Exception {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        long heapBefore = usedHeapAfterGc();
        List<PorticoUser> agents = agents(node, (chats + CHATS_PER_AGENT - 1) / CHATS_PER_AGENT);
        WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new JacksonJsonMessageConverter());
        client.setInboundMessageSizeLimit(64 * 1024);
        List<StompSession> agentSessions = new ArrayList<>();
        for (PorticoUser agent : agents) {
            agentSessions.add(connect(client, port, agent.email(), null));
        }
        ChatDesk desk = node.getBean(ChatDesk.class);
        List<long[]> opened = openChats(port, chats);
        List<StompSession> customers = new ArrayList<>();
        for (int i = 0; i < opened.size(); i++) {
            long chatId = opened.get(i)[0];
            desk.accept(chatId, agents.get(i / CHATS_PER_AGENT));
            agentSessions.get(i / CHATS_PER_AGENT).subscribe("/topic/chat." + chatId, arrival());
            customers.add(connect(client, port, null, tokens.get(i)));
        }
        Thread.sleep(2_000);
        long heapOpen = usedHeapAfterGc();
        send(customers, opened, 1, "warm");
        latencies.clear();
        send(customers, opened, rounds, "m");
        report(chats, rounds, heapBefore, heapOpen);
        customers.forEach(StompSession::disconnect);
        agentSessions.forEach(StompSession::disconnect);
        return 0;
    }

    private final List<String> tokens = new ArrayList<>();

    private List<long[]> openChats(int port, int chats) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<long[]>> started = new ArrayList<>();
        for (int i = 0; i < chats; i++) {
            String token = UUID.randomUUID() + "-" + UUID.randomUUID();
            tokens.add(token);
            started.add(pool.submit(() -> new long[] {start(http, port, token)}));
        }
        List<long[]> ids = new ArrayList<>();
        for (Future<long[]> id : started) {
            ids.add(id.get());
        }
        pool.shutdown();
        return ids;
    }

    private long start(HttpClient http, int port, String token) throws Exception {
        String body = JSON.writeValueAsString(Map.of("site", "help", "name", "Bench Visitor",
                "email", "bench@example.com", "question", "talk to a person"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/chat/chats"))
                .header("Content-Type", "application/json").header(CustomerChatApi.TOKEN, token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("id").asLong();
    }

    private void send(List<StompSession> customers, List<long[]> chats, int rounds,
            String prefix) throws InterruptedException {
        arrivals = new CountDownLatch(customers.size() * rounds);
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < customers.size(); i++) {
                long chatId = chats.get(i)[0];
                String ref = prefix + round + "-" + chatId;
                sentAt.put(ref, System.nanoTime());
                customers.get(i).send("/app/chat/" + chatId + "/send",
                        Map.of("text", "bench message " + round, "clientRef", ref));
                if (i % 10 == 9) {
                    Thread.sleep(10_000L / rate);
                }
            }
        }
        if (!arrivals.await(60, TimeUnit.SECONDS)) {
            System.err.println("missing arrivals: " + arrivals.getCount());
        }
    }

    private StompFrameHandler arrival() {
        return new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return Map.class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                long now = System.nanoTime();
                Object message = ((Map<?, ?>) payload).get("message");
                if (message instanceof Map<?, ?> line && line.get("clientRef") != null) {
                    Long sent = sentAt.remove(String.valueOf(line.get("clientRef")));
                    if (sent != null) {
                        latencies.add(now - sent);
                        arrivals.countDown();
                    }
                }
            }
        };
    }

    private void report(int chats, int rounds, long heapBefore, long heapOpen) {
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("chats=%d rate=%d/s messages=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f "
                        + "max_ms=%.1f heap_per_open_chat_kb=%.1f%n", chats, rate, sorted.length,
                percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                (heapOpen - heapBefore) / 1024.0 / chats);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static StompSession connect(WebSocketStompClient client, int port, String email,
            String token) throws Exception {
        WebSocketHttpHeaders http = new WebSocketHttpHeaders();
        if (email != null) {
            http.setBasicAuth(email, "bench-password");
        }
        StompHeaders connect = new StompHeaders();
        if (token != null) {
            connect.add(ChatStompAccess.TOKEN_HEADER, token);
        }
        return client.connectAsync(URI.create("ws://127.0.0.1:" + port + "/ws/chat"), http,
                connect, new StompSessionHandlerAdapter() { }).get(30, TimeUnit.SECONDS);
    }

    private static List<PorticoUser> agents(ConfigurableApplicationContext node, int count) {
        Directory directory = node.getBean(Directory.class);
        String hash = directory.hashPassword("bench-password");
        ChatRouting routing = node.getBean(ChatRouting.class);
        List<PorticoUser> agents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "bench-agent-" + i + "@example.com";
            long id = directory.createUserWithHash(new NewUser(email, "Bench Agent " + i,
                    Role.AGENT, null, null, "en", "UTC", null), hash);
            routing.setStatus(id, AgentStatus.AWAY, CHATS_PER_AGENT, "");
            agents.add(new PorticoUser(id, email, "Bench Agent " + i, Role.AGENT, null, "en",
                    null));
        }
        return agents;
    }

    private ConfigurableApplicationContext startNode() throws Exception {
        Class<?> application = Arrays.stream(launcher.getBeanNamesForAnnotation(
                        SpringBootApplication.class))
                .map(name -> ClassUtils.getUserClass(launcher.getType(name)))
                .findFirst().orElseThrow();
        Path data = Files.createTempDirectory("portico-chat-bench");
        return new SpringApplicationBuilder(application).web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--portico.data-dir=" + data, "--portico.demo=false",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                        "--portico.chat.rate-limit=1000");
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
