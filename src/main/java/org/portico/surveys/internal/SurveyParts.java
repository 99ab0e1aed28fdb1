package org.portico.surveys.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.portico.platform.PorticoProperties;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the CSAT and NPS surveys share: the address links start with, the mail's language,
 * times kept in UTC and how an answer is recorded.
 */
final class SurveyParts {

    private SurveyParts() {
    }

    /** The public address, or the development one when a job sends outside a request. */
    static String baseUrl(PorticoProperties properties) {
        try {
            return properties.publicBaseUrl();
        } catch (IllegalStateException noRequest) {
            return "http://localhost:8080";
        }
    }

    static Locale locale(String tag) {
        return Locale.forLanguageTag(tag == null ? "en" : tag);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The comment as kept: without surrounding blanks, {@code null} when empty. */
    static String comment(String comment) {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }

    /**
     * Records the answer on the survey's row of {@code table} unless it has one already.
     *
     * @return whether this answer was recorded
     */
    static boolean record(JdbcClient jdbc, String table, long id, int score, String comment,
            Instant at) {
        return jdbc.sql("UPDATE " + table + " SET score = ?, comment = ?, answered_at = ?"
                + " WHERE id = ? AND answered_at IS NULL")
                .params(score, comment, utc(at), id).update() == 1;
    }
}
