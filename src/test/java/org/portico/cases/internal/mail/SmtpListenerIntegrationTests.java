package org.portico.cases.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.portico.support.PorticoIntegrationTest;
import org.portico.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Mail relayed to Portico's SMTP listener becomes a case like mail read from a mailbox.
 */
@PorticoIntegrationTest
class SmtpListenerIntegrationTests {

    @Autowired
    SmtpListener listener;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRelayedMessageOpensACase() throws Exception {
        String customer = TestUsers.uniqueEmail("relayed");
        try (SmtpServer server = listener.open("127.0.0.1", 0)) {
            JavaMailSenderImpl relay = new JavaMailSenderImpl();
            relay.setHost("127.0.0.1");
            relay.setPort(server.port());
            MimeMessage message = relay.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(customer);
            helper.setTo("support@example.com");
            helper.setSubject("Über die Rechnung");
            helper.setText("Die Rechnung ist falsch.\n.\nEin Punkt allein.");
            relay.send(message);
        }

        assertThat(jdbc.sql("""
                SELECT c.subject || ' / ' || c.description FROM support_case c
                JOIN app_user u ON u.id = c.requester_user_id WHERE u.email = ?""")
                .param(customer).query(String.class).single())
                .isEqualTo("Über die Rechnung / Die Rechnung ist falsch.\n.\nEin Punkt allein.");
    }

    @Test
    void refusesDataBeforeARecipientAndSaysGoodbye() throws Exception {
        try (SmtpServer server = listener.open("127.0.0.1", 0);
                Socket socket = new Socket("127.0.0.1", server.port())) {
            BufferedReader in = new BufferedReader(new InputStreamReader(
                    socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();

            assertThat(in.readLine()).startsWith("220 ");
            out.write("HELO relay\r\nDATA\r\nQUIT\r\n".getBytes(StandardCharsets.US_ASCII));

            assertThat(in.readLine()).startsWith("250 ");
            assertThat(in.readLine()).startsWith("503 ");
            assertThat(in.readLine()).startsWith("221 ");
        }
    }
}
