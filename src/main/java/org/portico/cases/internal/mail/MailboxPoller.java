package org.portico.cases.internal.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;

import org.portico.cases.internal.mail.Mailboxes.Mailbox;
import org.portico.platform.PorticoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the enabled mailboxes over IMAP every {@code portico.mail.poll-interval}. Only the node
 * holding the {@link MailLease} polls. Each unread message is taken in by {@link MailIntake}
 * (which quarantines what it cannot process), then flagged deleted and expunged; a message
 * that cannot even be read from the server is left there and logged, and the poller goes on.
 */
@Component
class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final Mailboxes mailboxes;
    private final MailIntake intake;
    private final MailLease lease;
    private final boolean commandMode;
    private final String node = "node-" + UUID.randomUUID();
    private final ReentrantLock running = new ReentrantLock();

    MailboxPoller(Mailboxes mailboxes, MailIntake intake, MailLease lease,
            PorticoProperties properties) {
        this.mailboxes = mailboxes;
        this.intake = intake;
        this.lease = lease;
        this.commandMode = properties.commandMode();
    }

    /** What one poll of a mailbox did. */
    record PollResult(int taken, int unreadable, String error) implements Serializable {
    }

    // TODO(#4): no IMAP IDLE yet; mail waits up to one poll interval.
    @Scheduled(fixedDelayString = "${portico.mail.poll-interval:60s}",
            initialDelayString = "${portico.mail.poll-initial-delay:30s}")
    void pollAll() {
        if (commandMode || !running.tryLock()) {
            return;
        }
        try {
            for (Mailbox mailbox : mailboxes.enabled()) {
                if (!lease.acquire(node, LEASE)) {
                    return;
                }
                poll(mailbox);
            }
        } finally {
            running.unlock();
        }
    }

    /**
     * Polls one mailbox now, if this node may.
     *
     * @return what happened, or empty when another node (or poll) is reading mail right now
     */
    Optional<PollResult> pollNow(Mailbox mailbox) {
        if (!running.tryLock()) {
            return Optional.empty();
        }
        try {
            return lease.acquire(node, LEASE) ? Optional.of(poll(mailbox))
                    : Optional.empty();
        } finally {
            running.unlock();
        }
    }

    private PollResult poll(Mailbox mailbox) {
        PollResult result;
        try {
            result = read(mailbox);
        } catch (MessagingException | RuntimeException failure) {
            log.warn("Mailbox {} could not be read: {}", mailbox.name(), failure.toString());
            result = new PollResult(0, 0, failure.getMessage() == null ? failure.toString()
                    : failure.getMessage());
        }
        mailboxes.polled(mailbox.id(), result.error());
        return result;
    }

    private PollResult read(Mailbox mailbox) throws MessagingException {
        Session session = Session.getInstance(connection(mailbox));
        try (Store store = session.getStore(mailbox.protocol())) {
            store.connect(mailbox.host(), mailbox.port(), mailbox.username(),
                    mailbox.password());
            Folder folder = store.getFolder(mailbox.folder());
            folder.open(Folder.READ_WRITE);
            int taken = 0;
            int unreadable = 0;
            try {
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN),
                        false))) {
                    if (take(mailbox, message)) {
                        taken++;
                    } else {
                        unreadable++;
                    }
                }
            } finally {
                folder.close(true);
            }
            if (taken + unreadable > 0) {
                log.info("Mailbox {}: {} message(s) taken in, {} unreadable", mailbox.name(),
                        taken, unreadable);
            }
            return new PollResult(taken, unreadable, null);
        }
    }

    private boolean take(Mailbox mailbox, Message message) {
        byte[] raw;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            raw = bytes.toByteArray();
        } catch (IOException | MessagingException | RuntimeException unreadable) {
            log.warn("A message in mailbox {} could not be read from the server: {}",
                    mailbox.name(), unreadable.toString());
            return false;
        }
        intake.takeOnce(raw, "mailbox " + mailbox.name(), mailbox.site());
        try {
            message.setFlags(new Flags(Flags.Flag.DELETED), true);
            message.setFlag(Flags.Flag.SEEN, true);
        } catch (MessagingException flagging) {
            log.warn("A message in mailbox {} could not be flagged: {}", mailbox.name(),
                    flagging.toString());
        }
        return true;
    }

    private static Properties connection(Mailbox mailbox) {
        Properties properties = new Properties();
        String protocol = mailbox.protocol();
        properties.setProperty("mail." + protocol + ".connectiontimeout", "10000");
        properties.setProperty("mail." + protocol + ".timeout", "30000");
        properties.setProperty("mail." + protocol + ".partialfetch", "false");
        if (protocol.equals("imaps")) {
            properties.setProperty("mail.imaps.ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
