package org.portico.cases.internal.mail;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.portico.platform.PorticoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Receives mail over SMTP when {@code portico.mail.smtp.port} is set: the organisation's mail
 * server relays the support address to it, and each message is taken in like mail read from a
 * mailbox (opening cases on {@code portico.mail.smtp.site}). Every node may listen; a message
 * is stored before the relay is told it was accepted.
 */
@Component
class SmtpListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SmtpListener.class);

    private final MailIntake intake;
    private final boolean commandMode;
    private final String address;
    private final int port;
    private final String site;
    private final long maxBytes;
    private SmtpServer server;

    SmtpListener(MailIntake intake, PorticoProperties properties,
            @Value("${portico.mail.smtp.address:127.0.0.1}") String address,
            @Value("${portico.mail.smtp.port:0}") int port,
            @Value("${portico.mail.smtp.site:help}") String site,
            @Value("${portico.mail.smtp.max-size:25MB}") DataSize maxSize) {
        this.intake = intake;
        this.commandMode = properties.commandMode();
        this.address = address;
        this.port = port;
        this.site = site;
        this.maxBytes = maxSize.toBytes();
    }

    /** Starts a server on any port, for tests and tools; the caller closes it. */
    SmtpServer open(String bindAddress, int bindPort) throws IOException {
        return new SmtpServer(raw -> intake.takeOnce(raw, "smtp", site), bindAddress, bindPort,
                maxBytes);
    }

    @Override
    public void start() {
        if (port <= 0 || commandMode) {
            return;
        }
        try {
            server = open(address, port);
            log.info("Receiving mail over SMTP on {}:{}", address, server.port());
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot listen for SMTP on " + address + ":" + port,
                    failure);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                log.debug("SMTP listener closed with an error", ignored);
            }
            server = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }
}
