package org.portico.cases;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.portico.identity.PorticoUser;
import org.portico.identity.Role;

/**
 * Cases as agents work them: the queue, every message including internal notes, replies and
 * solving.
 */
public interface CaseDesk {

    /** Whether this user works cases: agents, supervisors and administrators. */
    static boolean mayWork(PorticoUser user) {
        return user != null
                && Set.of(Role.AGENT, Role.SUPERVISOR, Role.ADMIN).contains(user.role());
    }

    /** Open cases first, then newest first, with their owners. */
    List<QueueItem> queue(CaseQuery query, int limit);

    long count(CaseQuery query);

    /**
     * The agent who owns the case, if any.
     *
     * @throws org.portico.platform.NotFoundException when there is no such case
     */
    Optional<Long> ownerOf(String number);

    /**
     * Gives the case to an owner who works cases (an agent, supervisor or administrator).
     *
     * @throws IllegalArgumentException when the owner does not work cases
     */
    void assign(PorticoUser agent, String number, long ownerUserId);

    default void assignToMe(PorticoUser agent, String number) {
        assign(agent, number, agent.id());
    }

    void unassign(PorticoUser agent, String number);

    /** @throws org.portico.platform.NotFoundException when there is no such case */
    CaseDetail read(String number);

    /**
     * Whether the case exists and the agent may work it: an agent limited to queues or sites
     * sees only their cases. For actions whose address does not name the case (bulk changes,
     * the target of a merge), which the console's path check does not cover.
     */
    boolean sees(PorticoUser agent, String number);

    /**
     * Adds an agent's reply or internal note. A public reply records the first response and
     * moves a new or waiting case to OPEN.
     */
    void reply(PorticoUser agent, String number, String body, Visibility visibility);

    void solve(PorticoUser agent, String number);

    /**
     * Sets an open case to WAITING (for the customer); a solved or closed case is left as it is.
     *
     * @return whether the case changed
     */
    boolean markWaiting(PorticoUser agent, String number);

    /**
     * Files the case under another topic.
     *
     * @throws IllegalArgumentException when the topic is not one of {@link Topics#KEYS}
     */
    void changeTopic(PorticoUser agent, String number, String topic);
}
