package org.portico.cases.internal.mail;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.portico.cases.internal.mail.Mailboxes.Mailbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Watches mailboxes with IMAP IDLE where the server offers it, so that a message is taken in
 * as soon as it arrives instead of at the next poll. Each watch is one connection and one
 * thread on the node that holds the mail lease (see {@link MailboxPoller}); it wakes the
 * connection every poll interval to renew the lease and look for anything it missed, and ends
 * (handing the mailbox back to polling) when the lease is lost, the connection fails or the
 * mailbox changes.
 */
@Component
class MailboxIdle implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailboxIdle.class);

    private final MailboxReader reader;
    private final Mailboxes mailboxes;
    private final Duration wakeEvery;
    private final boolean enabled;
    private final Map<Long, Watch> watches = new ConcurrentHashMap<>();
    private final Set<Mailbox> withoutIdle = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService alarms = Executors.newSingleThreadScheduledExecutor(
            runnable -> daemon(runnable, "mail-idle-alarm"));

    MailboxIdle(MailboxReader reader, Mailboxes mailboxes,
            @Value("${portico.mail.poll-interval:60s}") Duration wakeEvery,
            @Value("${portico.mail.idle:true}") boolean enabled) {
        this.reader = reader;
        this.mailboxes = mailboxes;
        this.wakeEvery = wakeEvery;
        this.enabled = enabled;
    }

    /** Whether a watch is taking this mailbox's mail now (the poller leaves it alone). */
    boolean watching(Mailbox mailbox) {
        Watch watch = watches.get(mailbox.id());
        return watch != null && watch.mailbox.equals(settings(mailbox));
    }

    /** Whether a watch is waiting in IDLE on this mailbox right now. */
    boolean idling(Mailbox mailbox) {
        Watch watch = watches.get(mailbox.id());
        return watch != null && watch.idling;
    }

    /**
     * Starts watching a mailbox unless it is watched already, its server lacks IDLE, or IDLE
     * is switched off; {@code mayRead} is asked before every round (the lease).
     */
    void watch(Mailbox mailbox, BooleanSupplier mayRead) {
        Mailbox settings = settings(mailbox);
        if (!enabled || withoutIdle.contains(settings) || watching(mailbox)) {
            return;
        }
        Watch previous = watches.remove(mailbox.id());
        if (previous != null) {
            previous.stop();
        }
        Watch watch = new Watch(settings, mayRead);
        watches.put(mailbox.id(), watch);
        daemon(watch::run, "mail-idle-" + mailbox.id()).start();
    }

    /** Ends the watches of mailboxes that are no longer enabled as they were. */
    void keepOnly(Iterable<Mailbox> enabledMailboxes) {
        Set<Mailbox> current = ConcurrentHashMap.newKeySet();
        enabledMailboxes.forEach(m -> current.add(settings(m)));
        watches.values().removeIf(w -> {
            boolean gone = !current.contains(w.mailbox);
            if (gone) {
                w.stop();
            }
            return gone;
        });
    }

    void stopAll() {
        watches.values().forEach(Watch::stop);
        watches.clear();
    }

    @Override
    public void destroy() {
        stopAll();
        alarms.shutdownNow();
    }

    /** The mailbox without the fields that change on every poll, to compare settings. */
    private static Mailbox settings(Mailbox m) {
        return new Mailbox(m.id(), m.name(), m.address(), m.site(), m.protocol(), m.host(),
                m.port(), m.username(), m.password(), m.folder(), m.enabled(), null, null);
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /** One mailbox's IDLE connection and the loop that serves it. */
    private final class Watch {

        private final Mailbox mailbox;
        private final BooleanSupplier mayRead;
        private volatile boolean stopped;
        private volatile IMAPFolder folder;
        private volatile boolean idling;

        Watch(Mailbox mailbox, BooleanSupplier mayRead) {
            this.mailbox = mailbox;
            this.mayRead = mayRead;
        }

        void run() {
            try (Store store = reader.connect(mailbox, wakeEvery.plusSeconds(30))) {
                if (!(store instanceof IMAPStore imap) || !imap.hasCapability("IDLE")) {
                    withoutIdle.add(mailbox);
                    log.info("Mailbox {}: the server offers no IDLE; it is polled",
                            mailbox.name());
                    return;
                }
                folder = (IMAPFolder) store.getFolder(mailbox.folder());
                folder.open(Folder.READ_WRITE);
                log.info("Mailbox {} is watched with IMAP IDLE", mailbox.name());
                serve(folder);
            } catch (MessagingException | RuntimeException failure) {
                if (!stopped) {
                    log.warn("IMAP IDLE on mailbox {} ended; back to polling: {}",
                            mailbox.name(), failure.toString());
                    mailboxes.polled(mailbox.id(), String.valueOf(failure.getMessage()));
                }
            } finally {
                watches.remove(mailbox.id(), this);
            }
        }

        private void serve(IMAPFolder open) throws MessagingException {
            while (!stopped && mayRead.getAsBoolean()) {
                reader.lock().lock();
                try {
                    reader.takeUnread(mailbox, open);
                    open.expunge();
                } finally {
                    reader.lock().unlock();
                }
                mailboxes.polled(mailbox.id(), null);
                ScheduledFuture<?> alarm = alarms.schedule(this::wake, wakeEvery.toMillis(),
                        TimeUnit.MILLISECONDS);
                try {
                    idling = true;
                    open.idle(true);
                } finally {
                    idling = false;
                    alarm.cancel(false);
                }
            }
        }

        /** Any command on the folder from another thread ends a running IDLE. */
        private void wake() {
            IMAPFolder open = folder;
            if (open == null || !open.isOpen()) {
                return;
            }
            try {
                open.doCommand(protocol -> {
                    protocol.simpleCommand("NOOP", null);
                    return null;
                });
            } catch (MessagingException | RuntimeException failure) {
                log.debug("Waking mailbox {} failed: {}", mailbox.name(), failure.toString());
            }
        }

        void stop() {
            stopped = true;
            wake();
        }
    }
}
