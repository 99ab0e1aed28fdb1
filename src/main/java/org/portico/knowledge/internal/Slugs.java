package org.portico.knowledge.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Addresses and readable names derived from file paths.
 */
final class Slugs {

    private static final Set<String> UPPER = Set.of("i", "ii", "iii", "iv", "faq", "api", "cli",
            "csv", "json", "oauth", "url", "ui");

    private Slugs() {
    }

    /**
     * A stable ASCII slug: {@code how-to/firefly-iii/finances/piggy-banks.md} becomes
     * {@code how-to-firefly-iii-finances-piggy-banks}; a folder's {@code index.md} takes the
     * folder's slug.
     */
    static String of(String path) {
        String name = path.endsWith(".md") ? path.substring(0, path.length() - 3) : path;
        if (name.equals("index")) {
            return "index";
        }
        if (name.endsWith("/index")) {
            name = name.substring(0, name.length() - "/index".length());
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "article" : slug;
    }

    /** {@code how-to/firefly-iii/features} becomes "How-to › Firefly III › Features". */
    static String topic(String folder) {
        if (folder.isEmpty()) {
            return "Overview";
        }
        List<String> parts = new ArrayList<>();
        for (String segment : folder.split("/")) {
            parts.add(readable(segment));
        }
        return String.join(" › ", parts);
    }

    private static String readable(String segment) {
        if (segment.equals("how-to")) {
            return "How-to";
        }
        List<String> words = new ArrayList<>();
        for (String word : segment.split("[-_ ]+")) {
            if (UPPER.contains(word.toLowerCase(Locale.ROOT))) {
                words.add(word.toUpperCase(Locale.ROOT));
            } else if (words.isEmpty() || word.length() > 3) {
                words.add(capitalise(word));
            } else {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
