"""Read-only queries the CLI, exports and (later) the web app share; they only read the store."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class DocumentRow:
    id: int
    label: str
    title: str | None
    outlet: str | None
    published: str | None
    date_precision: str
    words: int
    family: int | None
    origins: int


@dataclass(frozen=True)
class RelationRow:
    a_doc: int
    b_doc: int
    a_label: str
    b_label: str
    a_covered: float
    b_covered: float
    verdict: str
    source_doc: int | None
    confidence: float
    evidence: list[dict[str, str]]
    passages: int


_LABEL = (
    "(SELECT replace(origin, rtrim(origin, replace(origin, '/', '')), '') FROM origins o "
    "WHERE o.doc_id = {col} ORDER BY o.rowid LIMIT 1)"
)


def documents(db: sqlite3.Connection, limit: int | None = None) -> Iterator[DocumentRow]:
    sql = f"""SELECT d.id, {_LABEL.format(col="d.id")}, d.title, d.outlet, d.published, d.date_precision,
                     d.word_count, f.family_id, (SELECT count(*) FROM origins o WHERE o.doc_id = d.id)
              FROM documents d LEFT JOIN families f ON f.doc_id = d.id ORDER BY d.id"""
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    for row in db.execute(sql):
        yield DocumentRow(*row)


def summary(db: sqlite3.Connection) -> dict[str, int]:
    """Counts for "N reports, K independent sources"."""
    documents_count = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    families = db.execute("SELECT count(DISTINCT family_id) FROM families").fetchone()[0]
    analyzed = db.execute("SELECT count(*) FROM analyzed").fetchone()[0]
    relations = db.execute("SELECT count(*) FROM relations WHERE verdict != 'independent'").fetchone()[0]
    return {
        "documents": documents_count,
        "analyzed": analyzed,
        "independent_sources": families,
        "derived_pairs": relations,
    }


def relations(
    db: sqlite3.Connection, limit: int | None = None, order_by_strength: bool = True
) -> Iterator[RelationRow]:
    order = "max(r.a_covered, r.b_covered) DESC, r.a_doc, r.b_doc" if order_by_strength else "r.a_doc, r.b_doc"
    sql = f"""SELECT r.a_doc, r.b_doc, {_LABEL.format(col="r.a_doc")}, {_LABEL.format(col="r.b_doc")},
                     r.a_covered, r.b_covered, r.verdict, r.source_doc, r.confidence, r.evidence,
                     (SELECT count(*) FROM passages p WHERE p.a_doc = r.a_doc AND p.b_doc = r.b_doc)
              FROM relations r ORDER BY {order}"""
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    for row in db.execute(sql):
        values = list(row)
        values[9] = json.loads(values[9])
        yield RelationRow(*values)


def passages(db: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for row in db.execute(
        "SELECT a_doc, a_start, a_end, b_doc, b_start, b_end, kind, score FROM passages ORDER BY a_doc, b_doc, a_start"
    ):
        yield dict(zip(("a_doc", "a_start", "a_end", "b_doc", "b_start", "b_end", "kind", "score"), row, strict=True))


def resolve_document(db: sqlite3.Connection, reference: str) -> int | None:
    """A document by id, origin path, file name or external id (what users type)."""
    if reference.isdigit():
        row = db.execute("SELECT id FROM documents WHERE id = ?", (int(reference),)).fetchone()
        if row:
            return int(row[0])
    row = db.execute(
        "SELECT doc_id FROM origins WHERE origin = ? OR external_id = ? OR origin LIKE ? ORDER BY rowid LIMIT 1",
        (reference, reference, f"%/{reference}"),
    ).fetchone()
    return int(row[0]) if row else None
