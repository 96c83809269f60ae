"""The JSON contracts outside evaluators rely on. Changing a key here is a breaking change:
the golden files in tests/golden/ must be updated on purpose, never silently."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from sourcetrace.reuse.compare import Comparison

if TYPE_CHECKING:  # the quotes package loads spaCy; only its types are needed here
    from sourcetrace.quotes import Quote


def compare_json(comparison: Comparison) -> dict[str, Any]:
    """`sourcetrace compare A B --format json`."""
    relation = comparison.relation
    return {
        "passages": [
            {
                "a_start": p.a_start,
                "a_end": p.a_end,
                "b_start": p.b_start,
                "b_end": p.b_end,
                "kind": p.kind,
                "score": p.score,
            }
            for p in comparison.passages
        ],
        "relation": {
            "verdict": relation.verdict,
            "source": relation.source,
            "a_covered": relation.a_covered,
            "b_covered": relation.b_covered,
            "confidence": relation.confidence,
            "evidence": [e.as_dict() for e in relation.evidence],
        },
    }


def quotes_json(quotes: list[Quote]) -> dict[str, Any]:
    """`sourcetrace quotes FILE --format json`."""
    return {
        "quotes": [
            {
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "kind": q.kind,
                "speaker": {"name": q.speaker.name, "start": q.speaker.start, "end": q.speaker.end}
                if q.speaker
                else None,
                "cue": {"start": q.cue.start, "end": q.cue.end, "text": q.cue.text} if q.cue else None,
            }
            for q in quotes
        ]
    }


def events_json(db: sqlite3.Connection, files: list[tuple[str, int | None]]) -> dict[str, Any]:
    """The `events` contract: per file its events, then the incidents over all files.

    `files` pairs each input path with its document id (None when the file was refused).
    Incidents refer to events as [file_index, event_index]; a document given twice is cited
    by its first file.
    """
    documents: list[dict[str, Any]] = []
    position: dict[int, tuple[int, int]] = {}   # event id → (file index, event index)
    file_of: dict[int, int] = {}
    for file_index, (path, doc_id) in enumerate(files):
        events = [] if doc_id is None else list(_stored_events(db, doc_id))
        for event_index, (event_id, _) in enumerate(events):
            position.setdefault(event_id, (file_index, event_index))
        if doc_id is not None:
            file_of.setdefault(doc_id, file_index)
        documents.append({"file": path, "events": [event for _, event in events]})
    incidents = [_incident_json(db, row, position, file_of) for row in db.execute(
        "SELECT id, type, date_start, date_end, date_precision FROM incidents ORDER BY id").fetchall()]
    return {"documents": documents, "incidents": [i for i in incidents if i["events"]]}


def _stored_events(db: sqlite3.Connection, doc_id: int) -> list[tuple[int, dict[str, Any]]]:
    text = db.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
    participants: dict[int, list[dict[str, Any]]] = {}
    for event_id, role, start, end, words in db.execute(
            "SELECT p.event_id, p.role, p.start, p.end, p.text FROM event_participants p JOIN events e"
            " ON e.id = p.event_id WHERE e.doc_id = ? ORDER BY p.event_id, p.start", (doc_id,)):
        participants.setdefault(event_id, []).append({"role": role, "text": words, "start": start, "end": end})
    found = []
    for row in db.execute(
            "SELECT id, type, happened, trigger_start, trigger_end, date_start, date_end, date_precision,"
            " date_span_start, date_span_end, place_name, place_country, place_start, place_end, count_value,"
            " count_start, count_end FROM events WHERE doc_id = ? ORDER BY trigger_start, id", (doc_id,)):
        (event_id, type_name, happened, t_start, t_end, d_start, d_end, precision, ds_start, ds_end, place, country,
         p_start, p_end, count, c_start, c_end) = row
        found.append((event_id, {
            "type": type_name,
            "happened": bool(happened),
            "trigger": {"start": t_start, "end": t_end, "text": text[t_start:t_end]},
            "date": None if d_start is None else {"start": d_start, "end": d_end, "precision": precision,
                                                  "span": [ds_start, ds_end]},
            "place": None if place is None else {"name": place, "country": country, "span": [p_start, p_end]},
            "count": None if count is None else {"value": count, "span": [c_start, c_end]},
            "participants": participants.get(event_id, []),
        }))
    return found


def _incident_json(db: sqlite3.Connection, row: tuple, position: dict[int, tuple[int, int]],
                   file_of: dict[int, int]) -> dict[str, Any]:
    incident_id, type_name, d_start, d_end, precision = row
    events = sorted(position[event_id] for (event_id,) in db.execute(
        "SELECT event_id FROM incident_events WHERE incident_id = ?", (incident_id,)) if event_id in position)
    facts = []
    for fact_id, attribute, conflict, conservative, independent in db.execute(
            "SELECT id, attribute, conflict, conservative, independent_sources FROM incident_facts"
            " WHERE incident_id = ? ORDER BY id", (incident_id,)).fetchall():
        values: dict[str, list[dict[str, Any]]] = {}
        for value, doc_id, start, end, stands_for, echo_of in db.execute(
                "SELECT value, doc_id, start, end, stands_for, echo_of FROM fact_sources WHERE fact_id = ?"
                " ORDER BY rowid", (fact_id,)):
            if doc_id not in file_of:
                continue
            values.setdefault(value, []).append({
                "file_index": file_of[doc_id], "start": start, "end": end, "stands_for": stands_for,
                "echo_of": file_of.get(echo_of) if echo_of is not None else None})
        facts.append({"attribute": attribute, "values": [{"value": v, "sources": s} for v, s in values.items()],
                      "independent_sources": independent, "conflict": conflict, "conservative": conservative})
    return {"type": type_name,
            "date": None if d_start is None else {"start": d_start, "end": d_end, "precision": precision},
            "events": [list(p) for p in events], "facts": facts}
