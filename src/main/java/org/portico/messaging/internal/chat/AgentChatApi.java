package org.portico.messaging.internal.chat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.portico.identity.PorticoUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The agent's side of chats under {@code /api/v1/chat/desk} and {@code /api/v1/chat/agent}.
 */
@RestController
class AgentChatApi {

    private final ChatDesk desk;
    private final ChatCases chatCases;
    private final ChatBoard board;
    private final ChatFiles files;

    AgentChatApi(ChatDesk desk, ChatCases chatCases, ChatBoard board, ChatFiles files) {
        this.desk = desk;
        this.chatCases = chatCases;
        this.board = board;
        this.files = files;
    }

    @GetMapping("/api/v1/chat/desk")
    AgentDeskView desk(@AuthenticationPrincipal PorticoUser agent) {
        return desk.deskOf(agent);
    }

    @PutMapping("/api/v1/chat/desk/status")
    AgentDeskView status(@AuthenticationPrincipal PorticoUser agent,
            @RequestBody StatusChange change) {
        desk.setStatus(agent, change.status(), change.maxChats(), change.queues());
        return desk.deskOf(agent);
    }

    @GetMapping("/api/v1/chat/board")
    ChatBoard.Figures board(@AuthenticationPrincipal PorticoUser supervisor) {
        return board.figures(supervisor);
    }

    @PostMapping("/api/v1/chat/agent/chats/{id}/accept")
    void accept(@AuthenticationPrincipal PorticoUser agent, @PathVariable("id") long id) {
        desk.accept(id, agent);
    }

    @PostMapping("/api/v1/chat/agent/chats/{id}/decline")
    void decline(@AuthenticationPrincipal PorticoUser agent, @PathVariable("id") long id) {
        desk.decline(id, agent);
    }

    @GetMapping("/api/v1/chat/agent/chats/{id}/messages")
    List<ChatLine> messages(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("id") long id,
            @RequestParam(name = "after", defaultValue = "0") long after) {
        return desk.linesAfter(id, agent, after);
    }

    @PostMapping("/api/v1/chat/agent/chats/{id}/messages")
    ChatLine write(@AuthenticationPrincipal PorticoUser agent, @PathVariable("id") long id,
            @RequestBody CustomerChatApi.Written message) {
        return desk.write(id, agent, message.text(), message.clientRef());
    }

    /**
     * A file sent by the agent. {@code X-Requested-With} is required so that a plain form
     * posted from a foreign page (which cannot set it) never reaches here with the session.
     */
    @PostMapping(path = "/api/v1/chat/agent/chats/{id}/files",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ChatLine sendFile(@AuthenticationPrincipal PorticoUser agent, @PathVariable("id") long id,
            @RequestHeader(name = "X-Requested-With") String requestedWith,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "clientRef", required = false) String clientRef)
            throws IOException {
        return files.sendByAgent(id, agent, CustomerChatApi.upload(file), clientRef);
    }

    @GetMapping("/api/v1/chat/agent/chats/{id}/files/{file}")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("id") long id, @PathVariable("file") long file) {
        return CustomerChatApi.download(files.forStaff(id, agent, file));
    }

    @PostMapping("/api/v1/chat/agent/chats/{id}/read")
    void read(@AuthenticationPrincipal PorticoUser agent, @PathVariable("id") long id,
            @RequestBody Map<String, Long> body) {
        desk.read(id, agent, body.getOrDefault("seq", 0L));
    }

    @PostMapping("/api/v1/chat/agent/chats/{id}/transfer")
    void transfer(@AuthenticationPrincipal PorticoUser agent, @PathVariable("id") long id,
            @RequestBody Transfer transfer) {
        if (transfer.agentId() != null) {
            desk.transferToAgent(id, agent, transfer.agentId());
        } else {
            desk.transferToQueue(id, agent, transfer.queue());
        }
    }

    @PostMapping("/api/v1/chat/agent/chats/{id}/end")
    void end(@AuthenticationPrincipal PorticoUser agent, @PathVariable("id") long id) {
        desk.end(id, agent);
    }

    @PostMapping("/api/v1/chat/agent/chats/{id}/case")
    Map<String, String> turnIntoCase(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("id") long id) {
        return Map.of("caseNumber", chatCases.turnIntoCase(id, agent));
    }

    @GetMapping("/api/v1/chat/agent/chats/{id}/cases")
    List<Map<String, String>> casesToAttach(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("id") long id) {
        return chatCases.casesToAttach(id, agent).stream().map(c -> Map.of("number",
                c.number(), "subject", c.subject(), "status", c.status().name())).toList();
    }

    @PostMapping("/api/v1/chat/agent/chats/{id}/attach")
    Map<String, String> attachToCase(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("id") long id, @RequestBody Map<String, String> body) {
        String number = body.getOrDefault("caseNumber", "");
        chatCases.attachToCase(id, agent, number);
        return Map.of("caseNumber", number);
    }

    /**
     * An agent's chat settings.
     *
     * @param queues comma-separated queues served, empty for all
     */
    record StatusChange(AgentStatus status, Integer maxChats, String queues) {
    }

    /** Where a chat goes: an agent ({@code agentId}) or else a queue. */
    record Transfer(Long agentId, String queue) {
    }
}
