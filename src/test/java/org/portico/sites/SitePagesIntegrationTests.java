package org.portico.sites;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PorticoIntegrationTest
class SitePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void showsBothSitesWithTheirNames() throws Exception {
        mvc.perform(get("/s/help")).andExpect(status().isOk())
                .andExpect(content().string(containsString("--brand: #")));
        mvc.perform(get("/s/business")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/s/business/orders")));
    }

    @Test
    void answersUnknownSiteWithNotFound() throws Exception {
        mvc.perform(get("/s/nowhere")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This page does not exist")));
    }

    @Test
    void switchesTheInterfaceToChinese() throws Exception {
        mvc.perform(get("/s/help/signin").param("lang", "zh_CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("登录")));
    }

    @Test
    void sendsAnonymousVisitorsToTheSiteSignIn() throws Exception {
        mvc.perform(get("/s/help/cases")).andExpect(redirectedUrl("/s/help/signin"));
        mvc.perform(get("/console")).andExpect(redirectedUrl("/console/signin"));
    }

    @Test
    void answersTheApiWithUnauthorizedJson() throws Exception {
        mvc.perform(get("/api/v1/cases")).andExpect(status().isUnauthorized());
    }
}
