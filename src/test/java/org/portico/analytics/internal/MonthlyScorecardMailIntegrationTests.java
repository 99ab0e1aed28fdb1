package org.portico.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.portico.cases.CaseHistory;
import org.portico.cases.CasePeople;
import org.portico.cases.HistoricalCase;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.support.MailServerTests;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The monthly scorecard through a real SMTP server.
 */
@PorticoIntegrationTest
class MonthlyScorecardMailIntegrationTests extends MailServerTests {

    @Autowired
    MonthlyScorecardMail mail;

    @Autowired
    Directory directory;

    @Autowired
    CaseHistory history;

    @Test
    void mailsLastMonthsFiguresToEverySupervisorOnce() throws Exception {
        CasePeople people = new CasePeople(directory);
        PorticoUser supervisor = people.staff(Role.SUPERVISOR);
        PorticoUser agent = people.staff(Role.AGENT);
        PorticoUser fay = people.customer("Fay Monthly");
        history.importCases(List.of(new HistoricalCase("help", fay.id(), fay.accountId(),
                "Monthly", "Details", "bills", "PHONE", "NORMAL",
                Instant.parse("2024-02-10T10:00:00Z"), Instant.parse("2024-02-10T14:00:00Z"),
                "Done", agent.id())));

        int first = mail.send(YearMonth.of(2024, 2));
        int again = mail.send(YearMonth.of(2024, 2));

        List<MimeMessage> received = Arrays.stream(MAIL_SERVER.getReceivedMessages())
                .filter(m -> recipient(m).equals(supervisor.email())).toList();
        assertThat(first).isPositive();
        assertThat(again).isZero();
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Support scorecard for 2024-02");
        assertThat(received.get(0).getContent().toString()).contains("Cases opened: 1")
                .contains("Cases solved: 1").contains("Cost per case: 55.00")
                .contains("/console/dashboard?from=2024-02-01&to=2024-02-29");
        assertThat(received).noneMatch(m -> recipient(m).equals(agent.email()));
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
