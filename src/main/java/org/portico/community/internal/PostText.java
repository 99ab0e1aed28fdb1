package org.portico.community.internal;

import java.util.regex.Pattern;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.web.util.HtmlUtils;

/**
 * A post's Markdown (or pasted HTML) as sanitised HTML and as plain text. Scripts, styles,
 * event handlers and {@code javascript:} or {@code data:} addresses never reach the page;
 * links open with {@code rel="nofollow noopener"}.
 */
record PostText(String markdown, String html, String text) {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();
    private static final Pattern BLOCK_END = Pattern.compile(
            "</(p|div|h[1-6]|li|pre|blockquote)>|<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern LINK = Pattern.compile(
            "(?i)https?://|www\\.|\\]\\(|<a\\s");
    /** A picture uploaded to the community: not a link to somewhere else. */
    private static final Pattern UPLOADED_IMAGE = Pattern.compile(
            "!\\[[^\\]]*\\]\\(/s/[a-z0-9-]+/community/images/[0-9a-f]{32}\\.[a-z]{3,4}\\)");
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h3", "h4", "h5", "h6", "strong", "b", "em", "i",
                    "u", "s", "del", "code", "pre", "blockquote", "ul", "ol", "li", "img", "a")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("title").onElements("a")
            .allowAttributes("href").onElements("a")
            .allowAttributes("src").onElements("img")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    static PostText of(String markdown) {
        String source = markdown == null ? "" : markdown.strip();
        String html = POLICY.sanitize(RENDERER.render(PARSER.parse(source)));
        return new PostText(source, html, plain(html));
    }

    /** Whether the text links anywhere (a rule holds new members' links for review). */
    boolean hasLink() {
        return LINK.matcher(UPLOADED_IMAGE.matcher(markdown).replaceAll("")).find();
    }

    /** The first {@code length} characters of the plain text, cut at a word. */
    String summary(int length) {
        if (text.length() <= length) {
            return text;
        }
        int cut = text.lastIndexOf(' ', length);
        return text.substring(0, cut > length / 2 ? cut : length) + "…";
    }

    private static String plain(String html) {
        String spaced = BLOCK_END.matcher(html).replaceAll(" ");
        return HtmlUtils.htmlUnescape(TAG.matcher(spaced).replaceAll(""))
                .replaceAll("\\s+", " ").strip();
    }
}
