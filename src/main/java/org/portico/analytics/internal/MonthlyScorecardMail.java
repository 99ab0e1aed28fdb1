package org.portico.analytics.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.portico.identity.Directory;
import org.portico.identity.Role;
import org.portico.identity.StaffMember;
import org.portico.platform.JobLease;
import org.portico.platform.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails last month's scorecard to every supervisor early on the 1st. One node sends: the one
 * that takes the {@code scorecard-mail} {@link JobLease}; a month sent is recorded in
 * {@code analytics_report_run} and never sent again.
 */
@Component
class MonthlyScorecardMail {

    private static final Logger log = LoggerFactory.getLogger(MonthlyScorecardMail.class);
    static final String LEASE = "scorecard-mail";
    private static final Duration LEASE_LENGTH = Duration.ofHours(1);

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
    private final JobLease lease;

    MonthlyScorecardMail(Scorecard scorecard, Directory directory, Mailer mailer,
            MessageSource messages, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            JobLease lease, AnalyticsSettings settings, Clock clock,
            @Value("${portico.analytics.report-language:en}") String language,
            @Value("${portico.base-url:}") String baseUrl) {
        this.scorecard = scorecard;
        this.directory = directory;
        this.mailer = mailer;
        this.messages = messages;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.lease = lease;
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
        return lease.runAlone(LEASE, LEASE_LENGTH, () -> sendOnce(month)).orElseGet(() -> {
            log.info("Scorecard of {} is being sent by another node", month);
            return 0;
        });
    }

    private int sendOnce(YearMonth month) {
        if (sent(month)) {
            log.info("Scorecard of {} was sent already", month);
            return 0;
        }
        return sendNow(month);
    }

    private int sendNow(YearMonth month) {
        PeriodFigures figures = scorecard.figures(new ScorecardFilter(month.atDay(1),
                month.atEndOfMonth(), null, null, null));
        String subject = messages.getMessage("scorecard.mail.subject",
                new Object[] {month.toString()}, locale);
        String body = body(month, figures);
        List<StaffMember> supervisors = directory.caseWorkers().stream()
                .filter(s -> s.role() == Role.SUPERVISOR).toList();
        supervisors.forEach(s -> mailer.send(s.email(), subject, body));
        inTransaction(() -> jdbc.update("INSERT INTO analytics_report_run (period, finished_at,"
                + " recipients) VALUES (?, ?, ?)", month.toString(),
                Rollups.utc(clock.instant()), supervisors.size()));
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

    private boolean sent(YearMonth month) {
        Integer runs = jdbc.queryForObject("SELECT COUNT(*) FROM analytics_report_run"
                + " WHERE period = ?", Integer.class, month.toString());
        return runs != null && runs > 0;
    }

    private <T> T inTransaction(Supplier<T> work) {
        return ownTransaction.execute(status -> work.get());
    }
}
