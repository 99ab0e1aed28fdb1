package org.portico.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class MarkdownRendererTests {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersAdmonitionsWithTitleAndMarkdownInside() {
        String html = render("""
                # Budgets

                !!! warning "Be careful"
                    Money **leaves** the account.

                    - one
                    - two

                ??? tip
                    A hint.

                After.
                """);
        assertThat(html).contains("<div class=\"admonition warning\">")
                .contains("<p class=\"admonition-title\">Be careful</p>")
                .contains("<strong>leaves</strong>").contains("<li>two</li>")
                .contains("<div class=\"admonition tip\">\n<p class=\"admonition-title\">Tip</p>")
                .contains("<p>After.</p>");
    }

    @Test
    void takesTheFirstHeadingAsTitleAndDropsFrontMatterAndAttributeLists() {
        RenderedMarkdown rendered = renderer.render("""
                ---
                hide:
                  - feedback
                ---
                # Piggy banks

                ![Shot](shot.png){ width="300" }
                { .annotate }

                ## Create one
                """, LinkRewriter.forSite("help"));
        assertThat(rendered.title()).isEqualTo("Piggy banks");
        assertThat(rendered.html()).doesNotContain("<h1").doesNotContain("hide:")
                .doesNotContain("width=\"300\" }").doesNotContain("annotate")
                .contains("<h2 id=\"create-one\">Create one</h2>");
    }

    @Test
    void keepsALevelOneHeadingThatFollowsASection() {
        RenderedMarkdown rendered = renderer.render("""
                ## Before you start

                Sign in.

                # Part two

                Then pay.
                """, LinkRewriter.forSite("help"));
        assertThat(rendered.title()).isNull();
        assertThat(rendered.html()).contains("<h1 id=\"part-two\">Part two</h1>");
    }

    @Test
    void rewritesLinksBetweenArticlesOfASite() {
        String html = render("See [payroll](run-payroll.md#before) and [top](#top).");
        assertThat(html).contains("href=\"/s/help/articles/run-payroll#before\"")
                .contains("href=\"#top\"");
    }

    @Test
    void removesScriptsEventHandlersAndDangerousAddresses() {
        String html = render("""
                Hello <script>alert(1)</script>

                <img src="x.png" onerror="alert(2)">

                [click](javascript:alert(3)) <a href="data:text/html,hi">d</a>
                <p style="color:red" onclick="x()">styled</p>
                """);
        assertThat(html).doesNotContain("<script").doesNotContain("alert(1)")
                .doesNotContain("onerror").doesNotContain("javascript:")
                .doesNotContain("data:").doesNotContain("style=").doesNotContain("onclick");
    }

    @Test
    void keepsTablesCodeAndExternalLinks() {
        String html = render("""
                | A | B |
                |---|---|
                | 1 | 2 |

                ```bash
                echo "{ .x }"
                ```

                [site](https://example.org)
                """);
        assertThat(html).contains("<table>").contains("<td>1</td>")
                .contains("<code class=\"language-bash\">echo &#34;{ .x }&#34;")
                .contains("href=\"https://example.org\"");
    }

    @Test
    void rewritesImportedPagesAndCollectsTheirImages() {
        ImportedLinks links = new ImportedLinks("help", Path.of("/nowhere"),
                "how-to/finances/piggy-banks.md");
        String html = renderer.render("""
                [explained](../../explanation/piggy-banks.md#what) [home](../index.md)
                ![shot](../../images/piggy.png) [outside](../../../etc/passwd)
                """, links).html();
        assertThat(html)
                .contains("href=\"/s/help/articles/explanation-piggy-banks#what\"")
                .contains("href=\"/s/help/articles/how-to\"")
                .contains("src=\"/s/help/kb-assets/images/piggy.png\"")
                .doesNotContain("passwd\"");
        assertThat(links.assets()).containsExactly("images/piggy.png");
    }

    private String render(String markdown) {
        return renderer.render(markdown, LinkRewriter.forSite("help")).html();
    }
}
