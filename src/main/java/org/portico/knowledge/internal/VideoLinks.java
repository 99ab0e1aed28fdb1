package org.portico.knowledge.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises videos in article Markdown, written as images: an uploaded {@code .mp4} or
 * {@code .webm} file plays in the page; a YouTube or Vimeo address becomes a placeholder that
 * loads the host's player only when the reader clicks it.
 */
final class VideoLinks {

    private static final Pattern YOUTUBE = Pattern.compile(
            "^https?://(?:www\\.|m\\.)?(?:youtube\\.com/(?:watch\\?(?:.*&)?v=|embed/|shorts/)"
                    + "|youtu\\.be/)([A-Za-z0-9_-]{6,20}).*$");
    private static final Pattern VIMEO = Pattern.compile(
            "^https?://(?:www\\.|player\\.)?vimeo\\.com/(?:video/)?(\\d{4,12}).*$");

    /** A video hosted elsewhere. */
    record Hosted(String provider, String id) {
    }

    private VideoLinks() {
    }

    static boolean isVideoFile(String url) {
        String path = url.toLowerCase(Locale.ROOT);
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        return path.startsWith("/") && (path.endsWith(".mp4") || path.endsWith(".webm"));
    }

    static Optional<Hosted> hosted(String url) {
        Matcher youtube = YOUTUBE.matcher(url.strip());
        if (youtube.matches()) {
            return Optional.of(new Hosted("youtube", youtube.group(1)));
        }
        Matcher vimeo = VIMEO.matcher(url.strip());
        if (vimeo.matches()) {
            return Optional.of(new Hosted("vimeo", vimeo.group(1)));
        }
        return Optional.empty();
    }
}
