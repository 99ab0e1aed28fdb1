package org.portico.cases;

import java.util.List;
import java.util.Set;

/**
 * Queues of cases and the rules that fill them. A new case goes to the first queue (by
 * position) whose site and topic match (an empty site or topic matches any); the queue's
 * strategy then picks an owner among its members: {@code ROUND_ROBIN}, {@code LEAST_LOADED}
 * (fewest open cases), {@code SKILL} (least loaded among members with the queue's skill) or
 * {@code MANUAL} (nobody). Queue membership and an agent's sites also limit which cases the
 * agent sees.
 */
public interface CaseQueues {

    Set<String> STRATEGIES = Set.of("ROUND_ROBIN", "LEAST_LOADED", "SKILL", "MANUAL");

    List<Queue> all();

    /**
     * @throws IllegalArgumentException for an unknown strategy or a name already taken
     */
    long create(Queue queue);

    /** Sets who belongs to a queue (who is assigned from it, and who may see its cases). */
    void setMembers(long queueId, List<Long> userIds);

    List<Long> members(long queueId);

    /** Limits an agent to some sites; an empty list lifts the limit. */
    void setSites(long userId, List<String> sites);

    List<String> sitesOf(long userId);

    void setSkills(long userId, List<String> skills);

    List<String> skillsOf(long userId);

    /**
     * A queue.
     *
     * @param site the site it takes cases from, or {@code null} for any
     * @param topic the topic it takes cases about, or {@code null} for any
     * @param skill the skill an owner needs with the {@code SKILL} strategy, or {@code null}
     */
    record Queue(Long id, String name, String site, String topic, String skill,
            String strategy, int position) {
    }
}
