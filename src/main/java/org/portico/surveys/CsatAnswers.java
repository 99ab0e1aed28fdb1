package org.portico.surveys;

import java.util.List;

/**
 * The satisfaction answers given about an account's cases.
 */
public interface CsatAnswers {

    /** The account's answers, newest first, at most {@code limit}. */
    List<CsatAnswer> ofAccount(long accountId, int limit);
}
