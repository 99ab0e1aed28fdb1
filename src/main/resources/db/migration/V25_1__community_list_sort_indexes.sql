-- Most voted lists, per topic and for all topics, read in index order: the old index on
-- (site_slug, kind, status, score) had no topic and no tie-breakers, so a topic's most voted
-- page sorted every question of the topic.
DROP INDEX community_post_score_ix;
CREATE INDEX community_post_score_ix
    ON community_post (site_slug, kind, status, score, created_at, id);
CREATE INDEX community_post_topic_score_ix
    ON community_post (site_slug, kind, status, topic, score, created_at, id);
