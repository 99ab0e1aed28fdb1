package org.portico.knowledge.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.portico.knowledge.DeflectionConfirmed;
import org.portico.knowledge.DeflectionPotential;
import org.portico.knowledge.DeflectionSignals;
import org.portico.knowledge.SuggestionOpened;
import org.portico.knowledge.SuggestionShown;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Follows a visitor on a form that offers articles, from the first suggestion shown to the
 * end: the form sent (nothing avoided), "this answered my question" (a confirmed deflection),
 * or no sending within 30 minutes of opening a suggestion (a potential deflection). Each
 * signal is stored for the analytics page and published as a module event.
 */
@Service
class DeflectionJourneys implements DeflectionSignals {

    static final Duration ABANDONED_AFTER = Duration.ofMinutes(30);
    private static final Duration JOURNEY_LENGTH = Duration.ofHours(4);
    private static final String VISITOR = "portico.deflection.visitor";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeflectionJourneys(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An article (or an answered question, {@code question.<id>}) with how many times it
     * deflected (confirmed, potential); the title is the article's, null for a question.
     */
    record Deflecting(String slug, String title, long confirmed, long potential) {
    }

    /** The journey's key for this visitor, kept in their session. */
    static String visitor(HttpSession session) {
        Object key = session.getAttribute(VISITOR);
        if (key instanceof String value) {
            return value;
        }
        String created = UUID.randomUUID().toString();
        session.setAttribute(VISITOR, created);
        return created;
    }

    @Override
    @Transactional
    public void shown(String site, String form, String visitor, List<String> slugs) {
        if (slugs.isEmpty()) {
            return;
        }
        long journey = openJourney(site, form, visitor);
        for (String slug : slugs) {
            boolean seen = jdbc.sql("SELECT COUNT(*) FROM deflection_signal WHERE journey_id = ? "
                    + "AND kind = 'SHOWN' AND article_slug = ?").params(journey, slug)
                    .query(Long.class).single() > 0;
            if (!seen) {
                signal(journey, site, form, "SHOWN", slug);
            }
        }
        events.publishEvent(new SuggestionShown(site, form, journey, List.copyOf(slugs),
                clock.instant()));
    }

    @Override
    @Transactional
    public void opened(String site, String form, String visitor, String slug) {
        long journey = openJourney(site, form, visitor);
        jdbc.sql("UPDATE deflection_journey SET opened_at = ?, opened_slug = ? WHERE id = ?")
                .params(now(), slug, journey).update();
        signal(journey, site, form, "OPENED", slug);
        events.publishEvent(new SuggestionOpened(site, form, journey, slug, clock.instant()));
    }

    @Override
    @Transactional
    public void confirmed(String site, String form, String visitor, String slug) {
        long journey = openJourney(site, form, visitor);
        jdbc.sql("UPDATE deflection_journey SET confirmed_at = ? WHERE id = ?")
                .params(now(), journey).update();
        signal(journey, site, form, "CONFIRMED", slug);
        events.publishEvent(new DeflectionConfirmed(site, form, journey, slug,
                clock.instant()));
    }

    @Override
    @Transactional
    public void formSent(String site, String form) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes
                attributes)) {
            return;
        }
        HttpSession session = attributes.getRequest().getSession(false);
        if (session == null || !(session.getAttribute(VISITOR) instanceof String visitor)) {
            return;
        }
        formSent(site, form, visitor);
    }

    @Override
    @Transactional
    public void formSent(String site, String form, String visitor) {
        current(site, form, visitor).ifPresent(journey -> {
            jdbc.sql("UPDATE deflection_journey SET sent_at = ? WHERE id = ?")
                    .params(now(), journey).update();
            signal(journey, site, form, "SENT", null);
        });
    }

    /** Journeys whose opened suggestion is older than 30 minutes and whose form was not sent. */
    @Transactional
    int markAbandoned(Instant now) {
        OffsetDateTime before = OffsetDateTime.ofInstant(now.minus(ABANDONED_AFTER),
                ZoneOffset.UTC);
        List<Abandoned> candidates = jdbc.sql("""
                SELECT id, site, form, opened_slug, opened_at FROM deflection_journey
                WHERE opened_at < ? AND potential_at IS NULL AND sent_at IS NULL
                  AND confirmed_at IS NULL""")
                .param(before)
                .query((rs, row) -> new Abandoned(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
        int marked = 0;
        for (Abandoned journey : candidates) {
            boolean claimed = jdbc.sql("""
                    UPDATE deflection_journey SET potential_at = ?
                    WHERE id = ? AND potential_at IS NULL AND sent_at IS NULL
                      AND confirmed_at IS NULL""")
                    .params(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), journey.id)
                    .update() == 1;
            if (claimed) {
                signal(journey.id, journey.site, journey.form, "POTENTIAL", journey.slug);
                events.publishEvent(new DeflectionPotential(journey.site, journey.form,
                        journey.id, journey.slug, journey.openedAt));
                marked++;
            }
        }
        return marked;
    }

    List<Deflecting> mostDeflecting(String site, int limit) {
        return jdbc.sql("""
                SELECT s.article_slug AS slug,
                       (SELECT MIN(a.title) FROM article a
                        WHERE a.site = s.site AND a.slug = s.article_slug) AS title,
                       SUM(CASE WHEN s.kind = 'CONFIRMED' THEN 1 ELSE 0 END) AS confirmed,
                       SUM(CASE WHEN s.kind = 'POTENTIAL' THEN 1 ELSE 0 END) AS potential
                FROM deflection_signal s
                WHERE s.site = ? AND s.kind IN ('CONFIRMED', 'POTENTIAL')
                GROUP BY s.site, s.article_slug
                ORDER BY confirmed DESC, potential DESC, slug FETCH FIRST"""
                + " " + limit + " ROWS ONLY")
                .param(site).query(Deflecting.class).list();
    }

    /** How many signals of each kind a site has, for the analytics page. */
    long count(String site, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM deflection_signal WHERE site = ? AND kind = ?")
                .params(site, kind).query(Long.class).single();
    }

    private long openJourney(String site, String form, String visitor) {
        return current(site, form, visitor).orElseGet(() -> {
            jdbc.sql("""
                    INSERT INTO deflection_journey (site, form, visitor, started_at)
                    VALUES (?, ?, ?, ?)""").params(site, form, visitor, now()).update();
            return current(site, form, visitor).orElseThrow();
        });
    }

    private Optional<Long> current(String site, String form, String visitor) {
        return jdbc.sql("""
                SELECT MAX(id) FROM deflection_journey
                WHERE site = ? AND form = ? AND visitor = ? AND sent_at IS NULL
                  AND confirmed_at IS NULL AND potential_at IS NULL AND started_at > ?""")
                .params(site, form, visitor, OffsetDateTime.ofInstant(
                        clock.instant().minus(JOURNEY_LENGTH), ZoneOffset.UTC))
                .query(Long.class).optional();
    }

    private void signal(long journey, String site, String form, String kind, String slug) {
        jdbc.sql("""
                INSERT INTO deflection_signal (journey_id, site, form, kind, article_slug,
                                               happened_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(journey, site, form, kind, slug, now()).update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private record Abandoned(long id, String site, String form, String slug, Instant openedAt) {
    }
}
