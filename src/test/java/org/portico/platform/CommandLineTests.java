package org.portico.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portico.PorticoApplication;

/**
 * The command-line tools start a context without a web server: every bean they load must do
 * without the web layer.
 */
class CommandLineTests {

    @Test
    void runsACommandInAContextWithoutAWebServer(@TempDir Path data) {
        int exit = CommandLine.run(PorticoApplication.class,
                new String[] {"analytics", "rebuild", "--portico.data-dir=" + data});

        assertThat(exit).isZero();
        assertThat(data.resolve("db")).isDirectory();
    }

    @Test
    void refusesAnUnknownCommand(@TempDir Path data) {
        int exit = CommandLine.run(PorticoApplication.class,
                new String[] {"analytics", "nonsense", "--portico.data-dir=" + data});

        assertThat(exit).isEqualTo(2);
    }
}
