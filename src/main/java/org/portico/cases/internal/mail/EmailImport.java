package org.portico.cases.internal.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.portico.cases.internal.mail.MailIntake.Outcome;
import org.portico.cases.internal.mail.MailIntake.Result;
import org.springframework.stereotype.Service;

/**
 * Takes in every {@code .eml} file below a folder, in path order, exactly as the mailbox
 * poller takes in mail.
 */
@Service
class EmailImport {

    private final MailIntake intake;

    EmailImport(MailIntake intake) {
        this.intake = intake;
    }

    /** How many messages became what; {@code failed} could not even be quarantined. */
    record Summary(int cases, int replies, int quarantined, int failed, List<String> failures) {

        String line() {
            return "cases=%d replies=%d quarantined=%d failed=%d"
                    .formatted(cases, replies, quarantined, failed);
        }

        int total() {
            return cases + replies + quarantined + failed;
        }
    }

    Summary importFolder(Path folder, String site) {
        int[] counts = new int[Outcome.values().length];
        List<String> failures = new ArrayList<>();
        for (Path file : messages(folder)) {
            try {
                Result result = intake.take(Files.readAllBytes(file), file.toString(), site);
                counts[result.outcome().ordinal()]++;
            } catch (IOException | RuntimeException failure) {
                failures.add(file + ": " + failure.getMessage());
            }
        }
        return new Summary(counts[Outcome.CASE.ordinal()], counts[Outcome.REPLY.ordinal()],
                counts[Outcome.QUARANTINED.ordinal()], failures.size(), failures);
    }

    static List<Path> messages(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("not a folder: " + folder);
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT)
                            .endsWith(".eml"))
                    .sorted().toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
