package org.portico.messaging.internal.chat;

import java.util.List;

import org.portico.cases.CaseAttachments;
import org.portico.cases.CaseAttachments.AttachmentRefused;
import org.portico.cases.CaseAttachments.Typed;
import org.portico.cases.CaseAttachments.Upload;
import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Files sent in a chat, under the rules of case attachments (the cases module names and types
 * them and holds the size limit). Only the people in the chat can fetch a file: the customer,
 * the agent who holds or is offered the chat, supervisors; to anyone else, an agent who passed
 * the chat on included, the file does not exist.
 */
@Service
class ChatFiles {

    private static final Logger log = LoggerFactory.getLogger(ChatFiles.class);
    private static final long MEGABYTE = 1024 * 1024;

    private final ChatStore store;
    private final ChatAccess access;
    private final ChatMessages messages;
    private final CaseAttachments attachments;

    ChatFiles(ChatStore store, ChatAccess access, ChatMessages messages,
            CaseAttachments attachments) {
        this.store = store;
        this.access = access;
        this.messages = messages;
        this.attachments = attachments;
    }

    ChatLine sendByCustomer(long chatId, ChatViewer viewer, Upload file, String clientRef) {
        Chat chat = access.customerChat(chatId, viewer);
        Long userId = viewer.user() == null ? null : viewer.user().id();
        return send(chat, Author.CUSTOMER, userId, chat.customerName(), file, clientRef);
    }

    ChatLine sendByAgent(long chatId, PorticoUser agent, Upload file, String clientRef) {
        Chat chat = access.ownedBy(chatId, agent);
        return send(chat, Author.AGENT, agent.id(), agent.displayName(), file, clientRef);
    }

    Typed forCustomer(long chatId, ChatViewer viewer, long fileId) {
        return file(access.customerChat(chatId, viewer), fileId);
    }

    Typed forStaff(long chatId, PorticoUser staff, long fileId) {
        try {
            return file(access.readableByStaff(chatId, staff), fileId);
        } catch (AccessDeniedException e) {
            throw new NotFoundException("chat " + chatId);
        }
    }

    /** The chat's files as uploads, to carry them onto a case. */
    List<Upload> uploadsOf(long chatId) {
        return store.files(chatId).stream()
                .map(file -> new Upload(file.fileName(), file.content())).toList();
    }

    long maxMegabytes() {
        return attachments.maxBytes() / MEGABYTE;
    }

    private ChatLine send(Chat chat, Author author, Long userId, String name, Upload file,
            String clientRef) {
        if (file == null || file.content().length == 0) {
            throw new ChatRefused("chat.refused.file-empty");
        }
        Typed typed;
        try {
            typed = attachments.type(file);
        } catch (AttachmentRefused refused) {
            throw new ChatRefused("chat.refused.file-too-large", refused.fileName(),
                    maxMegabytes());
        }
        ChatLine line = messages.writeFile(chat.id(), author, userId, name, typed, clientRef)
                .line();
        log.info("A file of {} bytes was sent in chat {}", typed.content().length, chat.id());
        return line;
    }

    private Typed file(Chat chat, long fileId) {
        return store.file(chat.id(), fileId)
                .orElseThrow(() -> new NotFoundException("file " + fileId));
    }
}
