-- Lists sort by creation time and then id: with the id in the index, a page is read in index
-- order instead of sorting every question of the topic.
DROP INDEX community_post_list_ix;
DROP INDEX community_post_topic_ix;
CREATE INDEX community_post_list_ix
    ON community_post (site_slug, kind, status, created_at, id);
CREATE INDEX community_post_topic_ix
    ON community_post (site_slug, kind, status, topic, created_at, id);
