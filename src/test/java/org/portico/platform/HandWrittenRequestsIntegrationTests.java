package org.portico.platform;

import static org.hamcrest.Matchers.containsString;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.portico.cases.CasePeople;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PorticoIntegrationTest
class HandWrittenRequestsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Test
    void aLanguageCookieThatIsNoLanguageFallsBackToTheBrowsersLanguage() throws Exception {
        for (String broken : new String[] {"%3Cscript%3E", "a%20b", "%E4%B8%AD"}) {
            mvc.perform(get("/s/help").cookie(new Cookie("portico-lang", broken))
                            .header("Accept-Language", "zh-CN"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("lang=\"zh-CN\"")));
        }
    }

    @Test
    void theLanguageLinkKeepsTheSearchAndFiltersOfThePage() throws Exception {
        mvc.perform(get("/s/help/community?sort=votes&lang=en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "href=\"?sort=votes&amp;lang=zh_CN\"")));
    }

    @Test
    void anUploadFormSentWithoutItsFileIsABadRequestWithTheErrorPage() throws Exception {
        PorticoUser admin = new CasePeople(directory).staff(Role.ADMIN);

        for (String page : new String[] {"/console/knowledge/evaluation",
                "/console/knowledge/articles/" + Long.MAX_VALUE + "/files"}) {
            mvc.perform(post(page).with(as(admin)).with(csrf()).param("name", "not a file"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString(
                            "This request could not be handled")));
        }
    }
}
