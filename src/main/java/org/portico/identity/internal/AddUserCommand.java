package org.portico.identity.internal;

import java.util.Arrays;
import java.util.Locale;

import org.portico.identity.Directory;
import org.portico.identity.NewUser;
import org.portico.identity.Role;
import org.portico.platform.CommandArguments;
import org.portico.platform.PorticoCommand;
import org.springframework.stereotype.Component;

/**
 * {@code users add --email=… --name=… --role=ADMIN}: creates a staff user, for example the
 * first administrator of an installation started without the demo. The password comes from
 * the environment variable {@code PORTICO_PASSWORD} so that it stays out of the shell history.
 */
@Component
class AddUserCommand implements PorticoCommand {

    private static final int MIN_PASSWORD = 10;

    private final Directory directory;

    AddUserCommand(Directory directory) {
        this.directory = directory;
    }

    @Override
    public String name() {
        return "users add";
    }

    @Override
    public int run(CommandArguments arguments) {
        String email = arguments.option("email").orElse("").trim();
        String name = arguments.option("name").orElse("").trim();
        String role = arguments.option("role").orElse("ADMIN").toUpperCase(Locale.ROOT);
        String password = System.getenv().getOrDefault("PORTICO_PASSWORD", "");
        if (email.isEmpty() || !email.contains("@") || name.isEmpty()) {
            System.err.println("Usage: PORTICO_PASSWORD=… users add --email=EMAIL --name=NAME"
                    + " [--role=ADMIN|SUPERVISOR|AGENT|AUTHOR|SITE_MANAGER]");
            return 2;
        }
        if (Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(role) && r.isStaff())) {
            System.err.println("Not a staff role: " + role);
            return 2;
        }
        if (password.length() < MIN_PASSWORD) {
            System.err.println("Set PORTICO_PASSWORD to a password of at least 10 characters");
            return 2;
        }
        if (directory.userIdByEmail(email).isPresent()) {
            System.err.println("A user with this email already exists: " + email);
            return 1;
        }
        long id = directory.createUser(new NewUser(email, name, Role.valueOf(role), null,
                password, "en", "UTC", null));
        System.out.println("user=" + id + " email=" + email.toLowerCase(Locale.ROOT)
                + " role=" + role);
        return 0;
    }
}
