package org.portico.cases.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.portico.cases.AuthorKind;
import org.portico.cases.CaseAssigned;
import org.portico.cases.CaseChange;
import org.portico.cases.CaseClosed;
import org.portico.cases.CaseEscalated;
import org.portico.cases.CaseMarkedWaiting;
import org.portico.cases.CaseMerged;
import org.portico.cases.CaseOpened;
import org.portico.cases.CasePriorityChanged;
import org.portico.cases.CaseQueued;
import org.portico.cases.CaseReplied;
import org.portico.cases.CaseShared;
import org.portico.cases.CaseSolved;
import org.portico.cases.CaseStatus;
import org.portico.cases.CaseTopicChanged;
import org.portico.cases.Visibility;
import org.portico.cases.internal.SlaClock.StatusChange;
import org.portico.identity.Role;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The history of every case in {@code case_event}, written as the case's events happen (in
 * the same transaction). Status changes are recorded whenever the stored status differs from
 * the last one the history knows, whatever caused them.
 */
@Component
class CaseTimeline {

    private final JdbcClient jdbc;

    CaseTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(0)
    void on(CaseOpened e) {
        caseId(e.number()).ifPresent(id -> {
            record(id, e.at(), e.requesterUserId(), "OPENED", null, currentStatus(id), true);
        });
    }

    @EventListener
    void on(CaseAssigned e) {
        caseId(e.number()).ifPresent(id -> {
            record(id, e.at(), e.byUserId(), "OWNER", text(e.previousOwnerUserId()),
                    text(e.ownerUserId()), false);
            syncStatus(id, e.byUserId(), e.at());
        });
    }

    @EventListener
    void on(CaseMarkedWaiting e) {
        caseId(e.number()).ifPresent(id -> syncStatus(id, e.byUserId(), e.at()));
    }

    @EventListener
    void on(CaseSolved e) {
        caseId(e.number()).ifPresent(id -> syncStatus(id, e.agentUserId(), e.at()));
    }

    @EventListener
    void on(CaseClosed e) {
        caseId(e.number()).ifPresent(id -> syncStatus(id, e.byUserId(), e.at()));
    }

    @EventListener
    void on(CaseEscalated e) {
        caseId(e.number()).ifPresent(id -> {
            record(id, e.at(), e.byUserId(), "ESCALATED", null, e.reason(), false);
            syncStatus(id, e.byUserId(), e.at());
        });
    }

    @EventListener
    void on(CaseTopicChanged e) {
        caseId(e.number()).ifPresent(id -> record(id, e.at(), e.byUserId(), "TOPIC",
                e.previousTopic(), e.topic(), true));
    }

    @EventListener
    void on(CasePriorityChanged e) {
        caseId(e.number()).ifPresent(id -> record(id, e.at(), e.byUserId(), "PRIORITY",
                e.previousPriority(), e.priority(), true));
    }

    @EventListener
    void on(CaseQueued e) {
        caseId(e.number()).ifPresent(id -> record(id, e.at(), e.byUserId(), "QUEUE", null,
                text(e.queueId()), false));
    }

    @EventListener
    void on(CaseShared e) {
        caseId(e.number()).ifPresent(id -> record(id, e.at(), e.byUserId(),
                e.shared() ? "SHARED" : "UNSHARED", null, text(e.withUserId()), true));
    }

    @EventListener
    void on(CaseMerged e) {
        caseId(e.into()).ifPresent(id -> record(id, e.at(), e.byUserId(), "MERGED_FROM", null,
                e.number(), true));
        caseId(e.number()).ifPresent(id -> {
            record(id, e.at(), e.byUserId(), "MERGED", null, e.into(), true);
            syncStatus(id, e.byUserId(), e.at());
        });
    }

    @EventListener
    void on(CaseReplied e) {
        caseId(e.number()).ifPresent(id -> {
            Long author = lastAuthor(id, e.authorKind());
            boolean note = e.visibility() == Visibility.INTERNAL;
            record(id, e.at(), author, note ? "NOTE" : "REPLY", null, e.authorKind().name(),
                    !note);
            syncStatus(id, author, e.at());
        });
    }

