package org.portico.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.transport.Netty4Plugin;

/**
 * A real single-node OpenSearch cluster inside the test JVM, so that the search tests can run
 * against the Elasticsearch backend of Hibernate Search on a machine without a cluster. It
 * listens on a free loopback port over HTTP, keeps its data under target/test-data and has the
 * modules that every OpenSearch ships and Hibernate Search uses: analysis-common for the
 * analyzers, reindex for the delete-by-query that empties an index before a mass indexing.
 */
final class OpenSearchTestNode extends Node {

    private static OpenSearchTestNode started;

    private OpenSearchTestNode(Settings settings) {
        super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
                () -> "portico-test"),
                List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class), true);
    }

    /** The address of the node, started on first use and stopped when the JVM exits. */
    static synchronized String uri() {
        if (started == null) {
            started = launch();
            Runtime.getRuntime().addShutdownHook(new Thread(OpenSearchTestNode::stop));
        }
        return "http://" + started.injector().getInstance(HttpServerTransport.class)
                .boundAddress().publishAddress().toString();
    }

    private static OpenSearchTestNode launch() {
        if (!(LogManager.getContext(false) instanceof LoggerContext)) {
            throw new IllegalStateException("The OpenSearch node needs Log4j bound to Log4j, not"
                    + " to Logback: run the tests with the opensearch Maven profile (-Popensearch)");
        }
        try {
            // Beside the test data folders (portico.data-dir), cleared by mvn clean.
            Path folder = Files.createDirectories(Path.of("target", "test-data"));
            Path home = Files.createTempDirectory(folder, "opensearch-");
            OpenSearchTestNode node = new OpenSearchTestNode(Settings.builder()
                    .put("path.home", home.toAbsolutePath().toString())
                    .put("cluster.name", "portico-test")
                    .put("node.name", "portico-test")
                    .put("discovery.type", "single-node")
                    .put("network.host", "127.0.0.1")
                    .put("http.port", 0)
                    .put("transport.port", 0)
                    .put("http.type", "netty4")
                    .put("transport.type", "netty4")
                    // A nearly full disk must not make the indexes read-only mid-run.
                    .put("cluster.routing.allocation.disk.threshold_enabled", false)
                    .build());
            node.start();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NodeValidationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void stop() {
        try {
            started.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
