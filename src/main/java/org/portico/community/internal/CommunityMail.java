package org.portico.community.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.portico.platform.JobLease;
import org.portico.platform.Mailer;
import org.portico.platform.PorticoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mail about followed questions and topics: at once for members who chose that (the
 * default), once a day for the digest. The digest is sent by one node only, the one that takes
 * the {@code community-digest} {@link JobLease}, and once a day: the day's row in
 * {@code community_digest_run} records it. Every mail carries an unsubscribe link that works
 * without signing in.
 */
@Component
class CommunityMail {

    static final String LEASE = "community-digest";
    private static final Logger log = LoggerFactory.getLogger(CommunityMail.class);
    private static final Duration LEASE_LENGTH = Duration.ofHours(1);

    private final Notifications notifications;
    private final Members members;
    private final Mailer mailer;
    private final MessageSource messages;
    private final PorticoProperties properties;
    private final JdbcClient jdbc;
    private final JobLease lease;
    private final Clock clock;

    CommunityMail(Notifications notifications, Members members, Mailer mailer,
            MessageSource messages, PorticoProperties properties, JdbcClient jdbc,
            JobLease lease, Clock clock) {
        this.lease = lease;
        this.notifications = notifications;
        this.members = members;
        this.mailer = mailer;
        this.messages = messages;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void sendImmediate(Notifications.NoticesAdded added) {
        String base = baseUrl();
        for (Long user : notifications.waitingForMail(Members.MailMode.IMMEDIATE)) {
            send(user, base);
        }
    }

    @Scheduled(cron = "${portico.community.digest-cron:0 0 7 * * *}", zone = "UTC")
    void sendDailyDigest() {
        sendDigest(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    /** Sends the digest of a day unless another node sends or sent it; returns the mails sent. */
    int sendDigest(LocalDate day) {
        return lease.runAlone(LEASE, LEASE_LENGTH, () -> sendOnce(day)).orElseGet(() -> {
            log.info("Community digest of {} is sent by another node", day);
            return 0;
        });
    }

    private int sendOnce(LocalDate day) {
        if (!claim(day)) {
            log.info("Community digest of {} was sent already", day);
            return 0;
        }
        return sendClaimed(day);
    }

    private int sendClaimed(LocalDate day) {
        String base = baseUrl();
        int sent = 0;
        for (Long user : notifications.waitingForMail(Members.MailMode.DAILY)) {
            sent += send(user, base) ? 1 : 0;
        }
        jdbc.sql("UPDATE community_digest_run SET finished_at = ? WHERE digest_day = ?")
                .params(PostStore.utc(clock.instant()), day).update();
        log.info("Community digest of {} sent to {} members", day, sent);
        return sent;
    }

    private boolean claim(LocalDate day) {
        try {
            jdbc.sql("""
                    INSERT INTO community_digest_run (digest_day, claimed_at) VALUES (?, ?)""")
                    .params(day, PostStore.utc(clock.instant())).update();
            return true;
        } catch (DuplicateKeyException claimed) {
            return false;
        }
    }

    private boolean send(long userId, String base) {
        List<Notifications.Notice> notices = notifications.unmailed(userId);
        Members.Member member = members.find(userId).orElse(null);
        if (notices.isEmpty() || member == null
                || !notifications.markMailed(notices, clock.instant())) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(member.locale());
        StringBuilder body = new StringBuilder();
        body.append(text("community.mail.greeting", locale, member.name())).append("\n\n");
        for (Notifications.Notice notice : notices) {
            body.append("- ").append(text("community.notice." + notice.kind(), locale,
                    notice.questionTitle())).append("\n  ").append(base).append("/s/")
                    .append(notice.site()).append("/community/questions/")
                    .append(notice.questionId()).append("\n");
        }
        String site = notices.get(0).site();
        body.append("\n").append(text("community.mail.unsubscribe", locale)).append("\n")
                .append(base).append("/s/").append(site).append("/community/unsubscribe?token=")
                .append(member.unsubscribeToken()).append("\n");
        try {
            mailer.send(member.email(), text("community.mail.subject", locale, notices.size()),
                    body.toString());
            return true;
        } catch (RuntimeException failed) {
            log.warn("Community mail to user {} failed: {}", userId, failed.getMessage());
            return false;
        }
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String baseUrl() {
        try {
            return properties.publicBaseUrl();
        } catch (IllegalStateException noRequest) {
            return "";
        }
    }
}
