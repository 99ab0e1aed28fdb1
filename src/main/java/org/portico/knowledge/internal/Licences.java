package org.portico.knowledge.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Names the licence of an imported folder from its {@code LICENSE} (or {@code LICENCE}) file.
 */
final class Licences {

    private Licences() {
    }

    /** A short name such as "CC BY-SA 4.0", the file's name when unknown, or null. */
    static String detect(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            Optional<Path> file = files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toUpperCase(Locale.ROOT)
                            .matches("LICEN[CS]E.*"))
                    .sorted()
                    .findFirst();
            return file.map(Licences::name).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static String name(Path file) {
        String head = head(file) + " " + file.getFileName();
        String text = head.toLowerCase(Locale.ROOT).replace('-', ' ');
        String version = text.contains("4.0") || text.contains("4 0") ? " 4.0"
                : text.contains("3.0") || text.contains("3 0") ? " 3.0" : "";
        if (text.contains("attribution sharealike") || text.contains("cc by sa")) {
            return "CC BY-SA" + version;
        }
        if (text.contains("attribution") || text.contains("cc by")) {
            return "CC BY" + version;
        }
        if (text.contains("mit license")) {
            return "MIT";
        }
        if (text.contains("apache license")) {
            return "Apache 2.0";
        }
        return file.getFileName().toString();
    }

    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(2000), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
