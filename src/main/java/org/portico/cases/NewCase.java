package org.portico.cases;

/**
 * What a customer asks for when opening a case on a site.
 *
 * @param topic one of {@link Topics#KEYS}
 */
public record NewCase(String site, String subject, String description, String topic) {
}
