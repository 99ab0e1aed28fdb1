package org.portico.messaging.internal.chat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.portico.cases.CaseAttachments;
import org.portico.cases.CaseDesk;
import org.portico.cases.CaseView;
import org.portico.cases.Cases;
import org.portico.cases.NewCase;
import org.portico.cases.Visibility;
import org.portico.identity.Directory;
import org.portico.identity.NewUser;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.messaging.ChatAttachedToCase;
import org.portico.messaging.ChatTurnedIntoCase;
import org.portico.platform.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transcripts: mailed to the customer on request, and carried into a case when a customer
 * leaves a message or an agent turns the chat into a case. A visitor who leaves a message
 * becomes a customer without a password (they can set one with "forgot password").
 */
@Service
class ChatCases {

    static final int TRANSCRIPT_LIMIT = 9_000;
    private static final int CASES_OFFERED = 20;
    private static final Logger log = LoggerFactory.getLogger(ChatCases.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private final ChatStore store;
    private final ChatAccess access;
    private final ChatMessages messages;
    private final ChatConversations conversations;
    private final ChatTexts texts;
    private final Cases cases;
    private final CaseDesk caseDesk;
    private final CaseAttachments attachments;
    private final ChatFiles files;
    private final Directory directory;
    private final Mailer mailer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChatCases(ChatStore store, ChatAccess access, ChatMessages messages,
            ChatConversations conversations, ChatTexts texts, Cases cases, CaseDesk caseDesk,
            CaseAttachments attachments, ChatFiles files, Directory directory, Mailer mailer,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.access = access;
        this.messages = messages;
        this.conversations = conversations;
        this.texts = texts;
        this.cases = cases;
        this.caseDesk = caseDesk;
        this.attachments = attachments;
        this.files = files;
        this.directory = directory;
        this.mailer = mailer;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Mails the transcript to the customer's address on file, once for each state of the chat:
     * asking again before anything new was written is refused.
     */
    void mailTranscript(long chatId, ChatViewer viewer) {
        Chat chat = access.customerChat(chatId, viewer);
        if (chat.customerEmail() == null) {
            throw new ChatRefused("chat.refused.email");
        }
        if (!store.claimTranscript(chat.id(), chat.lastSeq())) {
            throw new ChatRefused("chat.refused.transcript-sent");
        }
        mailer.send(chat.customerEmail(), texts.get(chat, "chat.transcript.subject", chat.id()),
                transcript(chat));
        log.info("Transcript of chat {} mailed to its customer", chatId);
    }

    /** The customer leaves a message for later: it becomes a case and the chat ends. */
    String leaveMessage(long chatId, ChatViewer viewer, String text) {
        Chat chat = access.customerChat(chatId, viewer);
        if (text != null && !text.isBlank()) {
            conversations.write(chatId, viewer, text, null);
        }
        String number = openCase(chat, texts.get(chat, "chat.case.subject.left", chat.id()));
        conversations.end(chat);
        return number;
    }

    /**
     * The customer's open cases the chat can be attached to, those the agent may work (an
     * agent limited to queues or sites sees only theirs); none for a visitor whose email
     * belongs to nobody yet.
     */
    List<CaseView> casesToAttach(long chatId, PorticoUser agent) {
        return knownCustomer(access.ownedBy(chatId, agent))
                .map(customer -> cases.openCasesOf(customer, null, CASES_OFFERED))
                .orElse(List.of()).stream()
                .filter(supportCase -> caseDesk.sees(agent, supportCase.number()))
                .toList();
    }

    /**
     * The agent who holds the chat adds it to one of the customer's open cases: the transcript
     * as an internal note, the files as attachments. A case of anyone else is refused.
     */
    void attachToCase(long chatId, PorticoUser agent, String number) {
        Chat chat = access.ownedBy(chatId, agent);
        boolean theirs = casesToAttach(chatId, agent).stream()
                .anyMatch(c -> c.number().equals(number));
        if (!theirs) {
            throw new ChatRefused("chat.refused.not-their-case");
        }
        caseDesk.reply(agent, number, transcript(store.find(chatId).orElseThrow()),
                Visibility.INTERNAL);
        attachments.attach(agent, number, files.uploadsOf(chatId));
        store.caseOpened(chatId, number);
        messages.say(chatId, Author.SYSTEM, null, NewLine.text(
                texts.get(chat, "chat.system.attached", number), null));
        events.publishEvent(new ChatAttachedToCase(chatId, number, clock.instant()));
        log.info("Chat {} was attached to case {}", chatId, number);
    }

    /** The agent who holds the chat turns it into a case. */
    String turnIntoCase(long chatId, PorticoUser agent) {
        Chat chat = access.ownedBy(chatId, agent);
        if (chat.caseNumber() != null) {
            return chat.caseNumber();
        }
        return openCase(chat, texts.get(chat, "chat.case.subject", chat.id()));
    }

    private String openCase(Chat chat, String subject) {
        PorticoUser requester = requester(chat);
        CaseView opened = cases.open(requester, new NewCase(chat.site(), subject,
                transcript(store.find(chat.id()).orElseThrow()), "account").from("CHAT"));
        attachments.attach(requester, opened.number(), files.uploadsOf(chat.id()));
        store.caseOpened(chat.id(), opened.number());
        messages.say(chat.id(), Author.SYSTEM, null, NewLine.text(
                texts.get(chat, "chat.system.case", opened.number()), null));
        events.publishEvent(new ChatTurnedIntoCase(chat.id(), opened.number(),
                clock.instant()));
        log.info("Chat {} became case {}", chat.id(), opened.number());
        return opened.number();
    }

    @Transactional
    PorticoUser requester(Chat chat) {
        Long userId = chat.customerUserId() != null ? chat.customerUserId()
                : directory.userIdByEmail(chat.customerEmail()).orElseGet(() -> newCustomer(chat));
        return customer(userId).orElseThrow(() -> new ChatRefused("chat.refused.no-customer"));
    }

    /**
     * The signed-in customer of the chat, or for a visitor the customer with the email they
     * gave (the same person a message they leave is filed under).
     */
    private Optional<PorticoUser> knownCustomer(Chat chat) {
        Optional<Long> userId = chat.customerUserId() != null
                ? Optional.of(chat.customerUserId())
                : directory.userIdByEmail(chat.customerEmail());
        return userId.flatMap(this::customer);
    }

    private Optional<PorticoUser> customer(long userId) {
        return directory.customer(userId).map(customer -> new PorticoUser(customer.userId(),
                customer.email(), customer.name(), Role.CUSTOMER, customer.accountId(),
                customer.locale(), null));
    }

    private long newCustomer(Chat chat) {
        long account = directory.createAccount(chat.customerName(), "PERSON",
                LocalDate.now(clock));
        return directory.createUser(new NewUser(chat.customerEmail(), chat.customerName(),
                Role.CUSTOMER, account, null, chat.language().getLanguage(), "UTC", null));
    }

    String transcript(Chat chat) {
        StringBuilder text = new StringBuilder(texts.get(chat, "chat.transcript.heading",
                chat.id(), chat.site(), TIME.format(chat.startedAt()))).append("\n\n");
        List<ChatLine> lines = store.linesAfter(chat.id(), 0, 500);
        for (ChatLine line : lines) {
            text.append('[').append(TIME.format(line.postedAt())).append("] ")
                    .append(speaker(chat, line)).append(": ").append(line.body());
            if (line.file() != null) {
                text.append(" [").append(texts.get(chat, "chat.transcript.file")).append(']');
            }
            if (line.linkUrl() != null) {
                text.append(" (").append(line.linkTitle()).append(": ").append(line.linkUrl())
                        .append(')');
            }
            text.append('\n');
        }
        return text.length() > TRANSCRIPT_LIMIT ? text.substring(0, TRANSCRIPT_LIMIT) + "…"
                : text.toString();
    }

    private String speaker(Chat chat, ChatLine line) {
        return switch (Author.valueOf(line.author())) {
            case CUSTOMER -> chat.customerName();
            case AGENT -> line.authorName();
            case BOT -> texts.get(chat, "chat.author.bot");
            case SYSTEM -> texts.get(chat, "chat.author.system");
        };
    }
}
