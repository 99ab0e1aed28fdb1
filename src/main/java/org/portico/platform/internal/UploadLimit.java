package org.portico.platform.internal;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.portico.platform.ApiProblems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The largest upload the server takes ({@code spring.servlet.multipart.max-file-size}), and
 * how to tell that a failed upload was too large, so that pages and the API can say so. The
 * API's answer to a too-large upload is built here, whichever filter or resolver meets it.
 */
@Component
class UploadLimit {

    private final DataSize largestFile;
    private final ApiProblems problems;

    UploadLimit(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize largestFile,
            ApiProblems problems) {
        this.largestFile = largestFile;
        this.problems = problems;
    }

    /** Whether the upload failed for being too large (the container says so in its cause). */
    boolean isTooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MaxUploadSizeExceededException
                    || cause.getClass().getSimpleName().contains("SizeLimitExceeded")
                    || cause.getClass().getSimpleName().equals("SizeException")) {
                return true;
            }
        }
        return false;
    }

    /** Answers an API request with the 413 problem naming the limit. */
    void writeProblem(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        HttpStatus status = HttpStatus.CONTENT_TOO_LARGE;
        problems.write(response, status, problems.problem(request, status, reason(), Map.of()));
    }

    /** The reason to show, naming the limit. */
    private MessageSourceResolvable reason() {
        return new DefaultMessageSourceResolvable(new String[] {"problem.detail.413"},
                new Object[] {megabytes()});
    }

    /** The largest file in bytes. */
    long bytes() {
        return largestFile.toBytes();
    }

    /** The limit as people read it, for example {@code 20 MB}. */
    String megabytes() {
        return largestFile.toMegabytes() + " MB";
    }
}
