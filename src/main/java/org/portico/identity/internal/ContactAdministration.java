package org.portico.identity.internal;

import java.util.Set;
import java.util.stream.Collectors;

import org.portico.identity.BusinessAccounts;
import org.portico.identity.Contact;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an account's administrators do with its contacts: change roles and deactivate. An
 * account always keeps at least one active administrator.
 */
@Service
class ContactAdministration {

    private static final Logger log = LoggerFactory.getLogger(ContactAdministration.class);

    private final JdbcClient jdbc;
    private final BusinessAccounts accounts;
    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    ContactAdministration(JdbcClient jdbc, BusinessAccounts accounts,
            ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /**
     * The business account the user administers now. Checked against the database, not the
     * session, so a contact demoted a moment ago can no longer administer.
     *
     * @throws NotFoundException when the user acts for no business account
     * @throws AccessDeniedException when they act for it as a member only
     */
    long administeredAccount(PorticoUser user) {
        long account = businessAccount(user);
        boolean admin = accounts.membership(user.id(), account)
                .map(m -> m.role() == Role.BUSINESS_ADMIN).orElse(false);
        if (!admin) {
            throw new AccessDeniedException("Only administrators change the account");
        }
        return account;
    }

    /** The business account the user acts for now; 404 for anyone else. */
    long businessAccount(PorticoUser user) {
        if (user == null || user.accountId() == null || !user.role().isBusinessContact()
                || accounts.membership(user.id(), user.accountId()).isEmpty()) {
            throw new NotFoundException("business account");
        }
        return user.accountId();
    }

    Set<Long> activeContactIds(long account) {
        return accounts.contacts(account).stream().filter(Contact::active)
                .map(Contact::userId).collect(Collectors.toSet());
    }

    /**
     * Changes the role and/or the activity of a contact of the administrator's account.
     *
     * @param role new role, or {@code null} to keep it
     * @param active new activity, or {@code null} to keep it
     * @throws NotFoundException when the user is not a contact of that account
     * @throws LastAdministratorException when no active administrator would remain
     */
    @Transactional
    Contact change(PorticoUser admin, long userId, Role role, Boolean active) {
        long account = administeredAccount(admin);
        jdbc.sql("SELECT id FROM customer_account WHERE id = ? FOR UPDATE").param(account)
                .query(Long.class).single();
        Contact contact = accounts.contact(account, userId)
                .orElseThrow(() -> new NotFoundException("contact " + userId));
        Role newRole = role == null ? contact.role() : role;
        boolean nowActive = active == null ? contact.active() : active;
        boolean staysAdmin = newRole == Role.BUSINESS_ADMIN && nowActive;
        if (contact.isAdmin() && contact.active() && !staysAdmin
                && otherAdmins(account, userId) == 0) {
            throw new LastAdministratorException(account);
        }
        jdbc.sql("UPDATE account_membership SET role = ?, active = ? "
                        + "WHERE user_id = ? AND account_id = ?")
                .params(newRole.name(), nowActive, userId, account).update();
        jdbc.sql("UPDATE app_user SET role = ? WHERE id = ? AND account_id = ?")
                .params(newRole.name(), userId, account).update();
        if (newRole != contact.role() || nowActive != contact.active()) {
            endSessions(contact.email());
            log.info("Contact {} of account {} is now {} ({}), changed by user {}", userId,
                    account, newRole, nowActive ? "active" : "inactive", admin.id());
        }
        return new Contact(userId, contact.name(), contact.email(), newRole, nowActive);
    }

    private long otherAdmins(long account, long userId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM account_membership
                WHERE account_id = ? AND user_id <> ? AND role = 'BUSINESS_ADMIN'
                  AND active = TRUE""")
                .params(account, userId).query(Long.class).single();
    }

    /** Signs the contact out everywhere, so their next sign-in picks up the new role. */
    private void endSessions(String email) {
        FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
        if (repository != null) {
            repository.findByPrincipalName(email).keySet().forEach(repository::deleteById);
        }
    }
}
