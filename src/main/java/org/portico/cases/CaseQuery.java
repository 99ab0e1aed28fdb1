package org.portico.cases;

import java.util.Collection;
import java.util.List;

/**
 * Which cases a queue shows: by status and by owner.
 *
 * @param statuses only cases in one of these statuses; every status when empty
 * @param ownerUserId the owner when {@code ownership} is {@link Ownership#OWNED_BY}
 */
public record CaseQuery(Collection<CaseStatus> statuses, Ownership ownership, Long ownerUserId) {

    /** Whose cases a queue shows. */
    public enum Ownership {
        ANYONE, UNASSIGNED, OWNED_BY
    }

    public CaseQuery {
        statuses = List.copyOf(statuses);
        if (ownership == Ownership.OWNED_BY && ownerUserId == null) {
            throw new IllegalArgumentException("An owner is needed");
        }
    }

    public static CaseQuery anyone(Collection<CaseStatus> statuses) {
        return new CaseQuery(statuses, Ownership.ANYONE, null);
    }

    public static CaseQuery unassigned(Collection<CaseStatus> statuses) {
        return new CaseQuery(statuses, Ownership.UNASSIGNED, null);
    }

    public static CaseQuery ownedBy(Collection<CaseStatus> statuses, long ownerUserId) {
        return new CaseQuery(statuses, Ownership.OWNED_BY, ownerUserId);
    }
}
