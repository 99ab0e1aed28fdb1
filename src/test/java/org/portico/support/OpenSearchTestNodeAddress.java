package org.portico.support;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the search backend at the test JVM's own OpenSearch node when the test configuration
 * asks for it ({@code portico.test.opensearch-node}, set by the opensearch profile), starting
 * the node for the first Spring context that needs it.
 */
class OpenSearchTestNodeAddress implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment,
            SpringApplication application) {
        if (environment.getProperty("portico.test.opensearch-node", Boolean.class, false)) {
            environment.getPropertySources().addFirst(new MapPropertySource("opensearch-test-node",
                    Map.of("portico.search.uris", OpenSearchTestNode.uri())));
        }
    }
}
