package org.portico.knowledge;

/**
 * A published article written in code (the demo organisation, later other importers).
 *
 * @param site slug of the site that shows the article
 * @param slug address of the article on the site; the same slug in two languages makes one
 *     article with two translations
 * @param language {@code en} or {@code zh}
 * @param audience {@code individual}, {@code business} or {@code public}
 */
public record NewArticle(String site, String slug, String language, String title, String topic,
        String markdown, String audience) {
}
