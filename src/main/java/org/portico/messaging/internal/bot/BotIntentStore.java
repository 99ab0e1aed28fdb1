package org.portico.messaging.internal.bot;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.portico.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intents and their phrases in the {@code bot_intent} and {@code bot_phrase} tables.
 */
@Repository
class BotIntentStore {

    private static final String EN = "en";
    private static final String ZH = "zh";

    private final JdbcClient jdbc;
    private final Clock clock;

    BotIntentStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Row(long id, String name, BotTask task, String answerEn, String answerZh,
            boolean builtIn) {
    }

    private record Phrase(long intentId, String language, String text) {
    }

    @Transactional(readOnly = true)
    public List<BotIntent> all() {
        List<Row> rows = jdbc.sql("""
                SELECT id, name, task, answer_en, answer_zh, built_in FROM bot_intent
                ORDER BY built_in DESC, name""").query(BotIntentStore::row).list();
        Map<Long, List<Phrase>> phrases = jdbc.sql(
                        "SELECT intent_id, language, text FROM bot_phrase ORDER BY id")
                .query((rs, n) -> new Phrase(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list().stream().collect(Collectors.groupingBy(Phrase::intentId));
        return rows.stream().map(row -> intent(row, phrases.getOrDefault(row.id(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<BotIntent> find(long id) {
        return all().stream().filter(intent -> intent.id() == id).findFirst();
    }

    @Transactional(readOnly = true)
    public boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM bot_intent WHERE name = ? AND id <> ?")
                .params(name, exceptId == null ? -1L : exceptId)
                .query(Long.class).single() > 0;
    }

    /** Something that changes whenever an intent or a phrase does, on any node. */
    @Transactional(readOnly = true)
    public String fingerprint() {
        return jdbc.sql("SELECT COUNT(*), MAX(updated_at) FROM bot_intent")
                .query((rs, n) -> rs.getLong(1) + "/" + rs.getObject(2, OffsetDateTime.class))
                .single();
    }

    @Transactional
    public long add(String name, BotTask task, String answerEn, String answerZh,
            boolean builtIn, List<String> phrasesEn, List<String> phrasesZh) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO bot_intent (name, task, answer_en, answer_zh, built_in, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(name, task.name(), answerEn, answerZh, builtIn, now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertPhrases(id, phrasesEn, phrasesZh);
        return id;
    }

    @Transactional
    public void update(long id, String name, String answerEn, String answerZh,
            List<String> phrasesEn, List<String> phrasesZh) {
        BotIntent intent = find(id).orElseThrow(() -> new NotFoundException("bot intent " + id));
        jdbc.sql("""
                UPDATE bot_intent SET name = ?, answer_en = ?, answer_zh = ?, updated_at = ?
                WHERE id = ?""")
                .params(intent.builtIn() ? intent.name() : name, answerEn, answerZh, now(), id)
                .update();
        jdbc.sql("DELETE FROM bot_phrase WHERE intent_id = ?").param(id).update();
        insertPhrases(id, phrasesEn, phrasesZh);
    }

    /** Deletes an intent an administrator added; built-in intents stay. */
    @Transactional
    public void delete(long id) {
        BotIntent intent = find(id).orElseThrow(() -> new NotFoundException("bot intent " + id));
        if (!intent.builtIn()) {
            jdbc.sql("DELETE FROM bot_intent WHERE id = ?").param(id).update();
        }
    }

    @Transactional(readOnly = true)
    public boolean exists(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM bot_intent WHERE name = ?").param(name)
                .query(Long.class).single() > 0;
    }

    private void insertPhrases(long intentId, List<String> phrasesEn, List<String> phrasesZh) {
        List<Phrase> phrases = new ArrayList<>();
        phrasesEn.forEach(text -> phrases.add(new Phrase(intentId, EN, text)));
        phrasesZh.forEach(text -> phrases.add(new Phrase(intentId, ZH, text)));
        for (Phrase phrase : phrases) {
            jdbc.sql("INSERT INTO bot_phrase (intent_id, language, text) VALUES (?, ?, ?)")
                    .params(phrase.intentId(), phrase.language(), phrase.text()).update();
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("name"),
                BotTask.valueOf(rs.getString("task")), rs.getString("answer_en"),
                rs.getString("answer_zh"), rs.getBoolean("built_in"));
    }

    private static BotIntent intent(Row row, List<Phrase> phrases) {
        return new BotIntent(row.id(), row.name(), row.task(), row.answerEn(), row.answerZh(),
                row.builtIn(), texts(phrases, EN), texts(phrases, ZH));
    }

    private static List<String> texts(List<Phrase> phrases, String language) {
        return phrases.stream().filter(p -> p.language().equals(language))
                .map(Phrase::text).toList();
    }
}
