package org.portico.cases;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.LocalDate;
import java.util.UUID;

import org.portico.identity.Directory;
import org.portico.identity.NewUser;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Creates the people of a case test in the directory: customers, business contacts, staff.
 */
public final class CasePeople {

    public static final String PASSWORD = "correct horse battery";

    private final Directory directory;

    public CasePeople(Directory directory) {
        this.directory = directory;
    }

    public PorticoUser customer(String name, LocalDate since) {
        long account = directory.createAccount(name, "PERSON", since);
        return user(name, Role.CUSTOMER, account);
    }

    public PorticoUser customer(String name) {
        return customer(name, LocalDate.of(2021, 3, 1));
    }

    public long businessAccount(String name) {
        return directory.createAccount(name, "BUSINESS", LocalDate.of(2019, 6, 1));
    }

    public PorticoUser user(String name, Role role, Long accountId) {
        String email = UUID.randomUUID() + "@example.com";
        long id = directory.createUser(new NewUser(email, name, role, accountId, PASSWORD, "en",
                "UTC", null));
        return new PorticoUser(id, email, name, role, accountId, "en", null);
    }

    public PorticoUser staff(Role role) {
        return user("Staff " + role, role, null);
    }

    /** Signs the request in as this user. */
    public static RequestPostProcessor as(PorticoUser user) {
        return authentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
