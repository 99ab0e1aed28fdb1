-- The sentence vector of each published article's title and summary (384 floats), computed
-- once per text, so that a suggestion embeds only what the customer types. content_hash is the
-- article's content_hash the vector was computed from: a vector whose hash differs from the
-- article's is out of date. A table of its own, so that adding it leaves the (large) article
-- table as it is; a background job fills it.
CREATE TABLE article_meaning (
    article_id BIGINT NOT NULL PRIMARY KEY,
    content_hash VARCHAR(64) NOT NULL,
    vector BYTEA NOT NULL,
    CONSTRAINT article_meaning_article_fk FOREIGN KEY (article_id) REFERENCES article (id)
        ON DELETE CASCADE
);
