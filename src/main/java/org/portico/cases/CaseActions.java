package org.portico.cases;

import java.util.List;
import java.util.Set;

import org.portico.identity.PorticoUser;

/**
 * What agents do to a case beyond replying: escalate, change its priority, merge it into
 * another case, move it to a queue, log a phone call as a case; and the history of it all.
 * Every change is recorded with who made it and when.
 */
public interface CaseActions {

    Set<String> PRIORITIES = Set.of("LOW", "NORMAL", "HIGH", "URGENT");

    /**
     * Escalates an open case; a solved, closed or already escalated case is left as it is.
     *
     * @return whether the case changed
     */
    boolean escalate(PorticoUser agent, String number, String reason);

    /** @throws IllegalArgumentException when the priority is not one of {@link #PRIORITIES} */
    void changePriority(PorticoUser agent, String number, String priority);

    /**
     * Moves the messages of {@code number} into {@code into} and closes {@code number} with a
     * link to it.
     *
     * @throws IllegalArgumentException when both are the same case, either is closed, or they
     *     belong to different accounts
     */
    void merge(PorticoUser agent, String number, String into);

    /** Puts the case in a queue, or in none when {@code queueId} is {@code null}. */
    void moveToQueue(PorticoUser agent, String number, Long queueId);

    /** Opens a case for a caller on the phone; the caller is found or created first. */
    CaseView logPhoneCase(PorticoUser agent, PhoneCase call);

    /** The case's history, oldest first, internal changes included. */
    List<CaseChange> history(String number);
}
