package org.portico.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.cases.CaseAttachments;
import org.portico.cases.CaseDesk;
import org.portico.cases.CaseMessage;
import org.portico.cases.CasePeople;
import org.portico.cases.CaseQueues;
import org.portico.cases.CaseView;
import org.portico.cases.Cases;
import org.portico.cases.NewCase;
import org.portico.cases.Visibility;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Files in a chat follow the rules of case attachments, and a chat can join a case: a new one
 * or one of the customer's open cases.
 */
@PorticoIntegrationTest
class ChatAttachmentsIntegrationTests {

    private static final byte[] PAGE = "<html><script>alert(1)</script></html>"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] PDF = "%PDF-1.4 a small statement"
            .getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Autowired
    CaseDesk caseDesk;

    @Autowired
    CaseAttachments caseAttachments;

    @Autowired
    CaseQueues queues;

    @Autowired
    MockMvc mvc;

    CasePeople people;
    PorticoUser agent;
    ChatParty agentSide;

    @BeforeEach
    void setUp() {
        people = new CasePeople(directory);
        agent = people.user("Fay Files", Role.AGENT, null);
        agentSide = ChatParty.signedIn(port, agent.email(), CasePeople.PASSWORD, true);
        agentSide.ok("PUT", "/api/v1/chat/desk/status", Map.of("status", "AVAILABLE"));
    }

    @AfterEach
    void tearDown() {
        agentSide.ok("PUT", "/api/v1/chat/desk/status", Map.of("status", "AWAY"));
        agentSide.close();
    }

    private long chatWithAgent(ChatParty visitor, String name) {
        long chat = visitor.start("help", name, name.replace(' ', '.').toLowerCase()
                + "@example.com", "talk to a person");
        agentSide.ok("POST", "/api/v1/chat/agent/chats/" + chat + "/accept", null);
        return chat;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fileOf(HttpResponse<String> sent) {
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        return (Map<String, Object>) ((Map<String, Object>) ChatParty.parse(sent.body()))
                .get("file");
    }

    @Test
    void filesAreTypedFromTheirBytesAndOnlyEverOfferedForDownload() {
        ChatParty visitor = ChatParty.visitor(port);
        long chat = chatWithAgent(visitor, "Pia Page");

        Map<String, Object> page = fileOf(visitor.upload("/api/v1/chat/chats/" + chat
                + "/files", "invoice.html", PAGE, "up-1"));
        Map<String, Object> pdf = fileOf(agentSide.upload("/api/v1/chat/agent/chats/" + chat
                + "/files", "statement.pdf", PDF, "up-2"));

        assertThat(page.get("contentType")).isEqualTo("application/octet-stream");
        assertThat(pdf.get("contentType")).isEqualTo("application/pdf");
        HttpResponse<byte[]> byAgent = agentSide.download("/api/v1/chat/agent/chats/" + chat
                + "/files/" + page.get("id"));
        assertThat(byAgent.statusCode()).isEqualTo(200);
        assertThat(byAgent.body()).isEqualTo(PAGE);
        assertThat(byAgent.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(byAgent.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("invoice.html");
        assertThat(byAgent.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/octet-stream");
        HttpResponse<byte[]> byVisitor = visitor.download("/api/v1/chat/chats/" + chat
                + "/files/" + pdf.get("id"));
        assertThat(byVisitor.body()).isEqualTo(PDF);
        assertThat(byVisitor.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment");
        visitor.catchUp(chat);
        assertThat(visitor.texts()).contains("invoice.html", "statement.pdf");
    }

    @Test
    void nobodyOutsideTheChatFindsItsFilesNotEvenTheAgentWhoPassedItOn() {
        PorticoUser second = people.user("Gus Second", Role.AGENT, null);
        ChatParty visitor = ChatParty.visitor(port);
        long chat = chatWithAgent(visitor, "Ona Owner");
        Object id = fileOf(visitor.upload("/api/v1/chat/chats/" + chat + "/files", "id.pdf",
                PDF, "up-1")).get("id");
        String customerPath = "/api/v1/chat/chats/" + chat + "/files/" + id;
        String staffPath = "/api/v1/chat/agent/chats/" + chat + "/files/" + id;

        agentSide.ok("POST", "/api/v1/chat/agent/chats/" + chat + "/transfer",
                Map.of("agentId", second.id()));

        assertThat(ChatParty.visitor(port).download(customerPath).statusCode()).isEqualTo(404);
        assertThat(ChatParty.visitor(port).openAsBrowser(customerPath).statusCode())
                .isEqualTo(404);
        assertThat(agentSide.download(staffPath).statusCode()).isEqualTo(404);
        assertThat(agentSide.openAsBrowser(staffPath).statusCode()).isEqualTo(404);
        PorticoUser customer = people.customer("Stranger Sam");
        assertThat(ChatParty.signedIn(port, customer.email(), CasePeople.PASSWORD, false)
                .download(customerPath).statusCode()).isEqualTo(404);
        assertThat(ChatParty.signedIn(port, second.email(), CasePeople.PASSWORD, true)
                .download(staffPath).statusCode()).isEqualTo(200);
        assertThat(visitor.download(customerPath).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAFileOverTheLimitWithAClearMessage() {
        ChatParty visitor = ChatParty.visitor(port);
        long chat = chatWithAgent(visitor, "Big Bertha");
        byte[] tooLarge = new byte[(int) caseAttachments.maxBytes() + 1];

        HttpResponse<String> sent = visitor.upload("/api/v1/chat/chats/" + chat + "/files",
                "scan.tiff", tooLarge, "big");

        assertThat(sent.statusCode()).isEqualTo(400);
        assertThat(sent.body()).contains("scan.tiff is too large")
                .contains(caseAttachments.maxBytes() / (1024 * 1024) + " MB");
        HttpResponse<String> empty = visitor.upload("/api/v1/chat/chats/" + chat + "/files",
                "nothing.txt", new byte[0], "empty");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Please choose a file.");
    }

    @Test
    void aChatTurnedIntoACaseTakesItsFilesAndMentionsThemInTheTranscript() {
        ChatParty visitor = ChatParty.visitor(port);
        long chat = chatWithAgent(visitor, "Cara Carried");
        visitor.upload("/api/v1/chat/chats/" + chat + "/files", "receipt.pdf", PDF, "up-1");

        String number = (String) agentSide.ok("POST", "/api/v1/chat/agent/chats/" + chat
                + "/case", null).get("caseNumber");

        assertThat(caseAttachments.list(agent, number))
                .extracting(CaseAttachments.Attachment::fileName).containsExactly("receipt.pdf");
        assertThat(caseDesk.read(number).supportCase().description())
                .contains("receipt.pdf [file sent]");
    }

    @Test
    void attachesTheChatToAnOpenCaseOfItsCustomerOnly() {
        PorticoUser customer = people.customer("Alma Attach");
        PorticoUser other = people.customer("Otto Other");
        CaseView own = cases.open(customer, new NewCase("help", "Export still fails",
                "The export stops.", "budgets"));
        CaseView foreign = cases.open(other, new NewCase("help", "Not Alma's", "Other.",
                "taxes"));
        ChatParty visitor = ChatParty.visitor(port);
        long chat = visitor.start("help", "Alma Attach", customer.email(), "talk to a person");
        agentSide.ok("POST", "/api/v1/chat/agent/chats/" + chat + "/accept", null);
        visitor.ok("POST", "/api/v1/chat/chats/" + chat + "/messages",
                Map.of("text", "It fails at 50 percent", "clientRef", "m1"));
        visitor.upload("/api/v1/chat/chats/" + chat + "/files", "log.txt",
                "export failed".getBytes(StandardCharsets.UTF_8), "up-1");
        String path = "/api/v1/chat/agent/chats/" + chat;

        String offered = agentSide.call("GET", path + "/cases", null).body();
        HttpResponse<String> refused = agentSide.call("POST", path + "/attach",
                Map.of("caseNumber", foreign.number()));
        agentSide.ok("POST", path + "/attach", Map.of("caseNumber", own.number()));

        assertThat(offered).contains(own.number()).doesNotContain(foreign.number());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("not an open case of this customer");
        List<CaseMessage> notes = caseDesk.read(own.number()).messages();
        assertThat(notes).anySatisfy(note -> {
            assertThat(note.visibility()).isEqualTo(Visibility.INTERNAL);
            assertThat(note.body()).contains("It fails at 50 percent", "log.txt [file sent]");
        });
        assertThat(caseAttachments.list(agent, own.number()))
                .extracting(CaseAttachments.Attachment::fileName).containsExactly("log.txt");
        assertThat(caseDesk.read(foreign.number()).messages())
                .noneSatisfy(note -> assertThat(note.body()).contains("50 percent"));
        assertThat(visitor.ok("GET", "/api/v1/chat/chats/" + chat, null).get("caseNumber"))
                .isEqualTo(own.number());
    }

    @Test
    void offersAndAttachesOnlyCasesInsideTheAgentsSites() {
        queues.setSites(agent.id(), List.of("help"));
        PorticoUser contact = people.user("Bo Business", Role.BUSINESS_MEMBER,
                people.businessAccount("Scoped Chat Ltd"));
        CaseView help = cases.open(contact, new NewCase("help", "Budget view", "Help side.",
                "budgets"));
        CaseView business = cases.open(contact, new NewCase("business", "Payroll run",
                "Business side.", "payroll"));
        ChatParty visitor = ChatParty.visitor(port);
        long chat = visitor.start("help", "Bo Business", contact.email(), "talk to a person");
        agentSide.ok("POST", "/api/v1/chat/agent/chats/" + chat + "/accept", null);
        String path = "/api/v1/chat/agent/chats/" + chat;

        String offered = agentSide.call("GET", path + "/cases", null).body();
        HttpResponse<String> refused = agentSide.call("POST", path + "/attach",
                Map.of("caseNumber", business.number()));

        assertThat(offered).contains(help.number()).doesNotContain(business.number());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(caseDesk.read(business.number()).messages())
                .noneSatisfy(note -> assertThat(note.body()).contains("talk to a person"));
        queues.setSites(agent.id(), List.of());
    }

    @Test
    void theConsoleOffersTheCustomersOpenCasesAndAttachesTheChat() throws Exception {
        PorticoUser customer = people.customer("Cleo Console");
        CaseView own = cases.open(customer, new NewCase("help", "Refund pending",
                "Where is my refund?", "budgets"));
        CaseView foreign = cases.open(people.customer("Fred Foreign"), new NewCase("help",
                "Another refund", "Not Cleo's.", "budgets"));
        ChatParty visitor = ChatParty.visitor(port);
        long chat = visitor.start("help", "Cleo Console", customer.email(), "talk to a person");
        agentSide.ok("POST", "/api/v1/chat/agent/chats/" + chat + "/accept", null);

        mvc.perform(get("/console/chats/" + chat).with(as(agent)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">With an agent</span>")))
                .andExpect(content().string(containsString("id=\"attach-case\"")))
                .andExpect(content().string(containsString(own.number())))
                .andExpect(content().string(not(containsString(foreign.number()))));
        mvc.perform(post("/console/chats/" + chat + "/attach").with(as(agent)).with(csrf())
                        .param("caseNumber", foreign.number()))
                .andExpect(redirectedUrl("/console/chats/" + chat + "?notTheirs"));
        mvc.perform(post("/console/chats/" + chat + "/attach").with(as(agent)).with(csrf())
                        .param("caseNumber", own.number()))
                .andExpect(redirectedUrl("/console/chats/" + chat + "?attached=" + own.number()));

        mvc.perform(get("/console/chats/" + chat).with(as(agent)))
                .andExpect(content().string(containsString("/console/cases/" + own.number())))
                .andExpect(content().string(not(containsString("id=\"attach-case\""))));
    }
}
