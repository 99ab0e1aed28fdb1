package org.portico.cases.internal.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small SMTP server that receives mail relayed by the organisation's mail server and hands
 * each message to a receiver. It speaks plain SMTP without TLS or authentication, so it
 * listens on the loopback address unless told otherwise.
 */
// TODO(#4): no STARTTLS or SMTP AUTH; keep the listener behind the organisation's mail server.
final class SmtpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmtpServer.class);
    private static final int TIMEOUT_MILLIS = 60_000;

    private final SmtpSession.Receiver receiver;
    private final long maxBytes;
    private final ServerSocket socket;
    private final ExecutorService sessions = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "smtp-session");
        thread.setDaemon(true);
        return thread;
    });

    SmtpServer(SmtpSession.Receiver receiver, String address, int port, long maxBytes)
            throws IOException {
        this.receiver = receiver;
        this.maxBytes = maxBytes;
        this.socket = new ServerSocket(port, 50, InetAddress.getByName(address));
        Thread acceptor = new Thread(this::accept, "smtp-listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                client.setSoTimeout(TIMEOUT_MILLIS);
                sessions.execute(() -> converse(client));
            } catch (SocketException closed) {
                return;
            } catch (IOException | RejectedExecutionException failure) {
                log.warn("SMTP connection not accepted: {}", failure.toString());
            }
        }
    }

    private void converse(Socket client) {
        try (client) {
            new SmtpSession(client, receiver, maxBytes, "portico").run();
        } catch (IOException | RuntimeException failure) {
            log.warn("SMTP session ended: {}", failure.toString());
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        sessions.shutdownNow();
    }
}
