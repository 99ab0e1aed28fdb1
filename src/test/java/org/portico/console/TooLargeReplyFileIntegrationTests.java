package org.portico.console;

import static org.hamcrest.Matchers.containsString;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.portico.cases.CaseAttachments;
import org.portico.cases.CasePeople;
import org.portico.cases.Cases;
import org.portico.cases.NewCase;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A reply sent with a file over the attachment limit is refused beside the file field, and
 * the reply typed stays in the form; the file fields tell the browser the server's limit.
 */
@PorticoIntegrationTest
class TooLargeReplyFileIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @Autowired
    CaseAttachments attachments;

    @Test
    void keepsTheTypedReplyBesideTheRefusedFile() throws Exception {
        CasePeople people = new CasePeople(directory);
        PorticoUser customer = people.customer("Reply Keeper");
        PorticoUser agent = people.staff(Role.AGENT);
        String number = cases.open(customer, new NewCase("help", "Big logs", "See logs.",
                "bills")).number();
        String reply = "Thanks, here is what we found in the logs.";

        Cookie session = mvc.perform(multipart("/console/cases/{n}/replies", number)
                        .file(new MockMultipartFile("files", "logs.zip", "application/zip",
                                new byte[(int) attachments.maxBytes() + 1]))
                        .param("body", reply).param("visibility", "PUBLIC")
                        .with(csrf()).with(as(agent)))
                .andExpect(redirectedUrl("/console/cases/" + number + "?tooLarge#reply"))
                .andReturn().getResponse().getCookie("SESSION");

        mvc.perform(get("/console/cases/" + number).param("tooLarge", "").cookie(session)
                        .with(as(agent)))
                .andExpect(content().string(containsString(">" + reply + "</textarea>")))
                .andExpect(content().string(containsString(
                        "A file is larger than the size limit; nothing was sent.")))
                .andExpect(content().string(containsString("data-max-bytes=\"20971520\"")));
    }

    @Test
    void tellsTheBrowserTheLimitOnThePlainUploadForms() throws Exception {
        PorticoUser customer = new CasePeople(directory).customer("Form Limit");

        mvc.perform(get("/s/help/cases/new").with(as(customer)))
                .andExpect(content().string(containsString("data-max-bytes=\"20971520\"")))
                .andExpect(content().string(containsString(
                        "data-too-large=\"The file is too large: files of at most 20 MB are"
                                + " accepted.\"")));
    }
}
