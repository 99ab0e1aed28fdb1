package org.portico.knowledge;

/**
 * Writing articles from code.
 */
public interface KnowledgeAuthoring {

    /**
     * Publishes the article, or updates it in place when the site already has an article with
     * this slug and language. Returns the article's id.
     */
    long publish(NewArticle article);
}
