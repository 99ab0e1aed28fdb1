package org.portico.console;

import java.util.List;

import org.portico.identity.PorticoUser;

/**
 * Staff notes on customers and accounts. Every method refuses non-staff users.
 */
public interface CustomerNotes {

    /**
     * The notes on the account and, when {@code userId} is given, on that customer: pinned
     * first, then newest first.
     */
    List<Note> about(long accountId, Long userId);

    /**
     * @throws org.portico.platform.NotFoundException for an unknown account or a customer who
     *     is not a member of it
     * @throws IllegalArgumentException for a blank or too long body
     */
    Note add(PorticoUser staff, NewNote note);

    /** Pins or unpins any note. */
    Note pin(PorticoUser staff, long noteId, boolean pinned);

    /** Deletes a note its author wrote; another author's note answers 403. */
    void delete(PorticoUser staff, long noteId);

    /** @throws org.portico.platform.NotFoundException for an unknown note */
    Note read(long noteId);
}
