package org.portico.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.portico.knowledge.NewArticle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the demo help articles from {@code demo/articles/<slug>.<language>.md}: a front-matter
 * block with topic and audience, then a {@code #} title and the Markdown body. Business
 * articles go to the business portal, the others to the help site.
 */
final class DemoArticles {

    private static final Pattern FILE = Pattern.compile("(.+)\\.(en|zh)\\.md");
    private static final Pattern FRONT_MATTER = Pattern.compile(
            "\\A---\\s*\\n(.*?)\\n---\\s*\\n#\\s+([^\\n]+)\\n(.*)\\z", Pattern.DOTALL);

    private DemoArticles() {
    }

    static List<NewArticle> load() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:demo/articles/*.md");
            return Arrays.stream(files)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(DemoArticles::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NewArticle read(Resource file) {
        Matcher name = FILE.matcher(file.getFilename());
        if (!name.matches()) {
            throw new IllegalStateException("Unexpected demo article name " + file.getFilename());
        }
        try {
            String text = file.getContentAsString(StandardCharsets.UTF_8).replace("\r\n", "\n");
            Matcher parts = FRONT_MATTER.matcher(text);
            if (!parts.matches()) {
                throw new IllegalStateException("No front matter in " + file.getFilename());
            }
            String topic = value(parts.group(1), "topic");
            String audience = value(parts.group(1), "audience");
            String site = "business".equals(audience) ? "business" : "help";
            return new NewArticle(site, name.group(1), name.group(2), parts.group(2).trim(),
                    topic, parts.group(3).trim(), audience);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(String frontMatter, String key) {
        return frontMatter.lines()
                .filter(line -> line.startsWith(key + ":"))
                .map(line -> line.substring(key.length() + 1).trim())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Missing " + key));
    }
}
