-- Who approved a version for publishing (now or at its scheduled time): never the author of
-- that version when the approver is only an author.
ALTER TABLE article_version ADD COLUMN reviewed_by VARCHAR(254);

-- The authors' list pages through a site's articles, newest change first.
CREATE INDEX article_site_updated_ix ON article (site, updated_at);
