package org.portico.knowledge.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns the MkDocs dialect of Markdown into CommonMark: drops the YAML front matter and
 * attribute lists ({@code { width="300" }}, {@code { .annotate }}), and rewrites admonitions
 * ({@code !!! note "Title"} followed by indented content) into HTML blocks around Markdown.
 */
final class MkDocsSyntax {

    private static final Pattern ADMONITION = Pattern.compile(
            "^( {0,12})(?:!!!|\\?\\?\\?\\+?) *([A-Za-z][\\w-]{0,30})(?: +(.*?))? *$");
    private static final Pattern FENCE = Pattern.compile("^ *(`{3,}|~{3,}).*$");
    private static final String ATTRIBUTE =
            "(?:[.#][\\w-]+|[\\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\\s}\"']+))";
    private static final String ATTRIBUTES =
            "\\{:? *" + ATTRIBUTE + "(?: +" + ATTRIBUTE + ")* *\\}";
    private static final Pattern ATTRIBUTE_LINE = Pattern.compile("^ *" + ATTRIBUTES + " *$");
    private static final Pattern ATTRIBUTE_INLINE =
            Pattern.compile("(?<=[)\\]]) ?" + ATTRIBUTES + "| +" + ATTRIBUTES + " *$");

    private MkDocsSyntax() {
    }

    static String toCommonMark(String markdown) {
        String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
        return convert(stripFrontMatter(text));
    }

    static String stripFrontMatter(String text) {
        if (!text.startsWith("---\n")) {
            return text;
        }
        int end = text.indexOf("\n---\n", 3);
        return end < 0 ? text : text.substring(end + 5);
    }

    private static String convert(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        StringBuilder out = new StringBuilder(text.length() + 256);
        String fence = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher fenceLine = FENCE.matcher(line);
            if (fenceLine.matches()) {
                fence = toggleFence(fence, fenceLine.group(1));
                out.append(line).append('\n');
                continue;
            }
            Matcher admonition = fence == null ? ADMONITION.matcher(line) : null;
            if (admonition != null && admonition.matches()) {
                i = admonition(lines, i, admonition, out);
            } else if (fence != null) {
                out.append(line).append('\n');
            } else if (!ATTRIBUTE_LINE.matcher(line).matches()) {
                out.append(ATTRIBUTE_INLINE.matcher(line).replaceAll("")).append('\n');
            }
        }
        return out.toString();
    }

    private static String toggleFence(String open, String marker) {
        if (open == null) {
            return marker;
        }
        boolean closes = marker.charAt(0) == open.charAt(0) && marker.length() >= open.length();
        return closes ? null : open;
    }

    /** Writes one admonition and returns the index of its last line. */
    private static int admonition(List<String> lines, int start, Matcher head, StringBuilder out) {
        String indent = head.group(1);
        String bodyIndent = indent + "    ";
        int end = start + 1;
        while (end < lines.size() && inside(lines.get(end), bodyIndent, indent)) {
            end++;
        }
        while (end > start + 1 && lines.get(end - 1).isBlank()) {
            end--;
        }
        StringBuilder body = new StringBuilder();
        for (String line : lines.subList(start + 1, end)) {
            body.append(dedent(line, bodyIndent, indent)).append('\n');
        }
        String type = head.group(2).toLowerCase(Locale.ROOT);
        out.append(indent).append("<div class=\"admonition ").append(type).append("\">\n");
        String title = title(head.group(3), type);
        if (!title.isEmpty()) {
            out.append(indent).append("<p class=\"admonition-title\">")
                    .append(HtmlUtils.htmlEscape(title)).append("</p>\n");
        }
        out.append('\n');
        for (String line : convert(body.toString()).split("\n", -1)) {
            out.append(line.isEmpty() ? "" : indent + line).append('\n');
        }
        out.append('\n').append(indent).append("</div>\n\n");
        return end - 1;
    }

    private static boolean inside(String line, String bodyIndent, String indent) {
        return line.isBlank() || line.startsWith(bodyIndent) || line.startsWith(indent + "\t");
    }

    private static String dedent(String line, String bodyIndent, String indent) {
        if (line.startsWith(bodyIndent)) {
            return line.substring(bodyIndent.length());
        }
        return line.startsWith(indent + "\t") ? line.substring(indent.length() + 1) : line.strip();
    }

    private static String title(String given, String type) {
        if (given == null) {
            return Character.toUpperCase(type.charAt(0)) + type.substring(1);
        }
        String title = given.strip();
        if (title.length() >= 2 && title.startsWith("\"") && title.endsWith("\"")) {
            title = title.substring(1, title.length() - 1);
        }
        return title.strip();
    }
}
