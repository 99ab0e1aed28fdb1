package org.portico.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Members add pictures to questions and answers: typed from their bytes, limited in size,
 * never SVG or HTML, served so that the browser does not guess the type.
 */
@PorticoIntegrationTest
class CommunityImagesIntegrationTests {

    private static final Pattern MARKDOWN = Pattern.compile(
            "!\\[[^\\]]*\\]\\((/s/help/community/images/[0-9a-f]{32}\\.png)\\)");

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    CommunityContent content;

    CommunityMembers members;

    @BeforeEach
    void setUp() {
        members = new CommunityMembers(directory, content);
    }

    @Test
    void storesAPictureAndServesItAsItsTypeWithNosniff() throws Exception {
        PorticoUser member = members.trusted("Picture Pia");
        String fragment = upload(member, "holiday [1].png", png(2048))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-markdown")))
                .andReturn().getResponse().getContentAsString();
        Matcher markdown = MARKDOWN.matcher(fragment.replace("&#39;", "'"));
        assertThat(markdown.find()).as(fragment).isTrue();
        String url = markdown.group(1);

        mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy",
                        containsString("default-src 'none'")));

        long question = content.ask(member.id(), "help", "What does this warning picture mean?",
                "See the picture:\n\n" + markdown.group(), "budgets");
        mvc.perform(get("/s/help/community/questions/" + question))
                .andExpect(content().string(containsString("<img src=\"" + url + "\"")));
    }

    @Test
    void refusesSvgAndHtmlWhateverTheirName() throws Exception {
        PorticoUser member = members.trusted("Sneaky Sid");
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        upload(member, "cat.png", svg)
                .andExpect(content().string(containsString("Only PNG, JPEG, GIF and WebP")))
                .andExpect(content().string(not(containsString("data-markdown"))));
        upload(member, "page.gif", "<!doctype html><html><body>hi</body></html>"
                        .getBytes(StandardCharsets.UTF_8))
                .andExpect(content().string(containsString("Only PNG, JPEG, GIF and WebP")));
    }

    @Test
    void refusesAPictureOverTheLimitWithAClearMessage() throws Exception {
        PorticoUser member = members.trusted("Big Ben");
        upload(member, "huge.png", png(5 * 1024 * 1024 + 1))
                .andExpect(content().string(containsString("This picture is too large")))
                .andExpect(content().string(containsString("5 MB")));
    }

    @Test
    void unknownPictureIsNotFound() throws Exception {
        mvc.perform(get("/s/help/community/images/" + "0".repeat(32) + ".png"))
                .andExpect(status().isNotFound());
    }

    private ResultActions upload(PorticoUser member, String name, byte[] bytes)
            throws Exception {
        return mvc.perform(multipart("/s/help/community/images")
                .file(new MockMultipartFile("image", name, "image/png", bytes))
                .with(as(member)).with(csrf()));
    }

    private static byte[] png(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 7);
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }
}
