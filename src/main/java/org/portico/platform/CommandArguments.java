package org.portico.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code --name=value} options given after the command words.
 */
public record CommandArguments(Map<String, String> options) {

    public static CommandArguments parse(List<String> args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                String key = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
                options.put(key, eq < 0 ? "true" : arg.substring(eq + 1));
            }
        }
        return new CommandArguments(Map.copyOf(options));
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }
}
