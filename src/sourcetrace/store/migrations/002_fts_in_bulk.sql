-- Full-text indexing moves from a per-row trigger to one bulk statement per ingest run (2-3x
-- faster); `meta` remembers how far the index reaches so an interrupted run catches up.
DROP TRIGGER IF EXISTS documents_fts_insert;

CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT OR REPLACE INTO meta(key, value) VALUES ('fts_indexed_through', (SELECT coalesce(max(id), 0) FROM documents));
