package org.portico.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.portico.cases.CasePeople.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.portico.cases.CasePeople;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PorticoIntegrationTest
class ApiProblemsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @LocalServerPort
    int port;

    @Test
    void answersWrongFieldsWithAProblemAndAMessagePerField() throws Exception {
        PorticoUser ann = new CasePeople(directory).customer("Ann Problem");
        problem(mvc.perform(post("/api/v1/cases").with(as(ann))
                .contentType(MediaType.APPLICATION_JSON).content("{}")), 400)
                .andExpect(jsonPath("$.type").value("/problems/validation"))
                .andExpect(jsonPath("$.title").value("Bad request"))
                .andExpect(jsonPath("$.instance").value("/api/v1/cases"))
                .andExpect(jsonPath("$.errors.subject").value("Please fill in this field."));
    }

    @Test
    void answersInTheCallersLanguage() throws Exception {
        PorticoUser ann = new CasePeople(directory).customer("Ann Chinese");
        problem(mvc.perform(post("/api/v1/cases").with(as(ann))
                .header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON).content("{}")), 400)
                .andExpect(jsonPath("$.title").value("请求有误"))
                .andExpect(jsonPath("$.errors.subject").value("请填写此项。"));
        problem(mvc.perform(get("/api/v1/cases").header("Accept-Language", "zh-CN")), 401)
                .andExpect(jsonPath("$.title").value("需要登录"));
    }

    @Test
    void answersEveryKindOfErrorInTheSameShape() throws Exception {
        CasePeople people = new CasePeople(directory);
        PorticoUser ann = people.customer("Ann Shapes");
        PorticoUser agent = people.staff(Role.AGENT);

        problem(mvc.perform(get("/api/v1/cases")), 401)
                .andExpect(jsonPath("$.type").value("/problems/sign-in-needed"));
        problem(mvc.perform(get("/api/v1/analytics/scorecard").with(as(agent))), 403)
                .andExpect(jsonPath("$.type").value("/problems/forbidden"));
        problem(mvc.perform(get("/api/v1/console/supervisor").with(as(agent))), 403);
        problem(mvc.perform(get("/api/v1/cases/00000000").with(as(ann))), 404)
                .andExpect(jsonPath("$.type").value("/problems/not-found"))
                .andExpect(jsonPath("$.instance").value("/api/v1/cases/00000000"));
        problem(mvc.perform(get("/api/v1/no-such-thing").with(as(ann))), 404);
        problem(mvc.perform(delete("/api/v1/cases").with(as(ann))), 405)
                .andExpect(jsonPath("$.type").value("/problems/method-not-allowed"))
                .andExpect(header().string("Allow", containsString("GET")));
        problem(mvc.perform(post("/api/v1/cases").with(as(ann))
                .contentType(MediaType.TEXT_PLAIN).content("hello")), 415)
                .andExpect(jsonPath("$.type").value("/problems/unsupported-media-type"));
        problem(mvc.perform(post("/api/v1/cases").with(as(ann))
                .contentType(MediaType.APPLICATION_JSON).content("{not json")), 400)
                .andExpect(jsonPath("$.type").value("/problems/bad-request"));
    }

    @Test
    void opensAPageExplainingEachKindOfProblemInBothLanguages() throws Exception {
        mvc.perform(get("/problems/validation"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"problem-title\">Wrong fields</h1>")))
                .andExpect(content().string(containsString("name=\"viewport\"")));
        mvc.perform(get("/problems/conflict").param("lang", "zh_CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"problem-title\">冲突</h1>")));
        mvc.perform(get("/problems/no-such-kind")).andExpect(status().isNotFound());
    }

    @Test
    void keepsHtmlErrorPagesForPages() throws Exception {
        mvc.perform(get("/s/help/articles/no-such-article-at-all"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
    }

    @Test
    void answersATooLargeUploadWithAProblemNamingTheLimit() throws Exception {
        PorticoUser agent = new CasePeople(directory).staff(Role.AGENT);
        byte[] body = TooLargeUploadIntegrationTests.tooLargeBody("", "file");
        String credentials = Base64.getEncoder().encodeToString(
                (agent.email() + ":" + CasePeople.PASSWORD).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/chat/agent/chats/1/files"))
                .header("Authorization", "Basic " + credentials)
                .header("Accept-Language", "en")
                .header("Content-Type", "multipart/form-data; boundary="
                        + TooLargeUploadIntegrationTests.BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":413").contains("20 MB")
                .contains("\"type\":\"/problems/too-large\"");
    }

    private static ResultActions problem(ResultActions answer, int code) throws Exception {
        return answer.andExpect(status().is(code))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(startsWith("/problems/")))
                .andExpect(jsonPath("$.status").value(code))
                .andExpect(jsonPath("$.title").isString())
                .andExpect(jsonPath("$.detail").isString());
    }
}
