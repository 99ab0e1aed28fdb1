package org.portico.cases.internal.mail;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SMTP conversation (RFC 5321, the part a relaying mail server uses): the greeting,
 * {@code EHLO}/{@code HELO}, {@code MAIL}, {@code RCPT}, {@code DATA} with dot-unstuffing,
 * {@code RSET}, {@code NOOP} and {@code QUIT}. Each message received is handed to the intake
 * before the server answers 250, so a message the sender saw accepted is stored (as a case, a
 * reply or in the quarantine).
 */
final class SmtpSession {

    /** What to do with a received message. */
    interface Receiver {
        void receive(byte[] message);
    }

    private static final int MAX_LINE = 1_000_000;
    private static final Pattern SIZE = Pattern.compile("(?i)SIZE=(\\d+)");

    private final Socket socket;
    private final Receiver receiver;
    private final long maxBytes;
    private final String hostname;
    private boolean sender;
    private int recipients;

    SmtpSession(Socket socket, Receiver receiver, long maxBytes, String hostname) {
        this.socket = socket;
        this.receiver = receiver;
        this.maxBytes = maxBytes;
        this.hostname = hostname;
    }

    void run() throws IOException {
        InputStream in = socket.getInputStream();
        OutputStream out = new BufferedOutputStream(socket.getOutputStream());
        reply(out, "220 " + hostname + " Portico ESMTP");
        String line;
        while ((line = readLine(in)) != null) {
            if (!answer(line, in, out)) {
                return;
            }
        }
    }

    private boolean answer(String line, InputStream in, OutputStream out) throws IOException {
        String verb = (line.length() < 4 ? line : line.substring(0, 4)).toUpperCase(Locale.ROOT);
        switch (verb) {
            case "EHLO" -> reply(out, "250-" + hostname + "\r\n250-8BITMIME\r\n250-SIZE "
                    + maxBytes + "\r\n250 SMTPUTF8");
            case "HELO" -> reply(out, "250 " + hostname);
            case "MAIL" -> mail(line, out);
            case "RCPT" -> recipient(out);
            case "DATA" -> data(in, out);
            case "RSET" -> {
                reset();
                reply(out, "250 OK");
            }
            case "NOOP" -> reply(out, "250 OK");
            case "QUIT" -> {
                reply(out, "221 Bye");
                return false;
            }
            default -> reply(out, "502 Command not implemented");
        }
        return true;
    }

    private void mail(String line, OutputStream out) throws IOException {
        Matcher size = SIZE.matcher(line);
        if (size.find() && Long.parseLong(size.group(1)) > maxBytes) {
            reply(out, "552 Message too large");
            return;
        }
        reset();
        sender = true;
        reply(out, "250 OK");
    }

    private void recipient(OutputStream out) throws IOException {
        if (!sender) {
            reply(out, "503 MAIL first");
        } else if (recipients >= 100) {
            reply(out, "452 Too many recipients");
        } else {
            recipients++;
            reply(out, "250 OK");
        }
    }

    private void data(InputStream in, OutputStream out) throws IOException {
        if (recipients == 0) {
            reply(out, "503 RCPT first");
            return;
        }
        reply(out, "354 End data with <CR><LF>.<CR><LF>");
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        boolean tooLarge = false;
        String line;
        while ((line = readLine(in)) != null && !line.equals(".")) {
            String unstuffed = line.startsWith(".") ? line.substring(1) : line;
            if (message.size() + unstuffed.length() > maxBytes) {
                tooLarge = true;
            } else {
                message.writeBytes(unstuffed.getBytes(StandardCharsets.ISO_8859_1));
                message.writeBytes(new byte[] {'\r', '\n'});
            }
        }
        reset();
        if (tooLarge) {
            reply(out, "552 Message too large");
            return;
        }
        receiver.receive(message.toByteArray());
        reply(out, "250 OK: queued");
    }

    private void reset() {
        sender = false;
        recipients = 0;
    }

    /** A line without its CRLF, bytes kept as ISO-8859-1 characters; null at end of stream. */
    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1)
                        : line.toString();
            }
            if (line.length() < MAX_LINE) {
                line.append((char) b);
            }
        }
        return line.isEmpty() ? null : line.toString();
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
