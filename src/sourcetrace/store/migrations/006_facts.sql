-- Facts stage: mentions and events per document (incremental), then incidents, their facts,
-- every value stated with the sentence that states it and who stands behind it (rebuilt).

CREATE TABLE facts_analyzed (
    doc_id INTEGER PRIMARY KEY REFERENCES documents(id),
    voice  TEXT NOT NULL,                      -- who the report speaks for: outlet, lede speaker, byline
    run_id INTEGER REFERENCES runs(id)
);

CREATE TABLE mentions (
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    kind   TEXT NOT NULL,                      -- person, organization, place, nationality, date, count, age
    start  INTEGER NOT NULL,
    end    INTEGER NOT NULL,
    text   TEXT NOT NULL,
    value  TEXT                                -- resolved: date label, number, country, age range
);
CREATE INDEX mentions_doc ON mentions(doc_id);

CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    doc_id          INTEGER NOT NULL REFERENCES documents(id),
    type            TEXT NOT NULL,
    happened        INTEGER NOT NULL,
    specific        INTEGER NOT NULL,          -- 0 for habitual or general statements
    trigger_start   INTEGER NOT NULL,
    trigger_end     INTEGER NOT NULL,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    date_start      TEXT,
    date_end        TEXT,
    date_precision  TEXT,
    date_span_start INTEGER,
    date_span_end   INTEGER,
    place_name      TEXT,
    place_country   TEXT,
    place_start     INTEGER,
    place_end       INTEGER,
    count_value     INTEGER,
    count_vague     INTEGER,
    count_start     INTEGER,
    count_end       INTEGER,
    ages            TEXT NOT NULL,             -- JSON list of [low, high, start, end, text]
    confidence      REAL NOT NULL,
    stands_for      TEXT NOT NULL,             -- who the statement is attributed to in the text
    case_no         INTEGER                    -- the document's own grouping (same case), NULL if none
);
CREATE INDEX events_doc ON events(doc_id);

CREATE TABLE event_participants (
    event_id INTEGER NOT NULL REFERENCES events(id),
    role     TEXT NOT NULL,                    -- agent, authority, victim
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    text     TEXT NOT NULL
);
CREATE INDEX event_participants_event ON event_participants(event_id);

CREATE TABLE incidents (
    id                  INTEGER PRIMARY KEY,
    type                TEXT NOT NULL,
    date_start          TEXT,
    date_end            TEXT,
    date_precision      TEXT,
    place               TEXT,
    country             TEXT,
    reports             INTEGER NOT NULL,
    independent_sources INTEGER NOT NULL,
    conflicts           INTEGER NOT NULL
);

CREATE TABLE incident_events (
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    event_id    INTEGER NOT NULL REFERENCES events(id),
    PRIMARY KEY (incident_id, event_id)
);
CREATE INDEX incident_events_event ON incident_events(event_id);

CREATE TABLE incident_facts (
    id                  INTEGER PRIMARY KEY,
    incident_id         INTEGER NOT NULL REFERENCES incidents(id),
    attribute           TEXT NOT NULL,         -- date, place, count, participants, authority, outcome
    conflict            TEXT NOT NULL CHECK (conflict IN ('none', 'refinement', 'conflict')),
    conservative        TEXT,
    independent_sources INTEGER NOT NULL
);
CREATE INDEX incident_facts_incident ON incident_facts(incident_id);

CREATE TABLE fact_sources (
    fact_id    INTEGER NOT NULL REFERENCES incident_facts(id),
    value      TEXT NOT NULL,
    doc_id     INTEGER NOT NULL REFERENCES documents(id),
    event_id   INTEGER NOT NULL REFERENCES events(id),
    start      INTEGER NOT NULL,               -- the sentence that states the value
    end        INTEGER NOT NULL,
    stands_for TEXT NOT NULL,                  -- the source it counts for (after echoes)
    echo_of    INTEGER REFERENCES documents(id)
);
CREATE INDEX fact_sources_fact ON fact_sources(fact_id);
