package org.portico.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Settings under {@code portico.*}; each can be set as an environment variable
 * ({@code PORTICO_DATA_DIR}, {@code PORTICO_DEMO}, {@code PORTICO_BASE_URL}).
 *
 * @param dataDir folder for the embedded database, the search index and uploaded files
 * @param demo whether an empty installation is filled with the demo organisation
 * @param baseUrl the public address used in links sent by email
 * @param commandMode true when running a command-line tool rather than the server
 */
@ConfigurationProperties("portico")
public record PorticoProperties(Path dataDir, boolean demo, String baseUrl, boolean commandMode) {

    /**
     * The address to put in links sent by email: the configured {@code portico.base-url}, or
     * else the address the current request came to.
     */
    public String publicBaseUrl() {
        if (baseUrl != null && !baseUrl.isBlank()) {
            return baseUrl.replaceAll("/+$", "");
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
