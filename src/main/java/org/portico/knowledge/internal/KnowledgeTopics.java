package org.portico.knowledge.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A site's topics as a tree: each topic may sit under a parent. Articles name their topic by
 * key; a key without a row here is a topic at the top with the article's own topic name.
 */
@Repository
class KnowledgeTopics {

    private final JdbcClient jdbc;

    KnowledgeTopics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A parent that would put a topic under itself. Its own type, so that the repository's
     * exception translation leaves it as it is for the page to explain.
     */
    static final class Loop extends RuntimeException {

        Loop() {
            super("a topic cannot sit under itself");
        }
    }

    /** A topic; {@code parentKey} is null at the top. */
    record TopicNode(String key, String parentKey, String nameEn, String nameZh) {

        String name(Locale locale) {
            return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
        }
    }

    List<TopicNode> all(String site) {
        return jdbc.sql("SELECT topic_key, parent_key, name_en, name_zh FROM knowledge_topic "
                + "WHERE site = ? ORDER BY name_en").param(site).query(KnowledgeTopics::node).list();
    }

    Optional<TopicNode> find(String site, String key) {
        return jdbc.sql("SELECT topic_key, parent_key, name_en, name_zh FROM knowledge_topic "
                + "WHERE site = ? AND topic_key = ?").params(site, key)
                .query(KnowledgeTopics::node).optional();
    }

    private static TopicNode node(ResultSet row, int number) throws SQLException {
        return new TopicNode(row.getString("topic_key"), row.getString("parent_key"),
                row.getString("name_en"), row.getString("name_zh"));
    }

    /** From the top of the tree down to this topic (empty when the key is not in the tree). */
    List<TopicNode> path(String site, String key) {
        Map<String, TopicNode> byKey = all(site).stream()
                .collect(Collectors.toMap(TopicNode::key, Function.identity()));
        List<TopicNode> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        TopicNode node = byKey.get(key);
        while (node != null && seen.add(node.key())) {
            path.add(node);
            node = node.parentKey() == null ? null : byKey.get(node.parentKey());
        }
        Collections.reverse(path);
        return path;
    }

    List<TopicNode> children(String site, String key) {
        return all(site).stream().filter(t -> key.equals(t.parentKey())).toList();
    }

    /**
     * Adds or renames a topic. A parent that would put the topic under itself is refused.
     */
    void save(String site, TopicNode topic) {
        if (topic.parentKey() != null && path(site, topic.parentKey()).stream()
                .anyMatch(t -> t.key().equals(topic.key()))) {
            throw new Loop();
        }
        int updated = jdbc.sql("""
                UPDATE knowledge_topic SET parent_key = ?, name_en = ?, name_zh = ?
                WHERE site = ? AND topic_key = ?""")
                .params(topic.parentKey(), topic.nameEn(), topic.nameZh(), site, topic.key())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO knowledge_topic (site, topic_key, parent_key, name_en, name_zh)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(site, topic.key(), topic.parentKey(), topic.nameEn(),
                            topic.nameZh())
                    .update();
        }
    }
}
