"""Siblings: two reports that share words only because both copied a third.

Two republications of one wire story share 90% of their text, yet neither copied the other.
When every passage one of them shares with the other also lies inside what it took from a common
source, the pair's direction is withdrawn and the common source is recorded as the evidence.

Reads: relations, passages. Writes: relations (source_doc, confidence, evidence).
"""

from __future__ import annotations

import json
import sqlite3

ALGORITHM = "reuse.siblings.v1"
_INSIDE_SHARE = 0.8   # share of the pair's passage text that must lie inside the common source's


def resolve_siblings(db: sqlite3.Connection) -> int:
    """Mark derived pairs explained by a common source; returns how many were changed."""
    changed = []
    rows = db.execute("SELECT a_doc, b_doc, evidence FROM relations WHERE verdict != 'independent'").fetchall()
    for a_doc, b_doc, evidence_json in rows:
        evidence = json.loads(evidence_json)
        if any(item["kind"] == "common source" for item in evidence):
            continue
        common = _common_source(db, a_doc, b_doc)
        if common is not None:
            evidence.append({"kind": "common source", "favours": "neither",
                             "detail": f"both copy document {common}; the words they share stand in it"})
            changed.append((json.dumps(evidence), a_doc, b_doc))
    with db:
        db.executemany("UPDATE relations SET source_doc = NULL, confidence = 0, evidence = ? "
                       "WHERE a_doc = ? AND b_doc = ?", changed)
    return len(changed)


def _sources_of(db: sqlite3.Connection, doc: int) -> set[int]:
    rows = db.execute("SELECT source_doc FROM relations WHERE (a_doc = ? OR b_doc = ?) AND source_doc IS NOT NULL "
                      "AND source_doc != ? AND verdict != 'independent'", (doc, doc, doc))
    return {row[0] for row in rows}


def _common_source(db: sqlite3.Connection, a_doc: int, b_doc: int) -> int | None:
    for source in sorted((_sources_of(db, a_doc) & _sources_of(db, b_doc)) - {a_doc, b_doc}):
        if _shared_within(db, a_doc, b_doc, source):
            return source
    return None


def _spans(db: sqlite3.Connection, doc: int, other: int) -> list[tuple[int, int]]:
    first, second = min(doc, other), max(doc, other)
    side = "a" if doc == first else "b"
    return [(start, end) for start, end in db.execute(
        f"SELECT {side}_start, {side}_end FROM passages WHERE a_doc = ? AND b_doc = ?",
        (first, second))]


def _shared_within(db: sqlite3.Connection, a_doc: int, b_doc: int, source: int) -> bool:
    pair = _spans(db, a_doc, b_doc)
    from_source = _spans(db, a_doc, source)
    total = sum(end - start for start, end in pair)
    if total == 0:
        return False
    inside = sum(_overlap(span, from_source) for span in pair)
    return inside / total >= _INSIDE_SHARE


def _overlap(span: tuple[int, int], others: list[tuple[int, int]]) -> int:
    covered = 0
    cursor = span[0]
    for start, end in sorted(others):
        start, end = max(start, cursor), min(end, span[1])
        if end > start:
            covered += end - start
            cursor = end
    return covered
