package org.portico.messaging.internal.chat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.portico.cases.CaseAttachments;
import org.portico.cases.CaseAttachments.Typed;
import org.portico.cases.CaseAttachments.Upload;
import org.portico.identity.PorticoUser;
import org.portico.knowledge.ArticleSuggestion;
import org.portico.knowledge.KnowledgeSuggestions;
import org.portico.knowledge.SuggestionThreshold;
import org.portico.platform.NotFoundException;
import org.portico.sites.Sites;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The widget's side of a chat under {@code /api/v1/chat}. A visitor proves the chat is theirs
 * with the secret token their browser made ({@code X-Chat-Token}); a signed-in customer with
 * their session.
 */
@RestController
class CustomerChatApi {

    static final String TOKEN = "X-Chat-Token";

    private final ChatConversations conversations;
    private final ChatCases chatCases;
    private final ChatFiles files;
    private final ChatOrigins origins;
    private final KnowledgeSuggestions knowledge;
    private final ChatDeflectionSignals signals;
    private final ChatWidgetTexts widgetTexts;
    private final ChatProperties properties;
    private final Sites sites;

    CustomerChatApi(ChatConversations conversations, ChatCases chatCases, ChatFiles files,
            ChatOrigins origins,
            KnowledgeSuggestions knowledge, ChatDeflectionSignals signals,
            ChatWidgetTexts widgetTexts, ChatProperties properties, Sites sites) {
        this.conversations = conversations;
        this.chatCases = chatCases;
        this.files = files;
        this.origins = origins;
        this.knowledge = knowledge;
        this.signals = signals;
        this.widgetTexts = widgetTexts;
        this.properties = properties;
        this.sites = sites;
    }

    @GetMapping("/api/v1/chat/config")
    Map<String, Object> config(@AuthenticationPrincipal PorticoUser user,
            @RequestParam("site") String site, Locale locale) {
        sites.find(site).orElseThrow(() -> new NotFoundException("site " + site));
        Map<String, Object> config = new LinkedHashMap<>();
        boolean customer = user != null && !ChatAccess.isStaff(user);
        config.put("signedIn", customer);
        config.put("name", customer ? user.displayName() : null);
        config.put("open", conversations.isOpenNow());
        config.put("maxLength", properties.maxLength());
        config.put("maxFileMegabytes", files.maxMegabytes());
        config.put("language", locale.getLanguage());
        config.put("texts", widgetTexts.texts(locale));
        return config;
    }

    @GetMapping("/api/v1/chat/suggestions")
    List<ArticleSuggestion> suggestions(@AuthenticationPrincipal PorticoUser user,
            @RequestHeader(name = TOKEN, required = false) String token,
            @RequestParam("site") String site,
            @RequestParam(name = "q", defaultValue = "") String q, Locale locale) {
        String text = (q.length() > 300 ? q.substring(0, 300) : q).strip();
        List<ArticleSuggestion> found = !SuggestionThreshold.reached(text) ? List.of()
                : knowledge.suggestWithAnswers(site, text, locale, 3, 2);
        if (!found.isEmpty()) {
            signals.suggestionsShown(site, viewer(user, token), found);
        }
        return found;
    }

    @PostMapping("/api/v1/chat/suggestions/opened")
    void suggestionOpened(@AuthenticationPrincipal PorticoUser user,
            @RequestHeader(name = TOKEN, required = false) String token,
            @RequestBody Map<String, String> body) {
        signals.suggestionOpened(body.get("site"), viewer(user, token), body.get("url"));
    }

    /** "This answered my question" in the pre-chat form; no chat starts. */
    @PostMapping("/api/v1/chat/suggestions/answered")
    void suggestionAnswered(@AuthenticationPrincipal PorticoUser user,
            @RequestHeader(name = TOKEN, required = false) String token,
            @RequestBody Map<String, String> body) {
        signals.suggestionAnswered(body.get("site"), viewer(user, token), body.get("url"));
    }

    @PostMapping("/api/v1/chat/chats")
    ChatView start(@AuthenticationPrincipal PorticoUser user,
            @RequestHeader(name = TOKEN, required = false) String token,
            @RequestHeader(name = HttpHeaders.ORIGIN, required = false) String origin,
            @RequestHeader(name = HttpHeaders.HOST, required = false) String host,
            @RequestBody StartChat request, Locale locale) {
        origins.check(request.site(), origin, host);
        return conversations.start(request, viewer(user, token), locale);
    }

    @GetMapping("/api/v1/chat/chats/{id}")
    ChatView view(@AuthenticationPrincipal PorticoUser user,
            @RequestHeader(name = TOKEN, required = false) String token,
            @PathVariable("id") long id) {
        return conversations.view(id, viewer(user, token));
    }

    @GetMapping("/api/v1/chat/chats/{id}/messages")
    List<ChatLine> messages(@AuthenticationPrincipal PorticoUser user,
            @RequestHeader(name = TOKEN, required = false) String token,
            @PathVariable("id") long id,
            @RequestParam(name = "after", defaultValue = "0") long after) {
        return conversations.linesAfter(id, viewer(user, token), after);
    }

