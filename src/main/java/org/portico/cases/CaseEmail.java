package org.portico.cases;

import org.portico.identity.PorticoUser;

/**
 * Email to customers about their cases, from the templates administrators edit. Each mail
 * carries the case number in its subject and is remembered by its Message-ID, so the
 * customer's answer comes back to the same case.
 */
public interface CaseEmail {

    /**
     * Emails an agent's public reply to the case's customer, in the customer's language. A
     * mail server that fails is logged; the reply itself stays on the case.
     *
     * @throws org.portico.platform.NotFoundException when there is no such case
     */
    void emailReply(PorticoUser agent, String number, String reply);
}
