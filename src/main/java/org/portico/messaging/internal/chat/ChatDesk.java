package org.portico.messaging.internal.chat;

import java.time.Clock;
import java.util.List;

import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.StaffMember;
import org.portico.messaging.ChatAccepted;
import org.portico.messaging.ChatTransferred;
import org.portico.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A chat from the agent's side: offers, accepting and declining, writing, passing a chat on to
 * another agent or queue, ending it.
 */
@Service
class ChatDesk {

    private static final Logger log = LoggerFactory.getLogger(ChatDesk.class);

    private final ChatStore store;
    private final ChatMessages messages;
    private final ChatAccess access;
    private final ChatRouting routing;
    private final ChatConversations conversations;
    private final ChatTexts texts;
    private final ChatBroadcaster broadcaster;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final ChatProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ChatDesk(ChatStore store, ChatMessages messages, ChatAccess access, ChatRouting routing,
            ChatConversations conversations, ChatTexts texts, ChatBroadcaster broadcaster,
            Directory directory, ApplicationEventPublisher events, ChatProperties properties,
            Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.messages = messages;
        this.access = access;
        this.routing = routing;
        this.conversations = conversations;
        this.texts = texts;
        this.broadcaster = broadcaster;
        this.directory = directory;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    AgentDeskView deskOf(PorticoUser agent) {
        requireStaff(agent);
        return new AgentDeskView(routing.agent(agent.id(), agent.displayName()),
                store.offeredTo(agent.id()), store.ownedBy(agent.id()), store.waiting(),
                queues());
    }

    void setStatus(PorticoUser agent, AgentStatus status, Integer maxChats, String queues) {
        requireStaff(agent);
        if (status == null) {
            throw new ChatRefused("chat.refused.status");
        }
        routing.setStatus(agent.id(), status, maxChats, queues);
        log.info("Agent {} is {} for chats", agent.id(), status);
        routing.route();
    }

    Chat read(long chatId, PorticoUser agent) {
        return access.readableByStaff(chatId, agent);
    }

    List<ChatLine> linesAfter(long chatId, PorticoUser agent, long after) {
        access.readableByStaff(chatId, agent);
        return store.linesAfter(chatId, after, 500);
    }

    /** The agent takes a chat offered to them, or one waiting in the queue for nobody. */
    void accept(long chatId, PorticoUser agent) {
        requireStaff(agent);
        transaction.executeWithoutResult(tx -> {
            Chat chat = store.lock(chatId).orElseThrow(() -> new NotFoundException("chat"));
            boolean offeredElsewhere = chat.offeredTo() != null && chat.offeredTo() != agent.id();
            if (chat.status() != ChatStatus.WAITING || offeredElsewhere) {
                throw new ChatRefused("chat.refused.taken");
            }
            store.giveTo(chatId, agent.id());
            messages.say(chatId, Author.SYSTEM, null, NewLine.text(
                    texts.get(chat, "chat.system.joined", agent.displayName()), null));
            events.publishEvent(new ChatAccepted(chatId, agent.id(), clock.instant()));
            broadcaster.status(chatId, ChatStatus.ACTIVE);
        });
        log.info("Agent {} accepted chat {}", agent.id(), chatId);
    }

    void decline(long chatId, PorticoUser agent) {
        requireStaff(agent);
        transaction.executeWithoutResult(tx -> {
            Chat chat = store.lock(chatId).orElseThrow(() -> new NotFoundException("chat"));
            if (chat.offeredTo() != null && chat.offeredTo() == agent.id()) {
                store.decline(chatId, agent.id());
                store.withdrawOffer(chatId);
            }
        });
        routing.route();
    }

    ChatLine write(long chatId, PorticoUser agent, String text, String clientRef) {
        access.ownedBy(chatId, agent);
        return messages.write(chatId, Author.AGENT, agent.id(), agent.displayName(), text,
                clientRef).line();
    }

    void typing(long chatId, PorticoUser agent) {
        access.ownedBy(chatId, agent);
        broadcaster.typing(chatId, Author.AGENT);
    }

    void read(long chatId, PorticoUser agent, long seq) {
        Chat chat = access.readableByStaff(chatId, agent);
        if (ChatAccess.isOwner(chat, agent)) {
            store.markRead(chatId, false, seq);
            broadcaster.read(chatId, Author.AGENT, seq);
        }
    }

    /** Passes the chat to another agent, who owns it at once; the sender loses access. */
    void transferToAgent(long chatId, PorticoUser agent, long toUserId) {
        Chat chat = access.ownedBy(chatId, agent);
        StaffMember target = directory.caseWorkers().stream().filter(s -> s.id() == toUserId)
                .findFirst().orElseThrow(() -> new ChatRefused("chat.refused.no-such-agent"));
        transaction.executeWithoutResult(tx -> {
            store.lock(chatId);
            store.giveTo(chatId, toUserId);
            messages.say(chatId, Author.SYSTEM, null, NewLine.text(
                    texts.get(chat, "chat.system.transferred", target.displayName()), null));
            events.publishEvent(new ChatTransferred(chatId, agent.id(), toUserId,
                    chat.queueName(), clock.instant()));
            broadcaster.agentNotice(toUserId, "transfer", chatId);
        });
        log.info("Chat {} passed from agent {} to agent {}", chatId, agent.id(), toUserId);
    }

    /** Puts the chat back in a queue, where it waits for the next agent of that queue. */
    void transferToQueue(long chatId, PorticoUser agent, String queue) {
        Chat chat = access.ownedBy(chatId, agent);
        if (!queues().contains(queue)) {
            throw new ChatRefused("chat.refused.no-such-queue");
        }
        transaction.executeWithoutResult(tx -> {
            store.lock(chatId);
            store.waitForPerson(chatId, queue, null, clock.instant());
            store.decline(chatId, agent.id());
            events.publishEvent(new ChatTransferred(chatId, agent.id(), null, queue,
                    clock.instant()));
            broadcaster.status(chatId, ChatStatus.WAITING);
        });
        log.info("Chat {} passed from agent {} to queue {}", chatId, agent.id(), queue);
        routing.route();
        conversations.tellWait(store.find(chatId).orElseThrow());
    }

    void end(long chatId, PorticoUser agent) {
        conversations.end(access.ownedBy(chatId, agent));
    }

    List<String> queues() {
        return properties.queues();
    }

    private static void requireStaff(PorticoUser user) {
        if (!ChatAccess.isStaff(user)) {
            throw new AccessDeniedException("Chats are for agents");
        }
    }
}
