package org.portico.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.portico.identity.BusinessAccounts;
import org.portico.identity.Directory;
import org.portico.identity.NewUser;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.platform.Mailer;
import org.portico.platform.PorticoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to act for a business account, sent as a link by email. The link works once and
 * for seven days; only a hash of its token is stored.
 */
@Service
class Invitations {

    static final Duration VALIDITY = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(Invitations.class);

    private final JdbcClient jdbc;
    private final Directory directory;
    private final BusinessAccounts accounts;
    private final Mailer mailer;
    private final PorticoProperties properties;
    private final Clock clock;

    Invitations(JdbcClient jdbc, Directory directory, BusinessAccounts accounts, Mailer mailer,
            PorticoProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.accounts = accounts;
        this.mailer = mailer;
        this.properties = properties;
        this.clock = clock;
    }

    /** An open invitation as its page shows it. */
    record Invitation(long accountId, String accountName, String email, Role role,
            boolean emailHasUser) {
    }

    /** Whether the address already belongs to an active contact of the account. */
    boolean isContact(long accountId, String email) {
        return accounts.contacts(accountId).stream()
                .anyMatch(c -> c.active() && c.email().equalsIgnoreCase(email.trim()));
    }

    /**
     * Whether the address belongs to someone who cannot act for a business: an individual
     * customer or a member of staff (their sign-in is tied to another site or the console).
     */
    boolean isOutsideBusinessPortal(String email) {
        return jdbc.sql("SELECT role FROM app_user WHERE email = ?")
                .param(email.trim().toLowerCase(Locale.ROOT))
                .query(String.class).optional()
                .map(Role::valueOf)
                .filter(role -> !role.isBusinessContact())
                .isPresent();
    }

    /**
     * Sends an invitation; the subject and body come in the inviter's language and the body
     * holds {@code {account}} and {@code {link}}.
     */
    @Transactional
    void invite(long accountId, PorticoUser inviter, String email, Role role, String site,
            String subject, String body) {
        String token = Tokens.newToken();
        String address = email.trim().toLowerCase(Locale.ROOT);
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                INSERT INTO account_invitation (token_hash, account_id, email, role, invited_by,
                                                created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(Tokens.hash(token), accountId, address, role.name(), inviter.id(), now,
                        now.plus(VALIDITY))
                .update();
        String link = properties.publicBaseUrl() + "/s/" + site + "/invitation?token=" + token;
        String name = directory.accountName(accountId).orElse("");
        try {
            mailer.send(address, subject.replace("{account}", name),
                    body.replace("{account}", name).replace("{link}", link));
        } catch (MailException e) {
            log.warn("Could not send the invitation to account {}", accountId, e);
        }
        log.info("User {} invited a {} to account {}", inviter.id(), role, accountId);
    }

    Optional<Invitation> find(String token) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT i.account_id, a.name, i.email, i.role
                FROM account_invitation i JOIN customer_account a ON a.id = i.account_id
                WHERE i.token_hash = ? AND i.accepted_at IS NULL AND i.expires_at > ?""")
                .params(Tokens.hash(token), OffsetDateTime.now(clock))
                .query((rs, n) -> new Invitation(rs.getLong("account_id"), rs.getString("name"),
                        rs.getString("email"), Role.valueOf(rs.getString("role")),
                        directory.userIdByEmail(rs.getString("email")).isPresent()))
                .optional();
    }

    /** Accepts as a person who already has a user; false when the link no longer works. */
    @Transactional
    boolean accept(String token, PorticoUser user) {
        Optional<Invitation> invitation = find(token);
        if (invitation.isEmpty() || !user.role().isBusinessContact()) {
            return false;
        }
        accounts.addMembership(user.id(), invitation.get().accountId(), invitation.get().role());
        markAccepted(token, user.id());
        return true;
    }

    /**
     * Accepts as a new person, who becomes a user with the invited address.
     *
     * @return false when the link no longer works or the address has a user already
     */
    @Transactional
    boolean acceptAsNewPerson(String token, String name, String password, String locale) {
        Optional<Invitation> found = find(token);
        if (found.isEmpty() || found.get().emailHasUser()) {
            return false;
        }
        Invitation invitation = found.get();
        long user = directory.createUser(new NewUser(invitation.email(), name,
                invitation.role(), invitation.accountId(), password, locale, "UTC", null));
        markAccepted(token, user);
        log.info("User {} joined account {} by invitation", user, invitation.accountId());
        return true;
    }

    private void markAccepted(String token, long userId) {
        jdbc.sql("UPDATE account_invitation SET accepted_at = ?, accepted_by = ? "
                        + "WHERE token_hash = ?")
                .params(OffsetDateTime.now(clock), userId, Tokens.hash(token)).update();
    }
}
