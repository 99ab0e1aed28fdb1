package org.portico.knowledge.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sentence vectors of published articles (title and summary), kept beside each article
 * (table {@code article_meaning}) with the content hash they were computed from, so that a
 * suggestion embeds only the text the customer types. A vector whose hash differs from the
 * article's is out of date and is computed again by {@link #fillMissing()}.
 */
@Repository
class MeaningVectors {

    static final int DIMENSION = 384;
    private static final Logger log = LoggerFactory.getLogger(MeaningVectors.class);
    private static final int BATCH = 64;
    private static final String MISSING = """
            SELECT a.id, a.title, a.summary, a.content_hash FROM article a
            LEFT JOIN article_meaning m ON m.article_id = a.id
            WHERE a.status = 'PUBLISHED'
              AND (m.content_hash IS NULL OR m.content_hash <> a.content_hash)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    MeaningVectors(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** An article's text as the model reads it. */
    private record Text(long id, String title, String summary, String contentHash) {
    }

    /** The text whose meaning stands for an article: its title and summary. */
    static String text(String title, String summary) {
        return title + ". " + summary;
    }

    /**
     * Computes every missing or outdated vector, in batches walking the articles by id (each
     * row is read once, so this is cheap when nothing is missing); returns how many.
     */
    int fillMissing() {
        long after = 0;
        int filled = 0;
        while (true) {
            List<Text> batch = jdbc.sql(MISSING + " AND a.id > ? ORDER BY a.id FETCH FIRST "
                    + BATCH + " ROWS ONLY").param(after).query(Text.class).list();
            if (batch.isEmpty()) {
                return filled;
            }
            store(batch);
            filled += batch.size();
            after = batch.get(batch.size() - 1).id();
        }
    }

    /** Computes the vectors of these articles where missing or outdated. */
    void fill(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        for (int start = 0; start < all.size(); start += BATCH) {
            List<Text> batch = jdbc.sql(MISSING + " AND a.id IN (:ids)")
                    .param("ids", all.subList(start, Math.min(all.size(), start + BATCH)))
                    .query(Text.class).list();
            if (!batch.isEmpty()) {
                store(batch);
            }
        }
    }

    /** The id of the published article in this language, if any (for a single publish). */
    List<Long> published(String site, String slug, String language) {
        return jdbc.sql("SELECT id FROM article WHERE site = ? AND slug = ? AND language = ?"
                + " AND status = 'PUBLISHED'").params(site, slug, language)
                .query(Long.class).list();
    }

    private void store(List<Text> texts) {
        float[][] vectors = SentenceEmbeddings.embedAll(texts.stream()
                .map(t -> text(t.title(), t.summary())).toList());
        List<Object[]> ids = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Text t = texts.get(i);
            ids.add(new Object[] {t.id()});
            rows.add(new Object[] {t.id(), t.contentHash(), toBytes(vectors[i])});
        }
        try {
            batches.batchUpdate("DELETE FROM article_meaning WHERE article_id = ?", ids);
            batches.batchUpdate("INSERT INTO article_meaning (article_id, content_hash, vector)"
                    + " VALUES (?, ?, ?)", rows);
        } catch (DataIntegrityViolationException e) {
            // Another process stored one of them meanwhile, or an article was deleted: the
            // next pass finds whatever is still missing.
            log.debug("Sentence vectors of a batch not stored: {}", e.toString());
        }
    }

    static byte[] toBytes(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES);
        bytes.asFloatBuffer().put(vector);
        return bytes.array();
    }

    /** The vector stored as bytes; null for none or for a vector of another model's size. */
    static float[] fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != DIMENSION * Float.BYTES) {
            return null;
        }
        float[] vector = new float[DIMENSION];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(vector);
        return vector;
    }
}
