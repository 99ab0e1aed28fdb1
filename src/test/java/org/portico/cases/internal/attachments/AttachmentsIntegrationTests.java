package org.portico.cases.internal.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.cases.CasePeople;
import org.portico.cases.CaseView;
import org.portico.cases.Cases;
import org.portico.cases.NewCase;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Files on cases: typed from their bytes, always downloaded (never shown inline), and
 * invisible (404) to anyone who may not see the case.
 */
@PorticoIntegrationTest
class AttachmentsIntegrationTests {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0};

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Autowired
    JdbcClient jdbc;

    private CasePeople people;
    private PorticoUser customer;

    @BeforeEach
    void customer() {
        people = new CasePeople(directory);
        customer = people.customer("Ada Attach");
    }

    @Test
    void aCustomerOpensACaseWithFilesTypedFromTheirContent() throws Exception {
        String location = mvc.perform(multipart("/s/help/cases")
                        .file(new MockMultipartFile("files", "../../evil.png", "image/png",
                                "<html><script>alert(1)</script></html>"
                                        .getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("files", "screen.png", "text/html", PNG))
                        .param("subject", "Broken chart").param("topic", "budgets")
                        .param("description", "The chart is empty, see the files.")
                        .with(csrf()).with(as(customer)))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String number = location.replaceAll(".*/cases/(\\d+).*", "$1");

        mvc.perform(get("/s/help/cases/{n}/attachments", number).with(as(customer)))
                .andExpect(content().string(containsString("evil.png")))
                .andExpect(content().string(containsString("screen.png")));
        long html = id(number, "evil.png");
        mvc.perform(get("/s/help/cases/{n}/attachments/{id}", number, html).with(as(customer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/octet-stream"))
                .andExpect(header().string("Content-Disposition",
                        containsString("attachment; filename=")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy",
                        containsString("sandbox")));
        mvc.perform(get("/s/help/cases/{n}/attachments/{id}", number, id(number, "screen.png"))
                        .with(as(customer)))
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
    }

    @Test
    void nobodyElseSeesTheFilesNotEvenByGuessingIds() throws Exception {
        CaseView mine = cases.open(customer, new NewCase("help", "Mine", "Private.", "bills"));
        mvc.perform(multipart("/s/help/cases/{n}/attachments", mine.number())
                        .file(new MockMultipartFile("files", "statement.pdf", "application/pdf",
                                "%PDF-1.4 secret".getBytes(StandardCharsets.US_ASCII)))
                        .with(csrf()).with(as(customer)))
                .andExpect(redirectedUrl("/s/help/cases/" + mine.number() + "#attachments"));
        long file = id(mine.number(), "statement.pdf");
        PorticoUser other = people.customer("Other Person");
        CaseView theirs = cases.open(other, new NewCase("help", "Theirs", "Mine.", "bills"));

        mvc.perform(get("/s/help/cases/{n}/attachments/{id}", mine.number(), file)
                .with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/s/help/cases/{n}/attachments/{id}", theirs.number(), file)
                .with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/s/help/cases/{n}/attachments", mine.number()).with(as(other)))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/s/help/cases/{n}/attachments", mine.number())
                        .file(new MockMultipartFile("files", "x.txt", "text/plain", new byte[] {1}))
                        .with(csrf()).with(as(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/cases/{n}/attachments/{id}", mine.number(), file)
                        .with(as(people.staff(Role.AGENT))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/console/cases/{n}/attachments", mine.number())
                        .with(as(people.staff(Role.AUTHOR))))
                .andExpect(status().isNotFound());
    }

    @Test
    void filesOverTheLimitAreRefusedWithAMessage() throws Exception {
        CaseView mine = cases.open(customer, new NewCase("help", "Big", "Big file.", "bills"));
        byte[] big = new byte[10 * 1024 * 1024 + 1];

        mvc.perform(multipart("/s/help/cases/{n}/attachments", mine.number())
                        .file(new MockMultipartFile("files", "big.bin", "application/zip", big))
                        .with(csrf()).with(as(customer)))
                .andExpect(redirectedUrl("/s/help/cases/" + mine.number()
                        + "?tooLarge#attachments"));
        mvc.perform(multipart("/s/help/cases")
                        .file(new MockMultipartFile("files", "big.bin", "application/zip", big))
                        .param("subject", "Too big").param("topic", "budgets")
                        .param("description", "Look at the big file.")
                        .with(csrf()).with(as(customer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("larger than the size limit")));
        mvc.perform(get("/s/help/cases/{n}", mine.number()).param("tooLarge", "")
                        .with(as(customer)))
                .andExpect(content().string(containsString("attachment-too-large")))
                .andExpect(content().string(not(containsString("big.bin"))));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_attachment WHERE file_name = 'big.bin'")
                .query(Long.class).single()).isZero();
    }

    private long id(String number, String name) {
        return jdbc.sql("""
                SELECT a.id FROM case_attachment a JOIN support_case c ON c.id = a.case_id
                WHERE c.number = ? AND a.file_name = ?""").params(number, name)
                .query(Long.class).single();
    }
}
