package org.portico.commerce.internal;

import java.util.Locale;

import org.portico.commerce.OrderDetail;
import org.portico.commerce.OrderLine;
import org.portico.commerce.OrderSummary;
import org.portico.identity.PorticoUser;
import org.portico.platform.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The email that confirms a placed order to the contact who placed it, in their language.
 */
@Component
class OrderMail {

    private final Mailer mailer;
    private final MessageSource messages;

    OrderMail(Mailer mailer, MessageSource messages) {
        this.mailer = mailer;
        this.messages = messages;
    }

    void sendConfirmation(PorticoUser contact, OrderDetail detail) {
        Locale locale = Locale.forLanguageTag(contact.locale() == null ? "en" : contact.locale());
        OrderSummary order = detail.order();
        StringBuilder body = new StringBuilder()
                .append(text("commerce.mail.greeting", locale, contact.firstName()))
                .append("\n\n")
                .append(text("commerce.mail.intro", locale, order.number()))
                .append("\n\n");
        for (OrderLine line : detail.lines()) {
            body.append(line.quantity()).append(" × ").append(line.name(locale)).append("  ")
                    .append(line.total().format(locale)).append('\n');
        }
        body.append('\n').append(text("commerce.mail.total", locale,
                order.total().format(locale))).append('\n');
        if (order.poNumber() != null) {
            body.append(text("commerce.mail.po", locale, order.poNumber())).append('\n');
        }
        body.append('\n').append(text("commerce.mail.next", locale)).append('\n');
        mailer.send(contact.email(), text("commerce.mail.subject", locale, order.number()),
                body.toString());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
