package org.portico.cases;

import java.util.Collection;
import java.util.List;

/**
 * Which cases a queue shows, by status and by owner, and in which order.
 *
 * @param statuses only cases in one of these statuses; every status when empty
 * @param ownerUserId the owner when {@code ownership} is {@link Ownership#OWNED_BY}
 * @param sort the order; open cases always come before solved and closed ones
 */
public record CaseQuery(Collection<CaseStatus> statuses, Ownership ownership, Long ownerUserId,
        Sort sort) {

    /** Whose cases a queue shows. */
    public enum Ownership {
        ANYONE, UNASSIGNED, OWNED_BY
    }

    /** The order of a queue. */
    public enum Sort {
        NEWEST, OLDEST, PRIORITY;

        /** The sort named by {@code name} (any case), or {@link #NEWEST} for anything else. */
        public static Sort parse(String name) {
            for (Sort sort : values()) {
                if (sort.name().equalsIgnoreCase(name)) {
                    return sort;
                }
            }
            return NEWEST;
        }
    }

    public CaseQuery {
        statuses = List.copyOf(statuses);
        sort = sort == null ? Sort.NEWEST : sort;
        if (ownership == Ownership.OWNED_BY && ownerUserId == null) {
            throw new IllegalArgumentException("An owner is needed");
        }
    }

    public CaseQuery(Collection<CaseStatus> statuses, Ownership ownership, Long ownerUserId) {
        this(statuses, ownership, ownerUserId, Sort.NEWEST);
    }

    /** The same filters in another order. */
    public CaseQuery sortedBy(Sort order) {
        return new CaseQuery(statuses, ownership, ownerUserId, order);
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
