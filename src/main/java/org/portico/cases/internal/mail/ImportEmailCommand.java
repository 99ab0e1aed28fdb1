package org.portico.cases.internal.mail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;

import org.portico.platform.CommandArguments;
import org.portico.platform.PorticoCommand;
import org.portico.sites.Sites;
import org.springframework.stereotype.Component;

/**
 * {@code import email --dir=FOLDER [--site=help]}: takes in every {@code .eml} file below the
 * folder as if it had arrived in a mailbox, and prints one summary line; the time taken goes
 * to stderr.
 */
@Component
class ImportEmailCommand implements PorticoCommand {

    private final EmailImport emailImport;
    private final Sites sites;

    ImportEmailCommand(EmailImport emailImport, Sites sites) {
        this.emailImport = emailImport;
        this.sites = sites;
    }

    @Override
    public String name() {
        return "import email";
    }

    @Override
    public int run(CommandArguments arguments) {
        String dir = arguments.option("dir").orElse("");
        String site = arguments.option("site").orElse("help");
        if (dir.isBlank()) {
            System.err.println("Usage: import email --dir=FOLDER [--site=SLUG]");
            return 2;
        }
        if (sites.find(site).isEmpty()) {
            System.err.println("Unknown site: " + site);
            return 1;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        EmailImport.Summary summary;
        try {
            summary = emailImport.importFolder(Path.of(dir), site);
        } catch (IllegalArgumentException notAFolder) {
            System.err.println("Cannot import: " + notAFolder.getMessage());
            return 1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        summary.failures().forEach(failure -> System.err.println("failed: " + failure));
        System.out.println(summary.line());
        System.err.println(String.format(Locale.ROOT,
                "%d messages in %.2f s (%.0f per second); %.2f s of CPU on the importing thread"
                        + " (%.0f per CPU second)", summary.total(), seconds,
                summary.total() / Math.max(seconds, 1e-9), cpu,
                summary.total() / Math.max(cpu, 1e-9)));
        return summary.failed() == 0 ? 0 : 1;
    }
}
