-- Schema v1: documents, their origins, reuse fingerprints, passages, relations, families, runs.
-- Every span is (document id, start, end) in Unicode code points of documents.text.

CREATE TABLE documents (
    id             INTEGER PRIMARY KEY,
    content_hash   TEXT NOT NULL UNIQUE,      -- xxh3_128 of the normalized text
    text           TEXT NOT NULL,
    title          TEXT,
    byline         TEXT,
    outlet         TEXT,
    url            TEXT,
    published      TEXT,                      -- ISO date (YYYY-MM-DD, YYYY-MM or YYYY) or NULL
    date_precision TEXT NOT NULL DEFAULT 'unknown'
                   CHECK (date_precision IN ('day', 'month', 'year', 'unknown')),
    date_source    TEXT,                      -- 'metadata', 'text' or NULL
    format         TEXT NOT NULL,             -- txt, md, html, jsonl, warc
    word_count     INTEGER NOT NULL,
    added_at       TEXT NOT NULL
);

-- Where each document came from; one document may have several origins (exact duplicates).
CREATE TABLE origins (
    doc_id      INTEGER NOT NULL REFERENCES documents(id),
    origin      TEXT NOT NULL UNIQUE,          -- path, path:line N (jsonl), path#record N (warc)
    external_id TEXT,                          -- the "id" of a JSONL record, the WARC target URI
    added_at    TEXT NOT NULL
);
CREATE INDEX origins_doc ON origins(doc_id);

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- Winnowed word n-gram fingerprints of each document, as little-endian uint64/uint32 arrays.
CREATE TABLE fingerprints (
    doc_id    INTEGER PRIMARY KEY REFERENCES documents(id),
    hashes    BLOB NOT NULL,
    positions BLOB NOT NULL,                   -- token index of each fingerprint
    algorithm TEXT NOT NULL
);

-- Aligned passages between two documents; a_doc < b_doc always.
CREATE TABLE passages (
    id      INTEGER PRIMARY KEY,
    a_doc   INTEGER NOT NULL REFERENCES documents(id),
    a_start INTEGER NOT NULL,
    a_end   INTEGER NOT NULL,
    b_doc   INTEGER NOT NULL REFERENCES documents(id),
    b_start INTEGER NOT NULL,
    b_end   INTEGER NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('verbatim', 'near', 'paraphrase')),
    score   REAL NOT NULL,
    run_id  INTEGER REFERENCES runs(id)
);
CREATE INDEX passages_pair ON passages(a_doc, b_doc);
CREATE INDEX passages_b ON passages(b_doc);

-- One row per related pair (a_doc < b_doc).
CREATE TABLE relations (
    a_doc      INTEGER NOT NULL REFERENCES documents(id),
    b_doc      INTEGER NOT NULL REFERENCES documents(id),
    a_covered  REAL NOT NULL,                  -- share of a's text covered by passages
    b_covered  REAL NOT NULL,
    verdict    TEXT NOT NULL CHECK (verdict IN ('wholly derived', 'partially derived', 'independent')),
    source_doc INTEGER,                        -- a_doc, b_doc or NULL when direction is unknown
    confidence REAL NOT NULL,
    evidence   TEXT NOT NULL,                  -- JSON list of {"kind", "favours", "detail"}
    run_id     INTEGER REFERENCES runs(id),
    PRIMARY KEY (a_doc, b_doc)
);
CREATE INDEX relations_b ON relations(b_doc);

-- Source families: documents linked by derivation; family_id is the smallest member id.
CREATE TABLE families (
    doc_id    INTEGER PRIMARY KEY REFERENCES documents(id),
    family_id INTEGER NOT NULL
);
CREATE INDEX families_family ON families(family_id);

-- Which documents the reuse stage has compared against the collection.
CREATE TABLE analyzed (
    doc_id INTEGER PRIMARY KEY REFERENCES documents(id),
    run_id INTEGER REFERENCES runs(id)
);

CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    stage       TEXT NOT NULL,
    algorithm   TEXT NOT NULL,
    settings    TEXT NOT NULL,                 -- JSON
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    status      TEXT NOT NULL,                 -- running, done, failed
    stats       TEXT                           -- JSON
);
