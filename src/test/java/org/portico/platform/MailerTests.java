package org.portico.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A mail written to the log (no mail server) shows its links without their tokens.
 */
class MailerTests {

    @Test
    void leavesTheTokensOfLinksOutOfTheLoggedBody() {
        String body = """
                Hello Wren,
                confirm: https://help.example/s/help/signup/confirm?token=Ab3_x-9&lang=zh_CN
                reset: https://help.example/s/help/password/reset?token=Zz99.
                old: https://help.example/confirm/QWERTY123
                """;

        String logged = Mailer.redacted(body);

        assertThat(logged).doesNotContain("Ab3_x-9", "Zz99", "QWERTY123")
                .contains("Hello Wren,", "/s/help/signup/confirm?token=\u2026&lang=zh_CN",
                        "/password/reset?token=\u2026", "https://help.example/confirm/\u2026");
    }
}
