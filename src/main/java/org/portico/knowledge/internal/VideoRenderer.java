package org.portico.knowledge.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders Markdown images, turning those that are videos into a player ({@code .mp4},
 * {@code .webm} uploads) or a click-to-load placeholder (YouTube, Vimeo) that makes no request
 * to the host until the reader asks for it.
 */
final class VideoRenderer implements NodeRenderer {

    private final HtmlWriter html;

    VideoRenderer(HtmlNodeRendererContext context) {
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Image.class);
    }

    @Override
    public void render(Node node) {
        Image image = (Image) node;
        String url = image.getDestination();
        String alt = altText(image);
        Optional<VideoLinks.Hosted> hosted = VideoLinks.hosted(url);
        if (VideoLinks.isVideoFile(url)) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("src", url);
            attributes.put("controls", "controls");
            attributes.put("preload", "metadata");
            html.tag("video", attributes);
            html.text(alt);
            html.tag("/video");
        } else if (hosted.isPresent()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", "video-embed");
            attributes.put("data-video-provider", hosted.get().provider());
            attributes.put("data-video-id", hosted.get().id());
            html.tag("div", attributes);
            Map<String, String> button = new LinkedHashMap<>();
            button.put("type", "button");
            button.put("class", "btn btn-dark video-play");
            html.tag("button", button);
            html.text("\u25B6 " + (alt.isBlank() ? hosted.get().provider() : alt));
            html.tag("/button");
            html.tag("/div");
        } else {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("src", url);
            attributes.put("alt", alt);
            if (image.getTitle() != null) {
                attributes.put("title", image.getTitle());
            }
            html.tag("img", attributes, true);
        }
    }

    private static String altText(Image image) {
        StringBuilder alt = new StringBuilder();
        image.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                alt.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                alt.append(code.getLiteral());
            }
        });
        return alt.toString();
    }
}
