package org.portico.cases;

import java.time.Instant;
import java.util.Set;

/**
 * The business-hours calendars of the service levels (opening hours in a time zone, with
 * holidays), for other channels that keep the same hours, such as live chat.
 */
public interface BusinessCalendars {

    /** The calendars' names. */
    Set<String> names();

    /**
     * Whether the named calendar is open at the instant: inside its hours and not on one of
     * its holidays.
     *
     * @throws IllegalArgumentException when no calendar has that name
     */
    boolean isOpen(String calendar, Instant at);
}
