package org.portico.knowledge.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Markdown (CommonMark with tables and the common MkDocs idioms) to sanitised HTML. Links and
 * images pass through a {@link LinkRewriter}; scripts, event handlers, styles and
 * {@code javascript:} or {@code data:} addresses never reach the page.
 */
@Component
class MarkdownRenderer {

    /** Part of every content hash, so that a change in rendering updates imported articles. */
    static final String VERSION = "1";

    private static final int SUMMARY_LENGTH = 240;
    private static final Pattern BLOCK_END = Pattern.compile(
            "</(p|div|h[1-6]|li|tr|td|th|pre|blockquote|table)>|<br\\s*/?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern CLASS_NAMES = Pattern.compile("[\\w -]{1,80}");
    private static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9_-]{1,20}");

    private final Parser parser;
    private final HtmlRenderer renderer;

    MarkdownRenderer() {
        List<Extension> extensions = List.of(TablesExtension.create(),
                HeadingAnchorExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions)
                .nodeRendererFactory(VideoRenderer::new).build();
    }

    RenderedMarkdown render(String markdown, LinkRewriter links) {
        Node document = parser.parse(MkDocsSyntax.toCommonMark(markdown));
        String title = takeTitle(document);
        String html = policy(links).sanitize(renderer.render(document));
        String text = plainText(html);
        return new RenderedMarkdown(title, html, text, summary(text));
    }

    private static String takeTitle(Node document) {
        TitleFinder finder = new TitleFinder();
        document.accept(finder);
        if (finder.heading == null) {
            return null;
        }
        StringBuilder title = new StringBuilder();
        finder.heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                title.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                title.append(code.getLiteral());
            }
        });
        finder.heading.unlink();
        String text = title.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static PolicyFactory policy(LinkRewriter links) {
        return new HtmlPolicyBuilder()
                .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong",
                        "b", "em", "i", "u", "s", "del", "code", "pre", "blockquote", "ul", "ol",
                        "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td",
                        "img", "a", "div", "span", "sup", "sub", "kbd", "mark", "abbr", "video",
                        "button")
                .allowAttributes("controls", "preload").onElements("video")
                .allowAttributes("src").matching((element, attribute, value) ->
                        VideoLinks.isVideoFile(value) ? links.image(value) : null)
                .onElements("video")
                .allowAttributes("data-video-provider").matching(true, "youtube", "vimeo")
                .onElements("div")
                .allowAttributes("data-video-id").matching(VIDEO_ID).onElements("div")
                .allowAttributes("type").matching(true, "button").onElements("button")
                .allowAttributes("class").matching(CLASS_NAMES).onElements("button")
                .allowAttributes("id").onElements("h1", "h2", "h3", "h4", "h5", "h6")
                .allowAttributes("class").matching(CLASS_NAMES)
                .onElements("div", "p", "code", "span", "pre")
                .allowAttributes("align").matching(true, "left", "center", "right")
                .onElements("th", "td")
                .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
                .allowAttributes("alt", "title").onElements("img")
                .allowAttributes("width", "height").matching(Pattern.compile("\\d{1,5}%?"))
                .onElements("img")
                .allowAttributes("title").onElements("a", "abbr")
                .allowAttributes("href").matching((element, attribute, value) -> links.link(value))
                .onElements("a")
                .allowAttributes("src").matching((element, attribute, value) -> links.image(value))
                .onElements("img")
                .allowUrlProtocols("http", "https", "mailto")
                .requireRelsOnLinks("noopener")
                .toFactory();
    }

    static String plainText(String html) {
        String spaced = BLOCK_END.matcher(html).replaceAll(" ");
        String text = HtmlUtils.htmlUnescape(TAG.matcher(spaced).replaceAll(""));
        return text.replaceAll("\\s+", " ").strip();
    }

    static String summary(String text) {
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH) + "…";
    }

    /**
     * The title is the document's first heading when that is of level 1; a level-1 heading
     * further down, after a section, is the author's and stays in the text.
     */
    private static final class TitleFinder extends AbstractVisitor {

        private Heading heading;
        private boolean seen;

        @Override
        public void visit(Heading candidate) {
            if (!seen && candidate.getLevel() == 1) {
                heading = candidate;
            }
            seen = true;
        }
    }
}
