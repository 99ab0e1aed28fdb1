package org.portico.platform;

import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text notifications. Without a configured mail server ({@code spring.mail.host})
 * the message is written to the log instead, so a development install still works, with the
 * tokens of its links left out ({@link #redacted}): a log is read by more people than the
 * mailbox, and a token is as good as the password it resets. Subjects
 * lose their direction controls ({@link BidiControls}), which a mail list cannot isolate.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    /** A token in a link: the value of a {@code token} query parameter or after /confirm/. */
    private static final Pattern TOKEN =
            Pattern.compile("(?i)([?&]token=|/confirm/)[^&#\\s\"'<>]+");

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${portico.mail.from}") String from) {
        this.sender = sender;
        this.from = from;
    }

    public void send(String to, String subject, String body) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.info("No mail server configured; message to {} with subject '{}':\n{}",
                    to, subject, redacted(body));
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(BidiControls.strip(subject));
        message.setText(body);
        mail.send(message);
        log.info("Sent '{}' to {}", subject, to);
    }

    /** The body with every link token replaced by an ellipsis, the rest as it was. */
    static String redacted(String body) {
        return TOKEN.matcher(body).replaceAll("$1…");
    }
}
