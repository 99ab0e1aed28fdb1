package org.portico.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * A readable difference between two texts: line by line, and word by word inside a line that
 * changed (Chinese character by character). Both use a longest common subsequence; texts too
 * long for that are shown as one removal and one addition.
 */
final class TextDiff {

    /** Beyond this many cells (lines × lines, or words × words) the texts are not aligned. */
    static final long MAX_CELLS = 4_000_000L;
    private static final Pattern WORD = Pattern.compile(
            "\\s+|\\p{IsHan}|[\\p{L}\\p{N}_&&[^\\p{IsHan}]]+|.", Pattern.DOTALL);

    enum Kind { SAME, ADDED, REMOVED, CHANGED }

    /** One line of the result; {@code html} is escaped text with {@code <ins>}/{@code <del>}. */
    record Line(Kind kind, String html) {
    }

    private enum Op { KEEP, ADD, REMOVE }

    private record Step<T>(Op op, T item) {
    }

    private TextDiff() {
    }

    static List<Line> lines(String before, String after) {
        List<String> a = split(before);
        List<String> b = split(after);
        List<Line> result = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (Step<String> step : align(a, b)) {
            if (step.op() == Op.KEEP) {
                flush(removed, added, result);
                result.add(new Line(Kind.SAME, escape(step.item())));
            } else if (step.op() == Op.REMOVE) {
                removed.add(step.item());
            } else {
                added.add(step.item());
            }
        }
        flush(removed, added, result);
        return result;
    }

    /** The words of one line against another, marked up. */
    static String words(String before, String after) {
        StringBuilder html = new StringBuilder();
        for (Step<String> step : align(tokens(before), tokens(after))) {
            String text = escape(step.item());
            switch (step.op()) {
                case KEEP -> html.append(text);
                case REMOVE -> html.append("<del>").append(text).append("</del>");
                case ADD -> html.append("<ins>").append(text).append("</ins>");
                default -> throw new IllegalStateException();
            }
        }
        return html.toString().replace("</del><del>", "").replace("</ins><ins>", "");
    }

    /** Changed lines in pairs are shown word by word; the rest as whole lines. */
    private static void flush(List<String> removed, List<String> added, List<Line> result) {
        int pairs = Math.min(removed.size(), added.size());
        for (int i = 0; i < pairs; i++) {
            result.add(new Line(Kind.CHANGED, words(removed.get(i), added.get(i))));
        }
        removed.subList(pairs, removed.size())
                .forEach(line -> result.add(new Line(Kind.REMOVED, escape(line))));
        added.subList(pairs, added.size())
                .forEach(line -> result.add(new Line(Kind.ADDED, escape(line))));
        removed.clear();
        added.clear();
    }

    private static <T> List<Step<T>> align(List<T> a, List<T> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Step<T>> steps = new ArrayList<>();
        a.subList(0, prefix).forEach(item -> steps.add(new Step<>(Op.KEEP, item)));
        steps.addAll(middle(a.subList(prefix, a.size() - suffix),
                b.subList(prefix, b.size() - suffix)));
        a.subList(a.size() - suffix, a.size()).forEach(item -> steps.add(new Step<>(Op.KEEP,
                item)));
        return steps;
    }

    private static <T> List<Step<T>> middle(List<T> a, List<T> b) {
        List<Step<T>> steps = new ArrayList<>();
        if ((long) a.size() * b.size() > MAX_CELLS) {
            a.forEach(item -> steps.add(new Step<>(Op.REMOVE, item)));
            b.forEach(item -> steps.add(new Step<>(Op.ADD, item)));
            return steps;
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                steps.add(new Step<>(Op.KEEP, a.get(i++)));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                steps.add(new Step<>(Op.REMOVE, a.get(i++)));
            } else {
                steps.add(new Step<>(Op.ADD, b.get(j++)));
            }
        }
        a.subList(i, a.size()).forEach(item -> steps.add(new Step<>(Op.REMOVE, item)));
        b.subList(j, b.size()).forEach(item -> steps.add(new Step<>(Op.ADD, item)));
        return steps;
    }

    private static List<String> split(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(text.replace("\r\n", "\n").split("\n", -1));
    }

    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(line);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
