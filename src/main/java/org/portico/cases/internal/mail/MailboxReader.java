package org.portico.cases.internal.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;

import org.portico.cases.internal.mail.MailboxPoller.PollResult;
import org.portico.cases.internal.mail.Mailboxes.Mailbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Connects to a mailbox over IMAP and takes in its unread messages, for the poller and for
 * the IDLE watch alike. One node reads mail at a time (the mail lease, see
 * {@link MailboxPoller}); inside the node, {@link #lock()} keeps a poll and a watch from
 * taking the same message twice.
 */
@Component
class MailboxReader {

    private static final Logger log = LoggerFactory.getLogger(MailboxReader.class);

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final MailIntake intake;
    private final ReentrantLock taking = new ReentrantLock();

    MailboxReader(MailIntake intake) {
        this.intake = intake;
    }

    ReentrantLock lock() {
        return taking;
    }

    /** A connected store for one poll; the caller closes it. */
    Store connect(Mailbox mailbox) throws MessagingException {
        return connect(mailbox, READ_TIMEOUT);
    }

    /**
     * A connected store whose reads wait up to {@code readTimeout}: an IDLE connection stays
     * silent until mail arrives or it is woken, so it needs longer than a poll.
     */
    Store connect(Mailbox mailbox, Duration readTimeout) throws MessagingException {
        Session session = Session.getInstance(connection(mailbox, readTimeout));
        Store store = session.getStore(mailbox.protocol());
        store.connect(mailbox.host(), mailbox.port(), mailbox.username(), mailbox.password());
        return store;
    }

    /**
     * Takes in every unread message of an open folder, then flags it deleted; the caller
     * holds {@link #lock()} and expunges (or closes the folder with expunge).
     */
    PollResult takeUnread(Mailbox mailbox, Folder folder) throws MessagingException {
        int taken = 0;
        int unreadable = 0;
        for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
            if (take(mailbox, message)) {
                taken++;
            } else {
                unreadable++;
            }
        }
        if (taken + unreadable > 0) {
            log.info("Mailbox {}: {} message(s) taken in, {} unreadable", mailbox.name(),
                    taken, unreadable);
        }
        return new PollResult(taken, unreadable, null);
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

    private static Properties connection(Mailbox mailbox, Duration readTimeout) {
        Properties properties = new Properties();
        String protocol = mailbox.protocol();
        properties.setProperty("mail." + protocol + ".connectiontimeout", "10000");
        properties.setProperty("mail." + protocol + ".timeout",
                String.valueOf(readTimeout.toMillis()));
        properties.setProperty("mail." + protocol + ".partialfetch", "false");
        if (protocol.equals("imaps")) {
            properties.setProperty("mail.imaps.ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
