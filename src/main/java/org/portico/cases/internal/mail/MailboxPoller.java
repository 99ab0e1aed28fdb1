package org.portico.cases.internal.mail;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;

import org.portico.cases.internal.mail.Mailboxes.Mailbox;
import org.portico.platform.JobLease;
import org.portico.platform.PorticoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the enabled mailboxes over IMAP every {@code portico.mail.poll-interval}. Only the node
 * holding the {@code mailbox-poller} {@link JobLease} reads mail; it renews the lease while
 * it works. After a successful poll a mailbox whose server
 * offers IDLE is handed to {@link MailboxIdle}, which takes its mail as it arrives; the poller
 * leaves a watched mailbox alone and takes it back when the watch ends. Each unread message is
 * taken in by {@link MailIntake} (which quarantines what it cannot process), then flagged
 * deleted and expunged; a message that cannot even be read from the server is left there and
 * logged, and the poller goes on.
 */
@Component
class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);
    static final String LEASE = "mailbox-poller";
    private static final Duration LEASE_LENGTH = Duration.ofMinutes(5);

    private final Mailboxes mailboxes;
    private final MailboxReader reader;
    private final MailboxIdle idle;
    private final JobLease lease;
    private final boolean commandMode;

    MailboxPoller(Mailboxes mailboxes, MailboxReader reader, MailboxIdle idle, JobLease lease,
            PorticoProperties properties) {
        this.mailboxes = mailboxes;
        this.reader = reader;
        this.idle = idle;
        this.lease = lease;
        this.commandMode = properties.commandMode();
    }

    /** What one poll of a mailbox did. */
    record PollResult(int taken, int unreadable, String error) implements Serializable {
    }

    @Scheduled(fixedDelayString = "${portico.mail.poll-interval:60s}",
            initialDelayString = "${portico.mail.poll-initial-delay:30s}")
    void pollAll() {
        if (commandMode) {
            return;
        }
        List<Mailbox> enabled = mailboxes.enabled();
        idle.keepOnly(enabled);
        for (Mailbox mailbox : enabled) {
            if (!mayRead()) {
                idle.stopAll();
                return;
            }
            if (idle.watching(mailbox)) {
                continue;
            }
            Optional<PollResult> polled = pollLocked(mailbox);
            if (polled.isPresent() && polled.get().error() == null) {
                idle.watch(mailbox, this::mayRead);
            }
        }
    }

    /**
     * Polls one mailbox now, if this node may.
     *
     * @return what happened, or empty when another node (or poll) is reading mail right now
     */
    Optional<PollResult> pollNow(Mailbox mailbox) {
        return mayRead() ? pollLocked(mailbox) : Optional.empty();
    }

    /** Takes or renews the lease; {@code false} when another node reads mail. */
    private boolean mayRead() {
        return lease.hold(LEASE, LEASE_LENGTH);
    }

    private Optional<PollResult> pollLocked(Mailbox mailbox) {
        if (!reader.lock().tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(poll(mailbox));
        } finally {
            reader.lock().unlock();
        }
    }

    private PollResult poll(Mailbox mailbox) {
        PollResult result;
        try (Store store = reader.connect(mailbox)) {
            Folder folder = store.getFolder(mailbox.folder());
            folder.open(Folder.READ_WRITE);
            try {
                result = reader.takeUnread(mailbox, folder);
            } finally {
                folder.close(true);
            }
        } catch (MessagingException | RuntimeException failure) {
            log.warn("Mailbox {} could not be read: {}", mailbox.name(), failure.toString());
            result = new PollResult(0, 0, failure.getMessage() == null ? failure.toString()
                    : failure.getMessage());
        }
        mailboxes.polled(mailbox.id(), result.error());
        return result;
    }
}