    /** The history of a case, oldest first. */
    List<CaseChange> history(long caseId, boolean customerView) {
        String filter = customerView ? " AND e.shown_to_customer = TRUE" : "";
        return jdbc.sql("""
                SELECT e.happened_at, e.actor_user_id, u.display_name, u.role, e.kind,
                       e.old_value, e.new_value, e.shown_to_customer
                FROM case_event e LEFT JOIN app_user u ON u.id = e.actor_user_id
                WHERE e.case_id = ?""" + filter + " ORDER BY e.happened_at, e.id")
                .param(caseId)
                .query((rs, n) -> new CaseChange(CaseStore.instant(rs, "happened_at"),
                        rs.getObject("actor_user_id", Long.class), rs.getString("display_name"),
                        isStaff(rs.getString("role")), rs.getString("kind"),
                        rs.getString("old_value"), rs.getString("new_value"),
                        rs.getBoolean("shown_to_customer")))
                .list();
    }

    /** The status changes of each case (opening included), oldest first. */
    /**
     * The status changes of the cases {@code support_case c} that {@code where} selects. The
     * filter is joined rather than passed as a list of ids: the SLA check reads every open
     * case, and H2 compares each row with every element of a long {@code IN} list.
     */
    Map<Long, List<StatusChange>> statusChanges(String where, Map<String, ?> params) {
        Map<Long, List<StatusChange>> changes = new HashMap<>();
        jdbc.sql("""
                SELECT e.case_id, e.happened_at, e.new_value FROM case_event e
                JOIN support_case c ON c.id = e.case_id
                WHERE e.kind IN ('OPENED', 'STATUS') AND\s""" + where + """

                ORDER BY e.case_id, e.happened_at, e.id""")
                .params(params)
                .query(rs -> {
                    changes.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new StatusChange(CaseStore.instant(rs, "happened_at"),
                                    CaseStatus.valueOf(rs.getString(3))));
                });
        return changes;
    }

    void record(long caseId, Instant at, Long actor, String kind, String oldValue,
            String newValue, boolean shownToCustomer) {
        jdbc.sql("""
                INSERT INTO case_event (case_id, happened_at, actor_user_id, kind, old_value,
                                        new_value, shown_to_customer)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, CaseStore.utc(at), actor != null && actor == 0 ? null : actor,
                        kind, cut(oldValue), cut(newValue), shownToCustomer)
                .update();
    }

    /** Records the stored status when the history last knew another one. */
    void syncStatus(long caseId, Long actor, Instant at) {
        String current = currentStatus(caseId);
        String known = jdbc.sql("""
                SELECT new_value FROM case_event
                WHERE case_id = ? AND kind IN ('OPENED', 'STATUS')
                ORDER BY happened_at DESC, id DESC FETCH FIRST 1 ROWS ONLY""")
                .param(caseId).query(String.class).optional().orElse(null);
        if (!current.equals(known)) {
            record(caseId, at, actor, "STATUS", known, current, true);
        }
    }

    private String currentStatus(long caseId) {
        return jdbc.sql("SELECT status FROM support_case WHERE id = ?").param(caseId)
                .query(String.class).single();
    }

    private Optional<Long> caseId(String number) {
        return jdbc.sql("SELECT id FROM support_case WHERE number = ?").param(number)
                .query(Long.class).optional();
    }

    private Long lastAuthor(long caseId, AuthorKind kind) {
        return jdbc.sql("""
                SELECT author_user_id FROM case_message WHERE case_id = ? AND author_kind = ?
                ORDER BY created_at DESC, id DESC FETCH FIRST 1 ROWS ONLY""")
                .params(caseId, kind.name()).query(Long.class).optional().orElse(null);
    }

    private static boolean isStaff(String role) {
        return role != null && Role.valueOf(role).isStaff();
    }

    private static String text(Long value) {
        return value == null ? null : value.toString();
    }

    private static String cut(String value) {
        return value == null || value.length() <= 200 ? value : value.substring(0, 200);
    }
}
