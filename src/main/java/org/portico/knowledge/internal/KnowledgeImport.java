package org.portico.knowledge.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.portico.platform.PorticoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports a folder of Markdown pages (an MkDocs help centre) into a site: one published
 * article per page, matched on re-import by the page's path so that nothing is duplicated.
 */
@Service
class KnowledgeImport {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeImport.class);

    private final KnowledgeStore store;
    private final KnowledgeAssets assets;
    private final MarkdownRenderer renderer;
    private final ReindexRequests reindex;
    private final ArticleIndexing indexing;
    private final MeaningVectorFiller vectors;
    private final boolean commandMode;

    KnowledgeImport(KnowledgeStore store, KnowledgeAssets assets, MarkdownRenderer renderer,
            ReindexRequests reindex, ArticleIndexing indexing, MeaningVectorFiller vectors,
            PorticoProperties properties) {
        this.store = store;
        this.assets = assets;
        this.renderer = renderer;
        this.reindex = reindex;
        this.indexing = indexing;
        this.vectors = vectors;
        this.commandMode = properties.commandMode();
    }

    /**
     * What to import.
     *
     * @param source credited on every article; null for the folder's name
     * @param licence credited on every article; null to read it from a {@code LICENSE} file
     */
    record Request(String site, Path folder, String source, String licence) {
    }

    /**
     * What an import did; {@code failures} names each failed file with its reason, and
     * {@code notes} each file skipped for a reason other than being unchanged (an empty page).
     */
    record Summary(int imported, int updated, int skipped, int failed, List<String> failures,
            List<String> notes) {

        String line() {
            return "imported=" + imported + " updated=" + updated + " skipped=" + skipped
                    + " failed=" + failed;
        }
    }

    /**
     * Imports every {@code *.md} file under the folder. An article remembers the folder's name
     * and its page's path in it, so that two folders with an {@code index.md} do not overwrite
     * each other (the second one fails for want of a free address instead).
     *
     * @throws ImportFailure when the folder is missing or holds no Markdown page
     */
    Summary importFolder(Request request) {
        Path root = request.folder().toAbsolutePath().normalize();
        List<Path> pages = pages(root);
        String credit = credit(root, request);
        int[] counts = new int[3];
        List<String> failures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Long> changed = new ArrayList<>();
        for (Path page : pages) {
            String path = root.relativize(page).toString().replace('\\', '/');
            try {
                if (isBlank(page)) {
                    counts[KnowledgeStore.SaveOutcome.UNCHANGED.ordinal()]++;
                    notes.add(path + ": the page is empty");
                    continue;
                }
                KnowledgeStore.Saved saved = importPage(request.site(), root, path, credit);
                counts[saved.outcome().ordinal()]++;
                if (saved.outcome() != KnowledgeStore.SaveOutcome.UNCHANGED) {
                    changed.add(saved.id());
                }
            } catch (IOException | RuntimeException e) {
                failures.add(path + ": " + reason(e));
            }
        }
        Summary summary = new Summary(counts[0], counts[1], counts[2], failures.size(), failures,
                notes);
        indexing.index(changed);
        vectors.fill(changed);
        if (commandMode && !changed.isEmpty()) {
            reindex.request();
        }
        log.info("Imported {} into site {}: {}", root.getFileName(), request.site(),
                summary.line());
        return summary;
    }

    private KnowledgeStore.Saved importPage(String site, Path root, String path,
            String credit) throws IOException {
        String markdown = readUtf8(root.resolve(path));
        ImportedLinks links = new ImportedLinks(site, root, path);
        RenderedMarkdown rendered = renderer.render(markdown, links);
        for (String asset : links.assets()) {
            assets.store(site, asset, root.resolve(asset));
        }
        String title = rendered.title() != null ? rendered.title() : titleFromName(path);
        int slash = path.lastIndexOf('/');
        String folder = slash < 0 ? "" : path.substring(0, slash);
        String source = root.getFileName() + "/" + path;
        ArticleContent content = new ArticleContent(title, Slugs.topic(folder), folder, "public",
                markdown, rendered, source, credit,
                ArticleContent.fingerprint(title, folder, markdown, credit));
        return store.saveImported(site, Slugs.of(path), content);
    }

    private static List<Path> pages(Path root) {
        if (!Files.isDirectory(root)) {
            throw new ImportFailure("folder " + root + " does not exist");
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> pages = files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT)
                            .endsWith(".md"))
                    .sorted()
                    .toList();
            if (pages.isEmpty()) {
                throw new ImportFailure("folder " + root + " holds no Markdown (.md) page");
            }
            return pages;
        } catch (IOException e) {
            throw new ImportFailure("folder " + root + " cannot be read: " + e.getMessage());
        }
    }

    /** An empty page has nothing to import; it is skipped, not failed. */
    private static boolean isBlank(Path file) throws IOException {
        return Files.size(file) < 1024 && Files.readString(file, StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").isBlank();
    }

    private static String readUtf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            throw new ImportFailure("not valid UTF-8 text");
        }
        return text;
    }

    private static String credit(Path root, Request request) {
        String source = blankToNull(request.source());
        String licence = blankToNull(request.licence());
        String from = source != null ? source : String.valueOf(root.getFileName());
        String terms = licence != null ? licence : Licences.detect(root);
        return terms == null ? from : from + " · " + terms;
    }

    private static String titleFromName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("(?i)\\.md$", "");
        return Slugs.capitalise(name.replace('-', ' ').replace('_', ' '));
    }

    private static String reason(Exception e) {
        if (e instanceof ImportFailure) {
            return e.getMessage();
        }
        if (e instanceof IOException) {
            return "could not be read (" + e.getClass().getSimpleName() + ")";
        }
        log.warn("Import of a page failed", e);
        return "could not be saved (" + e.getClass().getSimpleName() + ")";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
