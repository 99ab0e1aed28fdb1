package org.portico;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps the English and Chinese interface strings in step, and every key a template asks for
 * defined.
 */
class MessageBundlesTests {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final String CHINESE = "_zh_CN";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[(}]");

    @Test
    void givesEveryEnglishBundleAChineseTwinWithTheSameKeys() throws IOException {
        List<String> problems = new ArrayList<>();

        for (Path english : englishBundles()) {
            Path chinese = twinOf(english);
            if (!Files.exists(chinese)) {
                problems.add(chinese.getFileName() + " is missing");
                continue;
            }
            Map<String, String> en = load(english);
            Map<String, String> zh = load(chinese);
            addMissing(problems, chinese, en.keySet(), zh.keySet());
            addMissing(problems, english, zh.keySet(), en.keySet());
        }

        assertThat(problems).as("bundles out of step").isEmpty();
    }

    @Test
    void hasNoChineseBundleWithoutAnEnglishOne() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            List<String> orphans = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(CHINESE + ".properties"))
                    .filter(name -> !Files.exists(BUNDLES.resolve(
                            name.replace(CHINESE + ".properties", ".properties"))))
                    .toList();
            assertThat(orphans).as("Chinese bundles without English").isEmpty();
        }
    }

    @Test
    void leavesNoStringEmpty() throws IOException {
        List<String> empty = new ArrayList<>();

        for (Path english : englishBundles()) {
            for (Path bundle : List.of(english, twinOf(english))) {
                if (Files.exists(bundle)) {
                    load(bundle).forEach((key, value) -> {
                        if (value.isBlank()) {
                            empty.add(bundle.getFileName() + ": " + key);
                        }
                    });
                }
            }
        }

        assertThat(empty).as("empty strings").isEmpty();
    }

    @Test
    void usesTheSamePlaceholdersInBothLanguages() throws IOException {
        List<String> mismatches = new ArrayList<>();

        for (Path english : englishBundles()) {
            if (!Files.exists(twinOf(english))) {
                continue;
            }
            Map<String, String> zh = load(twinOf(english));
            load(english).forEach((key, value) -> {
                if (zh.containsKey(key) && !placeholders(value).equals(placeholders(zh.get(key)))) {
                    mismatches.add(english.getFileName() + ": " + key + " " + placeholders(value)
                            + " vs " + placeholders(zh.get(key)));
                }
            });
        }

        assertThat(mismatches).as("placeholders that differ").isEmpty();
    }

    @Test
    void definesEveryKeyTheTemplatesUse() throws IOException {
        Set<String> defined = new TreeSet<>();
        for (Path english : englishBundles()) {
            defined.addAll(load(english).keySet());
        }
        Map<String, Set<String>> undefined = new TreeMap<>();

        for (Path template : templates()) {
            Matcher key = TEMPLATE_KEY.matcher(Files.readString(template));
            while (key.find()) {
                if (!defined.contains(key.group(1))) {
                    undefined.computeIfAbsent(TEMPLATES.relativize(template).toString(),
                            name -> new TreeSet<>()).add(key.group(1));
                }
            }
        }

        assertThat(undefined).as("keys used in templates but defined in no bundle").isEmpty();
    }

    private static void addMissing(List<String> problems, Path bundle, Set<String> expected,
            Set<String> present) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(present);
        if (!missing.isEmpty()) {
            problems.add(bundle.getFileName() + " lacks " + missing);
        }
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(path -> path.toString().endsWith(".properties"))
                    .filter(path -> !path.getFileName().toString().contains("_"))
                    .sorted()
                    .toList();
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Path twinOf(Path english) {
        String name = english.getFileName().toString();
        return english.resolveSibling(name.replace(".properties", CHINESE + ".properties"));
    }

    private static Map<String, String> load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> strings = new TreeMap<>();
        properties.forEach((key, value) -> strings.put((String) key, (String) value));
        return strings;
    }

    private static Set<String> placeholders(String message) {
        Set<String> indexes = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(message);
        while (placeholder.find()) {
            indexes.add(placeholder.group(1));
        }
        return indexes;
    }
}
