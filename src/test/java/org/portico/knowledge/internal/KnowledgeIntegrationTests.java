package org.portico.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portico.knowledge.ArticleSuggestion;
import org.portico.knowledge.KnowledgeAuthoring;
import org.portico.knowledge.KnowledgeSuggestions;
import org.portico.knowledge.NewArticle;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PorticoIntegrationTest
class KnowledgeIntegrationTests {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};

    @Autowired
    MockMvc mvc;

    @Autowired
    KnowledgeImport knowledgeImport;

    @Autowired
    KnowledgeAuthoring authoring;

    @Autowired
    KnowledgeSuggestions suggestions;

    @Autowired
    ArticleRepository articles;

    @Autowired
    MeaningVectors vectors;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @Test
    void importsAFolderOnceAndUpdatesOnlyWhatChanged() throws Exception {
        writeFixture("again");

        KnowledgeImport.Summary first = importFixture();
        assertThat(first.line()).isEqualTo("imported=2 updated=0 skipped=0 failed=1");
        assertThat(first.failures()).singleElement().asString()
                .startsWith("again/broken.md: ").contains("UTF-8");

        Files.writeString(folder.resolve("again/bills/pay-a-bill.md"),
                "# Pay a bill\n\nNow faster.\n");
        KnowledgeImport.Summary second = importFixture();
        assertThat(second.line()).isEqualTo("imported=0 updated=1 skipped=1 failed=1");
        assertThat(articles.findAll()).filteredOn(a -> "business".equals(a.site()))
                .extracting(Article::slug).containsOnlyOnce("again-bills-pay-a-bill");
    }

    @Test
    void showsAnImportedArticleWithItsLinksScreenshotsAndCredit() throws Exception {
        writeFixture("shown");
        importFixture();

        mvc.perform(get("/s/business/articles/shown-budgets-plan-a-budget"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<h1 class=\"h2\">Plan a kbfixture budget</h1>")))
                .andExpect(content().string(containsString(
                        "href=\"/s/business/articles/shown-bills-pay-a-bill#due\"")))
                .andExpect(content().string(containsString(
                        "src=\"/s/business/kb-assets/shown/images/shot.png\"")))
                .andExpect(content().string(containsString("class=\"admonition note\"")))
                .andExpect(content().string(containsString("Budgets")))
                .andExpect(content().string(containsString("CC BY 4.0")));
        mvc.perform(get("/s/business/kb-assets/shown/images/shot.png"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", containsString("max-age")));
        mvc.perform(get("/s/business/kb-assets/images/absent.png"))
                .andExpect(status().isNotFound());
    }

    @Test
    void servesAnImportedSvgAsADownloadThatAPageCanStillShowAsAnImage() throws Exception {
        writeFixture("drawn");
        Files.writeString(folder.resolve("drawn/images/logo.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>");
        Files.writeString(folder.resolve("drawn/budgets/plan-a-budget.md"),
                "# Plan a drawn budget\n\n![The logo](../images/logo.svg)\n");
        importFixture();

        mvc.perform(get("/s/business/articles/drawn-budgets-plan-a-budget"))
                .andExpect(content().string(containsString(
                        "src=\"/s/business/kb-assets/drawn/images/logo.svg\"")));
        mvc.perform(get("/s/business/kb-assets/drawn/images/logo.svg"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/svg+xml"))
                .andExpect(header().string("Content-Disposition",
                        startsWith("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void skipsAnEmptyPageWithANoteInsteadOfImportingABlankArticle() throws Exception {
        Path root = Files.createDirectories(folder.resolve("blank/faq"));
        Files.writeString(root.resolve("ok.md"), "# Fine\n\nText.\n");
        Files.writeString(root.resolve("empty.md"), "  \n");

        KnowledgeImport.Summary summary = knowledgeImport.importFolder(
                new KnowledgeImport.Request("business", folder.resolve("blank"), null, null));

        assertThat(summary.line()).isEqualTo("imported=1 updated=0 skipped=1 failed=0");
        assertThat(summary.notes()).containsExactly("faq/empty.md: the page is empty");
    }

    @Test
    void refusesAMissingOrEmptyFolder() {
        KnowledgeImport.Request missing = new KnowledgeImport.Request("help",
                folder.resolve("absent"), null, null);
        assertThatThrownBy(() -> knowledgeImport.importFolder(missing))
                .isInstanceOf(ImportFailure.class).hasMessageContaining("does not exist");
        KnowledgeImport.Request empty = new KnowledgeImport.Request("help", folder, null, null);
        assertThatThrownBy(() -> knowledgeImport.importFolder(empty))
                .isInstanceOf(ImportFailure.class).hasMessageContaining("no Markdown");
    }

    @Test
    void answersOddQueriesWithoutError() throws Exception {
        List<String> queries = List.of("", " ", "-", "\"", "*", ":", "(", "&", "a AND", "\"piggy",
                "title:x", "[]{}~^\\/", "%", "<script>", "x".repeat(300), "junk&*(".repeat(70),
                "\u0000", "😀");
        for (String q : queries) {
            mvc.perform(get("/s/help/search").param("q", q)).andExpect(status().isOk());
            mvc.perform(get("/api/v1/search").param("site", "help").param("q", q))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.total").isNumber());
            mvc.perform(get("/s/help/suggestions").param("q", q)).andExpect(status().isOk());
            assertThat(suggestions.suggest("help", q, Locale.ENGLISH, 5)).isNotNull();
        }
        mvc.perform(get("/s/help/search").param("q", "a").param("page", "x"))
                .andExpect(status().isOk());
    }

    @Test
    void hidesDraftArticlesFromSearchAndPages() throws Exception {
        Article draft = new Article("help", "kb-draft-zanzibar", "en", Instant.now());
        RenderedMarkdown body = new RenderedMarkdown("Zanzibar", "<p>zanzibar plans</p>",
                "zanzibar plans", "zanzibar plans");
        draft.write(new ArticleContent("Zanzibar plans", "Drafts", "drafts", "public",
                "zanzibar plans", body, null, null, "h"), Instant.now());
        articles.save(draft);

        mvc.perform(get("/s/help/search").param("q", "zanzibar"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("kb-draft-zanzibar"))))
                .andExpect(content().string(containsString("id=\"no-results\"")));
        mvc.perform(get("/s/help/articles/kb-draft-zanzibar")).andExpect(status().isNotFound());
    }

    @Test
    void findsChineseArticlesByWordNotByCharacter() throws Exception {
        authoring.publish(new NewArticle("help", "kb-refund-zh", "zh", "如何申请退款", "billing",
                "如果扣款有误，您可以在账单页面申请退款。", "individual"));
        authoring.publish(new NewArticle("help", "kb-styles-zh", "zh", "新款式的发票模板", "billing",
                "我们推出了新款式的发票模板。", "individual"));

        mvc.perform(get("/api/v1/search").param("site", "help").param("q", "退款"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.results[0].url").value("/s/help/articles/kb-refund-zh"));
    }

    @Test
    void ignoresPunctuationAroundTheWordsOfAQuery() throws Exception {
        authoring.publish(new NewArticle("help", "kb-pangolin-burrows", "en", "Pangolin burrows",
                "animals", "Where do pangolins curl up? Hard scales, usually.", "individual"));
        authoring.publish(new NewArticle("help", "kb-otter-rafts", "en", "Otter rafts",
                "animals", "Why do otters hold hands? To stay together!", "individual"));
        authoring.publish(new NewArticle("help", "kb-title-change", "en", "Change a title",
                "account", "Your title appears on every bill.", "individual"));

        for (String q : List.of("pangolin", "pangolin?", "pangolin.", "pangolin!", "\"pangolin\"",
                "pangolin*", "title:pangolin")) {
            mvc.perform(get("/api/v1/search").param("site", "help").param("q", q))
                    .andExpect(jsonPath("$.total").value(1))
                    .andExpect(jsonPath("$.results[0].url")
                            .value("/s/help/articles/kb-pangolin-burrows"));
        }
        mvc.perform(get("/api/v1/search").param("site", "help").param("q", "?!"))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void answersTheSearchApiWithTitlesUrlsAndSnippets() throws Exception {
        authoring.publish(new NewArticle("help", "kb-quokka-care", "en", "Quokka care",
                "animals", "Feed your quokka leaves. See [more](kb-other.md#x).", "individual"));

        mvc.perform(get("/api/v1/search").param("site", "help").param("q", "quokka"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.results[0].type").value("article"))
                .andExpect(jsonPath("$.results[0].title").value("Quokka care"))
                .andExpect(jsonPath("$.results[0].url").value("/s/help/articles/kb-quokka-care"))
                .andExpect(jsonPath("$.results[0].snippet").value(containsString("quokka")));
        mvc.perform(get("/api/v1/search").param("site", "nowhere").param("q", "quokka"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/s/help/articles/kb-quokka-care"))
                .andExpect(content().string(containsString("/s/help/articles/kb-other#x")));
    }

    @Test
    void showsTheReadersLanguageAndLinksTheTranslation() throws Exception {
        authoring.publish(new NewArticle("help", "kb-wombat", "en", "Wombat guide", "animals",
                "Wombats dig.", "individual"));
        authoring.publish(new NewArticle("help", "kb-wombat", "zh", "袋熊指南", "animals",
                "袋熊会挖洞。", "individual"));

        mvc.perform(get("/s/help/articles/kb-wombat").param("lang", "zh_CN"))
                .andExpect(content().string(containsString("袋熊指南")))
                .andExpect(content().string(containsString("?lang=en")));
        mvc.perform(get("/s/help/articles/kb-wombat").param("lang", "en"))
                .andExpect(content().string(containsString("Wombat guide")))
                .andExpect(content().string(containsString("?lang=zh_CN")));
    }

    @Test
    void publishesIdempotentlyBySlugAndLanguage() {
        long first = authoring.publish(new NewArticle("help", "kb-once", "en", "Once", "misc",
                "First text.", "public"));
        long second = authoring.publish(new NewArticle("help", "kb-once", "en", "Once", "misc",
                "Second text.", "public"));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void suggestsArticlesWhileTheVisitorTypes() throws Exception {
        authoring.publish(new NewArticle("help", "kb-platypus", "en", "Platypus feeding",
                "animals", "How to feed a platypus.", "individual"));

        List<ArticleSuggestion> found = suggestions.suggest("help", "platyp", Locale.ENGLISH, 3);
        assertThat(found).extracting(ArticleSuggestion::url)
                .contains("/s/help/articles/kb-platypus");
        mvc.perform(get("/s/help/suggestions").param("q", "feeding a platypus"))
                .andExpect(content().string(containsString("/s/help/articles/kb-platypus")));
        mvc.perform(get("/s/help/suggestions").param("q", "pl"))
                .andExpect(content().string(not(containsString("<li"))));
    }

    @Test
    void keepsThePublishedTextsSentenceVectorAndComputesItAgainWhenTheTextChanges() {
        long id = authoring.publish(new NewArticle("help", "kb-narwhal", "en", "Narwhal tusks",
                "animals", "A narwhal has one long tusk.", "individual"));
        vectors.fillMissing();
        String first = vectorHash(id);
        assertThat(first).isEqualTo(articles.findById(id).orElseThrow().contentHash());

        authoring.publish(new NewArticle("help", "kb-narwhal", "en", "Narwhal tusks",
                "animals", "A narwhal has one long tusk, sometimes two.", "individual"));
        vectors.fillMissing();
        assertThat(vectorHash(id)).isNotEqualTo(first)
                .isEqualTo(articles.findById(id).orElseThrow().contentHash());
        assertThat(suggestions.suggest("help", "narwhal tusk", Locale.ENGLISH, 3))
                .extracting(ArticleSuggestion::url).contains("/s/help/articles/kb-narwhal");
    }

    private String vectorHash(long articleId) {
        return jdbc.sql("SELECT content_hash FROM article_meaning WHERE article_id = ?")
                .param(articleId).query(String.class).single();
    }

    @Test
    void showsSearchAndTopicsOnTheSiteHome() throws Exception {
        authoring.publish(new NewArticle("help", "kb-otter", "en", "Otter basics", "animals",
                "Otters swim.", "individual"));

        mvc.perform(get("/s/help"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/s/help/search\"")))
                .andExpect(content().string(containsString("/s/help/search?topic=animals")));
    }

    private KnowledgeImport.Summary importFixture() {
        return knowledgeImport.importFolder(new KnowledgeImport.Request("business", folder,
                null, null));
    }

    /** Pages under {@code prefix/}, so that each test imports articles of its own. */
    private void writeFixture(String prefix) throws IOException {
        Path root = folder.resolve(prefix);
        Files.createDirectories(root.resolve("budgets"));
        Files.createDirectories(root.resolve("bills"));
        Files.createDirectories(root.resolve("images"));
        Files.writeString(folder.resolve("LICENSE"), "Attribution 4.0 International\n");
        Files.write(root.resolve("images/shot.png"), PNG);
        Files.writeString(root.resolve("budgets/plan-a-budget.md"), """
                # Plan a kbfixture budget

                !!! note
                    Read [paying bills](../bills/pay-a-bill.md#due) first.

                ![The budget screen](../images/shot.png)
                """, StandardCharsets.UTF_8);
        Files.writeString(root.resolve("bills/pay-a-bill.md"), "# Pay a bill\n\nPay it.\n");
        Files.write(root.resolve("broken.md"), new byte[] {'#', ' ', (byte) 0xC3, 0x28});
    }
}
