package org.portico.platform;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatusCode;

/**
 * The kinds of API problem, each with a stable {@code type} ({@code /problems/validation} …)
 * that a client can branch on without parsing the language-dependent title, and that opens a
 * short page saying what the kind means and what to do. A status no kind covers keeps
 * {@code about:blank}, which RFC 9457 reads as "the status says it all".
 */
public enum ProblemType {

    VALIDATION("validation", 400),
    BAD_REQUEST("bad-request", 400),
    SIGN_IN_NEEDED("sign-in-needed", 401),
    FORBIDDEN("forbidden", 403),
    NOT_FOUND("not-found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", 406),
    CONFLICT("conflict", 409),
    TOO_LARGE("too-large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
    TOO_MANY_REQUESTS("too-many-requests", 429),
    SERVER_ERROR("server-error", 500);

    /** Where the pages of the kinds are served. */
    public static final String PATH = "/problems/";

    private static final String BLANK = "about:blank";

    private final String slug;
    private final int status;

    ProblemType(String slug, int status) {
        this.slug = slug;
        this.status = status;
    }

    /** The {@code type} of a problem: wrong fields are a validation problem, else by status. */
    public static String uriOf(HttpStatusCode status, Map<String, ?> fields) {
        if (status.value() == 400 && !fields.isEmpty()) {
            return VALIDATION.uri();
        }
        return Arrays.stream(values()).filter(kind -> kind != VALIDATION)
                .filter(kind -> kind.status == status.value())
                .findFirst().map(ProblemType::uri).orElse(BLANK);
    }

    /** The kind named in a page address, if there is one. */
    public static Optional<ProblemType> bySlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }

    /**
     * The {@code type} address, relative to the application root: it stays the same under any
     * servlet context path, as README and the OpenAPI document say.
     */
    public String uri() {
        return PATH + slug;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }
}
