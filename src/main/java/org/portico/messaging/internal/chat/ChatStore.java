package org.portico.messaging.internal.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.portico.cases.CaseAttachments.Typed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Chats and their messages in the database. Sequence numbers are handed out under a lock on the
 * chat's row, so every node of a cluster numbers one chat's messages the same way.
 */
@Repository
class ChatStore {

    private static final String CHAT_COLUMNS = """
            id, site, status, visitor_hash, customer_user_id, customer_name, customer_email,
            locale, queue_name, owner_id, offered_to, waiting_since, last_intent, last_seq,
            customer_read, agent_read, case_number, rating, started_at, ended_at""";

    private static final String LINE_COLUMNS = """
            m.seq, m.author, m.author_name, m.body, m.link_title, m.link_url, m.action,
            m.client_ref, m.posted_at, a.id AS file_id, a.file_name, a.content_type, a.size_bytes
            FROM chat_message m LEFT JOIN chat_attachment a ON a.id = m.attachment_id
            """;

    private final JdbcClient jdbc;

    ChatStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the key has an open chat */
    long insert(NewChat chat, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO chat (site, status, open_key, visitor_hash, customer_user_id,
                    customer_name, customer_email, locale, queue_name, started_at)
                VALUES (?, 'BOT', ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(chat.site(), chat.openKey(), chat.visitorHash(), chat.customerUserId(),
                        chat.name(), chat.email(), chat.locale(), chat.queue(), at(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Chat> findOpen(String openKey) {
        return jdbc.sql("SELECT " + CHAT_COLUMNS + " FROM chat WHERE open_key = ?")
                .param(openKey).query(ChatStore::chat).optional();
    }

    Optional<Chat> find(long id) {
        return jdbc.sql("SELECT " + CHAT_COLUMNS + " FROM chat WHERE id = ?")
                .param(id).query(ChatStore::chat).optional();
    }

    /** Locks the chat's row until the transaction ends and returns the chat. */
    Optional<Chat> lock(long id) {
        return jdbc.sql("SELECT " + CHAT_COLUMNS + " FROM chat WHERE id = ? FOR UPDATE")
                .param(id).query(ChatStore::chat).optional();
    }

    Optional<ChatLine> lineByRef(long chatId, String clientRef) {
        return jdbc.sql("SELECT " + LINE_COLUMNS
                        + " WHERE m.chat_id = ? AND m.client_ref = ?")
                .params(chatId, clientRef).query(ChatStore::line).optional();
    }

    long countSince(long chatId, Author author, Instant since) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM chat_message
                WHERE chat_id = ? AND author = ? AND posted_at > ?""")
                .params(chatId, author.name(), at(since)).query(Long.class).single();
    }

    /** Appends a message to a chat locked by {@link #lock}; returns its sequence number. */
    long append(Chat locked, Author author, Long userId, String authorName, NewLine line,
            Long fileId, Instant now) {
        long seq = locked.lastSeq() + 1;
        jdbc.sql("UPDATE chat SET last_seq = ? WHERE id = ?").params(seq, locked.id()).update();
        jdbc.sql("""
                INSERT INTO chat_message (chat_id, seq, author, author_user_id, author_name,
                    body, link_title, link_url, action, client_ref, posted_at, attachment_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(locked.id(), seq, author.name(), userId, authorName, line.body(),
                        line.linkTitle(), line.linkUrl(), line.action(), line.clientRef(),
                        at(now), fileId)
                .update();
        return seq;
    }

    /** Stores a file sent in a chat; it shows in the chat once a message names it. */
    ChatFile saveFile(long chatId, Typed file, Long uploaderId, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO chat_attachment (chat_id, file_name, content_type, size_bytes,
                    content, uploaded_by_user_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(chatId, file.fileName(), file.contentType(), file.content().length,
                        file.content(), uploaderId, at(now))
                .update(keys, "id");
        return new ChatFile(keys.getKey().longValue(), file.fileName(), file.contentType(),
                file.content().length);
    }

    /** A file of the chat that a message shows, with its content. */
    Optional<Typed> file(long chatId, long fileId) {
        return jdbc.sql("""
                SELECT a.file_name, a.content_type, a.content FROM chat_attachment a
                WHERE a.chat_id = ? AND a.id = ? AND EXISTS (SELECT 1 FROM chat_message m
                    WHERE m.chat_id = a.chat_id AND m.attachment_id = a.id)""")
                .params(chatId, fileId).query(ChatStore::typed).optional();
    }

    /** Every file shown in the chat, in the order sent. */
    List<Typed> files(long chatId) {
        return jdbc.sql("""
                SELECT a.file_name, a.content_type, a.content FROM chat_message m
                JOIN chat_attachment a ON a.id = m.attachment_id
                WHERE m.chat_id = ? ORDER BY m.seq""")
                .param(chatId).query(ChatStore::typed).list();
    }

    List<ChatLine> linesAfter(long chatId, long after, int limit) {
        return jdbc.sql("SELECT " + LINE_COLUMNS + """
                 WHERE m.chat_id = ? AND m.seq > ? ORDER BY m.seq""")
                .params(chatId, after).query(ChatStore::line).list().stream().limit(limit)
                .toList();
    }

    List<String> customerTexts(long chatId) {
        return jdbc.sql("""
                SELECT body FROM chat_message WHERE chat_id = ? AND author = 'CUSTOMER'
                ORDER BY seq""").param(chatId).query(String.class).list();
    }

    void waitForPerson(long chatId, String queue, String lastIntent, Instant now) {
        jdbc.sql("""
                UPDATE chat SET status = 'WAITING', owner_id = NULL, offered_to = NULL,
                    queue_name = ?, waiting_since = ?, last_intent = COALESCE(?, last_intent)
                WHERE id = ?""").params(queue, at(now), lastIntent, chatId).update();
    }

    void giveTo(long chatId, long agentId) {
        jdbc.sql("""
                UPDATE chat SET status = 'ACTIVE', owner_id = ?, offered_to = NULL
                WHERE id = ?""").params(agentId, chatId).update();
    }

    /** Offers a waiting chat to an agent unless another node offered it first. */
    boolean offer(long chatId, long agentId, Instant now) {
        return jdbc.sql("""
                UPDATE chat SET offered_to = ?, offered_at = ?
                WHERE id = ? AND status = 'WAITING' AND offered_to IS NULL""")
                .params(agentId, at(now), chatId).update() == 1;
    }

    void withdrawOffer(long chatId) {
        jdbc.sql("UPDATE chat SET offered_to = NULL, offered_at = NULL WHERE id = ?")
                .param(chatId).update();
    }

    void decline(long chatId, long agentId) {
        jdbc.sql("""
                INSERT INTO chat_decline (chat_id, user_id)
                SELECT ?, ? WHERE NOT EXISTS
                    (SELECT 1 FROM chat_decline WHERE chat_id = ? AND user_id = ?)""")
                .params(chatId, agentId, chatId, agentId).update();
    }

    void end(long chatId, Instant now) {
        jdbc.sql("""
                UPDATE chat SET status = 'ENDED', open_key = NULL, offered_to = NULL,
                    ended_at = ? WHERE id = ?""").params(at(now), chatId).update();
    }

    boolean rate(long chatId, int score) {
        return jdbc.sql("UPDATE chat SET rating = ? WHERE id = ? AND rating IS NULL")
                .params(score, chatId).update() == 1;
    }

    void markRead(long chatId, boolean byCustomer, long seq) {
        String column = byCustomer ? "customer_read" : "agent_read";
        jdbc.sql("UPDATE chat SET " + column + " = ? WHERE id = ? AND " + column + " < ?")
                .params(seq, chatId, seq).update();
    }

    /**
     * Claims the mailing of a transcript up to {@code seq}: false when it already went out with
     * that message or a later one, whichever node sent it.
     */
    boolean claimTranscript(long chatId, long seq) {
        return jdbc.sql("""
                UPDATE chat SET transcript_mailed_seq = ?
                WHERE id = ? AND (transcript_mailed_seq IS NULL OR transcript_mailed_seq < ?)""")
                .params(seq, chatId, seq).update() == 1;
    }

    void caseOpened(long chatId, String caseNumber) {
        jdbc.sql("UPDATE chat SET case_number = ? WHERE id = ?").params(caseNumber, chatId)
                .update();
    }

    List<Chat> waiting() {
        return jdbc.sql("SELECT " + CHAT_COLUMNS
                        + " FROM chat WHERE status = 'WAITING' ORDER BY waiting_since, id")
                .query(ChatStore::chat).list();
    }

    List<Chat> openChats() {
        return jdbc.sql("SELECT " + CHAT_COLUMNS
                        + " FROM chat WHERE status <> 'ENDED' ORDER BY started_at, id")
                .query(ChatStore::chat).list();
    }

    List<Chat> ownedBy(long agentId) {
        return jdbc.sql("SELECT " + CHAT_COLUMNS
                        + " FROM chat WHERE owner_id = ? AND status = 'ACTIVE' ORDER BY id")
                .param(agentId).query(ChatStore::chat).list();
    }

    List<Chat> offeredTo(long agentId) {
        return jdbc.sql("SELECT " + CHAT_COLUMNS
                        + " FROM chat WHERE offered_to = ? AND status = 'WAITING' ORDER BY id")
                .param(agentId).query(ChatStore::chat).list();
    }

    /** The chat's place in its queue, from 1. */
    long positionOf(Chat chat) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM chat WHERE status = 'WAITING' AND queue_name = ?
                AND (waiting_since < ? OR (waiting_since = ? AND id <= ?))""")
                .params(chat.queueName(), at(chat.waitingSince()), at(chat.waitingSince()),
                        chat.id())
                .query(Long.class).single();
    }

    /** Offers older than {@code before}: the agent did not answer in time. */
    List<long[]> staleOffers(Instant before) {
        return jdbc.sql("""
                SELECT id, offered_to FROM chat
                WHERE status = 'WAITING' AND offered_to IS NOT NULL AND offered_at < ?""")
                .param(at(before))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    private static Chat chat(ResultSet rs, int row) throws SQLException {
        return new Chat(rs.getLong("id"), rs.getString("site"),
                ChatStatus.valueOf(rs.getString("status")), rs.getString("visitor_hash"),
                nullableLong(rs, "customer_user_id"), rs.getString("customer_name"),
                rs.getString("customer_email"), rs.getString("locale"),
                rs.getString("queue_name"), nullableLong(rs, "owner_id"),
                nullableLong(rs, "offered_to"), instant(rs, "waiting_since"),
                rs.getString("last_intent"), rs.getLong("last_seq"),
                rs.getLong("customer_read"), rs.getLong("agent_read"),
                rs.getString("case_number"), (Integer) rs.getObject("rating", Integer.class),
                instant(rs, "started_at"), instant(rs, "ended_at"));
    }

    private static ChatLine line(ResultSet rs, int row) throws SQLException {
        return new ChatLine(rs.getLong("seq"), rs.getString("author"),
                rs.getString("author_name"), rs.getString("body"), rs.getString("link_title"),
                rs.getString("link_url"), rs.getString("action"), rs.getString("client_ref"),
                instant(rs, "posted_at"), fileOf(rs));
    }

    private static ChatFile fileOf(ResultSet rs) throws SQLException {
        Long id = nullableLong(rs, "file_id");
        return id == null ? null : new ChatFile(id, rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"));
    }

    private static Typed typed(ResultSet rs, int row) throws SQLException {
        return new Typed(rs.getString("file_name"), rs.getString("content_type"),
                rs.getBytes("content"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
