package org.portico.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.portico.cases.AuthorKind;
import org.portico.cases.CaseMessage;
import org.portico.cases.CaseStatus;
import org.portico.cases.CaseView;
import org.portico.cases.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code support_case} and {@code case_message} tables.
 */
@Repository
class CaseStore {

    static final String SELECT_CASES = """
            SELECT id, number, site_slug, subject, description, status, priority, topic, origin,
                   requester_user_id, account_id, created_at, updated_at, first_response_at,
                   solved_at, order_number, owner_user_id, assigned_at
            FROM support_case""";

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reserves {@code count} consecutive case numbers and returns the first. */
    long reserveNumbers(int count) {
        jdbc.sql("UPDATE case_number_counter SET last_number = last_number + ? WHERE id = 1")
                .param(count).update();
        long last = jdbc.sql("SELECT last_number FROM case_number_counter WHERE id = 1")
                .query(Long.class).single();
        return last - count + 1;
    }

    static String formatNumber(long number) {
        return String.format(Locale.ROOT, "%08d", number);
    }

    long insert(CaseView c) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO support_case (number, site_slug, subject, description, status,
                    priority, topic, origin, requester_user_id, account_id, created_at,
                    updated_at, first_response_at, solved_at, order_number)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.number(), c.site(), c.subject(), c.description(), c.status().name(),
                        c.priority(), c.topic(), c.origin(), c.requesterUserId(), c.accountId(),
                        utc(c.createdAt()), utc(c.updatedAt()), utc(c.firstResponseAt()),
                        utc(c.solvedAt()), c.orderNumber())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<StoredCase> find(String number) {
        return jdbc.sql(SELECT_CASES + " WHERE number = ?").param(number)
                .query(CaseStore::storedCase).optional();
    }

    List<CaseView> list(String where, Map<String, ?> params, int limit) {
        return jdbc.sql(SELECT_CASES + " WHERE " + where
                        + " ORDER BY created_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .params(params)
                .query((rs, n) -> caseView(rs)).list();
    }

    List<CaseMessage> messages(long caseId, boolean withInternal) {
        String filter = withInternal ? "" : " AND visibility = 'PUBLIC'";
        return jdbc.sql("""
                SELECT author_user_id, author_kind, body, visibility, created_at
                FROM case_message WHERE case_id = ?""" + filter + " ORDER BY created_at, id")
                .param(caseId)
                .query((rs, n) -> new CaseMessage(rs.getObject("author_user_id", Long.class),
                        AuthorKind.valueOf(rs.getString("author_kind")), rs.getString("body"),
                        Visibility.valueOf(rs.getString("visibility")),
                        instant(rs, "created_at")))
                .list();
    }

    void addMessage(long caseId, long authorUserId, AuthorKind kind, String body,
            Visibility visibility, Instant at) {
        jdbc.sql("""
                INSERT INTO case_message (case_id, author_user_id, author_kind, body, visibility,
                                          created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(caseId, authorUserId, kind.name(), body, visibility.name(), utc(at))
                .update();
    }

    /**
     * Sets the status; a case that is open again (a solved case reopened) is no longer solved,
     * so its solved time goes until the next solve sets it again.
     */
    void touch(long caseId, CaseStatus status, Instant at) {
        String solved = status.isOpen() ? ", solved_at = NULL" : "";
        jdbc.sql("UPDATE support_case SET status = ?, updated_at = ?" + solved + " WHERE id = ?")
                .params(status.name(), utc(at), caseId).update();
    }

    void changeTopic(long caseId, String topic, Instant at) {
        jdbc.sql("UPDATE support_case SET topic = ?, updated_at = ? WHERE id = ?")
                .params(topic, utc(at), caseId).update();
    }

    void recordFirstResponse(long caseId, Instant at) {
        jdbc.sql("""
                UPDATE support_case SET first_response_at = ?
                WHERE id = ? AND first_response_at IS NULL""")
                .params(utc(at), caseId).update();
    }

    void markSolved(long caseId, long agentUserId, Instant at) {
        jdbc.sql("""
                UPDATE support_case SET status = 'SOLVED', solved_at = ?, updated_at = ?,
                    solved_by_user_id = ?
                WHERE id = ?""").params(utc(at), utc(at), agentUserId, caseId).update();
    }

    Optional<Long> ownerOf(long caseId) {
        return jdbc.sql("SELECT owner_user_id FROM support_case WHERE id = ?").param(caseId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, Long.class))).single();
    }

    void assign(long caseId, Long ownerUserId, Instant at) {
        jdbc.sql("UPDATE support_case SET owner_user_id = ?, assigned_at = ? WHERE id = ?")
                .params(ownerUserId, ownerUserId == null ? null : utc(at), caseId).update();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static StoredCase storedCase(ResultSet rs, int row) throws SQLException {
        return new StoredCase(rs.getLong("id"), caseView(rs));
    }

    static CaseView caseView(ResultSet rs) throws SQLException {
        return new CaseView(rs.getString("number"), rs.getString("site_slug"),
                rs.getString("subject"), rs.getString("description"),
                CaseStatus.valueOf(rs.getString("status")), rs.getString("priority"),
                rs.getString("topic"), rs.getString("origin"), rs.getLong("requester_user_id"),
                rs.getLong("account_id"), instant(rs, "created_at"), instant(rs, "updated_at"),
                instant(rs, "first_response_at"), instant(rs, "solved_at"),
                rs.getString("order_number"));
    }

    /** A case with its database id, which never leaves this module. */
    record StoredCase(long id, CaseView view) {
    }
}
