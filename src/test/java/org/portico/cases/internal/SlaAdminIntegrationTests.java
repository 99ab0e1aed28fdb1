package org.portico.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.portico.cases.CasePeople.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.cases.CasePeople;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Administrators edit the business-hours calendars and SLA policies in the console; the SLA
 * engine counts with what they saved.
 */
@PorticoIntegrationTest
class SlaAdminIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    SlaSettings settings;

    @Autowired
    SlaService levels;

    private PorticoUser admin;

    @BeforeEach
    void signIn() {
        admin = new CasePeople(directory).staff(Role.ADMIN);
    }

    @Test
    void onlyAdministratorsOpenTheServiceLevelSettings() throws Exception {
        mvc.perform(get("/console/admin/slas").with(as(new CasePeople(directory)
                        .staff(Role.SUPERVISOR))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/admin/slas").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tallybird office hours")))
                .andExpect(content().string(containsString("id=\"policy-URGENT-BUSINESS\"")));
    }

    @Test
    void aWrongCalendarIsShownAgainWithEachErrorBesideItsFieldInBothLanguages()
            throws Exception {
        MockHttpServletRequestBuilder wrong = calendar("Broken hours", "Mars/Olympus", "17:00",
                "09:00", "25.12.2026 Christmas");

        mvc.perform(wrong)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Mars/Olympus\"")))
                .andExpect(content().string(containsString("value=\"Broken hours\"")))
                .andExpect(content().string(containsString("25.12.2026 Christmas")))
                .andExpect(content().string(containsString("id=\"timeZone-error\"")))
                .andExpect(content().string(containsString(
                        "The closing time must be after the opening time.")))
                .andExpect(content().string(containsString("Line 1 is not a date")));
        mvc.perform(wrong.param("lang", "zh_CN"))
                .andExpect(content().string(containsString("结束时间必须晚于开始时间。")))
                .andExpect(content().string(containsString("请从列表中选择时区")));
        assertThat(settings.calendars()).noneMatch(c -> c.name().equals("Broken hours"));
    }

    @Test
    void aFormNamingADayFarPastTheWeekIsABadRequest() throws Exception {
        mvc.perform(calendar("Forged week", "UTC", "09:00", "17:00", "")
                        .param("days[300].opens", "09:00"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This request could not be handled")));
        assertThat(settings.calendars()).noneMatch(c -> c.name().equals("Forged week"));
    }

    @Test
    void aCalendarOpenFrom0000To2359RunsRoundTheClock() throws Exception {
        String name = "Night and day " + UUID.randomUUID();

        mvc.perform(calendar(name, "Asia/Shanghai", "00:00", "23:59", "2026-10-01 National Day"))
                .andExpect(redirectedUrl("/console/admin/slas"));

        long id = settings.calendars().stream().filter(c -> c.name().equals(name))
                .findFirst().orElseThrow().id();
        BusinessCalendar saved = levels.calendars().get(id);
        Instant beforeMidnight = Instant.parse("2026-12-03T15:30:00Z");
        assertThat(saved.between(beforeMidnight, beforeMidnight.plus(Duration.ofHours(1))))
                .isEqualTo(Duration.ofHours(1));
        assertThat(saved.between(Instant.parse("2026-09-30T16:00:00Z"),
                Instant.parse("2026-10-01T16:00:00Z"))).isEqualTo(Duration.ZERO);
        mvc.perform(get("/console/admin/slas/calendars/{id}", id).with(as(admin)))
                .andExpect(content().string(containsString("2026-10-01 National Day")))
                .andExpect(content().string(containsString("value=\"23:59\"")));
    }

    @Test
    void aPolicyKeepsWhatWasTypedWhenWrongAndCountsOnceSaved() throws Exception {
        String calendar = String.valueOf(settings.calendars().get(0).id());
        SlaSettings.Policy before = settings.policies().stream()
                .filter(p -> p.priority().equals("LOW") && p.tier().equals("PERSON"))
                .findFirst().orElseThrow();
        try {
            mvc.perform(policy(calendar, "ninety", "0"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("value=\"ninety\"")))
                    .andExpect(content().string(containsString("id=\"firstResponse-error\"")))
                    .andExpect(content().string(containsString(
                            "Enter a whole percentage from 1 to 99.")));

            mvc.perform(policy(calendar, "90", "30"))
                    .andExpect(redirectedUrl("/console/admin/slas"));

            assertThat(settings.policies()).anyMatch(p -> p.priority().equals("LOW")
                    && p.tier().equals("PERSON") && p.firstResponse() == 90
                    && p.warnPercent() == 30);
        } finally {
            settings.save(before);
        }
    }

    private MockHttpServletRequestBuilder calendar(String name, String zone, String opens,
            String closes, String holidays) {
        MockHttpServletRequestBuilder request = post("/console/admin/slas/calendars")
                .with(csrf()).with(as(admin)).param("name", name).param("timeZone", zone)
                .param("holidays", holidays);
        for (int day = 0; day < 7; day++) {
            request.param("days[" + day + "].open", "true")
                    .param("days[" + day + "].opens", opens)
                    .param("days[" + day + "].closes", closes);
        }
        return request;
    }

    private MockHttpServletRequestBuilder policy(String calendar, String firstResponse,
            String warn) {
        return post("/console/admin/slas/policies").with(csrf()).with(as(admin))
                .param("priority", "LOW").param("tier", "PERSON").param("calendarId", calendar)
                .param("firstResponse", firstResponse).param("nextResponse", "1440")
                .param("resolution", "4800").param("warnPercent", warn);
    }
}
