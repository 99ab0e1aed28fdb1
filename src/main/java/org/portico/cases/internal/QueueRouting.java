package org.portico.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.portico.cases.CaseAssigned;
import org.portico.cases.CaseOpened;
import org.portico.cases.CaseQueued;
import org.portico.cases.CaseQueues;
import org.portico.cases.CaseQueues.Queue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues in {@code case_queue} and the routing of each new case (in the transaction that
 * opened it). Round robin remembers the last owner in the queue's row, updated under a row
 * lock, so two nodes routing at once do not pick the same agent twice in a row.
 */
@Service
class QueueRouting implements CaseQueues {

    private static final Logger log = LoggerFactory.getLogger(QueueRouting.class);

    private static final String SELECT_QUEUES = """
            SELECT id, name, site_slug, topic, skill, strategy, position FROM case_queue""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QueueRouting(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<Queue> all() {
        return jdbc.sql(SELECT_QUEUES + " ORDER BY position, id")
                .query((rs, n) -> new Queue(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7)))
                .list();
    }

    @Override
    @Transactional
    public long create(Queue queue) {
        if (!STRATEGIES.contains(queue.strategy())) {
            throw new IllegalArgumentException("Unknown strategy " + queue.strategy());
        }
        try {
            jdbc.sql("""
                    INSERT INTO case_queue (name, site_slug, topic, skill, strategy, position)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(queue.name().strip(), blankToNull(queue.site()),
                            blankToNull(queue.topic()), blankToNull(queue.skill()),
                            queue.strategy(), queue.position())
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new IllegalArgumentException("A queue is named " + queue.name());
        }
        return jdbc.sql("SELECT id FROM case_queue WHERE name = ?").param(queue.name().strip())
                .query(Long.class).single();
    }

    @Override
    @Transactional
    public void setMembers(long queueId, List<Long> userIds) {
        jdbc.sql("DELETE FROM case_queue_member WHERE queue_id = ?").param(queueId).update();
        for (long userId : userIds.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO case_queue_member (queue_id, user_id) VALUES (?, ?)")
                    .params(queueId, userId).update();
        }
    }

    @Override
    public List<Long> members(long queueId) {
        return jdbc.sql("SELECT user_id FROM case_queue_member WHERE queue_id = ?"
                + " ORDER BY user_id").param(queueId).query(Long.class).list();
    }

    @Override
    @Transactional
    public void setSites(long userId, List<String> sites) {
        jdbc.sql("DELETE FROM agent_site WHERE user_id = ?").param(userId).update();
        for (String site : sites.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO agent_site (user_id, site_slug) VALUES (?, ?)")
                    .params(userId, site).update();
        }
    }

    @Override
    public List<String> sitesOf(long userId) {
        return jdbc.sql("SELECT site_slug FROM agent_site WHERE user_id = ? ORDER BY site_slug")
                .param(userId).query(String.class).list();
    }

    @Override
    @Transactional
    public void setSkills(long userId, List<String> skills) {
        jdbc.sql("DELETE FROM agent_skill WHERE user_id = ?").param(userId).update();
        for (String skill : skills.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO agent_skill (user_id, skill) VALUES (?, ?)")
                    .params(userId, skill).update();
        }
    }

    @Override
    public List<String> skillsOf(long userId) {
        return jdbc.sql("SELECT skill FROM agent_skill WHERE user_id = ? ORDER BY skill")
                .param(userId).query(String.class).list();
    }

    /** Puts a new case in its queue and gives it an owner by the queue's strategy. */
    @EventListener
    @Order(10)
    void route(CaseOpened opened) {
        Optional<Queue> queue = all().stream()
                .filter(q -> q.site() == null || q.site().equals(opened.site()))
                .filter(q -> q.topic() == null || q.topic().equals(opened.topic()))
                .findFirst();
        if (queue.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE support_case SET queue_id = ? WHERE number = ?")
                .params(queue.get().id(), opened.number()).update();
        events.publishEvent(new CaseQueued(opened.number(), queue.get().id(), null, now));
        pickOwner(queue.get()).ifPresent(owner -> {
            jdbc.sql("UPDATE support_case SET owner_user_id = ?, assigned_at = ?"
                            + " WHERE number = ?")
                    .params(owner, CaseStore.utc(now), opened.number()).update();
            events.publishEvent(new CaseAssigned(opened.number(), owner, null, 0L, now));
            log.info("Case {} routed to queue {} and agent {}", opened.number(),
                    queue.get().name(), owner);
        });
    }

    private Optional<Long> pickOwner(Queue queue) {
        return switch (queue.strategy()) {
            case "ROUND_ROBIN" -> roundRobin(queue.id());
            case "LEAST_LOADED" -> leastLoaded(queue.id(), null);
            case "SKILL" -> leastLoaded(queue.id(), queue.skill());
            default -> Optional.empty();
        };
    }

    private Optional<Long> roundRobin(long queueId) {
        long last = jdbc.sql("SELECT COALESCE(last_owner_user_id, 0) FROM case_queue"
                        + " WHERE id = ? FOR UPDATE")
                .param(queueId).query(Long.class).single();
        List<Long> members = availableMembers(queueId, null);
        if (members.isEmpty()) {
            return Optional.empty();
        }
        long next = members.stream().filter(id -> id > last).findFirst()
                .orElse(members.get(0));
        jdbc.sql("UPDATE case_queue SET last_owner_user_id = ? WHERE id = ?")
                .params(next, queueId).update();
        return Optional.of(next);
    }

    private Optional<Long> leastLoaded(long queueId, String skill) {
        List<Long> members = availableMembers(queueId, skill);
        return members.stream().min((a, b) -> {
            int byLoad = Long.compare(openCases(a), openCases(b));
            return byLoad != 0 ? byLoad : Long.compare(a, b);
        });
    }

    private List<Long> availableMembers(long queueId, String skill) {
        String withSkill = skill == null ? ""
                : " AND m.user_id IN (SELECT user_id FROM agent_skill WHERE skill = :skill)";
        return jdbc.sql("""
                SELECT m.user_id FROM case_queue_member m JOIN app_user u ON u.id = m.user_id
                WHERE m.queue_id = :queue AND u.enabled = TRUE""" + withSkill
                        + " ORDER BY m.user_id")
                .param("queue", queueId).params(skill == null ? Map.of()
                        : Map.of("skill", skill))
                .query(Long.class).list();
    }

    private long openCases(long userId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM support_case WHERE owner_user_id = ?
                AND status IN ('NEW', 'OPEN', 'WAITING', 'ESCALATED')""")
                .param(userId).query(Long.class).single();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