    @PostMapping("/api/v1/chat/chats/{id}/messages")
    ChatLine write(@AuthenticationPrincipal PorticoUser user,
            @RequestHeader(name = TOKEN, required = false) String token,
            @PathVariable("id") long id, @RequestBody Written message) {
        return conversations.write(id, viewer(user, token), message.text(), message.clientRef());
    }

    /**
     * A file sent by the customer. The token header is required even for a signed-in customer:
     * a foreign page cannot send it without passing the CORS check, which a plain form post
     * would skip.
     */
    @PostMapping(path = "/api/v1/chat/chats/{id}/files",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ChatLine sendFile(@AuthenticationPrincipal PorticoUser user,
            @RequestHeader(name = TOKEN) String token, @PathVariable("id") long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "clientRef", required = false) String clientRef)
            throws IOException {
        return files.sendByCustomer(id, viewer(user, token), upload(file), clientRef);
    }

    @GetMapping("/api/v1/chat/chats/{id}/files/{file}")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal PorticoUser user,
            @RequestHeader(name = TOKEN, required = false) String token,
            @PathVariable("id") long id, @PathVariable("file") long file) {
        return download(files.forCustomer(id, viewer(user, token), file));
    }

    @PostMapping("/api/v1/chat/chats/{id}/person")
    ChatView askForPerson(@AuthenticationPrincipal PorticoUser user,
            @RequestHeader(name = TOKEN, required = false) String token,
            @PathVariable("id") long id) {
        conversations.askForPerson(id, viewer(user, token));
        return conversations.view(id, viewer(user, token));
    }

    @PostMapping("/api/v1/chat/chats/{id}/helpful")
    void helpful(@AuthenticationPrincipal PorticoUser user,
            @RequestHeader(name = TOKEN, required = false) String token,
            @PathVariable("id") long id, @RequestBody Map<String, Object> body) {
        conversations.helpful(id, viewer(user, token), number(body.get("seq")),
                Boolean.TRUE.equals(body.get("helpful")));
    }

    @PostMapping("/api/v1/chat/chats/{id}/read")
    void read(@AuthenticationPrincipal PorticoUser user,
            @RequestHeader(name = TOKEN, required = false) String token,
            @PathVariable("id") long id, @RequestBody Map<String, Object> body) {
        conversations.read(id, viewer(user, token), number(body.get("seq")));
    }

    @PostMapping("/api/v1/chat/chats/{id}/end")
    ChatView end(@AuthenticationPrincipal PorticoUser user,
            @RequestHeader(name = TOKEN, required = false) String token,
            @PathVariable("id") long id) {
        conversations.end(id, viewer(user, token));
        return conversations.view(id, viewer(user, token));
    }

    @PostMapping("/api/v1/chat/chats/{id}/rating")
    ChatView rate(@AuthenticationPrincipal PorticoUser user,
            @RequestHeader(name = TOKEN, required = false) String token,
            @PathVariable("id") long id, @RequestBody Map<String, Object> body) {
        conversations.rate(id, viewer(user, token), (int) number(body.get("score")));
        return conversations.view(id, viewer(user, token));
    }

    @PostMapping("/api/v1/chat/chats/{id}/transcript")
    Map<String, Object> mailTranscript(@AuthenticationPrincipal PorticoUser user,
            @RequestHeader(name = TOKEN, required = false) String token,
            @PathVariable("id") long id) {
        chatCases.mailTranscript(id, viewer(user, token));
        return Map.of("sent", true);
    }

    @PostMapping("/api/v1/chat/chats/{id}/leave-message")
    Map<String, Object> leaveMessage(@AuthenticationPrincipal PorticoUser user,
            @RequestHeader(name = TOKEN, required = false) String token,
            @PathVariable("id") long id, @RequestBody Written message) {
        String number = chatCases.leaveMessage(id, viewer(user, token), message.text());
        return Map.of("caseNumber", number);
    }

    static Upload upload(MultipartFile file) throws IOException {
        return file == null ? null : new Upload(file.getOriginalFilename(), file.getBytes());
    }

    static ResponseEntity<byte[]> download(Typed file) {
        return CaseAttachments.download(file.fileName(), file.contentType(), file.content());
    }

    static ChatViewer viewer(PorticoUser user, String token) {
        return new ChatViewer(user != null && !ChatAccess.isStaff(user) ? user : null, token);
    }

    /** A whole number from JSON: {@code 4.5} or {@code "4"} is refused, not rounded. */
    private static long number(Object value) {
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.longValue();
        }
        throw new ChatRefused("chat.refused.number");
    }

    /**
     * A message as the widget sends it.
     *
     * @param clientRef the widget's own id for the message, so a resend is stored once
     */
    record Written(String text, String clientRef) {
    }
}
