package org.portico.cases;

/**
 * What a customer asks for when opening a case on a site.
 *
 * @param topic one of {@link Topics#KEYS}
 * @param orderNumber the order the case is about (for example {@code SO-000123}), or
 *     {@code null}
 */
public record NewCase(String site, String subject, String description, String topic,
        String orderNumber) {

    /** A case about no order in particular. */
    public NewCase(String site, String subject, String description, String topic) {
        this(site, subject, description, topic, null);
    }
}
