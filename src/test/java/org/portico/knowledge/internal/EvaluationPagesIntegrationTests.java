package org.portico.knowledge.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

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
class EvaluationPagesIntegrationTests {

    private static final byte[] CORPUS = "text,category\nmy card has not arrived,card_arrival\n"
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Test
    void showsTheFiguresTheCommandPrints() throws Exception {
        PorticoUser admin = new CasePeople(directory).staff(Role.ADMIN);
        byte[] corpus = ("text,category\nMy card has not arrived yet,card_arrival\n"
                + "How do I top up by bank transfer?,top_up\n"
                + "The exchange rate looks wrong,exchange_rate\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] queries = "text,category\nwhen will my card arrive,card_arrival\n"
                .getBytes(StandardCharsets.UTF_8);

        mvc.perform(multipart("/console/knowledge/evaluation")
                        .file(new MockMultipartFile("corpus", "corpus.csv", "text/csv", corpus))
                        .file(new MockMultipartFile("queries", "queries.csv", "text/csv", queries))
                        .param("mix", "lexical").with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "recall@1=1.000 recall@5=1.000 mrr=1.000 n=1")));
    }

    @Test
    void saysHonestlyHowLongALargeEvaluationTakes() throws Exception {
        PorticoUser admin = new CasePeople(directory).staff(Role.ADMIN);
        mvc.perform(get("/console/knowledge/evaluation").with(as(admin)))
                .andExpect(content().string(containsString(
                        "a few minutes for ten thousand rows")))
                .andExpect(content().string(not(containsString("take a minute"))));
        mvc.perform(get("/console/knowledge/evaluation").param("lang", "zh_CN").with(as(admin)))
                .andExpect(content().string(containsString("一万行的语料需要几分钟")));
    }

    @Test
    void tellsTheAdministratorInTheirLanguageWhichFileIsNotUtf8() throws Exception {
        PorticoUser admin = new CasePeople(directory).staff(Role.ADMIN);
        byte[] latin1 = "text,category\nwhere is my carte arriv\u00e9e,card_arrival\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        mvc.perform(multipart("/console/knowledge/evaluation")
                        .file(new MockMultipartFile("corpus", "corpus.csv", "text/csv", CORPUS))
                        .file(new MockMultipartFile("queries", "excel.csv", "text/csv", latin1))
                        .param("mix", "lexical").param("lang", "zh_CN")
                        .with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("excel.csv：文件不是 UTF-8 文本")));
    }

    @Test
    void namesTheFileWhoseHeaderIsWrong() throws Exception {
        PorticoUser admin = new CasePeople(directory).staff(Role.ADMIN);

        mvc.perform(multipart("/console/knowledge/evaluation")
                        .file(new MockMultipartFile("corpus", "corpus.csv", "text/csv", CORPUS))
                        .file(new MockMultipartFile("queries", "labels.csv", "text/csv",
                                "question,label\nhello,x\n".getBytes(StandardCharsets.UTF_8)))
                        .param("mix", "lexical").with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "labels.csv: the first line must name the columns text and category")));
    }
}
