package org.portico.cases.internal.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns an HTML mail body into readable plain text. The HTML is first passed through the
 * sanitiser (scripts, styles, event handlers and everything active go), then block elements
 * become line breaks and the remaining tags are dropped.
 */
final class HtmlText {

    private static final PolicyFactory BLOCKS = new HtmlPolicyBuilder()
            .allowElements("p", "br", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4",
                    "h5", "h6", "blockquote", "pre", "ul", "ol", "table", "hr", "a", "span",
                    "b", "i", "em", "strong")
            .toFactory();
    private static final Pattern BREAK = Pattern.compile(
            "<(br|/p|/div|/li|/tr|/h[1-6]|/blockquote|/pre|hr|/table)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CELL = Pattern.compile("</t[dh]>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-z]+);");

    private HtmlText() {
    }

    static String toText(String html) {
        String safe = BLOCKS.sanitize(html);
        String text = BREAK.matcher(safe).replaceAll("\n");
        text = CELL.matcher(text).replaceAll("\t");
        text = unescape(TAG.matcher(text).replaceAll(""));
        return tidy(text);
    }

    static String tidy(String text) {
        return text.replace('\u00A0', ' ').replace("\u0000", "")
                .replaceAll("[ \\t]+\n", "\n")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }

    private static String unescape(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(out, Matcher.quoteReplacement(character(entity.group(1))));
        }
        entity.appendTail(out);
        return out.toString();
    }

    private static String character(String name) {
        if (name.startsWith("#")) {
            boolean hex = name.startsWith("#x") || name.startsWith("#X");
            try {
                int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                return Character.isValidCodePoint(code) ? Character.toString(code) : "";
            } catch (NumberFormatException notANumber) {
                return "&" + name + ";";
            }
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> "&" + name + ";";
        };
    }
}
