package org.portico.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.portico.cases.CasePeople;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.knowledge.Visibility;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@PorticoIntegrationTest
class KnowledgeFilesIntegrationTests {

    private static final Pattern STORED = Pattern.compile("\\((/s/help/kb-assets/[^)]+)\\)");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    ArticleRepository articles;

    @Autowired
    KnowledgeEditor editor;

    @Test
    void detectsTheTypeFromTheContentAndNeverServesMarkupInline() throws Exception {
        PorticoUser author = new CasePeople(directory).staff(Role.AUTHOR);
        long id = article(author);

        String image = upload(author, id, "holiday.txt", PNG);
        mvc.perform(get(image).with(as(author)))
                .andExpect(header().string("Content-Type", "image/png"));

        String page = upload(author, id, "evil.png",
                "<svg onload=alert(1)></svg>".getBytes(StandardCharsets.UTF_8));
        mvc.perform(get(page).with(as(author)))
                .andExpect(header().string("Content-Type", "application/octet-stream"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));

        mvc.perform(multipart("/console/knowledge/articles/" + id + "/files")
                        .file(new MockMultipartFile("file", "big.bin", "application/octet-stream",
                                new byte[UploadedFiles.MAX_BYTES + 1]))
                        .with(as(author)).with(csrf()))
                .andExpect(content().string(containsString("larger than 15 MB")));
    }

    @Test
    void keepsTheNameAndExtensionOfAFileUploadedWithAChineseName() throws Exception {
        PorticoUser author = new CasePeople(directory).staff(Role.AUTHOR);
        long id = article(author);

        String answer = mvc.perform(multipart("/console/knowledge/articles/" + id + "/files")
                        .file(new MockMultipartFile("file", "账单 说明.pdf", "application/pdf",
                                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                        .with(as(author)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("[账单 说明.pdf](/s/help/kb-assets/files/" + id + "/");
        Matcher stored = STORED.matcher(answer);
        assertThat(stored.find()).isTrue();
        assertThat(stored.group(1)).endsWith("-file.pdf");

        mvc.perform(get(stored.group(1)).with(as(author)))
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("inline")))
                .andExpect(header().string("Content-Disposition", containsString("file.pdf")));
    }

    @Test
    void servesAnArticlesFilesOnlyToThoseWhoMayReadTheArticle() throws Exception {
        CasePeople people = new CasePeople(directory);
        PorticoUser author = people.staff(Role.AUTHOR);
        PorticoUser agent = people.staff(Role.AGENT);
        PorticoUser customer = people.customer("Fern Customer");
        PorticoUser contact = people.user("Gil Contact", Role.BUSINESS_MEMBER,
                people.businessAccount("Files Ltd"));
        long id = article(author);
        String file = upload(author, id, "plan.png", PNG);

        expectFile(file, null, false);
        expectFile(file, customer, false);
        expectFile(file, author, true);
        editor.submitForReview(id);
        editor.publish(id, people.staff(Role.SITE_MANAGER));
        mvc.perform(get(file))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("public")));

        visibility(author, id, Visibility.INTERNAL);
        expectFile(file, null, false);
        expectFile(file, customer, false);
        expectFile(file, contact, false);
        expectFile(file, agent, true);

        visibility(author, id, Visibility.CUSTOMERS);
        expectFile(file, null, false);
        expectFile(file, customer, true);
        expectFile(file, contact, true);
        mvc.perform(get(file).with(as(customer)))
                .andExpect(header().string("Cache-Control", containsString("private")));

        visibility(author, id, Visibility.BUSINESS);
        expectFile(file, customer, false);
        expectFile(file, contact, true);

        editor.archive(id);
        expectFile(file, contact, false);
        expectFile(file, agent, true);
        mvc.perform(get(file.replace("/s/help/", "/s/business/")).with(as(contact)))
                .andExpect(status().isNotFound());
    }

    private void expectFile(String file, PorticoUser reader, boolean served) throws Exception {
        var request = get(file);
        if (reader != null) {
            request.with(as(reader));
        }
        mvc.perform(request).andExpect(served ? status().isOk() : status().isNotFound());
    }

    private void visibility(PorticoUser author, long id, Visibility visibility)
            throws Exception {
        mvc.perform(post("/console/knowledge/articles/" + id + "/settings").with(as(author))
                        .with(csrf()).param("visibility", visibility.name()))
                .andExpect(status().is3xxRedirection());
    }

    private String upload(PorticoUser author, long id, String name, byte[] bytes)
            throws Exception {
        String answer = mvc.perform(multipart("/console/knowledge/articles/" + id + "/files")
                        .file(new MockMultipartFile("file", name, "image/png", bytes))
                        .with(as(author)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher matcher = STORED.matcher(answer);
        if (!matcher.find()) {
            throw new AssertionError("no stored file in " + answer);
        }
        return matcher.group(1);
    }

    private long article(PorticoUser author) throws Exception {
        String slug = "files-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/console/knowledge").with(as(author)).with(csrf())
                .param("site", "help").param("slug", slug).param("language", "en")
                .param("title", "Files").param("topic", "misc").param("markdown", "Text."))
                .andExpect(status().is3xxRedirection());
        return articles.findBySiteAndSlugAndLanguage("help", slug, "en").orElseThrow().id();
    }
}
