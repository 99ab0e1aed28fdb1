package org.portico.console.internal;

import java.util.List;

import org.portico.cases.CaseAttachments;
import org.portico.cases.CaseAttachments.Upload;
import org.portico.cases.CaseEmail;
import org.portico.cases.Visibility;
import org.portico.identity.PorticoUser;
import org.springframework.stereotype.Component;

/**
 * What the reply composer does beside adding the reply to the case: the files the agent
 * attached go onto the case, and a public reply sent "by email" is also mailed to the customer.
 */
@Component
class ComposerDelivery {

    /** How a public reply reaches the customer: on the site only, or by email as well. */
    enum Channel {
        SITE, EMAIL;

        static Channel parse(String value) {
            return "EMAIL".equalsIgnoreCase(value) ? EMAIL : SITE;
        }
    }

    private final CaseAttachments attachments;
    private final CaseEmail email;

    ComposerDelivery(CaseAttachments attachments, CaseEmail email) {
        this.attachments = attachments;
        this.email = email;
    }

    boolean tooLarge(List<Upload> files) {
        return files.stream().anyMatch(file -> file.largerThan(attachments.maxBytes()));
    }

    void deliver(PorticoUser agent, String number, String body, Visibility visibility,
            Channel channel, List<Upload> files) {
        attachments.attach(agent, number, files);
        if (visibility == Visibility.PUBLIC && channel == Channel.EMAIL) {
            email.emailReply(agent, number, body);
        }
    }
}
