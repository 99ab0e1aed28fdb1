package org.portico.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.portico.cases.CasePeople;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PorticoIntegrationTest
class MyDetailsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Test
    void customerChangesTheirNameLanguageAndStatusMailOnTheirPage() throws Exception {
        PorticoUser ann = new CasePeople(directory).customer("Ann Details");

        mvc.perform(get("/s/help/account/me").with(as(ann)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Ann Details\"")));
        mvc.perform(post("/s/help/account/me").with(as(ann)).with(csrf())
                        .param("displayName", "Ann Li").param("language", "zh-CN"))
                .andExpect(redirectedUrl("/s/help/account/me?saved"));

        assertThat(directory.myDetails(ann.id())).contains(
                new MyDetails("Ann Li", "zh-CN", false));
        assertThat(directory.wantsStatusMail(ann.id())).isFalse();
    }

    @Test
    void keepsWhatWasTypedBesideTheErrors() throws Exception {
        PorticoUser ann = new CasePeople(directory).customer("Ann Typing");
        String tooLong = "A".repeat(121);

        mvc.perform(post("/s/help/account/me").with(as(ann)).with(csrf())
                        .param("displayName", tooLong).param("language", "fr")
                        .param("statusMail", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"displayName-error\"")))
                .andExpect(content().string(containsString("id=\"language-error\"")))
                .andExpect(content().string(containsString("value=\"" + tooLong + "\"")));
        assertThat(directory.myDetails(ann.id()).orElseThrow().displayName())
                .isEqualTo("Ann Typing");
    }

    @Test
    void readsAndPatchesTheDetailsInTheApi() throws Exception {
        PorticoUser ann = new CasePeople(directory).customer("Ann Api");

        mvc.perform(get("/api/v1/me").with(as(ann)))
                .andExpect(jsonPath("$.displayName").value("Ann Api"))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.statusMail").value(true));
        mvc.perform(patch("/api/v1/me").with(as(ann)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"statusMail\": false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Ann Api"))
                .andExpect(jsonPath("$.statusMail").value(false));
        mvc.perform(patch("/api/v1/me").with(as(ann)).header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\": \" \", \"language\": \"fr\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.displayName").value("请填写此项。"))
                .andExpect(jsonPath("$.errors.language").value("请选择英语或简体中文。"));
    }

    @Test
    void staffHaveNoCustomerDetails() throws Exception {
        PorticoUser agent = new CasePeople(directory).staff(Role.AGENT);
        mvc.perform(get("/api/v1/me").with(as(agent))).andExpect(status().isNotFound());
    }
}
