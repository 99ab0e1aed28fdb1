package org.portico.cases;

/**
 * What a customer asks for when opening a case on a site.
 *
 * @param topic one of {@link Topics#KEYS}
 * @param orderNumber the order the case is about (for example {@code SO-000123}), or
 *     {@code null}
 * @param origin the channel the case came through: {@code WEB}, {@code CHAT} or
 *     {@code COMMUNITY}
 */
public record NewCase(String site, String subject, String description, String topic,
        String orderNumber, String origin) {

    /** A case opened on the site's case form about an order. */
    public NewCase(String site, String subject, String description, String topic,
            String orderNumber) {
        this(site, subject, description, topic, orderNumber, "WEB");
    }

    /** A case opened on the site's case form about no order in particular. */
    public NewCase(String site, String subject, String description, String topic) {
        this(site, subject, description, topic, null, "WEB");
    }

    /** The same request arriving through another channel. */
    public NewCase from(String channel) {
        return new NewCase(site, subject, description, topic, orderNumber, channel);
    }
}
