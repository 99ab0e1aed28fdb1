package org.portico.console;

import java.util.List;
import java.util.Optional;

import org.portico.identity.PorticoUser;

/**
 * The sales queue: agents hand interests to sales; people with the SALES role take them and
 * record how they turned out.
 */
public interface SalesFollowUps {

    /**
     * @throws org.portico.platform.NotFoundException for an unknown account, customer or case
     * @throws IllegalArgumentException for an unknown product or a blank or too long interest
     */
    FollowUp create(PorticoUser agent, NewFollowUp followUp);

    /** Newest first; {@code status} and {@code ownerId} filter when given. */
    List<FollowUp> list(FollowUpStatus status, Long ownerId);

    /** The account's follow-ups, newest first. */
    List<FollowUp> ofAccount(long accountId);

    Optional<FollowUp> find(long id);

    /** Makes the salesperson the owner. */
    FollowUp take(PorticoUser sales, long id);

    /** Moves the follow-up on, with an optional note on the outcome. */
    FollowUp changeStatus(PorticoUser sales, long id, FollowUpStatus status, String outcome);

    FollowUpSummary summary();

    /** People who may own follow-ups: id and name, by name. */
    List<Salesperson> salespeople();

    /** Someone with the SALES role. */
    record Salesperson(long id, String name) {
    }
}
