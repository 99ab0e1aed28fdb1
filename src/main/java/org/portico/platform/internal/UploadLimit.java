package org.portico.platform.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The largest upload the server takes ({@code spring.servlet.multipart.max-file-size}), and
 * how to tell that a failed upload was too large, so that pages and the API can say so.
 */
@Component
class UploadLimit {

    private final DataSize largestFile;

    UploadLimit(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize largestFile) {
        this.largestFile = largestFile;
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

    /** The reason to show, naming the limit. */
    MessageSourceResolvable reason() {
        return new DefaultMessageSourceResolvable(new String[] {"problem.detail.413"},
                new Object[] {megabytes()});
    }

    /** The limit as people read it, for example {@code 20 MB}. */
    String megabytes() {
        return largestFile.toMegabytes() + " MB";
    }
}
