package org.portico.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the demo has created so far, for {@link DemoContribution}s.
 *
 * @param today the reference date the demo history is built around
 * @param seed seed for any randomness, so that the demo stays deterministic
 * @param businessAccountIds business accounts, oldest first; the first is the demo business
 * @param contactsByAccount contacts' user ids per business account; the first is its
 *     administrator
 * @param agentIds user ids of the demo agents
 */
record DemoContext(LocalDate today, long seed, List<Long> businessAccountIds,
        Map<Long, List<Long>> contactsByAccount, List<Long> agentIds) {
}
