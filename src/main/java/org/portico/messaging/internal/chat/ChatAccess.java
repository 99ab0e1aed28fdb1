package org.portico.messaging.internal.chat;

import org.portico.cases.CaseDesk;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and write a chat. A customer's chat is theirs alone: anyone else is told it does
 * not exist. Among staff, the owning agent reads and writes, the agent it is offered to reads,
 * supervisors read every chat; an agent who passed a chat on has no access any more (403).
 */
@Component
class ChatAccess {

    private final ChatStore store;

    ChatAccess(ChatStore store) {
        this.store = store;
    }

    Chat customerChat(long chatId, ChatViewer viewer) {
        return store.find(chatId).filter(viewer::owns)
                .orElseThrow(() -> new NotFoundException("chat " + chatId));
    }

    Chat readableByStaff(long chatId, PorticoUser staff) {
        Chat chat = existing(chatId, staff);
        if (!mayRead(chat, staff)) {
            throw new AccessDeniedException("Not your chat");
        }
        return chat;
    }

    Chat ownedBy(long chatId, PorticoUser staff) {
        Chat chat = existing(chatId, staff);
        if (!isOwner(chat, staff)) {
            throw new AccessDeniedException("Not your chat");
        }
        return chat;
    }

    static boolean mayRead(Chat chat, PorticoUser staff) {
        boolean offered = chat.offeredTo() != null && chat.offeredTo() == staff.id();
        return isOwner(chat, staff) || offered || isSupervisor(staff);
    }

    static boolean isOwner(Chat chat, PorticoUser staff) {
        return chat.ownerId() != null && chat.ownerId() == staff.id();
    }

    static boolean isStaff(PorticoUser user) {
        return user != null && CaseDesk.mayWork(user);
    }

    static boolean isSupervisor(PorticoUser user) {
        return user.role() == Role.SUPERVISOR || user.role() == Role.ADMIN;
    }

    private Chat existing(long chatId, PorticoUser staff) {
        if (!isStaff(staff)) {
            throw new AccessDeniedException("Chats are for agents");
        }
        return store.find(chatId).orElseThrow(() -> new NotFoundException("chat " + chatId));
    }
}
