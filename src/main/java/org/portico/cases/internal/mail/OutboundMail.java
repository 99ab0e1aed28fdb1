package org.portico.cases.internal.mail;

import java.util.List;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.portico.platform.BidiControls;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.web.util.HtmlUtils;

/**
 * A notification as it goes out: plain text and an HTML part whose {@code dir="auto"} keeps
 * right-to-left text right-to-left, a Message-ID of Portico's own (kept when the message is
 * sent), and the thread headers that make mail programs show it under the customer's mail.
 */
final class OutboundMail {

    private static final Session SESSION = Session.getInstance(new Properties());

    private OutboundMail() {
    }

    /** What to send; {@code automatic} marks status notices so that auto-responders stay quiet. */
    record Draft(String from, String to, String subject, String text, String messageId,
            List<String> thread, boolean automatic) {
    }

    static MimeMessage build(Draft draft) throws MessagingException {
        MimeMessage message = new FixedIdMessage(draft.messageId());
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(draft.from());
        helper.setTo(draft.to());
        helper.setSubject(BidiControls.strip(draft.subject()));
        helper.setText(draft.text(), html(draft.text()));
        if (!draft.thread().isEmpty()) {
            message.setHeader("In-Reply-To", angled(draft.thread().get(draft.thread().size() - 1)));
            message.setHeader("References", String.join(" ",
                    draft.thread().stream().map(OutboundMail::angled).toList()));
        }
        if (draft.automatic()) {
            message.setHeader("Auto-Submitted", "auto-generated");
        }
        message.setHeader("X-Auto-Response-Suppress", "All");
        return message;
    }

    static String html(String text) {
        return "<!DOCTYPE html><html><body><div dir=\"auto\" style=\"white-space:pre-wrap\">"
                + HtmlUtils.htmlEscape(text) + "</div></body></html>";
    }

    private static String angled(String id) {
        return "<" + id + ">";
    }

    /** A message that keeps the Message-ID it was given when it is saved and sent. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(String messageId) {
            super(SESSION);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", angled(messageId));
        }
    }
}
