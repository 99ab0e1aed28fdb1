package org.portico.identity.internal;

/**
 * Refuses a change that would leave an account without an active administrator.
 */
class LastAdministratorException extends RuntimeException {

    LastAdministratorException(long accountId) {
        super("Account " + accountId + " needs at least one active administrator");
    }
}
