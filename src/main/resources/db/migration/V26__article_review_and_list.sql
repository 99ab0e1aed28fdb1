-- Who approved a version for publishing (now or at its scheduled time): never the author of
-- that version when the approver is only an author.
ALTER TABLE article_version ADD COLUMN reviewed_by VARCHAR(254);

-- The authors' list pages through a site's articles, newest change first.
CREATE INDEX article_site_updated_ix ON article (site, updated_at);

-- Readers (user or browser key) who viewed an article on a UTC day: a view counts once per
-- reader and day. Rows older than yesterday are deleted every minute.
CREATE TABLE article_view_seen (
    article_id BIGINT NOT NULL,
    reader VARCHAR(80) NOT NULL,
    seen_on DATE NOT NULL,
    CONSTRAINT article_view_seen_pk PRIMARY KEY (article_id, reader, seen_on)
);
