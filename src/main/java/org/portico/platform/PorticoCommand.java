package org.portico.platform;

/**
 * A command run from the command line, for example {@code import knowledge}.
 */
public interface PorticoCommand {

    /** The two command words, for example {@code "import knowledge"}. */
    String name();

    /** Runs the command; the return value is the process exit status. */
    int run(CommandArguments arguments);
}
