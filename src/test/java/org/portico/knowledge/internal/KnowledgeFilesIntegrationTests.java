package org.portico.knowledge.internal;

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

    @Test
    void detectsTheTypeFromTheContentAndNeverServesMarkupInline() throws Exception {
        PorticoUser author = new CasePeople(directory).staff(Role.AUTHOR);
        long id = article(author);

        String image = upload(author, id, "holiday.txt", PNG);
        mvc.perform(get(image)).andExpect(header().string("Content-Type", "image/png"));

        String page = upload(author, id, "evil.png",
                "<svg onload=alert(1)></svg>".getBytes(StandardCharsets.UTF_8));
        mvc.perform(get(page))
                .andExpect(header().string("Content-Type", "application/octet-stream"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));

        mvc.perform(multipart("/console/knowledge/articles/" + id + "/files")
                        .file(new MockMultipartFile("file", "big.bin", "application/octet-stream",
                                new byte[UploadedFiles.MAX_BYTES + 1]))
                        .with(as(author)).with(csrf()))
                .andExpect(content().string(containsString("larger than 15 MB")));
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
