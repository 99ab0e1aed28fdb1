package org.portico.identity.internal;

import org.portico.platform.Refusal;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * Refuses a change that would leave an account without an active administrator.
 */
class LastAdministratorException extends RuntimeException implements Refusal {

    LastAdministratorException(long accountId) {
        super("Account " + accountId + " needs at least one active administrator");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    public MessageSourceResolvable reason() {
        return new DefaultMessageSourceResolvable("account.contacts.last-admin");
    }
}
