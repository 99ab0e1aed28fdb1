package org.portico.surveys.internal;

import static org.portico.surveys.internal.SurveyParts.utc;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.portico.cases.CaseDesk;
import org.portico.cases.CaseSolved;
import org.portico.cases.CaseView;
import org.portico.identity.CustomerSummary;
import org.portico.identity.Directory;
import org.portico.platform.Mailer;
import org.portico.platform.PorticoProperties;
import org.portico.platform.SecretTokens;
import org.portico.surveys.CsatAnswer;
import org.portico.surveys.CsatAnswered;
import org.portico.surveys.CsatAnswers;
import org.portico.surveys.CsatSurveySent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Asks the customer of a solved case the satisfaction question, once per case (a case solved
 * again after reopening is not asked twice), on the case page and by email with a link that
 * carries a token (only its hash is stored). The first answer counts; later ones change
 * nothing.
 */
@Service
class CsatSurveys implements CsatAnswers {

    private static final Logger log = LoggerFactory.getLogger(CsatSurveys.class);

    private final JdbcClient jdbc;
    private final CaseDesk desk;
    private final Directory directory;
    private final Mailer mailer;
    private final MessageSource messages;
    private final PorticoProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CsatSurveys(JdbcClient jdbc, CaseDesk desk, Directory directory, Mailer mailer,
            MessageSource messages, PorticoProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.desk = desk;
        this.directory = directory;
        this.mailer = mailer;
        this.messages = messages;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CaseSolved solved) {
        CaseView supportCase = desk.read(solved.number()).supportCase();
        Optional<CustomerSummary> customer = directory.customer(supportCase.requesterUserId());
        if (customer.isEmpty()) {
            return;
        }
        String token = SecretTokens.newToken();
        try {
            jdbc.sql("""
                    INSERT INTO csat_survey (case_number, site_slug, customer_user_id,
                                             account_id, token_hash, asked_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(supportCase.number(), supportCase.site(),
                            supportCase.requesterUserId(), supportCase.accountId(),
                            SecretTokens.hash(token), utc(clock.instant()))
                    .update();
        } catch (DuplicateKeyException askedBefore) {
            return;
        }
        events.publishEvent(new CsatSurveySent(supportCase.number(), supportCase.site(),
                supportCase.requesterUserId(), clock.instant()));
        send(customer.get(), supportCase, token);
    }

    private void send(CustomerSummary customer, CaseView supportCase, String token) {
        Locale locale = SurveyParts.locale(customer.locale());
        String link = baseUrl() + "/s/" + supportCase.site() + "/csat/" + token;
        mailer.send(customer.email(),
                messages.getMessage("surveys.mail.subject",
                        new Object[] {supportCase.number()}, locale),
                messages.getMessage("surveys.mail.body", new Object[] {customer.name(),
                        supportCase.number(), supportCase.subject(), link}, locale));
        log.info("Satisfaction question for case {} sent", supportCase.number());
    }

    private String baseUrl() {
        return SurveyParts.baseUrl(properties);
    }

    /** The survey a token belongs to. */
    Optional<Survey> byToken(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
            return Optional.empty();
        }
        return find("token_hash = ?", SecretTokens.hash(token));
    }

    Optional<Survey> byCase(String number) {
        return find("case_number = ?", number);
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
        boolean recorded = SurveyParts.record(jdbc, "csat_survey", survey.id(), score, text,
                now);
        if (recorded) {
            events.publishEvent(new CsatAnswered(survey.caseNumber(), survey.customerUserId(),
                    survey.accountId(), score, text != null, now));
            log.info("Case {} rated {}", survey.caseNumber(), score);
        }
        return recorded;
    }

    @Override
    public List<CsatAnswer> ofAccount(long accountId, int limit) {
        return jdbc.sql("""
                SELECT case_number, customer_user_id, score, comment, answered_at
                FROM csat_survey WHERE account_id = ? AND answered_at IS NOT NULL
                ORDER BY answered_at DESC, id DESC FETCH FIRST\s""" + limit + " ROWS ONLY")
                .param(accountId)
                .query((rs, n) -> new CsatAnswer(rs.getString(1), rs.getLong(2), rs.getInt(3),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    private Optional<Survey> find(String where, Object value) {
        return jdbc.sql("""
                SELECT id, case_number, site_slug, customer_user_id, account_id, score, comment
                FROM csat_survey WHERE\s""" + where).param(value)
                .query((rs, n) -> new Survey(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getLong(5), rs.getObject(6, Integer.class),
                        rs.getString(7)))
                .optional();
    }

    /** A survey of one case; {@code score} is {@code null} until answered. */
    record Survey(long id, String caseNumber, String site, long customerUserId, long accountId,
            Integer score, String comment) {

        public boolean answered() {
            return score != null;
        }
    }
}
