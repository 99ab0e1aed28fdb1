package org.portico.cases.internal.mail;

import java.time.Instant;
import java.util.List;

/**
 * A message as Portico understands it.
 *
 * @param messageId the {@code Message-ID} without angle brackets, or {@code null}
 * @param threadIds the Message-IDs this one answers ({@code In-Reply-To}, then
 *     {@code References}, newest first)
 * @param sentAt the {@code Date} header, or {@code null} when missing or unreadable
 * @param kind whether a person wrote it, or a machine answered automatically
 * @param kindReason what gave an automatic message away, or {@code null}
 * @param originalIds for a bounce, the Message-IDs of the message that bounced
 * @param originalSubject for a bounce, the subject of the message that bounced, if found
 */
record DecodedMail(String messageId, List<String> threadIds, String senderAddress,
        String senderName, String subject, Instant sentAt, String body,
        List<MailFile> attachments, Kind kind, String kindReason, List<String> originalIds,
        String originalSubject) {

    /** Who or what wrote a message. */
    enum Kind {
        PERSON, AUTO_REPLY, BOUNCE
    }

    /** A file attached to a message, with the content type the sender claimed. */
    record MailFile(String name, String declaredType, byte[] content) {
    }
}
