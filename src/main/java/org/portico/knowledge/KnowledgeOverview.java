package org.portico.knowledge;

import java.util.List;
import java.util.Locale;

/**
 * What a site's knowledge base holds, for staff: how many articles are published in each
 * language and which are read most.
 */
public interface KnowledgeOverview {

    SiteKnowledge of(String site, Locale locale, int mostRead);

    /**
     * @param english published articles in English
     * @param chinese published articles in Simplified Chinese
     */
    record SiteKnowledge(String site, long english, long chinese, List<ReadArticle> mostRead) {
    }

    /** An article with its view count. */
    record ReadArticle(String title, String url, String topic, long views) {
    }
}
