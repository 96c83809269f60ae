-- Quotes stage: every quotation with its content, cue and speaker spans; the entities who speak,
-- with every title they were given; quote groups (one utterance across the collection) and their
-- variants, each with a word diff against the group's fullest earliest version and a severity.

CREATE TABLE entities (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,                        -- person, organization, description
    UNIQUE (name, kind)
);

CREATE TABLE entity_titles (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    doc_id    INTEGER NOT NULL REFERENCES documents(id),
    title     TEXT NOT NULL,
    UNIQUE (entity_id, doc_id, title)
);

CREATE TABLE quotes (
    id            INTEGER PRIMARY KEY,
    doc_id        INTEGER NOT NULL REFERENCES documents(id),
    start         INTEGER NOT NULL,            -- quoted content, without quotation marks
    end           INTEGER NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
    cue_start     INTEGER,
    cue_end       INTEGER,
    speaker_start INTEGER,                     -- the mention nearest the cue
    speaker_end   INTEGER,
    entity_id     INTEGER REFERENCES entities(id),
    run_id        INTEGER REFERENCES runs(id)
);
CREATE INDEX quotes_doc ON quotes(doc_id);
CREATE INDEX quotes_entity ON quotes(entity_id);

CREATE TABLE quotes_analyzed (
    doc_id INTEGER PRIMARY KEY REFERENCES documents(id),
    run_id INTEGER REFERENCES runs(id)
);

-- One utterance followed across the collection. `base_*` is the fullest earliest version.
CREATE TABLE quote_groups (
    id               INTEGER PRIMARY KEY,
    base_doc         INTEGER NOT NULL REFERENCES documents(id),
    base_start       INTEGER NOT NULL,
    base_end         INTEGER NOT NULL,
    earliest_doc     INTEGER NOT NULL REFERENCES documents(id),
    speakers         TEXT NOT NULL,           -- JSON list of the names it is attributed to
    speaker_conflict INTEGER NOT NULL,        -- 1 when documents attribute it to different speakers
    worst_severity   TEXT NOT NULL
);

-- Every version of a group: a quote, or the author's own prose it comes from (a release's words).
CREATE TABLE quote_variants (
    group_id INTEGER NOT NULL REFERENCES quote_groups(id),
    doc_id   INTEGER NOT NULL REFERENCES documents(id),
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    quote_id INTEGER REFERENCES quotes(id),   -- NULL for the author's prose
    speaker  TEXT,
    severity TEXT NOT NULL CHECK (severity IN ('same', 'typographic', 'truncated', 'words changed',
                                               'meaning changed')),
    changes  TEXT NOT NULL,                   -- JSON: what changed (dropped qualifier, number, negation …)
    diff     TEXT NOT NULL                    -- JSON list of [op, base words, variant words]
);
CREATE INDEX quote_variants_group ON quote_variants(group_id);
