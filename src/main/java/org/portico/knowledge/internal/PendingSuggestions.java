package org.portico.knowledge.internal;

import java.util.List;
import java.util.Locale;

import org.portico.knowledge.ArticleSuggestion;
import org.portico.knowledge.KnowledgeSuggestions;
import org.springframework.stereotype.Service;

/**
 * Placeholder until article search lands; suggests nothing.
 */
@Service
class PendingSuggestions implements KnowledgeSuggestions {

    @Override
    public List<ArticleSuggestion> suggest(String site, String text, Locale locale, int limit) {
        return List.of();
    }
}
