package org.portico.cases.internal.mail;

/**
 * A message that cannot become a case or a reply; it goes to the quarantine with this reason.
 */
class MailUnreadable extends RuntimeException {

    MailUnreadable(String reason) {
        super(reason);
    }
}
