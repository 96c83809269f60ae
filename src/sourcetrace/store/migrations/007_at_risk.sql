-- Spans that identify a private person at risk (a victim's name, a relative, a hiding place),
-- found by the facts stage. Outputs built with --redact replace them; the documents keep them.

CREATE TABLE at_risk (
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    kind   TEXT NOT NULL CHECK (kind IN ('person', 'kin', 'place')),
    start  INTEGER NOT NULL,
    end    INTEGER NOT NULL,
    text   TEXT NOT NULL
);
CREATE INDEX at_risk_doc ON at_risk(doc_id);
