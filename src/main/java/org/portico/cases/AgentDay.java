package org.portico.cases;

/**
 * One agent's figures: open cases they own, and what they did since the start of the day.
 *
 * @param handled cases the agent answered publicly or solved since the start of the day
 * @param handleSeconds the seconds of the work sessions that ended since the start of the day
 */
public record AgentDay(long agentUserId, long openCases, long handled, long handleSeconds) {

    public static AgentDay idle(long agentUserId) {
        return new AgentDay(agentUserId, 0, 0, 0);
    }
}
