package org.portico.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VideoRenderingTests {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void playsAnUploadedVideoInThePage() {
        assertThat(render("![Setting up](/s/help/kb-assets/files/1/ab-setup.mp4)"))
                .contains("<video ").contains("src=\"/s/help/kb-assets/files/1/ab-setup.mp4\"")
                .contains("controls=\"controls\"").contains("preload=\"metadata\"")
                .contains(">Setting up</video>");
    }

    @Test
    void showsAHostedVideoAsAPlaceholderThatLoadsNothingBeforeTheClick() {
        String html = render("![Tour](https://www.youtube.com/watch?v=dQw4w9WgXcQ)");

        assertThat(html).contains("data-video-provider=\"youtube\"")
                .contains("data-video-id=\"dQw4w9WgXcQ\"").contains("<button")
                .doesNotContain("<iframe").doesNotContain("src=\"https://www.youtube");
        assertThat(render("![Intro](https://vimeo.com/76979871)"))
                .contains("data-video-provider=\"vimeo\"").contains("data-video-id=\"76979871\"");
    }

    @Test
    void keepsOrdinaryImagesAndDropsVideosFromElsewhere() {
        assertThat(render("![Shot](/s/help/kb-assets/a.png)"))
                .contains("<img src=\"/s/help/kb-assets/a.png\" alt=\"Shot\"");
        assertThat(render("![x](javascript:alert(1).mp4)")).doesNotContain("javascript");
    }

    private String render(String markdown) {
        return renderer.render(markdown, LinkRewriter.forSite("help")).html();
    }
}
