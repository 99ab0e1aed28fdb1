package org.portico.cases.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports the 69 real and deliberately broken messages of the shared data folder (from the
 * mail gem's fixtures, MIT licence) and checks what a person reading each .eml would expect;
 * skipped when that folder is absent.
 */
@PorticoIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmailFolderImportIntegrationTests {

    @Autowired
    EmailImport emailImport;

    @Autowired
    JdbcClient jdbc;

    private EmailImport.Summary summary;
    private Path folder;

    @BeforeAll
    void importTheFolder() {
        Optional<Path> found = Stream.of("../shared/data/email", "../../shared/data/email")
                .map(Path::of).filter(Files::isDirectory).findFirst();
        Assumptions.assumeTrue(found.isPresent(),
                "shared/data/email is not beside the project; real-mail import skipped");
        folder = found.get();
        summary = emailImport.importFolder(folder, "help");
    }

    @Test
    void everyMessageEndsAsACaseAReplyOrInQuarantine() {
        assertThat(summary.failed()).as(summary.failures().toString()).isZero();
        assertThat(summary.cases() + summary.replies() + summary.quarantined()).isEqualTo(69);
        assertThat(summary.line()).isEqualTo("cases=61 replies=2 quarantined=6 failed=0");
    }

    @Test
    void decodesJapaneseSubjectsAndBodiesInIso2022JpAndShiftJis() {
        MailCase iso2022 = caseWith("まみむめも", "raasdnil@gmail.com", null, "すみません。");
        assertThat(iso2022.description()).isEqualTo("すみません。");
        assertThat(caseFrom("xxxxxxx@docomo.ne.jp", "test").description())
                .contains("あいうえお", "このメールはテスト用のメールです。");
        assertThat(attachments(caseFrom("raasdnil@gmail.com", "testing"))).contains("てすと.txt");
    }

    @Test
    void decodesAdjacentEncodedWordsAndAKoreanBody() {
        MailCase korean = caseFrom("jamis@37signals.com", "Re: Test: \"漢字\" mid \"漢字\" tail");
        assertThat(korean.description()).contains("대부분의 마찬가지로, 우리는 하나님을 믿습니다.");
        assertThat(korean.senderName()).isEqualTo("Jamis Buck");
        assertThat(caseFrom("gmail-noreply@google.com",
                "Nicolas Fouché has accepted your invitation to Gmail")).isNotNull();
    }

    @Test
    void keepsAttachmentNamesInEveryEncoding() {
        assertThat(attachments(caseFrom("jeff@37signals.com", "Eelanalüüsi päring")))
                .containsExactly("Eelanalüüsi päring.jpg");
        assertThat(attachments(caseWith("testing", "foo@example.com", "ciële.txt")))
                .contains("ciële.txt");
        MailCase pdf = caseWith("Another PDF with 🎉 Unicode chars in it 🍿", "xxxx@xxxx.com",
                "broken.pdf");
        assertThat(pdf.description()).startsWith("Just attaching another PDF");
        assertThat(jdbc.sql("""
                SELECT content_type FROM case_attachment WHERE case_id = ?
                AND file_name = 'broken.pdf'""").param(pdf.id()).query(String.class).list())
                .containsOnly("application/pdf");
        assertThat(attachments(caseWith("Fwd: Signed email causes file attachments",
                "xxxxxxxxx.xxxxxxx@gmail.com", "This is a test.pdf")))
                .contains("This is a test.pdf");
    }

    @Test
    void readsMessagesWithIllegalBoundaries() {
        MailCase quoted = caseWith("Testing outlook", "email_test@me.nowhere", null, "Hello");
        assertThat(quoted.description()).isEqualTo("Hello\nThis is an outlook test\n\nSo there."
                + "\n\nMe.");
        caseWith("Testing outlook", "email_test@me.nowhere", "2013-08-13_19-08-28-1.jpg");
        assertThat(caseFrom("yusuf75thu@auracom.net", "[0]: XXXXXXX XXXXX XXXXX !")
                .description()).contains("scanned for viruses");
    }

    @Test
    void turnsHtmlOnlyBodiesIntoText() {
        MailCase html = caseFrom("abhijit.862153drinnan@datavalet.com",
                "Re: We will help you refinance your home.");
        assertThat(html.description()).contains("You have qualified for the lowest rate")
                .doesNotContain("<");
    }

    @Test
    void readsUtf8HeadersAndCommentsInAddresses() {
        assertThat(caseFrom("jdöe@mächine.example", "Säying Hello").senderName())
                .isEqualTo("Jöhn Doe");
        assertThat(caseFrom("pete@silly.test", "Testing.").description()).isEqualTo("Testing.");
    }

    @Test
    void aReplyJoinsTheCaseItAnswers() {
        MailCase hello = caseFrom("jdoe@machine.example", "Saying Hello");
        List<String> messages = jdbc.sql("""
                SELECT body FROM case_message WHERE case_id = ? ORDER BY id""")
                .param(hello.id()).query(String.class).list();
        assertThat(messages).containsExactly("This is a reply to your hello.",
                "This is a reply to your reply.");
    }

    @Test
    void bouncesAndMessagesWithoutSenderAreQuarantinedWithTheirBytes() throws Exception {
        for (String name : List.of("multi_address_bounce1.eml", "report_422.eml",
                "report_530.eml", "raw_email_with_mimepart_without_content_type.eml")) {
            assertThat(quarantineReason(name)).startsWith("delivery failure");
        }
        assertThat(quarantineReason("bad_encoded_subject.eml")).isEqualTo("no sender address");
        byte[] kept = jdbc.sql("""
                SELECT raw_message FROM mail_quarantine WHERE source LIKE ?""")
                .param("%report_530.eml").query((rs, n) -> rs.getBytes(1)).single();
        assertThat(kept).isEqualTo(Files.readAllBytes(
                folder.resolve("multipart_report_emails/report_530.eml")));
    }

    private String quarantineReason(String file) {
        return jdbc.sql("SELECT reason FROM mail_quarantine WHERE source LIKE ?")
                .param("%/" + file).query(String.class).single();
    }

    record MailCase(long id, String subject, String description, String senderName) {
    }

    private MailCase caseFrom(String sender, String subject) {
        return cases(sender, subject).get(0);
    }

    private MailCase caseWith(String subject, String sender, String attachment) {
        return caseWith(subject, sender, attachment, null);
    }

    private MailCase caseWith(String subject, String sender, String attachment,
            String bodyStart) {
        return cases(sender, subject).stream()
                .filter(c -> attachment == null || attachments(c).contains(attachment))
                .filter(c -> bodyStart == null || c.description().startsWith(bodyStart))
                .findFirst().orElseThrow();
    }

    private List<MailCase> cases(String sender, String subject) {
        List<MailCase> found = jdbc.sql("""
                SELECT c.id, c.subject, c.description, u.display_name
                FROM support_case c JOIN app_user u ON u.id = c.requester_user_id
                WHERE u.email = ? AND c.subject = ? AND c.origin = 'EMAIL' ORDER BY c.id""")
                .params(sender.toLowerCase(java.util.Locale.ROOT), subject)
                .query((rs, n) -> new MailCase(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
        assertThat(found).as("cases from %s about %s", sender, subject).isNotEmpty();
        return found;
    }

    private List<String> attachments(MailCase supportCase) {
        return jdbc.sql("SELECT file_name FROM case_attachment WHERE case_id = ? ORDER BY id")
                .param(supportCase.id()).query(String.class).list();
    }
}
