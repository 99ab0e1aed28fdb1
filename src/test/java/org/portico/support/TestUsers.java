package org.portico.support;

import java.time.LocalDate;
import java.util.UUID;

import org.portico.identity.Directory;
import org.portico.identity.NewUser;
import org.portico.identity.Role;

/**
 * Creates people for tests through the real {@link Directory}, each with an address no other
 * test uses.
 */
public final class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";

    private TestUsers() {
    }

    /** An address unique to this run, for example {@code signs-in-3f2a…@example.com}. */
    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** An individual customer with their own account and the password {@link #PASSWORD}. */
    public static String customer(Directory directory, String displayName) {
        String email = uniqueEmail("customer");
        long account = directory.createAccount(displayName, "PERSON", LocalDate.now());
        directory.createUser(new NewUser(email, displayName, Role.CUSTOMER, account, PASSWORD,
                "en", "UTC", null));
        return email;
    }
}
