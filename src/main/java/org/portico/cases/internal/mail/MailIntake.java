package org.portico.cases.internal.mail;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.portico.cases.internal.ChannelCases;
import org.portico.cases.internal.ChannelCases.CaseRef;
import org.portico.cases.internal.ChannelCases.ChannelCase;
import org.portico.cases.internal.attachments.AttachmentStore;
import org.portico.cases.internal.mail.DecodedMail.MailFile;
import org.portico.cases.internal.mail.MailCustomers.Customer;
import org.portico.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Turns one inbound message into a case, a reply on a case, or a quarantine entry; the same
 * for the mailbox poller, the command-line import and "process again". A new message opens a
 * case for its sender; a reply joins its case by {@code In-Reply-To}/{@code References} or,
 * from the case's own customer or account, by the case number in the subject. Bounces and
 * automatic replies never open a case: they become an internal note on the case they answer,
 * or go to the quarantine. Nothing here ever sends mail, so no message can start a loop.
 */
@Service
public class MailIntake {

    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);
    private static final List<Pattern> CASE_NUMBER = List.of(
            Pattern.compile("\\[#\\s*(\\d{5,8})\\s*]"),
            Pattern.compile("(?i)\\bcase\\s*(?:no\\.?|number)?\\s*#?\\s*(\\d{5,8})\\b"),
            Pattern.compile("工单\\s*#?\\s*(\\d{5,8})"));
    private static final int MAX_TEXT = 10_000;
    private static final int MAX_SUBJECT = 200;

    private final ChannelCases cases;
    private final CaseMails mails;
    private final MailCustomers customers;
    private final AttachmentStore files;
    private final Quarantine quarantine;
    private final TransactionTemplate transaction;
    private final String topic;
    private final long maxFileBytes;

    MailIntake(ChannelCases cases, CaseMails mails, MailCustomers customers,
            AttachmentStore files, Quarantine quarantine, TransactionTemplate transaction,
            @Value("${portico.mail.topic:account}") String topic,
            @Value("${portico.attachments.max-size:10MB}") DataSize maxFile) {
        this.cases = cases;
        this.mails = mails;
        this.customers = customers;
        this.files = files;
        this.quarantine = quarantine;
        this.transaction = transaction;
        this.topic = topic;
        this.maxFileBytes = maxFile.toBytes();
    }

    /** What became of a message. */
    public enum Outcome {
        CASE, REPLY, QUARANTINED, DUPLICATE
    }

    /**
     * What became of a message: the case it opened or joined, or the reason it was kept in
     * the quarantine.
     */
    public record Result(Outcome outcome, String caseNumber, String reason)
            implements Serializable {
    }

    /**
     * Takes one message in. A message that cannot be processed is quarantined, so this only
     * throws when even the quarantine cannot store it (the database is gone).
     *
     * @param source where it came from (a mailbox or a file), shown with quarantined mail
     * @param site the site a new case belongs to
     */
    public Result take(byte[] raw, String source, String site) {
        return run(raw, source, site, false);
    }

    /** Like {@link #take}, but a message whose Message-ID came in before is skipped. */
    public Result takeOnce(byte[] raw, String source, String site) {
        return run(raw, source, site, true);
    }

    private Result run(byte[] raw, String source, String site, boolean once) {
        try {
            return transaction.execute(status -> process(raw, site, once));
        } catch (MailUnreadable unreadable) {
            return quarantined(raw, source, unreadable.getMessage());
        } catch (RuntimeException failure) {
            log.warn("Message from {} could not be processed; quarantined", source, failure);
            return quarantined(raw, source, "could not be processed: " + failure);
        }
    }

    /** Processes a quarantined message again; it stays quarantined if it fails again. */
    Result retry(long quarantineId, String site) {
        byte[] raw = quarantine.raw(quarantineId)
                .orElseThrow(() -> new NotFoundException("quarantine " + quarantineId));
        try {
            Result result = transaction.execute(status -> process(raw, site, false));
            quarantine.release(quarantineId, result.outcome() + " " + result.caseNumber());
            return result;
        } catch (RuntimeException failure) {
            String reason = failure instanceof MailUnreadable ? failure.getMessage()
                    : "could not be processed: " + failure;
            quarantine.stillFailing(quarantineId, reason);
            return new Result(Outcome.QUARANTINED, null, reason);
        }
    }

    private Result quarantined(byte[] raw, String source, String reason) {
        quarantine.keep(raw, source, reason);
        log.info("Message from {} quarantined: {}", source, reason);
        return new Result(Outcome.QUARANTINED, null, reason);
    }

    private Result process(byte[] raw, String site, boolean once) {
        DecodedMail mail = MailDecoder.decode(raw);
        if (once && mails.received(mail.messageId())) {
            return new Result(Outcome.DUPLICATE, null, "Message-ID seen before");
        }
        return switch (mail.kind()) {
            case BOUNCE -> machineNote(mail, bounced(mail), "Delivery failure");
            case AUTO_REPLY -> machineNote(mail, threaded(mail), "Automatic reply");
            case PERSON -> fromPerson(mail, site);
        };
    }

    private Result machineNote(DecodedMail mail, Optional<CaseRef> found, String what) {
        CaseRef supportCase = found.orElseThrow(() -> new MailUnreadable(
                what.toLowerCase(Locale.ROOT) + " (" + mail.kindReason()
                        + ") that belongs to no known case"));
        String note = what + " from " + mail.senderAddress() + ": " + mail.subject()
                + "\n\n" + mail.body();
        long message = cases.addSystemNote(supportCase, cut(note, MAX_TEXT));
        mails.record(supportCase.id(), mail.messageId(), CaseMails.INBOUND);
        log.info("{} ({}) noted on case {}", what, mail.kindReason(), supportCase.number());
        saveFiles(supportCase.id(), message, mail.attachments(), note);
        return new Result(Outcome.REPLY, supportCase.number(), mail.kindReason());
    }

    private Optional<CaseRef> bounced(DecodedMail mail) {
        Optional<CaseRef> found = mails.caseOf(mail.originalIds()).flatMap(cases::findById);
        if (found.isEmpty()) {
            found = threaded(mail);
        }
        return found.isPresent() ? found : numbered(mail.originalSubject());
    }

    private Optional<CaseRef> threaded(DecodedMail mail) {
        Optional<CaseRef> found = mails.caseOf(mail.threadIds()).flatMap(cases::findById);
        return found.isPresent() ? found : numbered(mail.subject());
    }

    private Optional<CaseRef> numbered(String subject) {
        for (Pattern pattern : CASE_NUMBER) {
            Matcher number = pattern.matcher(subject == null ? "" : subject);
            while (number.find()) {
                String padded = String.format(Locale.ROOT, "%08d",
                        Long.parseLong(number.group(1)));
                Optional<CaseRef> found = cases.find(padded);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private Result fromPerson(DecodedMail mail, String site) {
        if (mail.senderAddress() == null) {
            throw new MailUnreadable("no sender address");
        }
        Customer customer = customers.of(mail.senderAddress(), mail.senderName(),
                mail.subject() + " " + mail.body());
        Optional<CaseRef> reply = mails.caseOf(mail.threadIds()).flatMap(cases::findById);
        if (reply.isEmpty()) {
            reply = numbered(mail.subject()).filter(c -> belongsTo(c, customer));
        }
        if (reply.isPresent()) {
            CaseRef supportCase = reply.get();
            long message = cases.addCustomerMessage(supportCase, customer.userId(),
                    cut(text(mail), MAX_TEXT));
            mails.record(supportCase.id(), mail.messageId(), CaseMails.INBOUND);
            saveFiles(supportCase.id(), message, mail.attachments(), text(mail));
            log.info("Email reply added to case {}", supportCase.number());
            return new Result(Outcome.REPLY, supportCase.number(), null);
        }
        return open(mail, site, customer);
    }

    private static boolean belongsTo(CaseRef supportCase, Customer customer) {
        return supportCase.view().requesterUserId() == customer.userId()
                || supportCase.view().accountId() == customer.accountId();
    }

    private Result open(DecodedMail mail, String site, Customer customer) {
        String body = text(mail);
        CaseRef opened = cases.open(new ChannelCase(customer.userId(), customer.accountId(),
                site, subject(mail), cut(body, MAX_TEXT), topic, "EMAIL"));
        mails.record(opened.id(), mail.messageId(), CaseMails.INBOUND);
        saveFiles(opened.id(), null, mail.attachments(), body);
        log.info("Case {} opened from an email", opened.number());
        return new Result(Outcome.CASE, opened.number(), null);
    }

    private static String text(DecodedMail mail) {
        return mail.body() == null ? "" : mail.body();
    }

    private static String subject(DecodedMail mail) {
        String subject = mail.subject();
        if (subject.isBlank()) {
            subject = text(mail).strip().lines().findFirst().orElse("");
        }
        subject = subject.isBlank() ? "(no subject)" : subject;
        return cut(subject, MAX_SUBJECT);
    }

    private void saveFiles(long caseId, Long messageId, List<MailFile> attached, String text) {
        List<MailFile> all = new ArrayList<>(attached);
        if (text.length() > MAX_TEXT) {
            all.add(new MailFile("message.txt", "text/plain",
                    text.getBytes(StandardCharsets.UTF_8)));
        }
        for (MailFile file : all) {
            if (file.content().length > maxFileBytes) {
                cases.findById(caseId).ifPresent(c -> cases.addSystemNote(c,
                        "File " + file.name() + " (" + file.content().length
                                + " bytes) was over the size limit and was not kept."));
                continue;
            }
            files.save(caseId, messageId, file.name(), file.content(), null);
        }
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
