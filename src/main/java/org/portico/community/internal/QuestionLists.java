package org.portico.community.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of a site's visible questions (newest, unanswered, most voted, solved; per topic),
 * pages of 20, and the search over them (through the question index).
 */
@Component
@Transactional(readOnly = true)
class QuestionLists {

    static final int PAGE_SIZE = 20;

    enum Order { NEWEST, UNANSWERED, VOTES, SOLVED }

    /** One page of posts; {@code page} counts from 1, {@code pages} is 0 for an empty list. */
    record Page(List<Post> items, int page, int pages, long total) {

        boolean beyondEnd() {
            return pages > 0 && page > pages;
        }
    }

    private final PostStore posts;
    private final QuestionSearch questions;

    QuestionLists(PostStore posts, QuestionSearch questions) {
        this.posts = posts;
        this.questions = questions;
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
        return page(where.toString(), params, sort(order, topic != null), page);
    }

    /**
     * The order of a list, naming the columns the filter fixes too: H2 reads a page in index
     * order (backwards) only when the ORDER BY covers the index from its first column, and
     * otherwise sorts every question of the topic for each page. PostgreSQL treats the fixed
     * columns as constants either way.
     */
    static String sort(Order order, boolean topic) {
        String fixed = "p.site_slug DESC, p.kind DESC, p.status DESC"
                + (topic ? ", p.topic DESC" : "");
        return fixed + (order == Order.VOTES ? ", p.score DESC" : "")
                + ", p.created_at DESC, p.id DESC";
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

    /** Visible questions matching the words, best first, found in the question index. */
    List<Post> search(String site, String text, Locale locale, int limit) {
        List<Long> ids = questions.search(site, text, locale, limit, false, true).stream()
                .map(QuestionSearch.Found::id).toList();
        return posts.inOrder(ids).stream().filter(Post::isVisible).toList();
    }

    Page page(String where, Map<String, ?> params, String order, int page) {
        long total = posts.count(where, params);
        int pages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(1, page);
        List<Post> items = current > pages ? List.of()
                : posts.list(where, params, order, (current - 1) * PAGE_SIZE, PAGE_SIZE);
        return new Page(items, current, pages, total);
    }
}
