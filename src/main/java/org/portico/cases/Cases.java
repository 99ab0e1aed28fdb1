package org.portico.cases;

import java.util.List;

import org.portico.identity.PorticoUser;

/**
 * Cases as customers and business contacts see them. A customer sees their own cases; a
 * business administrator sees every case of their account; a business member only their own.
 * Any other case is reported as not found.
 */
public interface Cases {

    /** Opens a case for a signed-in customer; the caller has checked the input. */
    CaseView open(PorticoUser requester, NewCase request);

    /**
     * The cases the viewer may see, newest first.
     *
     * @param site only cases opened on this site, or {@code null} for every site
     */
    List<CaseView> visibleTo(PorticoUser viewer, String site);

    /** The viewer's visible cases that are still open, newest first, at most {@code limit}. */
    List<CaseView> openCasesOf(PorticoUser viewer, String site, int limit);

    /**
     * A case with its public messages.
     *
     * @param site the site the case must belong to, or {@code null} for any
     * @throws org.portico.platform.NotFoundException when it does not exist or is not visible
     */
    CaseDetail read(PorticoUser viewer, String site, String number);

    /** Adds a public customer reply; a reply to a solved or waiting case reopens it. */
    void reply(PorticoUser customer, String site, String number, String body);
}
