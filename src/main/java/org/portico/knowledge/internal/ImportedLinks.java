package org.portico.knowledge.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.web.util.UriUtils;

/**
 * Links inside one imported file: other pages of the folder become article addresses, and the
 * files they show (screenshots) become knowledge assets, collected for storing.
 */
final class ImportedLinks extends LinkRewriter {

    private final String site;
    private final Path root;
    private final Path folder;
    private final Set<String> assets = new LinkedHashSet<>();

    /**
     * @param file the page being rendered, relative to {@code root}, with {@code /} separators
     */
    ImportedLinks(String site, Path root, String file) {
        this.site = site;
        this.root = root;
        Path parent = Path.of(file).getParent();
        this.folder = parent == null ? Path.of("") : parent;
    }

    /** Paths of the files referenced by the page, relative to the imported folder. */
    Set<String> assets() {
        return assets;
    }

    @Override
    String relative(String path, String fragment, boolean image) {
        String target = resolve(decode(path));
        if (target == null) {
            return null;
        }
        if (!image && isPage(target)) {
            String page = target.endsWith(".md") ? target
                    : target.isEmpty() ? "index.md" : target + "/index.md";
            return "/s/" + site + "/articles/" + Slugs.of(page) + fragment;
        }
        assets.add(target);
        return "/s/" + site + "/kb-assets/" + UriUtils.encodePath(target, StandardCharsets.UTF_8);
    }

    private boolean isPage(String target) {
        return target.isEmpty() || target.endsWith(".md")
                || Files.isDirectory(root.resolve(target));
    }

    private String resolve(String path) {
        try {
            Path target = folder.resolve(path).normalize();
            String value = target.toString().replace('\\', '/');
            return value.startsWith("..") || target.isAbsolute() ? null : value;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
