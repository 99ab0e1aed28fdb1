package org.portico.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.portico.identity.PorticoUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files attached to cases by customers, agents and inbound email. A file's type is read from
 * its bytes, never from the uploader's claim, and files are only ever offered for download.
 */
public interface CaseAttachments {

    /**
     * The files of a case the viewer may see.
     *
     * @throws org.portico.platform.NotFoundException when the viewer may not see the case
     */
    List<Attachment> list(PorticoUser viewer, String number);

    /**
     * Attaches files to a case the uploader may see; empty uploads are skipped.
     *
     * @throws org.portico.platform.NotFoundException when the uploader may not see the case
     * @throws AttachmentRefused when a file is larger than the limit
     */
    void attach(PorticoUser uploader, String number, List<Upload> files);

    /** The largest file accepted, in bytes ({@code portico.attachments.max-size}). */
    long maxBytes();

    /**
     * A file checked as a case would check it, for other channels that keep files of their own
     * (chat): the name cleaned and the type read from the bytes.
     *
     * @throws AttachmentRefused when the file is larger than the limit
     */
    Typed type(Upload file);

    /**
     * The response that offers a stored file for download only: an attachment with
     * {@code nosniff}, a sandboxing content policy and no caching, so no file runs in a browser.
     */
    static ResponseEntity<byte[]> download(String fileName, String contentType, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content);
    }

    /** A file ready to be stored elsewhere: a safe name and the type its bytes show. */
    record Typed(String fileName, String contentType, byte[] content) {
    }

    /** A stored file as listed on a case page. */
    record Attachment(long id, String fileName, String contentType, long size,
            Instant createdAt) {
    }

    /** A file as it was uploaded. */
    record Upload(String fileName, byte[] content) {

        /** The non-empty files of a multipart form. */
        public static List<Upload> of(List<MultipartFile> files) throws IOException {
            List<Upload> uploads = new ArrayList<>();
            for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
                if (!file.isEmpty()) {
                    uploads.add(new Upload(file.getOriginalFilename(), file.getBytes()));
                }
            }
            return uploads;
        }

        public boolean largerThan(long bytes) {
            return content.length > bytes;
        }
    }

    /** A file was refused (too large); the message names it. */
    final class AttachmentRefused extends IllegalArgumentException {

        private final String fileName;

        public AttachmentRefused(String fileName) {
            super("attachment too large: " + fileName);
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }
    }
}
