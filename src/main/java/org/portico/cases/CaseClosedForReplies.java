package org.portico.cases;

/**
 * A customer replied to a case that no longer takes replies: it is closed, or it was solved
 * longer ago than the reopen period. The customer opens a new case instead.
 */
public class CaseClosedForReplies extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String number;

    public CaseClosedForReplies(String number) {
        super("Case " + number + " takes no more replies");
        this.number = number;
    }

    public String number() {
        return number;
    }
}
