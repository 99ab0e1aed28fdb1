package org.portico.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.portico.identity.Directory;
import org.portico.platform.Mailer;
import org.portico.platform.PorticoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by a link sent by email. Only a hash of the token is stored; a token works
 * once and for one hour.
 */
@Service
class PasswordResets {

    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);
    private static final Duration VALIDITY = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Mailer mailer;
    private final PasswordEncoder passwords;
    private final PorticoProperties properties;
    private final Clock clock;
    private final AddressMails addressMails;

    PasswordResets(JdbcClient jdbc, Directory directory, Mailer mailer, PasswordEncoder passwords,
            PorticoProperties properties, Clock clock, AddressMails addressMails) {
        this.addressMails = addressMails;
        this.jdbc = jdbc;
        this.directory = directory;
        this.mailer = mailer;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether the user can sign in with a password (channels create customers without one). */
    boolean hasPassword(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE id = ? AND password_hash IS NOT NULL")
                .param(userId).query(Long.class).single() > 0;
    }

    /**
     * Sends a link when the address is known (and has not had too many mails this hour: {@link
     * AddressMails}); says nothing either way to the caller, not even when the mail server
     * fails, so the answer never tells which addresses have an account.
     */
    @Transactional
    void requestReset(String email, String site, String subject, String bodyTemplate) {
        Optional<Long> user = directory.userIdByEmail(email.trim());
        if (user.isEmpty()) {
            log.info("Password reset asked for an unknown address");
            return;
        }
        if (!addressMails.take(email)) {
            return;
        }
        String token = Tokens.newToken();
        jdbc.sql("""
                INSERT INTO password_reset_token (token_hash, user_id, expires_at)
                VALUES (?, ?, ?)""")
                .params(hash(token), user.get(), OffsetDateTime.now(clock).plus(VALIDITY))
                .update();
        String link = properties.publicBaseUrl() + "/s/" + site + "/password/reset?token=" + token;
        try {
            mailer.send(email.trim(), subject, bodyTemplate.replace("{link}", link));
        } catch (MailException e) {
            log.warn("Could not send the password reset link of user {}", user.get(), e);
        }
    }

    boolean isValid(String token) {
        return userFor(token).isPresent();
    }

    /** Sets the new password; false when the token is unknown, used or expired. */
    @Transactional
    boolean reset(String token, String newPassword) {
        Optional<Long> user = userFor(token);
        if (user.isEmpty()) {
            return false;
        }
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE id = ?")
                .params(passwords.encode(newPassword), user.get()).update();
        jdbc.sql("UPDATE password_reset_token SET used_at = ? WHERE token_hash = ?")
                .params(OffsetDateTime.now(clock), hash(token)).update();
        log.info("Password of user {} reset", user.get());
        return true;
    }

    private Optional<Long> userFor(String token) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT user_id FROM password_reset_token
                WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?""")
                .params(hash(token), OffsetDateTime.now(clock))
                .query(Long.class).optional();
    }

    private static String hash(String token) {
        return Tokens.hash(token);
    }
}
