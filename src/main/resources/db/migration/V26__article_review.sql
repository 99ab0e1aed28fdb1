-- Who approved a version for publishing (now or at its scheduled time): never the author of
-- that version when the approver is only an author.
ALTER TABLE article_version ADD COLUMN reviewed_by VARCHAR(254);
