package org.portico.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

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
}
