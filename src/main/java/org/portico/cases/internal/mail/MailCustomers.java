package org.portico.cases.internal.mail;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.portico.identity.CustomerSummary;
import org.portico.identity.Directory;
import org.portico.identity.NewUser;
import org.portico.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The customer behind a sender address. Someone unknown becomes a customer with an account of
 * their own and no password: they can take the account over later with "forgot password".
 */
@Component
class MailCustomers {

    private static final Logger log = LoggerFactory.getLogger(MailCustomers.class);

    private final Directory directory;
    private final Clock clock;

    MailCustomers(Directory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** A customer and the account their cases belong to. */
    record Customer(long userId, long accountId) {
    }

    Customer of(String address, String name, String text) {
        String email = address.toLowerCase(Locale.ROOT);
        if (email.length() > 254) {
            throw new MailUnreadable("sender address longer than 254 characters");
        }
        return directory.userIdByEmail(email)
                .map(id -> existing(id, email))
                .orElseGet(() -> create(email, name, text));
    }

    private Customer existing(long userId, String email) {
        CustomerSummary customer = directory.customer(userId)
                .orElseThrow(() -> new MailUnreadable(
                        "sender " + email + " is a staff member, not a customer"));
        return new Customer(customer.userId(), customer.accountId());
    }

    private Customer create(String email, String name, String text) {
        String display = name == null || name.isBlank() ? email.substring(0, email.indexOf('@'))
                : name;
        display = display.length() > 120 ? display.substring(0, 120) : display;
        long account = directory.createAccount(display, "PERSON", LocalDate.now(clock));
        String locale = writesChinese(text) ? "zh-CN" : "en";
        long user = directory.createUser(new NewUser(email, display, Role.CUSTOMER, account,
                null, locale, locale.equals("zh-CN") ? "Asia/Shanghai" : "UTC", null));
        log.info("Customer {} created for an email sender", user);
        return new Customer(user, account);
    }

    private static boolean writesChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN)
                && text.codePoints().noneMatch(c -> {
                    Character.UnicodeScript script = Character.UnicodeScript.of(c);
                    return script == Character.UnicodeScript.HIRAGANA
                            || script == Character.UnicodeScript.KATAKANA
                            || script == Character.UnicodeScript.HANGUL;
                });
    }
}
