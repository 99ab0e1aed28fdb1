package org.portico.knowledge.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.portico.platform.CommandArguments;
import org.portico.platform.PorticoCommand;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code knowledge bench --articles=100000 --shared=../shared/data
 * --portico.data-dir=/tmp/knowledge-bench}: fills an EMPTY data folder with published articles
 * of the help site written from public material (see {@link BenchArticles}), in JDBC batches,
 * so that search and suggestions can be measured with {@code scripts/bench-knowledge.sh}. Run
 * with {@code --spring.jpa.properties.hibernate.search.enabled=true} it then builds the search
 * index itself, prints how many articles per second a full mass index takes and marks the
 * pending re-index requests (one is left by a migration) done; otherwise it leaves a request
 * for the server.
 */
@Component
class KnowledgeBenchLoader implements PorticoCommand {

    static final String SITE = "help";
    private static final int BATCH = 2000;
    private static final String CREDIT = "Benchmark text from banking77 (CC BY 4.0, PolyAI) and"
            + " the Firefly III documentation (CC BY-SA 4.0)";
    private static final String INSERT = """
            INSERT INTO article (site, slug, language, title, topic, topic_key, audience,
                body_markdown, body_html, body_text, summary, status, source_credit,
                content_hash, view_count, created_at, updated_at, published_at, visibility,
                promoted, related_slugs, published_version)
            VALUES (?, ?, 'en', ?, ?, ?, 'public', ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?,
                'PUBLIC', FALSE, '', 1)""";

    private final JdbcTemplate jdbc;
    private final MarkdownRenderer renderer;
    private final ReindexRequests reindex;
    private final EntityManagerFactory entityManagerFactory;
    private final boolean searchEnabled;
    private final Clock clock;

    KnowledgeBenchLoader(JdbcTemplate jdbc, MarkdownRenderer renderer, ReindexRequests reindex,
            EntityManagerFactory entityManagerFactory,
            @Value("${spring.jpa.properties.hibernate.search.enabled:true}") boolean search,
            Clock clock) {
        this.jdbc = jdbc;
        this.renderer = renderer;
        this.reindex = reindex;
        this.entityManagerFactory = entityManagerFactory;
        this.searchEnabled = search;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "knowledge bench";
    }

    @Override
    public int run(CommandArguments arguments) {
        int count = Integer.parseInt(arguments.option("articles").orElse("100000"));
        Path shared = Path.of(arguments.option("shared").orElse("../shared/data"));
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM article", Integer.class);
        if (existing != null && existing > 0) {
            System.err.println("knowledge bench needs an empty data folder:"
                    + " --portico.data-dir=/tmp/knowledge-bench --portico.demo=false");
            return 2;
        }
        BenchArticles material;
        try {
            material = BenchArticles.read(shared);
        } catch (IOException e) {
            System.err.println("knowledge bench needs ../shared/data (--shared=...): " + e);
            return 1;
        }
        long started = System.nanoTime();
        load(material, count);
        System.out.printf(Locale.ROOT, "knowledge bench: %d articles loaded in %.1f s%n", count,
                seconds(started));
        if (searchEnabled) {
            return index(count);
        }
        reindex.request();
        System.out.println("knowledge bench: the server builds the index when it starts");
        return 0;
    }

    private void load(BenchArticles material, int count) {
        Instant now = clock.instant();
        LinkRewriter links = LinkRewriter.forSite(SITE);
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (int i = 0; i < count; i++) {
            BenchArticles.Generated article = material.article(i);
            RenderedMarkdown rendered = renderer.render(article.markdown(), links);
            Timestamp at = Timestamp.from(now.minusSeconds(600L * (count - i)));
            rows.add(new Object[] {SITE, article.slug(), article.title(),
                Slugs.topic(article.topicKey()), article.topicKey(), article.markdown(),
                rendered.html(), rendered.text(), rendered.summary(), CREDIT,
                ArticleContent.fingerprint(article.title(), article.topicKey(),
                        article.markdown()), (long) (i * 7919 % 5000), at, at, at});
            if (rows.size() == BATCH) {
                jdbc.batchUpdate(INSERT, rows);
                rows.clear();
            }
        }
        jdbc.batchUpdate(INSERT, rows);
        jdbc.update("""
                INSERT INTO article_version (article_id, version_no, title, topic_key, markdown,
                    state, author, created_at, published_at)
                SELECT id, 1, title, topic_key, body_markdown, 'PUBLISHED', 'bench@example.com',
                    created_at, published_at FROM article WHERE site = ?""", SITE);
    }

    private int index(int count) {
        long started = System.nanoTime();
        try {
            Search.mapping(entityManagerFactory).scope(Article.class).massIndexer()
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(100)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        reindex.latestPending().ifPresent(reindex::markDone);
        double took = seconds(started);
        System.out.printf(Locale.ROOT, "knowledge bench: mass index of %d articles in %.1f s"
                + " (%.0f articles/s)%n", count, took, count / took);
        return 0;
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
