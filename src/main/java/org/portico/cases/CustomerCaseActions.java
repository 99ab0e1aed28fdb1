package org.portico.cases;

import java.util.List;

import org.portico.identity.PorticoUser;

/**
 * What customers do to their cases besides replying: follow (get notified), close, share with
 * a colleague on a business account, and read the public history.
 * Every method answers {@link org.portico.platform.NotFoundException} for a case the viewer
 * may not see.
 */
public interface CustomerCaseActions {

    boolean follows(PorticoUser viewer, String number);

    /** Starts or stops following; returns whether the viewer follows the case now. */
    boolean setFollowing(PorticoUser viewer, String site, String number, boolean follow);

    /** Closes an open or solved case; returns whether it changed. */
    boolean close(PorticoUser customer, String site, String number);

    /**
     * Shares the case with an active contact of the same account.
     *
     * @throws IllegalArgumentException when that person is not a contact of the account
     */
    void share(PorticoUser customer, String site, String number, long withUserId,
            boolean shared);

    /** The users a case is shared with. */
    List<Long> sharedWith(PorticoUser viewer, String number);

    /** The changes the customer may see, oldest first. */
    List<CaseChange> publicHistory(PorticoUser viewer, String site, String number);

    /** The ids of users following the case (for notifications). */
    List<Long> followers(String number);
}
