package org.portico.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs one {@link PorticoCommand} in a context without a web server.
 *
 * <p>Commands run beside a possibly running server that shares the data folder, so the search
 * index (which only one process may write) is left alone: a command that changes searchable
 * data asks the server to re-index instead.
 */
public final class CommandLine {

    private static final Set<String> COMMAND_WORDS =
            Set.of("import", "eval", "users", "statements", "console", "analytics", "chat",
                    "community", "cases", "surveys", "knowledge");

    private CommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMAND_WORDS.contains(args[0]);
    }

    public static int run(Class<?> application, String[] args) {
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLogStartupInfo(false);
        app.setDefaultProperties(Map.of(
                "portico.command-mode", "true",
                "portico.demo", "false",
                "spring.main.banner-mode", "off",
                "logging.level.root", "WARN",
                "spring.jpa.properties.hibernate.search.enabled", "false"));
        String[] springArgs = Arrays.stream(args).filter(a -> a.startsWith("--spring.")
                || a.startsWith("--portico.")).toArray(String[]::new);
        try (ConfigurableApplicationContext context = app.run(springArgs)) {
            return dispatch(context, Arrays.asList(args));
        }
    }

    private static int dispatch(ConfigurableApplicationContext context, List<String> args) {
        String name = args.size() > 1 ? args.get(0) + " " + args.get(1) : args.get(0);
        return context.getBeansOfType(PorticoCommand.class).values().stream()
                .filter(command -> command.name().equals(name))
                .findFirst()
                .map(command -> command.run(CommandArguments.parse(args.subList(2, args.size()))))
                .orElseGet(() -> {
                    System.err.println("Unknown command: " + name);
                    return 2;
                });
    }
}
