-- The article index gains one "readers" key per kind of reader who may find a published
-- article, and the adjacent word pairs of each body: rebuild it once.
INSERT INTO search_reindex_request (requested_at) VALUES (CURRENT_TIMESTAMP);
