package org.portico.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portico.cases.CasePeople;
import org.portico.cases.Cases;
import org.portico.cases.NewCase;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Uploads larger than the server takes ({@code spring.servlet.multipart.max-file-size}, 20 MB),
 * sent to a real server: the page answers the site's error page naming the limit in the
 * person's language, whether the form sends its CSRF token in a header (htmx) or in the body.
 */
@PorticoIntegrationTest
class TooLargeUploadIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    static final String BOUNDARY = "portico-boundary";

    @Autowired
    Directory directory;

    @Autowired
    Cases cases;

    @LocalServerPort
    int port;

    HttpClient http;
    PorticoUser ann;
    String number;

    @BeforeEach
    void openCase() {
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        ann = new CasePeople(directory).customer("Ann Upload");
        number = cases.open(ann, new NewCase("help", "A big file", "Here it comes", "bills"))
                .number();
    }

    @Test
    void tellsTheLimitWhenTheFormSendsItsTokenInAHeader() throws Exception {
        String token = csrfToken("en");
        HttpResponse<String> answer = upload(token, false, "en");

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("20 MB").contains("bootstrap");
    }

    @Test
    void tellsTheLimitInChineseWhenTheTokenIsInTheBody() throws Exception {
        String token = csrfToken("zh-CN");
        HttpResponse<String> answer = upload(token, true, "zh-CN");

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("20 MB").contains("文件过大");
    }

    private String csrfToken(String language) throws Exception {
        HttpResponse<String> page = http.send(request("/s/help/cases/" + number, language)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> upload(String token, boolean tokenInBody, String language)
            throws Exception {
        String tokenPart = tokenInBody ? "--" + BOUNDARY + "\r\nContent-Disposition: form-data;"
                + " name=\"_csrf\"\r\n\r\n" + token + "\r\n" : "";
        byte[] body = tooLargeBody(tokenPart, "files");
        HttpRequest.Builder post = request("/s/help/cases/" + number + "/attachments", language)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (!tokenInBody) {
            post.header("X-CSRF-TOKEN", token);
        }
        return http.send(post.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart body (boundary {@link #BOUNDARY}) with a 21 MB file in {@code field}. */
    static byte[] tooLargeBody(String partsBefore, String field) {
        byte[] head = (partsBefore + "--" + BOUNDARY + "\r\nContent-Disposition: form-data;"
                + " name=\"" + field + "\"; filename=\"big.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + 21 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        return body;
    }

    private HttpRequest.Builder request(String path, String language) {
        String credentials = Base64.getEncoder().encodeToString(
                (ann.email() + ":" + CasePeople.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "text/html")
                .header("Accept-Language", language);
    }
}
