package org.portico.messaging.internal.chat;

import java.util.List;

import org.portico.identity.PorticoUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What supervisors watch: live chats, customers waiting, each agent's load.
 */
@Component
class ChatBoard {

    private final ChatStore store;
    private final ChatRouting routing;

    ChatBoard(ChatStore store, ChatRouting routing) {
        this.store = store;
        this.routing = routing;
    }

    Figures figures(PorticoUser supervisor) {
        if (supervisor == null || !ChatAccess.isSupervisor(supervisor)) {
            throw new AccessDeniedException("For supervisors");
        }
        List<Chat> open = store.openChats();
        return new Figures(open, open.stream().filter(c -> c.status() == ChatStatus.WAITING)
                .count(), routing.agents());
    }

    /**
     * The board's figures.
     *
     * @param live every chat not ended, oldest first
     */
    record Figures(List<Chat> live, long waiting, List<ChatAgent> agents) {
    }
}
