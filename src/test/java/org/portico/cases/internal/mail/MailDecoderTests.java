package org.portico.cases.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.portico.cases.internal.mail.DecodedMail.Kind;
import org.portico.cases.internal.mail.DecodedMail.MailFile;

class MailDecoderTests {

    @Test
    void joinsAdjacentEncodedWordsEvenWhenACharacterIsSplitBetweenThem() {
        byte[] bytes = "漢字のテスト".getBytes(StandardCharsets.UTF_8);
        String first = Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(bytes, 4));
        String rest = Base64.getEncoder().encodeToString(
                java.util.Arrays.copyOfRange(bytes, 4, bytes.length));
        DecodedMail mail = decode("Subject: =?UTF-8?B?" + first + "?=\r\n =?utf-8?b?" + rest
                + "?=\r\n");

        assertThat(mail.subject()).isEqualTo("漢字のテスト");
    }

    @Test
    void decodesQuotedWordsWithUnderscoresSpacesAndQuestionMarks() {
        assertThat(EncodedWords.decode("=?ISO-8859-1?Q?Caf=E9_au lait??= ok"))
                .isEqualTo("Café au lait? ok");
        assertThat(EncodedWords.decode("Re: =?iso-8859-2?q?=A3=F3d=BC?= =?UTF-8?Q?_=E2=9C=93?="))
                .isEqualTo("Re: Łódź ✓");
        assertThat(EncodedWords.decode("plain =?UTF-8?Q?broken"))
                .isEqualTo("plain =?UTF-8?Q?broken");
    }

    @Test
    void forgivesBadPaddingAndGuessesUnknownCharsets() {
        assertThat(EncodedWords.decode("=?NONE?B?VEVTVA=?=")).isEqualTo("TEST");
        assertThat(EncodedWords.decode("=?x-unknown?Q?=C3=A9t=C3=A9?=")).isEqualTo("été");
        assertThat(EncodedWords.decode("=?x-unknown?Q?=E9t=E9?=")).isEqualTo("été");
    }

    @Test
    void unfoldsHeadersAndReadsEightBitUtf8() {
        DecodedMail mail = decode("From: \"Jöhn Doe\" <jdoe@example.org>\r\n"
                + "Subject: a folded\r\n\tsubject line\r\n");

        assertThat(mail.subject()).isEqualTo("a folded\tsubject line".replace('\t', ' '));
        assertThat(mail.senderName()).isEqualTo("Jöhn Doe");
        assertThat(mail.senderAddress()).isEqualTo("jdoe@example.org");
    }

    @Test
    void readsBodiesInTheirDeclaredCharset() {
        assertThat(body("ISO-8859-2", "Zażółć gęślą jaźń")).isEqualTo("Zażółć gęślą jaźń");
        assertThat(body("GB2312", "您好，我的发票在哪里？")).isEqualTo("您好，我的发票在哪里？");
        assertThat(body("EUC-KR", "안녕하세요")).isEqualTo("안녕하세요");
        assertThat(body("Shift_JIS", "お問い合わせ")).isEqualTo("お問い合わせ");
        assertThat(body("ISO-2022-JP", "すみません。")).isEqualTo("すみません。");
    }

    @Test
    void readsUnknownCharsetsAsUtf8OrWindows1252() {
        byte[] message = ("From: a@example.org\r\nContent-Type: text/plain; charset=x-nonsense"
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] latin = "Grüße".getBytes(Charset.forName("windows-1252"));
        assertThat(MailDecoder.decode(concat(message, latin)).body()).isEqualTo("Grüße");
    }

    @Test
    void decodesRfc2231FileNamesWithContinuations() {
        DecodedMail mail = decode("""
                From: a@example.org\r
                Content-Type: multipart/mixed; boundary="b"\r
                \r
                --b\r
                Content-Type: text/plain\r
                \r
                See attached.\r
                --b\r
                Content-Type: application/pdf\r
                Content-Disposition: attachment;\r
                 filename*0*=utf-8''%E5%8F%91%E7%A5%A8;\r
                 filename*1*=%202026.pdf\r
                Content-Transfer-Encoding: base64\r
                \r
                JVBERi0xLjQK\r
                --b--\r
                """);

        assertThat(mail.body()).isEqualTo("See attached.");
        assertThat(mail.attachments()).extracting(MailFile::name).containsExactly("发票 2026.pdf");
        assertThat(new String(mail.attachments().get(0).content(), StandardCharsets.US_ASCII))
                .startsWith("%PDF-1.4");
    }

    @Test
    void sanitisesHtmlBodiesIntoText() {
        DecodedMail mail = decode("""
                From: a@example.org\r
                Content-Type: text/html; charset=utf-8\r
                \r
                <html><head><style>p{}</style><script>alert(1)</script></head>\r
                <body><p>Hello&nbsp;<b>there</b></p><p onclick="x()">2 &lt; 3</p></body></html>\r
                """);

        assertThat(mail.body()).isEqualTo("Hello there\n2 < 3");
    }

    @Test
    void recognisesAutomaticRepliesAndBounces() {
        assertThat(decode("From: a@example.org\r\nAuto-Submitted: auto-replied\r\n").kind())
                .isEqualTo(Kind.AUTO_REPLY);
        assertThat(decode("From: a@example.org\r\nX-Autoreply: yes\r\n").kind())
                .isEqualTo(Kind.AUTO_REPLY);
        assertThat(decode("From: a@example.org\r\nPrecedence: bulk\r\n").kind())
                .isEqualTo(Kind.AUTO_REPLY);
        assertThat(decode("From: a@example.org\r\nSubject: Out of Office: away\r\n").kind())
                .isEqualTo(Kind.AUTO_REPLY);
        assertThat(decode("From: MAILER-DAEMON@mx.example.org\r\nSubject: failure\r\n").kind())
                .isEqualTo(Kind.BOUNCE);
        assertThat(decode("From: a@example.org\r\nAuto-Submitted: no\r\n").kind())
                .isEqualTo(Kind.PERSON);
    }

    @Test
    void findsTheOriginalMessageOfADeliveryReport() {
        DecodedMail mail = decode("""
                From: Mail System <bounces@mx.example.org>\r
                Subject: Undelivered Mail\r
                Content-Type: multipart/report; report-type=delivery-status; boundary="r"\r
                \r
                --r\r
                Content-Type: text/plain\r
                \r
                Your message could not be delivered.\r
                --r\r
                Content-Type: message/delivery-status\r
                \r
                Status: 5.1.1\r
                --r\r
                Content-Type: text/rfc822-headers\r
                \r
                Message-ID: <portico.00010042.abc@portico.local>\r
                Subject: [#00010042] Re: My invoice\r
                --r--\r
                """);

        assertThat(mail.kind()).isEqualTo(Kind.BOUNCE);
        assertThat(mail.originalIds()).containsExactly("portico.00010042.abc@portico.local");
        assertThat(mail.originalSubject()).isEqualTo("[#00010042] Re: My invoice");
        assertThat(mail.body()).isEqualTo("Your message could not be delivered.");
    }

    @Test
    void toleratesBadDatesAndKeepsThreadIds() {
        DecodedMail mail = decode("From: a@example.org\r\nDate: yesterday-ish\r\n"
                + "In-Reply-To: <b@example.org>\r\nReferences: <a@example.org> <b@example.org>"
                + "\r\n");

        assertThat(mail.sentAt()).isNull();
        assertThat(mail.threadIds()).containsExactly("b@example.org", "a@example.org");
    }

    private static String body(String charset, String text) {
        byte[] head = ("From: a@example.org\r\nContent-Type: text/plain; charset=\"" + charset
                + "\"\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        return MailDecoder.decode(concat(head, text.getBytes(Charset.forName(charset)))).body();
    }

    private static DecodedMail decode(String message) {
        String full = message.contains("\r\n\r\n") ? message : message + "\r\nbody\r\n";
        return MailDecoder.decode(full.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
