package org.portico.knowledge.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes realistic help articles for the benchmark from public material read at run time:
 * customer questions of online banking (banking77) give titles, topics and the questions an
 * article answers; the paragraphs and headings of a real help centre (Firefly III's
 * documentation) give the body. Nothing of it is kept in the repository.
 */
final class BenchArticles {

    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern PLAIN_START = Pattern.compile("^[A-Za-z].*", Pattern.DOTALL);

    private final List<LabelledCsv.Row> questions;
    private final Map<String, List<String>> byCategory = new LinkedHashMap<>();
    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> headings = new ArrayList<>();
    private final Random random = new Random(7);

    private BenchArticles(List<LabelledCsv.Row> questions) {
        this.questions = questions;
        for (LabelledCsv.Row row : questions) {
            byCategory.computeIfAbsent(row.category(), c -> new ArrayList<>()).add(row.text());
        }
    }

    /** One generated article. */
    record Generated(String slug, String title, String topicKey, String markdown) {
    }

    /** Reads {@code banking77/train.csv} and the Markdown pages of {@code firefly-docs/}. */
    static BenchArticles read(Path shared) throws IOException {
        List<LabelledCsv.Row> questions;
        try (Reader reader = Files.newBufferedReader(shared.resolve("banking77/train.csv"),
                StandardCharsets.UTF_8)) {
            questions = LabelledCsv.read(reader);
        }
        BenchArticles articles = new BenchArticles(questions);
        try (Stream<Path> pages = Files.walk(shared.resolve("firefly-docs"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                articles.take(Files.readString(page, StandardCharsets.UTF_8));
            }
        }
        if (articles.paragraphs.isEmpty() || questions.isEmpty()) {
            throw new IOException("no material found below " + shared);
        }
        return articles;
    }

    private void take(String markdown) {
        for (String block : markdown.split("\\n\\s*\\n")) {
            String text = LINK.matcher(block.strip()).replaceAll("$1");
            if (text.startsWith("## ")) {
                headings.add(text.substring(3).lines().findFirst().orElse("").strip());
            } else if (PLAIN_START.matcher(text).matches() && text.length() >= 60
                    && text.length() <= 700 && !text.contains("`") && !text.contains("|")) {
                paragraphs.add(text.replace('\n', ' '));
            }
        }
    }

    /** The {@code n}-th article: its title is a customer's question, its body an answer. */
    Generated article(int n) {
        LabelledCsv.Row question = questions.get(n % questions.size());
        String title = question.text().strip();
        if (n >= questions.size()) {
            title = title + " (" + pick(headings) + ")";
        }
        List<String> same = byCategory.get(question.category());
        StringBuilder markdown = new StringBuilder();
        markdown.append(pick(paragraphs)).append("\n\n## Questions this answers\n\n");
        for (int i = 0; i < 3; i++) {
            markdown.append("- ").append(pick(same).strip()).append('\n');
        }
        int sections = 1 + random.nextInt(2);
        for (int i = 0; i < sections; i++) {
            markdown.append("\n## ").append(pick(headings)).append("\n\n")
                    .append(pick(paragraphs)).append('\n');
        }
        String topicKey = question.category().replace('_', '-');
        return new Generated("bench-" + n + "-" + Slugs.of(shorten(title)), shorten(title),
                topicKey, markdown.toString());
    }

    private static String shorten(String title) {
        return title.length() > 120 ? title.substring(0, 120).strip() : title;
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
