package org.portico.analytics.internal;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.portico.identity.Directory;
import org.portico.identity.Role;
import org.portico.identity.StaffMember;
import org.portico.platform.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails last month's scorecard to every supervisor early on the 1st. One node sends a month: it
 * claims the month's {@code analytics_report_run} row (a lease of one hour, taken over when it
 * lapses before the run finished); a finished month is never sent again.
 */
@Component
class MonthlyScorecardMail {

    private static final Logger log = LoggerFactory.getLogger(MonthlyScorecardMail.class);
    private static final Duration LEASE = Duration.ofHours(1);

    private final Scorecard scorecard;
    private final Directory directory;
    private final Mailer mailer;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final AnalyticsSettings settings;
    private final Clock clock;
    private final Locale locale;
    private final String baseUrl;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    MonthlyScorecardMail(Scorecard scorecard, Directory directory, Mailer mailer,
            MessageSource messages, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            AnalyticsSettings settings, Clock clock,
            @Value("${portico.analytics.report-language:en}") String language,
            @Value("${portico.base-url:}") String baseUrl) {
        this.scorecard = scorecard;
        this.directory = directory;
        this.mailer = mailer;
        this.messages = messages;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
        this.clock = clock;
        this.locale = Locale.forLanguageTag(language);
        this.baseUrl = baseUrl;
    }

    @Scheduled(cron = "${portico.analytics.report-cron:0 0 7 1 * *}",
            zone = "${portico.analytics.zone:Europe/London}")
    void sendLastMonth() {
        send(YearMonth.now(clock.withZone(settings.zone())).minusMonths(1));
    }

    /** Sends the month's scorecard unless another node has it or it was sent; how many got it. */
    int send(YearMonth month) {
        if (!claim(month)) {
            log.info("Scorecard of {} is sent by another node or was sent already", month);
            return 0;
        }
        PeriodFigures figures = scorecard.figures(new ScorecardFilter(month.atDay(1),
                month.atEndOfMonth(), null, null, null));
        String subject = messages.getMessage("scorecard.mail.subject",
                new Object[] {month.toString()}, locale);
        String body = body(month, figures);
        List<StaffMember> supervisors = directory.caseWorkers().stream()
                .filter(s -> s.role() == Role.SUPERVISOR).toList();
        supervisors.forEach(s -> mailer.send(s.email(), subject, body));
        inTransaction(() -> jdbc.update("UPDATE analytics_report_run SET finished_at = ?,"
                + " recipients = ? WHERE period = ?", Rollups.utc(clock.instant()),
                supervisors.size(), month.toString()));
        log.info("Scorecard of {} sent to {} supervisors", month, supervisors.size());
        return supervisors.size();
    }

    private String body(YearMonth month, PeriodFigures f) {
        String none = messages.getMessage("scorecard.no-data", null, locale);
        return messages.getMessage("scorecard.mail.body", new Object[] {month.toString(),
            settings.zone().getId(), String.valueOf(f.volume().opened()),
            String.valueOf(f.volume().solved()), hours(f.speed().firstResponseHours(), none),
            hours(f.speed().resolutionHours(), none), money(f.costs().perCase(), none),
            money(f.costs().perSolvedCase(), none),
            f.avoided() == null ? none : String.valueOf(f.avoided().total()),
            f.csat() == null ? none : String.format(Locale.ROOT, "%.0f %%",
                    f.csat().satisfiedShare() * 100),
            f.nps() == null ? none : String.format(Locale.ROOT, "%.0f", f.nps().score()),
            baseUrl + "/console/dashboard?from=" + month.atDay(1) + "&to="
                    + month.atEndOfMonth()}, locale);
    }

    private static String hours(Double value, String none) {
        return value == null ? none : String.format(Locale.ROOT, "%.1f h", value);
    }

    private static String money(BigDecimal value, String none) {
        return value == null ? none : value.toPlainString();
    }

    private boolean claim(YearMonth month) {
        Instant now = clock.instant();
        try {
            inTransaction(() -> jdbc.update("""
                    INSERT INTO analytics_report_run (period, claimed_by, claimed_until,
                        recipients) VALUES (?, ?, ?, 0)""", month.toString(), node,
                    Rollups.utc(now.plus(LEASE))));
            return true;
        } catch (DataIntegrityViolationException taken) {
            Integer took = inTransaction(() -> jdbc.update("""
                    UPDATE analytics_report_run SET claimed_by = ?, claimed_until = ?
                    WHERE period = ? AND finished_at IS NULL AND claimed_until < ?""", node,
                    Rollups.utc(now.plus(LEASE)), month.toString(), Rollups.utc(now)));
            return took != null && took == 1;
        }
    }

    private <T> T inTransaction(Supplier<T> work) {
        return ownTransaction.execute(status -> work.get());
    }
}
