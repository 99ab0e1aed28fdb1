package org.portico.community.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of a site's visible questions (newest, unanswered, most voted, solved; per topic),
 * pages of 20, and a word search over titles and bodies in SQL.
 */
@Component
@Transactional(readOnly = true)
class QuestionLists {

    static final int PAGE_SIZE = 20;
    private static final int MAX_TERMS = 8;
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "how", "what", "can",
            "for", "with", "does", "why", "when", "where", "are", "you", "your", "not", "was",
            "this", "that", "from", "have", "has", "into", "who");

    enum Order { NEWEST, UNANSWERED, VOTES, SOLVED }

    /** One page of posts; {@code page} counts from 1, {@code pages} is 0 for an empty list. */
    record Page(List<Post> items, int page, int pages, long total) {

        boolean beyondEnd() {
            return pages > 0 && page > pages;
        }
    }

    private final PostStore posts;

    QuestionLists(PostStore posts) {
        this.posts = posts;
    }

    Page list(String site, Order order, String topic, int page) {
        Map<String, Object> params = new HashMap<>();
        params.put("site", site);
        StringBuilder where = new StringBuilder(
                "p.site_slug = :site AND p.kind = 'QUESTION' AND p.status = 'VISIBLE'");
        if (topic != null) {
            where.append(" AND p.topic = :topic");
            params.put("topic", topic);
        }
        if (order == Order.UNANSWERED) {
            where.append(" AND p.answer_count = 0");
        } else if (order == Order.SOLVED) {
            where.append(" AND p.accepted_count > 0");
        }
        String sort = order == Order.VOTES ? "p.score DESC, p.created_at DESC, p.id DESC"
                : "p.created_at DESC, p.id DESC";
        return page(where.toString(), params, sort, page);
    }

    /** Visible questions nobody has answered, on every site, oldest first (the console). */
    Page unanswered(int page) {
        return page("p.kind = 'QUESTION' AND p.status = 'VISIBLE' AND p.answer_count = 0",
                Map.of(), "p.created_at, p.id", page);
    }

    /** Questions of one member that others may see. */
    Page byAuthor(String site, long authorId, int page) {
        return page("p.site_slug = :site AND p.author_user_id = :author"
                        + " AND p.kind = 'QUESTION' AND p.status = 'VISIBLE'",
                Map.of("site", site, "author", authorId), "p.created_at DESC, p.id DESC", page);
    }

    /**
     * Visible questions matching the words, the most matching words first.
     * TODO(#5): a Hibernate Search index with the knowledge analysers; LIKE reads every
     * question of the site and does not stem.
     */
    List<Post> search(String site, String text, int limit) {
        List<String> terms = terms(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("site", site);
        List<String> score = new ArrayList<>();
        List<String> any = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            params.put("t" + i, "%" + escapeLike(terms.get(i)) + "%");
            score.add("CASE WHEN LOWER(p.title) LIKE :t" + i + " THEN 3 ELSE 0 END"
                    + " + CASE WHEN LOWER(p.body_text) LIKE :t" + i + " THEN 1 ELSE 0 END");
            any.add("LOWER(p.title) LIKE :t" + i + " OR LOWER(p.body_text) LIKE :t" + i);
        }
        String where = "p.site_slug = :site AND p.kind = 'QUESTION' AND p.status = 'VISIBLE'"
                + " AND (" + String.join(" OR ", any) + ")";
        String order = "(" + String.join(" + ", score) + ") DESC, p.score DESC, p.id DESC";
        return posts.list(where, params, order, 0, limit);
    }

    Page page(String where, Map<String, ?> params, String order, int page) {
        long total = posts.count(where, params);
        int pages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(1, page);
        List<Post> items = current > pages ? List.of()
                : posts.list(where, params, order, (current - 1) * PAGE_SIZE, PAGE_SIZE);
        return new Page(items, current, pages, total);
    }

    /**
     * Lower-case words of three letters or more without common words; a run of Chinese
     * characters gives its two-character pieces, since Chinese has no spaces between words.
     */
    static List<String> terms(String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> terms = new LinkedHashSet<>();
        String cleaned = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ");
        for (String word : cleaned.strip().split(" ")) {
            if (CommunityService.languageOf(word).equals("zh")) {
                addBigrams(terms, word);
            } else if (word.length() >= 3 && !STOP_WORDS.contains(word)) {
                terms.add(word);
            }
        }
        return terms.stream().limit(MAX_TERMS).toList();
    }

    private static void addBigrams(Set<String> terms, String word) {
        if (word.codePointCount(0, word.length()) < 2) {
            terms.add(word);
            return;
        }
        int[] points = word.codePoints().toArray();
        for (int i = 0; i + 1 < points.length; i++) {
            terms.add(new String(points, i, 2));
        }
    }

    private static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
