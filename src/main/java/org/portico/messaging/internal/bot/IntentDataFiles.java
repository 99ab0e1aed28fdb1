package org.portico.messaging.internal.bot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads labelled sentences for {@code eval bot}: CSV {@code text,intent} (out-of-scope rows
 * have the intent {@code oos}) or JSON in the CLINC150 layout, lists of {@code [text, intent]}
 * under {@code train}, {@code val}, {@code test} and their {@code oos_} counterparts.
 *
 * <p>From JSON, training takes {@code train} and {@code oos_train}, and also {@code val} and
 * {@code oos_val} unless the same file is scored, in which case those are held out for scoring.
 * Scoring takes {@code test} and {@code oos_test} when present, else {@code val} and
 * {@code oos_val}.
 */
final class IntentDataFiles {

    private IntentDataFiles() {
    }

    static List<LabelledText> trainingSet(Path file, Path scoredFile) throws IOException {
        if (!isJson(file)) {
            return readCsv(file);
        }
        JsonNode root = readJson(file);
        boolean sameFile = Files.exists(scoredFile) && Files.isSameFile(file, scoredFile);
        List<LabelledText> rows = lists(root, "train", "oos_train");
        if (!sameFile) {
            rows.addAll(lists(root, "val", "oos_val"));
        }
        return rows;
    }

    static List<LabelledText> testSet(Path file) throws IOException {
        if (!isJson(file)) {
            return readCsv(file);
        }
        JsonNode root = readJson(file);
        if (root.has("test") || root.has("oos_test")) {
            return lists(root, "test", "oos_test");
        }
        return lists(root, "val", "oos_val");
    }

    private static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static JsonNode readJson(Path file) throws IOException {
        try {
            return JsonMapper.builder().build().readTree(file.toFile());
        } catch (tools.jackson.core.JacksonException e) {
            throw new IOException("Not a JSON file of labelled sentences: " + file, e);
        }
    }

    private static List<LabelledText> lists(JsonNode root, String... keys) {
        List<LabelledText> rows = new ArrayList<>();
        for (String key : keys) {
            for (JsonNode pair : root.path(key)) {
                rows.add(new LabelledText(pair.path(0).asString(""),
                        label(pair.path(1).asString(""))));
            }
        }
        return rows;
    }

    static List<LabelledText> readCsv(Path file) throws IOException {
        List<List<String>> records = CsvRecords.parse(
                Files.readString(file, StandardCharsets.UTF_8));
        List<LabelledText> rows = new ArrayList<>();
        for (List<String> record : records) {
            if (record.size() < 2 || isHeader(record, rows)) {
                continue;
            }
            rows.add(new LabelledText(record.get(0), label(record.get(1))));
        }
        return rows;
    }

    private static boolean isHeader(List<String> record, List<LabelledText> rowsSoFar) {
        return rowsSoFar.isEmpty() && record.get(0).strip().equalsIgnoreCase("text")
                && record.get(1).strip().equalsIgnoreCase("intent");
    }

    private static String label(String intent) {
        String trimmed = intent.strip();
        return trimmed.equalsIgnoreCase(LabelledText.OUT_OF_SCOPE)
                ? LabelledText.OUT_OF_SCOPE : trimmed;
    }
}
