package org.portico.cases;

import java.time.Duration;

import org.portico.identity.PorticoUser;

/**
 * Agents' handle time: a work session starts when an agent opens a case and ends when they
 * reply, solve or leave it. Sessions live in the database only, so any node may end a session
 * another node started.
 */
public interface CaseWork {

    /**
     * The most one session counts. A session nobody ended (a closed laptop, a lost beacon) is
     * closed at this length.
     */
    Duration CAP = Duration.ofMinutes(30);

    /**
     * Starts a session, first ending the agent's unfinished sessions on the same case.
     *
     * @return the session's id, to end exactly this session later
     * @throws org.portico.platform.NotFoundException when there is no such case
     */
    long start(PorticoUser agent, String number);

    /**
     * Ends the agent's session on the case; nothing happens when it has already ended.
     *
     * @param session the session to end, or {@code null} for every unfinished session of this
     *     agent on this case
     */
    void end(PorticoUser agent, String number, Long session);
}
