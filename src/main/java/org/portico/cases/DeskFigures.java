package org.portico.cases;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The figures a supervisor watches: each agent's load and work, queue sizes and the case that
 * has waited longest.
 */
public interface DeskFigures {

    /** Figures per agent who owns an open case or worked since {@code since}, by user id. */
    Map<Long, AgentDay> agents(Instant since);

    /** How many cases are in each status (every status is present). */
    Map<CaseStatus, Long> countsByStatus();

    /** The NEW or WAITING case that has waited longest, if any. */
    Optional<WaitingCase> oldestWaiting();
}
