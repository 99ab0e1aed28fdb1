package org.portico.cases.internal.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.portico.cases.internal.attachments.FileNames;
import org.portico.cases.internal.mail.DecodedMail.Kind;
import org.portico.cases.internal.mail.DecodedMail.MailFile;

/**
 * Reads a raw message (RFC 5322 and MIME) into a {@link DecodedMail}: subject and sender with
 * their encoded words decoded, the text body in UTF-8 from whatever charset it declared (an
 * HTML-only body sanitised and turned into text), the attached files with their names, and
 * whether a machine sent it (an auto-reply or a bounce).
 */
final class MailDecoder {

    private static final Session SESSION = Session.getInstance(lenient());
    private static final Pattern ANGLED = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern ADDRESS =
            Pattern.compile("[^\\s<>\"',;:()\\[\\]]+@[^\\s<>\"',;:()\\[\\]]+");
    private static final Pattern AUTO_SUBJECT = Pattern.compile(
            "^(auto(matic)?[ -]?(reply|response|antwort)|autoreply|out of (the )?office"
                    + "|abwesenheitsnotiz|vacation|自动回复|自動応答|delivery status notification"
                    + "|undeliverable|undelivered mail|mail delivery (failed|failure|system)"
                    + "|returned mail|failure notice)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOUNCE_SUBJECT = Pattern.compile(
            "^(delivery status notification|undeliverable|undelivered mail|mail delivery"
                    + " (failed|failure|system)|returned mail|failure notice)",
            Pattern.CASE_INSENSITIVE);

    private MailDecoder() {
    }

