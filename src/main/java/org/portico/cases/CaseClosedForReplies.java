package org.portico.cases;

import org.portico.platform.Refusal;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * A customer replied to a case that no longer takes replies: it is closed, or it was solved
 * longer ago than the reopen period. The customer opens a new case instead.
 */
public class CaseClosedForReplies extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    private final String number;

    public CaseClosedForReplies(String number) {
        super("Case " + number + " takes no more replies");
        this.number = number;
    }

    public String number() {
        return number;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    public MessageSourceResolvable reason() {
        return new DefaultMessageSourceResolvable("caselife.reply.refused");
    }
}
