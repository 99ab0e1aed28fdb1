package org.portico.cases.internal.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.portico.cases.CaseClosed;
import org.portico.cases.CaseEmail;
import org.portico.cases.CaseEscalated;
import org.portico.cases.CaseMarkedWaiting;
import org.portico.cases.CaseOpened;
import org.portico.cases.CaseReopened;
import org.portico.cases.CaseSolved;
import org.portico.cases.CaseStatus;
import org.portico.cases.internal.ChannelCases;
import org.portico.cases.internal.ChannelCases.CaseRef;
import org.portico.cases.internal.mail.MailTemplates.Template;
import org.portico.cases.internal.mail.OutboundMail.Draft;
import org.portico.identity.CustomerSummary;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.portico.platform.PorticoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells customers by email about an agent's emailed reply, acknowledges a case that came by
 * email or phone, and tells them when their case is solved, waiting on them, reopened,
 * escalated by an agent or closed (unless they turned those off on their details page), in
 * their language, from the administrators' templates.
 * Mail goes out from the address of the site's mailbox (or {@code portico.mail.from}) so that
 * the answer comes back into Portico; a failing mail server is logged and changes nothing
 * else.
 */
@Service
class CaseNotifications implements CaseEmail {

    private static final Logger log = LoggerFactory.getLogger(CaseNotifications.class);
    private static final Set<String> ACKNOWLEDGED_ORIGINS = Set.of("EMAIL", "PHONE");

    private final ChannelCases cases;
    private final Directory directory;
    private final MailTemplates templates;
    private final CaseMails mails;
    private final Mailboxes mailboxes;
    private final MessageSource messages;
    private final PorticoProperties properties;
    private final ObjectProvider<JavaMailSender> sender;
    private final String defaultFrom;

    CaseNotifications(ChannelCases cases, Directory directory, MailTemplates templates,
            CaseMails mails, Mailboxes mailboxes, MessageSource messages,
            PorticoProperties properties, ObjectProvider<JavaMailSender> sender,
            @Value("${portico.mail.from}") String defaultFrom) {
        this.cases = cases;
        this.directory = directory;
        this.templates = templates;
        this.mails = mails;
        this.mailboxes = mailboxes;
        this.messages = messages;
        this.properties = properties;
        this.sender = sender;
        this.defaultFrom = defaultFrom;
    }

    @Override
    public void emailReply(PorticoUser agent, String number, String reply) {
        CaseRef supportCase = cases.find(number)
                .orElseThrow(() -> new NotFoundException("case " + number));
        Map<String, String> values = new HashMap<>();
        values.put("agent_name", agent.displayName());
        values.put("reply", reply.strip());
        try {
            send(supportCase, "reply", values, supportCase.view().status(), false);
        } catch (RuntimeException failure) {
            log.warn("Reply to case {} could not be emailed", number, failure);
        }
    }

    /**
     * Acknowledges a case that arrived by email or was logged from a phone call, so that the
     * customer has its number. Cases opened on a site show their page instead; automatic
     * replies and bounces never open a case, so an acknowledgement never answers a robot.
     * Imports from the command line are history and are not acknowledged.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CaseOpened opened) {
        if (properties.commandMode()) {
            return;
        }
        try {
            cases.find(opened.number())
                    .filter(c -> ACKNOWLEDGED_ORIGINS.contains(c.view().origin()))
                    .ifPresent(c -> send(c, "acknowledgement", new HashMap<>(),
                            c.view().status(), true));
        } catch (RuntimeException failure) {
            log.warn("Acknowledgement for case {} failed", opened.number(), failure);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CaseReopened reopened) {
        statusChanged(reopened.number(), CaseStatus.OPEN);
    }

    /** Only an agent's escalation is news for the customer; the SLA check's is internal. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CaseEscalated escalated) {
        if (escalated.byUserId() != null) {
            statusChanged(escalated.number(), CaseStatus.ESCALATED);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CaseClosed closed) {
        statusChanged(closed.number(), CaseStatus.CLOSED);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CaseSolved solved) {
        statusChanged(solved.number(), CaseStatus.SOLVED);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CaseMarkedWaiting waiting) {
        statusChanged(waiting.number(), CaseStatus.WAITING);
    }

    private void statusChanged(String number, CaseStatus status) {
        try {
            cases.find(number)
                    .filter(c -> directory.wantsStatusMail(c.view().requesterUserId()))
                    .ifPresent(supportCase -> send(supportCase, "status", new HashMap<>(),
                            status, true));
        } catch (RuntimeException failure) {
            log.warn("Status notification for case {} failed", number, failure);
        }
    }

    private void send(CaseRef supportCase, String key, Map<String, String> values,
            CaseStatus status, boolean automatic) {
        CustomerSummary customer = directory.customer(supportCase.view().requesterUserId())
                .orElse(null);
        if (customer == null || customer.email() == null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(customer.locale() == null ? "en"
                : customer.locale());
        values.put("status", messages.getMessage("cases.status." + status.name(), null, locale));
        values.put("case_number", supportCase.number());
        values.put("subject", supportCase.view().subject());
        values.put("customer_name", customer.name());
        values.put("link", link(supportCase));
        Template mail = templates.get(key, MailTemplates.language(customer.locale()))
                .filled(values);
        deliver(supportCase, customer.email(), mail, automatic);
    }

    private void deliver(CaseRef supportCase, String to, Template mail, boolean automatic) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            log.info("No mail server configured; '{}' notification for case {} not sent",
                    mail.key(), supportCase.number());
            return;
        }
        String from = mailboxes.addressFor(supportCase.view().site()).orElse(defaultFrom);
        String messageId = "case-" + supportCase.number() + "." + UUID.randomUUID() + "@"
                + from.substring(from.indexOf('@') + 1);
        List<String> thread = mails.thread(supportCase.id());
        try {
            mailSender.send(OutboundMail.build(new Draft(from, to, mail.subject(), mail.body(),
                    messageId, thread.subList(Math.max(0, thread.size() - 10), thread.size()),
                    automatic)));
            mails.record(supportCase.id(), messageId, CaseMails.OUTBOUND);
            log.info("Sent '{}' notification for case {}", mail.key(), supportCase.number());
        } catch (Exception failure) {
            log.warn("Could not send '{}' notification for case {}", mail.key(),
                    supportCase.number(), failure);
        }
    }

    private String link(CaseRef supportCase) {
        String path = "/s/" + supportCase.view().site() + "/cases/" + supportCase.number();
        try {
            return properties.publicBaseUrl() + path;
        } catch (IllegalStateException noRequest) {
            return path;
        }
    }
}
