package org.portico.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Service-level targets of cases (first response, next response, resolution) measured in
 * business time over the calendar of the policy that fits the case's priority and the
 * account's tier; the clock pauses while the case waits on the customer.
 */
public interface ServiceLevels {

    /** The running targets of a case, most urgent first; none once it is solved or closed. */
    List<SlaState> of(String number);

    /** The most urgent target of each open case given, by number (cases without one omitted). */
    Map<String, SlaState> worstOf(Collection<String> numbers);

    /** Open cases whose most urgent target is at risk or broken, most urgent first. */
    List<CaseAtRisk> atRisk(int limit);

    /** A case with its most urgent service-level target. */
    record CaseAtRisk(CaseView supportCase, SlaState state) {
    }
}