    private static Properties lenient() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.address.strict", "false");
        properties.setProperty("mail.mime.decodetext.strict", "false");
        properties.setProperty("mail.mime.parameters.strict", "false");
        properties.setProperty("mail.mime.decodefilename", "true");
        properties.setProperty("mail.mime.decodeparameters", "true");
        properties.setProperty("mail.mime.ignoreunknownencoding", "true");
        properties.setProperty("mail.mime.base64.ignoreerrors", "true");
        properties.setProperty("mail.mime.uudecode.ignoreerrors", "true");
        properties.setProperty("mail.mime.uudecode.ignoremissingbeginend", "true");
        properties.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        properties.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
        properties.setProperty("mail.mime.multipart.allowempty", "true");
        return properties;
    }

    /**
     * Decodes a message.
     *
     * @throws MailUnreadable when the bytes hold no message at all
     */
    static DecodedMail decode(byte[] raw) {
        MailHeaders headers = MailHeaders.parse(raw);
        MimeMessage message = parse(raw);
        Body body = new Body(headers.charsetHint());
        body.walk(message, 0, false);
        String subject = orEmpty(headers.text("subject"));
        Sender sender = sender(headers);
        Classification kind = classify(headers, sender, subject, body.report);
        return new DecodedMail(firstId(headers.raw("message-id")), threadIds(headers),
                sender.address(), sender.name(), subject, date(headers.raw("date")),
                body.text(), List.copyOf(body.files), kind.kind(), kind.reason(),
                body.originalIds, body.originalSubject);
    }

    private static MimeMessage parse(byte[] raw) {
        try {
            return new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        } catch (MessagingException unreadable) {
            throw new MailUnreadable("not a mail message: " + unreadable.getMessage());
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    static String firstId(String value) {
        List<String> ids = ids(value);
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    static List<String> ids(String value) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = ANGLED.matcher(value == null ? "" : value);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static List<String> threadIds(MailHeaders headers) {
        List<String> ids = new ArrayList<>(ids(headers.raw("in-reply-to")));
        List<String> references = new ArrayList<>(ids(headers.raw("references")));
        Collections.reverse(references);
        references.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        return List.copyOf(ids);
    }

    private static Instant date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new MailDateFormat().parse(value.replaceAll("\\s+", " ").trim()).toInstant();
        } catch (java.text.ParseException | RuntimeException unreadable) {
            return null;
        }
    }

    private record Sender(String address, String name) {
    }

    private static Sender sender(MailHeaders headers) {
        for (String field : List.of("from", "reply-to", "sender", "return-path")) {
            for (String value : headers.rawAll(field)) {
                Sender sender = sender(Addresses.withoutComments(
                        MailCharsets.repairRaw(value, headers.charsetHint())));
                if (sender != null) {
                    return sender;
                }
            }
        }
        return new Sender(null, null);
    }

    private static Sender sender(String value) {
        try {
            for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                if (address.getAddress() != null && ADDRESS.matcher(address.getAddress())
                        .matches()) {
                    return new Sender(address.getAddress().trim(), name(address.getPersonal()));
                }
            }
        } catch (MessagingException | RuntimeException unparsable) {
            // read leniently below
        }
        Matcher address = ADDRESS.matcher(value);
        if (!address.find()) {
            return null;
        }
        String before = value.substring(0, address.start()).replaceAll("[<\"]", " ");
        return new Sender(address.group(), name(before));
    }

    private static String name(String personal) {
        String name = EncodedWords.decode(personal);
        name = name == null ? "" : name.replaceAll("^[\\s\"']+|[\\s\"']+$", "");
        return name.isBlank() ? null : name.strip();
    }

    private record Classification(Kind kind, String reason) {
    }

    private static Classification classify(MailHeaders headers, Sender sender, String subject,
            String report) {
        String local = sender.address() == null ? ""
                : sender.address().substring(0, sender.address().indexOf('@'))
                        .toLowerCase(Locale.ROOT);
        if ("delivery-status".equals(report)) {
            return new Classification(Kind.BOUNCE, "delivery status report");
        }
        if (local.equals("mailer-daemon") || local.equals("postmaster")) {
            return new Classification(Kind.BOUNCE, "sent by " + local);
        }
        if (headers.has("x-failed-recipients")) {
            return new Classification(Kind.BOUNCE, "X-Failed-Recipients");
        }
        if ("<>".equals(headers.raw("return-path")) && BOUNCE_SUBJECT.matcher(subject).find()) {
            return new Classification(Kind.BOUNCE, "null return path");
        }
        String auto = autoReplyReason(headers, subject, report);
        return auto == null ? new Classification(Kind.PERSON, null)
                : new Classification(Kind.AUTO_REPLY, auto);
    }

    private static String autoReplyReason(MailHeaders headers, String subject, String report) {
        String submitted = headers.raw("auto-submitted");
        if (submitted != null && !submitted.toLowerCase(Locale.ROOT).startsWith("no")) {
            return "Auto-Submitted: " + submitted;
        }
        for (String field : List.of("x-autoreply", "x-autorespond", "x-autogenerated")) {
            if (headers.has(field)) {
                return field;
            }
        }
        String precedence = headers.raw("precedence");
        if (precedence != null
                && precedence.toLowerCase(Locale.ROOT).matches("\\s*(bulk|junk|auto_reply).*")) {
            return "Precedence: " + precedence;
        }
        if (report != null) {
            return "report: " + report;
        }
        return AUTO_SUBJECT.matcher(subject).find() ? "subject: " + subject : null;
    }

    /** Collects the text and the files of a message while walking its parts. */
    private static final class Body {

        private final String charsetHint;
        private final List<String> plain = new ArrayList<>();
        private final List<String> html = new ArrayList<>();
        private final List<MailFile> files = new ArrayList<>();
        private List<String> originalIds = List.of();
        private String originalSubject;
        private String report;

        Body(String charsetHint) {
            this.charsetHint = charsetHint;
        }

        String text() {
            List<String> texts = plain.stream().anyMatch(t -> !t.isBlank()) ? plain
                    : html.stream().map(HtmlText::toText).toList();
            return HtmlText.tidy(String.join("\n\n", texts));
        }

        void walk(Part part, int depth, boolean inReport) {
            String type = MimeTypes.baseType(part);
            if (type.startsWith("multipart/") && depth < 20) {
                walkMultipart(part, type, depth);
            } else if (inReport && isOriginal(type)) {
                original(part, type);
            } else if (isFile(part, type)) {
                files.add(file(part, type));
            } else if (type.equals("text/html")) {
                html.add(text(part));
            } else {
                plain.add(text(part));
            }
        }

        private void walkMultipart(Part part, String type, int depth) {
            Multipart multipart = multipart(part);
            if (multipart == null) {
                plain.add(MailCharsets.guess(MimeTypes.rawBytes(part)));
                return;
            }
            boolean inReport = type.equals("multipart/report");
            if (inReport) {
                report = MimeTypes.parameter(part, "report-type");
            }
            List<Part> parts = MimeTypes.parts(multipart);
            if (type.equals("multipart/alternative") && !parts.isEmpty()) {
                parts = List.of(MimeTypes.preferred(parts));
            }
            for (Part child : parts) {
                walk(child, depth + 1, inReport);
            }
        }

        private static Multipart multipart(Part part) {
            String boundary = MimeTypes.boundary(part);
            try {
                Multipart multipart = boundary == null ? (Multipart) part.getContent()
                        : new MimeMultipart(new ByteArrayDataSource(MimeTypes.rawBytes(part),
                                "multipart/mixed; boundary=\"" + boundary + "\""));
                multipart.getCount();
                return multipart;
            } catch (IOException | MessagingException | RuntimeException unreadable) {
                return null;
            }
        }

        private static boolean isOriginal(String type) {
            return type.equals("message/rfc822") || type.equals("text/rfc822-headers");
        }

        private void original(Part part, String type) {
            byte[] bytes = MimeTypes.bytes(part);
            MailHeaders headers = MailHeaders.parse(bytes);
            originalIds = ids(headers.raw("message-id"));
            originalSubject = headers.text("subject");
            if (type.equals("message/rfc822")) {
                files.add(new MailFile(emlName(originalSubject), type, bytes));
            }
        }

        private boolean isFile(Part part, String type) {
            if (type.startsWith("text/") && !type.equals("text/rfc822-headers")) {
                return MimeTypes.isAttachment(part) || MimeTypes.fileName(part) != null;
            }
            return true;
        }

        private MailFile file(Part part, String type) {
            byte[] bytes = MimeTypes.bytes(part);
            String name = MimeTypes.fileName(part);
            if (name != null) {
                name = FileNames.clean(MailHeaders.text(name, charsetHint));
            }
            if ((name == null || name.isBlank()) && type.equals("message/rfc822")) {
                name = emlName(MailHeaders.parse(bytes).text("subject"));
            }
            if (name == null || name.isBlank()) {
                name = FileNames.unnamed(files.size() + 1, type);
            }
            return new MailFile(name, type, bytes);
        }

        private String text(Part part) {
            String charset = MimeTypes.parameter(part, "charset");
            return MailCharsets.decode(MimeTypes.bytes(part), charset == null ? charsetHint
                    : charset).replace("\r\n", "\n").replace('\r', '\n');
        }

        private static String emlName(String subject) {
            String name = subject == null ? "" : FileNames.clean(subject);
            return (name.isBlank() ? "message" : name) + ".eml";
        }
    }
}
