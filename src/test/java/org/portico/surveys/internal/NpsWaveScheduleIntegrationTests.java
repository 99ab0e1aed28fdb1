package org.portico.surveys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.portico.cases.CasePeople;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.support.MailServerTests;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scheduled NPS wave: when it starts on two nodes at the same moment, one of them sends
 * it (the {@code nps-wave} lease) and no contact is asked twice, then or by the next wave.
 */
@PorticoIntegrationTest
class NpsWaveScheduleIntegrationTests extends MailServerTests {

    private static final int CONTACTS = 12;

    @Autowired
    NpsWave wave;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoScheduledWavesAtOnceAskEachContactAtMostOnce() throws Exception {
        wave.send(Integer.MAX_VALUE);
        CasePeople people = new CasePeople(directory);
        List<PorticoUser> contacts = new ArrayList<>();
        for (int i = 0; i < CONTACTS; i++) {
            contacts.add(people.customer("Wave Contact " + i));
        }

        atOnce(wave::scheduled, wave::scheduled);
        wave.scheduled();

        for (PorticoUser contact : contacts) {
            assertThat(surveysOf(contact)).as(contact.email()).isEqualTo(1);
            assertThat(mailsTo(contact.email())).as(contact.email()).isEqualTo(1);
        }
    }

    /** Runs both at the same moment on two threads, as two nodes' schedulers would. */
    private static void atOnce(Runnable first, Runnable second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Runnable run : List.of(first, second)) {
                done.add(pool.submit(() -> {
                    start.await();
                    run.run();
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private long surveysOf(PorticoUser contact) {
        return jdbc.sql("SELECT COUNT(*) FROM nps_survey WHERE customer_user_id = ?")
                .param(contact.id()).query(Long.class).single();
    }

    private static long mailsTo(String email) {
        return Stream.of(MAIL_SERVER.getReceivedMessages())
                .filter(m -> recipient(m).equals(email.toLowerCase())).count();
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
