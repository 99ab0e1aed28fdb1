package org.portico.knowledge.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Words that authors declare equivalent for a site's search ("invoice" = "bill, statement").
 * They are applied to each query as it runs, so a change takes effect at once, without
 * re-indexing the articles.
 */
@Repository
class SearchSynonyms {

    static final int MAX_EXPANSIONS = 8;

    private final JdbcClient jdbc;

    SearchSynonyms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A term and the words searched as well when a query contains it. */
    record Synonym(long id, String term, String alternatives) {

        List<String> words() {
            List<String> all = new ArrayList<>();
            all.add(term);
            Arrays.stream(alternatives.split(",")).map(String::strip)
                    .filter(w -> !w.isEmpty()).forEach(all::add);
            return all;
        }
    }

    List<Synonym> all(String site) {
        return jdbc.sql("SELECT id, term, alternatives FROM search_synonym WHERE site = ? "
                + "ORDER BY term").param(site).query(Synonym.class).list();
    }

    void save(String site, String term, String alternatives) {
        String key = term.strip().toLowerCase(Locale.ROOT);
        int updated = jdbc.sql("UPDATE search_synonym SET alternatives = ? WHERE site = ? "
                + "AND term = ?").params(alternatives.strip(), site, key).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO search_synonym (site, term, alternatives) VALUES (?, ?, ?)")
                    .params(site, key, alternatives.strip()).update();
        }
    }

    void delete(String site, long id) {
        jdbc.sql("DELETE FROM search_synonym WHERE site = ? AND id = ?").params(site, id)
                .update();
    }

    /**
     * The other words of every group that the query mentions: a whole word for Latin text, a
     * part of the text for Chinese.
     */
    List<String> expand(String site, String query) {
        String lower = query.toLowerCase(Locale.ROOT);
        Set<String> extra = new LinkedHashSet<>();
        for (Synonym synonym : all(site)) {
            List<String> group = synonym.words();
            if (group.stream().anyMatch(word -> mentions(lower, word))) {
                group.stream().filter(word -> !mentions(lower, word)).forEach(extra::add);
            }
        }
        return extra.stream().limit(MAX_EXPANSIONS).toList();
    }

    static boolean mentions(String lowerQuery, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.isEmpty()) {
            return false;
        }
        if (ArticleSearch.isChinese(w)) {
            return lowerQuery.contains(w);
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])")
                .matcher(lowerQuery).find();
    }
}
