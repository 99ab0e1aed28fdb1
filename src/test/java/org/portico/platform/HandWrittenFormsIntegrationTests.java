package org.portico.platform;

import static org.hamcrest.Matchers.containsString;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.portico.cases.CasePeople;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PorticoIntegrationTest
class HandWrittenFormsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

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
