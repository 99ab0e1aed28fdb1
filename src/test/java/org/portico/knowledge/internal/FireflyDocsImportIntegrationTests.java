package org.portico.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.portico.knowledge.Visibility;
import org.portico.support.PorticoIntegrationTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Imports the real Firefly III help centre (138 pages, CC BY-SA 4.0) from the shared data
 * folder beside the project; skipped when that folder is absent.
 */
@PorticoIntegrationTest
class FireflyDocsImportIntegrationTests {

    private static final Logger log =
            LoggerFactory.getLogger(FireflyDocsImportIntegrationTests.class);
    private static final Pattern ARTICLE_LINK =
            Pattern.compile("href=\"(/s/help/articles/[^\"#]+)");
    private static final Pattern IMAGE = Pattern.compile("src=\"(/s/help/kb-assets/[^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    KnowledgeImport knowledgeImport;

    @Autowired
    ArticleSearch search;

    @Test
    void importsTheFireflyHelpCentreAndFindsThePiggyBankArticle() throws Exception {
        Optional<Path> docs = Stream.of("../shared/data/firefly-docs",
                        "../../shared/data/firefly-docs")
                .map(Path::of).filter(Files::isDirectory).findFirst();
        Assumptions.assumeTrue(docs.isPresent(),
                "shared/data/firefly-docs is not beside the project; real-data import skipped");

        long started = System.nanoTime();
        KnowledgeImport.Summary summary = knowledgeImport.importFolder(
                new KnowledgeImport.Request("help", docs.get(), null, null));
        log.info("Imported firefly-docs in process in {} ms: {}",
                (System.nanoTime() - started) / 1_000_000, summary.line());
        assertThat(summary.failed()).as(summary.failures().toString()).isZero();
        assertThat(summary.imported() + summary.updated() + summary.skipped()).isEqualTo(138);

        List<ArticleSearch.Hit> hits = search.search("help", "piggy bank", null, 1,
                Locale.ENGLISH, Visibility.readableBy(null)).hits();
        assertThat(hits.get(0).title()).containsIgnoringCase("piggy bank");
        assertThat(hits.get(1).url()).endsWith("piggy-banks");

        String page = mvc.perform(get(hits.get(0).url())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("CC BY-SA 4.0");
        Set<String> links = matches(ARTICLE_LINK, page);
        Set<String> images = matches(IMAGE, page);
        assertThat(links).isNotEmpty();
        for (String link : links) {
            mvc.perform(get(link)).andExpect(status().isOk());
        }
        assertThat(images).isNotEmpty();
        for (String image : images) {
            mvc.perform(get(image)).andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "image/png"));
        }
    }

    private static Set<String> matches(Pattern pattern, String html) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
