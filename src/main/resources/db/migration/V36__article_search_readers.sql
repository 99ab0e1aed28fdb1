-- The article index gains one "readers" key per kind of reader who may find a published
-- article, and keeps each article's topic for the facets: rebuild it once.
INSERT INTO search_reindex_request (requested_at) VALUES (CURRENT_TIMESTAMP);
