package org.portico.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the test classes that read the mail Portico sends, through one real in-process SMTP
 * server. Sharing these settings lets those classes share one Spring context of their own.
 */
public abstract class MailServerTests {

    protected static final GreenMail MAIL_SERVER =
            new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        MAIL_SERVER.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL_SERVER.getSmtp().getPort());
        registry.add("portico.test.clean-database", () -> "false");
    }
}
