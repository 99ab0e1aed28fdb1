package org.portico.messaging.internal.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers waiting chats to agents: oldest chat first, to an available agent of its queue with a
 * free place, the least loaded first. An offer nobody answers within {@link #OFFER_TIMEOUT}
 * counts as declined. Offers are claimed by a conditional update, so nodes routing at the same
 * time never offer one chat twice.
 */
@Component
class ChatRouting {

    static final Duration OFFER_TIMEOUT = Duration.ofSeconds(45);

    private static final String LOAD = """
            (SELECT COUNT(*) FROM chat c WHERE (c.owner_id = a.user_id AND c.status = 'ACTIVE')
                OR (c.offered_to = a.user_id AND c.status = 'WAITING'))""";

    private final JdbcClient jdbc;
    private final ChatStore store;
    private final ChatBroadcaster broadcaster;
    private final ChatProperties properties;
    private final Clock clock;

    ChatRouting(JdbcClient jdbc, ChatStore store, ChatBroadcaster broadcaster,
            ChatProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.broadcaster = broadcaster;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 5_000, initialDelay = 5_000)
    @Transactional
    public void route() {
        Instant now = clock.instant();
        for (long[] stale : store.staleOffers(now.minus(OFFER_TIMEOUT))) {
            store.decline(stale[0], stale[1]);
            store.withdrawOffer(stale[0]);
        }
        if (!anyoneFree()) {
            return;
        }
        for (Chat chat : store.waiting()) {
            if (chat.offeredTo() == null) {
                pick(chat).filter(agent -> store.offer(chat.id(), agent, now))
                        .ifPresent(agent -> broadcaster.agentNotice(agent, "offer", chat.id()));
            }
        }
    }

    private boolean anyoneFree() {
        return jdbc.sql("SELECT COUNT(*) FROM chat_agent a WHERE a.status = 'AVAILABLE'"
                        + " AND a.max_chats > " + LOAD)
                .query(Long.class).single() > 0;
    }

    boolean anyoneAvailable() {
        return jdbc.sql("SELECT COUNT(*) FROM chat_agent WHERE status = 'AVAILABLE'")
                .query(Long.class).single() > 0;
    }

    ChatAgent agent(long userId, String name) {
        return jdbc.sql("SELECT a.status, a.max_chats, a.queues, " + LOAD
                        + " AS load FROM chat_agent a WHERE a.user_id = ?")
                .param(userId)
                .query((rs, n) -> new ChatAgent(userId, name,
                        AgentStatus.valueOf(rs.getString(1)), rs.getInt(2), rs.getString(3),
                        rs.getLong(4)))
                .optional()
                .orElse(new ChatAgent(userId, name, AgentStatus.AWAY,
                        properties.defaultMaxChats(), "", 0));
    }

    List<ChatAgent> agents() {
        return jdbc.sql("SELECT a.user_id, u.display_name, a.status, a.max_chats, a.queues, "
                        + LOAD + " AS load FROM chat_agent a JOIN app_user u ON u.id = a.user_id"
                        + " ORDER BY u.display_name, a.user_id")
                .query((rs, n) -> new ChatAgent(rs.getLong(1), rs.getString(2),
                        AgentStatus.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5),
                        rs.getLong(6)))
                .list();
    }

    @Transactional
    public void setStatus(long userId, AgentStatus status, Integer maxChats, String queues) {
        int max = maxChats == null ? properties.defaultMaxChats()
                : Math.max(1, Math.min(20, maxChats));
        String served = queues == null ? "" : queues.strip();
        int updated = jdbc.sql("""
                UPDATE chat_agent SET status = ?, max_chats = ?, queues = ?, updated_at = ?
                WHERE user_id = ?""")
                .params(status.name(), max, served, clock.instant().atOffset(ZoneOffset.UTC),
                        userId).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO chat_agent (user_id, status, max_chats, queues, updated_at)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(userId, status.name(), max, served,
                            clock.instant().atOffset(ZoneOffset.UTC)).update();
        }
    }

    private Optional<Long> pick(Chat chat) {
        return jdbc.sql("SELECT a.user_id FROM chat_agent a WHERE a.status = 'AVAILABLE'"
                        + " AND (a.queues = '' OR ',' || a.queues || ',' LIKE ?)"
                        + " AND a.max_chats > " + LOAD
                        + " AND NOT EXISTS (SELECT 1 FROM chat_decline d"
                        + " WHERE d.chat_id = ? AND d.user_id = a.user_id)"
                        + " ORDER BY " + LOAD + ", a.updated_at, a.user_id")
                .params("%," + chat.queueName() + ",%", chat.id())
                .query(Long.class).list().stream().findFirst();
    }
}
