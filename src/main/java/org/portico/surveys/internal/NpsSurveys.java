package org.portico.surveys.internal;

import static org.portico.surveys.internal.SurveyParts.utc;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.portico.identity.CustomerSummary;
import org.portico.platform.Mailer;
import org.portico.platform.PorticoProperties;
import org.portico.platform.SecretTokens;
import org.portico.sites.SiteView;
import org.portico.surveys.NpsAnswer;
import org.portico.surveys.NpsAnswered;
import org.portico.surveys.NpsAnswers;
import org.portico.surveys.NpsSurveySent;
import org.portico.surveys.PastNpsSurveysImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The NPS question ("how likely are you to recommend us?", 0 to 10 and a comment): asks a
 * contact by email with a link that carries a token (only its hash is stored), and on the
 * site while signed in. The first answer to a survey counts; later ones change nothing.
 */
@Service
class NpsSurveys implements NpsAnswers {

    private static final Logger log = LoggerFactory.getLogger(NpsSurveys.class);
    private static final String COLUMNS =
            "id, site_slug, customer_user_id, account_id, score, comment";

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final MessageSource messages;
    private final PorticoProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NpsSurveys(JdbcClient jdbc, Mailer mailer, MessageSource messages,
            PorticoProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.messages = messages;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Records a survey for the contact on the site and publishes {@link NpsSurveySent}. */
    @Transactional
    String record(CustomerSummary contact, SiteView site) {
        String token = SecretTokens.newToken();
        Instant now = clock.instant();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO nps_survey (site_slug, customer_user_id, account_id, token_hash,
                                        sent_at) VALUES (?, ?, ?, ?, ?)""")
                .params(site.slug(), contact.userId(), contact.accountId(),
                        SecretTokens.hash(token), utc(now))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        events.publishEvent(new NpsSurveySent(id, site.slug(), contact.userId(),
                contact.accountId(), now));
        return token;
    }

    /** Mails the link of a recorded survey in the contact's language. */
    void mail(CustomerSummary contact, SiteView site, String token) {
        Locale locale = SurveyParts.locale(contact.locale());
        String link = SurveyParts.baseUrl(properties) + "/s/" + site.slug() + "/nps/" + token;
        mailer.send(contact.email(),
                messages.getMessage("surveys.nps.mail.subject",
                        new Object[] {site.name(locale)}, locale),
                messages.getMessage("surveys.nps.mail.body",
                        new Object[] {contact.name(), site.name(locale), link}, locale));
        log.info("NPS question sent to user {}", contact.userId());
    }

    /** When each of the contacts was last asked; those never asked are missing. */
    Map<Long, Instant> lastAsked(List<Long> userIds) {
        Map<Long, Instant> last = new HashMap<>();
        if (userIds.isEmpty()) {
            return last;
        }
        String marks = userIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        jdbc.sql("SELECT customer_user_id, MAX(sent_at) FROM nps_survey WHERE customer_user_id"
                + " IN (" + marks + ") GROUP BY customer_user_id")
                .params(new ArrayList<Object>(userIds))
                .query((rs, n) -> last.put(rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant()))
                .list();
        return last;
    }

    /** The survey a token belongs to. */
    Optional<Survey> byToken(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
            return Optional.empty();
        }
        return find("token_hash = ?", SecretTokens.hash(token));
    }

    Optional<Survey> byId(long id) {
        return find("id = ?", id);
    }

    /** The contact's latest survey on the site, while it is unanswered. */
    Optional<Survey> open(long userId, String site) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM nps_survey WHERE customer_user_id = ?"
                + " AND site_slug = ? ORDER BY sent_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")
                .params(userId, site).query(NpsSurveys::survey).optional()
                .filter(s -> !s.answered());
    }

    /**
     * Records the answer unless the survey has one already.
     *
     * @return whether this answer was recorded
     */
    @Transactional
    boolean answer(Survey survey, int score, String comment) {
        Instant now = clock.instant();
        String text = SurveyParts.comment(comment);
        boolean recorded = SurveyParts.record(jdbc, "nps_survey", survey.id(), score, text, now);
        if (recorded) {
            events.publishEvent(new NpsAnswered(survey.id(), survey.site(),
                    survey.customerUserId(), survey.accountId(), score, text != null, now));
            log.info("NPS survey {} answered {}", survey.id(), score);
        }
        return recorded;
    }

    @Override
    public Optional<NpsAnswer> latestOf(long customerUserId) {
        return jdbc.sql("""
                SELECT customer_user_id, score, comment, answered_at FROM nps_survey
                WHERE customer_user_id = ? AND answered_at IS NOT NULL
                ORDER BY answered_at DESC, id DESC FETCH FIRST 1 ROWS ONLY""")
                .param(customerUserId)
                .query((rs, n) -> new NpsAnswer(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .optional();
    }

    @Override
    @Transactional
    public void importPast(List<PastNpsSurvey> surveys) {
        List<NpsSurveySent> sent = new ArrayList<>();
        List<NpsAnswered> answered = new ArrayList<>();
        for (PastNpsSurvey past : surveys) {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO nps_survey (site_slug, customer_user_id, account_id, token_hash,
                        sent_at, score, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(past.site(), past.customerUserId(), past.accountId(),
                            SecretTokens.hash(SecretTokens.newToken()), utc(past.sentAt()),
                            past.score(), utc(past.score() == null ? null : past.answeredAt()))
                    .update(key, "id");
            long id = key.getKeyAs(Number.class).longValue();
            sent.add(new NpsSurveySent(id, past.site(), past.customerUserId(), past.accountId(),
                    past.sentAt()));
            if (past.score() != null) {
                answered.add(new NpsAnswered(id, past.site(), past.customerUserId(),
                        past.accountId(), past.score(), false, past.answeredAt()));
            }
        }
        events.publishEvent(new PastNpsSurveysImported(sent, answered));
    }

    private Optional<Survey> find(String where, Object value) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM nps_survey WHERE " + where).param(value)
                .query(NpsSurveys::survey).optional();
    }

    private static Survey survey(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Survey(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                rs.getObject(5, Integer.class), rs.getString(6));
    }

    /** One NPS survey; {@code score} is {@code null} until answered. */
    record Survey(long id, String site, long customerUserId, long accountId, Integer score,
            String comment) {

        public boolean answered() {
            return score != null;
        }
    }
}
