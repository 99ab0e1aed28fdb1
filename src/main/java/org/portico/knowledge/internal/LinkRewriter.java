package org.portico.knowledge.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides what the links and images of a rendered article point to. Absolute http(s) links
 * and in-page anchors are kept, other schemes ({@code javascript:}, {@code data:}) are dropped,
 * and relative links are handed to {@link #relative}.
 */
abstract class LinkRewriter {

    private static final Pattern SCHEME =
            Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*", Pattern.DOTALL);

    /** The new {@code href} of a link, or null to drop it. */
    final String link(String href) {
        return rewrite(href, false);
    }

    /** The new {@code src} of an image, or null to drop it. */
    final String image(String src) {
        return rewrite(src, true);
    }

    private String rewrite(String url, boolean image) {
        String value = url.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (SCHEME.matcher(value).matches()) {
            String scheme = value.substring(0, value.indexOf(':')).toLowerCase(Locale.ROOT);
            boolean allowed = scheme.equals("http") || scheme.equals("https")
                    || (!image && scheme.equals("mailto"));
            return allowed ? value : null;
        }
        if (value.startsWith("#") || value.startsWith("/")) {
            return value.startsWith("//") ? "https:" + value : value;
        }
        int hash = value.indexOf('#');
        String path = hash < 0 ? value : value.substring(0, hash);
        String fragment = hash < 0 ? "" : value.substring(hash);
        int query = path.indexOf('?');
        return relative(query < 0 ? path : path.substring(0, query), fragment, image);
    }

    /**
     * Rewrites a relative address.
     *
     * @param fragment {@code #section} or empty
     */
    abstract String relative(String path, String fragment, boolean image);

    /** Links between articles written for one site: {@code other-slug.md} is an article. */
    static LinkRewriter forSite(String site) {
        return new LinkRewriter() {
            @Override
            String relative(String path, String fragment, boolean image) {
                if (!image && path.endsWith(".md")) {
                    String name = path.substring(path.lastIndexOf('/') + 1, path.length() - 3);
                    return "/s/" + site + "/articles/" + Slugs.of(name) + fragment;
                }
                return path + fragment;
            }
        };
    }
}
