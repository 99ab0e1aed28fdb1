package org.portico.messaging;

import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * One side of a chat as a real client: REST over HTTP and STOMP over a WebSocket against a
 * running node. It keeps what a chat client keeps: the messages by sequence number (so each
 * counts once), and on a gap or a reconnect it asks for what it missed.
 */
public final class ChatParty implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String authorization;
    private final String token;
    private final String messagesPath;
    private final ConcurrentSkipListMap<Long, Map<String, Object>> messages =
            new ConcurrentSkipListMap<>();
    private final BlockingQueue<Map<String, Object>> frames = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> errors = new LinkedBlockingQueue<>();
    private final List<Long> deliveries = new ArrayList<>();
    private StompSession session;

    private ChatParty(int port, String authorization, String token, String messagesPath) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = authorization;
        this.token = token;
        this.messagesPath = messagesPath;
    }

    /** A visitor with a fresh secret token. */
    public static ChatParty visitor(int port) {
        return new ChatParty(port, null, UUID.randomUUID() + "-" + UUID.randomUUID(),
                "/api/v1/chat/chats/");
    }

    /** A visitor who reuses a token (the same browser). */
    public static ChatParty visitor(int port, String token) {
        return new ChatParty(port, null, token, "/api/v1/chat/chats/");
    }

    /** A signed-in person (customer or agent) using HTTP Basic. */
    public static ChatParty signedIn(int port, String email, String password, boolean agent) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ChatParty(port, basic, null,
                agent ? "/api/v1/chat/agent/chats/" : "/api/v1/chat/chats/");
    }

    public String token() {
        return token;
    }

    public HttpResponse<String> call(String method, String path, Object body, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language == null ? "en" : language)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return send(authorised(request), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends one file as {@code multipart/form-data} field {@code file}. */
    public HttpResponse<String> upload(String path, String fileName, byte[] content,
            String clientRef) {
        String boundary = "----portico" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"clientRef\""
                + "\r\n\r\n" + clientRef + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/html\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = authorised(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-Requested-With", "test")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Fetches a file as bytes, with this party's credentials. */
    public HttpResponse<byte[]> download(String path) {
        return send(authorised(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20)).GET()), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The same request as a browser following a link makes: it accepts HTML first. */
    public HttpResponse<byte[]> openAsBrowser(String path) {
        return send(authorised(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                        .timeout(Duration.ofSeconds(20)).GET()),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder authorised(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (token != null) {
            request.header("X-Chat-Token", token);
        }
        return request;
    }

    private static <T> HttpResponse<T> send(HttpRequest.Builder request,
            HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request.build(), handler);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> call(String method, String path, Object body) {
        return call(method, path, body, null);
    }

    /** The answer's JSON; fails unless the status is 200. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> ok(String method, String path, Object body) {
        HttpResponse<String> response = call(method, path, body);
        if (response.statusCode() != 200) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return response.body().isEmpty() ? Map.of() : JSON.readValue(response.body(), Map.class);
    }

    public static Object parse(String json) {
        return JSON.readValue(json, Object.class);
    }

    public long start(String site, String name, String email, String question) {
        Map<String, Object> chat = ok("POST", "/api/v1/chat/chats",
                Map.of("site", site, "name", name, "email", email, "question", question));
        return ((Number) chat.get("id")).longValue();
    }

    /**
     * Connects over STOMP and subscribes to the chat, then fetches what came before. A typing
     * signal sent after the subscription comes back once the subscription is live (the node
     * handles one session's frames in order), so nothing falls between the two.
     */
    public ChatParty join(long chatId) throws Exception {
        connect();
        session.subscribe("/topic/chat." + chatId, new Frames());
        session.send("/app/chat/" + chatId + "/typing", Map.of());
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (frames.stream().noneMatch(f -> "typing".equals(f.get("type")))
                && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        catchUp(chatId);
        return this;
    }

    public void connect() throws Exception {
        WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new JacksonJsonMessageConverter());
        WebSocketHttpHeaders http = new WebSocketHttpHeaders();
        if (authorization != null) {
            http.add("Authorization", authorization);
        }
        StompHeaders connect = new StompHeaders();
        if (token != null) {
            connect.add("chat-token", token);
        }
        session = client.connectAsync(URI.create(base.replace("http", "ws") + "/ws/chat"), http,
                connect, new StompSessionHandlerAdapter() {
                    @Override
                    public void handleFrame(StompHeaders headers, Object payload) {
                        errors.add(String.valueOf(headers.getFirst("message")));
                    }

                    @Override
                    public void handleException(StompSession s, StompCommand command,
                            StompHeaders headers, byte[] payload, Throwable e) {
                        errors.add(command + " " + headers.getFirst("message"));
                    }

                    @Override
                    public void handleTransportError(StompSession s, Throwable e) {
                        errors.add(String.valueOf(e.getMessage()));
                    }
                }).get(10, TimeUnit.SECONDS);
    }

    public void subscribeTo(String destination) {
        session.subscribe(destination, new Frames());
    }

    public void send(long chatId, String text, String clientRef) {
        session.send("/app/chat/" + chatId + "/send", Map.of("text", text, "clientRef", clientRef));
    }

    public void disconnect() {
        if (session != null && session.isConnected()) {
            session.disconnect();
        }
    }

    /** Asks the server for every message after the last one this party holds. */
    @SuppressWarnings("unchecked")
    public void catchUp(long chatId) {
        long after = messages.isEmpty() ? 0 : messages.lastKey();
        HttpResponse<String> response = call("GET", messagesPath + chatId + "/messages?after="
                + after, null);
        if (response.statusCode() != 200) {
            throw new AssertionError("catch-up answered " + response.statusCode());
        }
        for (Object line : (List<Object>) parse(response.body())) {
            keep((Map<String, Object>) line);
        }
    }

    /** Waits until this party holds a message with this text; true if it came. */
    public boolean awaitText(String text, Duration patience) throws InterruptedException {
        long until = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < until) {
            if (texts().contains(text)) {
                return true;
            }
            frames.poll(100, TimeUnit.MILLISECONDS);
        }
        return texts().contains(text);
    }

    public List<String> texts() {
        return messages.values().stream().map(m -> String.valueOf(m.get("body"))).toList();
    }

    public List<Map<String, Object>> messages() {
        return List.copyOf(messages.values());
    }

    /** Sequence numbers of every message frame delivered over STOMP, duplicates included. */
    public synchronized List<Long> deliveries() {
        return List.copyOf(deliveries);
    }

    public List<Map<String, Object>> frames() {
        return List.copyOf(frames);
    }

    private void keep(Map<String, Object> line) {
        messages.putIfAbsent(((Number) line.get("seq")).longValue(), line);
    }

    @Override
    public void close() {
        disconnect();
    }

    private final class Frames implements StompFrameHandler {

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return Map.class;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void handleFrame(StompHeaders headers, Object payload) {
            Map<String, Object> frame = (Map<String, Object>) payload;
            if ("message".equals(frame.get("type"))) {
                Map<String, Object> line = (Map<String, Object>) frame.get("message");
                synchronized (ChatParty.this) {
                    deliveries.add(((Number) line.get("seq")).longValue());
                }
                keep(line);
            }
            frames.add(frame);
        }
    }
}
