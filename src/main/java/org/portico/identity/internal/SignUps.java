package org.portico.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.portico.identity.Directory;
import org.portico.identity.NewUser;
import org.portico.identity.Role;
import org.portico.platform.Mailer;
import org.portico.platform.PorticoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up on an individual help site, answered the same way whether or not the address has an
 * account, so that the form never tells who is a customer. What happens next arrives by mail:
 * a new address gets a link that confirms it with the chosen password (which works only from
 * then on);
 * an address without a password (someone who wrote to us) gets the link to choose one; an
 * address with an account gets a note that someone tried to sign up with it.
 */
@Service
class SignUps {

    private static final Logger log = LoggerFactory.getLogger(SignUps.class);
    private static final Duration VALIDITY = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Directory directory;
    private final PasswordResets resets;
    private final Mailer mailer;
    private final MessageSource messages;
    private final PorticoProperties properties;
    private final Clock clock;
    private final PasswordEncoder passwords;
    private final AddressMails addressMails;

    SignUps(JdbcClient jdbc, Directory directory, PasswordResets resets, Mailer mailer,
            MessageSource messages, PorticoProperties properties, Clock clock,
            PasswordEncoder passwords, AddressMails addressMails) {
        this.passwords = passwords;
        this.addressMails = addressMails;
        this.jdbc = jdbc;
        this.directory = directory;
        this.resets = resets;
        this.mailer = mailer;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** Signs up with what the form holds (already checked); the answer comes by mail. */
    @Transactional
    void signUp(String site, String name, String email, String password, Locale locale) {
        String passwordHash = directory.hashPassword(password);
        Optional<Long> existing = directory.userIdByEmail(email);
        if (existing.isEmpty()) {
            createUnconfirmed(site, name, email, passwordHash, locale);
        } else if (resets.hasPassword(existing.get())) {
            warnOwner(site, email, existing.get(), locale);
        } else {
            resets.requestReset(email, site, text("signup.finish.subject", locale),
                    text("signup.finish.body", locale));
            log.info("Sign-up for existing customer {} without a password; link mailed",
                    existing.get());
        }
    }

    /**
     * Sets the password chosen at sign-up, once, within a day, when the person confirming
     * types that password again: whoever wrote an address into the sign-up form does not get
     * their password onto the account by its owner's click. {@link Confirmation#EXPIRED} when
     * the link is unknown, used or expired, or the account already has a password (chosen
     * since through a reset link, which the mailbox's owner asked for). A used confirmation is
     * deleted with its password hash, and so are the expired ones.
     */
    @Transactional
    Confirmation confirm(String token, String password) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("DELETE FROM signup_confirmation WHERE expires_at <= ? OR used_at IS NOT NULL")
                .param(now).update();
        if (!Tokens.plausible(token)) {
            return Confirmation.EXPIRED;
        }
        Optional<Pending> pending = jdbc.sql("""
                SELECT user_id, password_hash FROM signup_confirmation WHERE token_hash = ?""")
                .param(Tokens.hash(token))
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2))).optional();
        if (pending.isEmpty()) {
            return Confirmation.EXPIRED;
        }
        if (!passwords.matches(password, pending.get().passwordHash())) {
            log.info("Sign-up confirmation of user {} with another password",
                    pending.get().userId());
            return Confirmation.WRONG_PASSWORD;
        }
        jdbc.sql("DELETE FROM signup_confirmation WHERE token_hash = ?")
                .param(Tokens.hash(token)).update();
        int set = jdbc.sql("""
                UPDATE app_user SET password_hash = ?
                WHERE id = ? AND password_hash IS NULL AND enabled = TRUE""")
                .params(pending.get().passwordHash(), pending.get().userId()).update();
        log.info("Sign-up of user {} confirmed: {}", pending.get().userId(), set == 1);
        return set == 1 ? Confirmation.CONFIRMED : Confirmation.EXPIRED;
    }

    private void createUnconfirmed(String site, String name, String email, String passwordHash,
            Locale locale) {
        long account = directory.createAccount(name, "PERSON", LocalDate.now(clock));
        long user = directory.createUser(new NewUser(email, name, Role.CUSTOMER, account, null,
                languageTag(locale), "UTC", null));
        String token = Tokens.newToken();
        jdbc.sql("""
                INSERT INTO signup_confirmation (token_hash, user_id, password_hash, expires_at)
                VALUES (?, ?, ?, ?)""")
                .params(Tokens.hash(token), user, passwordHash,
                        OffsetDateTime.now(clock).plus(VALIDITY))
                .update();
        String link = properties.publicBaseUrl() + "/s/" + site + "/signup/confirm?token=" + token;
        send(email, text("signup.confirm.subject", locale),
                text("signup.confirm.body", locale).replace("{link}", link));
        log.info("Customer {} signed up on site {}; confirmation mailed", user, site);
    }

    private void warnOwner(String site, String email, long user, Locale locale) {
        String base = properties.publicBaseUrl() + "/s/" + site;
        send(email, text("signup.taken.subject", locale), text("signup.taken.body", locale)
                .replace("{signin}", base + "/signin")
                .replace("{forgot}", base + "/password/forgot"));
        log.info("Sign-up tried with the address of user {}; owner told", user);
    }

    /**
     * A mail server failure must not change the answer, which would tell the address apart;
     * nor does leaving out a mail past the address's hourly limit ({@link AddressMails}).
     */
    private void send(String email, String subject, String body) {
        if (!addressMails.take(email)) {
            return;
        }
        try {
            mailer.send(email, subject, body);
        } catch (MailException e) {
            log.warn("Could not send the sign-up mail: {}", e.toString());
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String languageTag(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "zh-CN" : "en";
    }

    private record Pending(long userId, String passwordHash) {
    }

    /** How a confirmation went. */
    enum Confirmation {
        CONFIRMED, WRONG_PASSWORD, EXPIRED
    }
}
