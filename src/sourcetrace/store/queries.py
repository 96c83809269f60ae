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


# Each order can walk an index (dates unknown sort first: SQLite orders NULL lowest).
SORTS = {"id": "d.id", "published": "d.published, d.id", "outlet": "d.outlet, d.id",
         "words": "d.word_count DESC, d.id", "family": "f.family_id, d.id"}


@dataclass(frozen=True)
class DocumentFilter:
    """What a user can narrow the collection to; every part is applied in SQL."""

    outlet: str | None = None
    ids: list[int] | None = None
    family: int | None = None
    published_from: str | None = None
    published_to: str | None = None


def documents(db: sqlite3.Connection, limit: int | None = None, offset: int = 0, outlet: str | None = None,
              ids: list[int] | None = None, chosen: DocumentFilter | None = None,
              sort: str = "id") -> Iterator[DocumentRow]:
    """Documents, filtered, sorted and paged in SQL, so a page costs about the same at any size."""
    where, params = _document_filter(chosen or DocumentFilter(outlet, ids))
    sql = f"""SELECT d.id, {_LABEL.format(col="d.id")}, d.title, d.outlet, d.published, d.date_precision,
                     d.word_count, f.family_id, (SELECT count(*) FROM origins o WHERE o.doc_id = d.id)
              FROM documents d LEFT JOIN families f ON f.doc_id = d.id {where}
              ORDER BY {SORTS.get(sort, SORTS["id"])}"""
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    for row in db.execute(sql, params):
        yield DocumentRow(*row)


def count_documents(db: sqlite3.Connection, outlet: str | None = None, ids: list[int] | None = None,
                    chosen: DocumentFilter | None = None) -> int:
    where, params = _document_filter(chosen or DocumentFilter(outlet, ids))
    sql = f"SELECT count(*) FROM documents d LEFT JOIN families f ON f.doc_id = d.id {where}"
    return int(db.execute(sql, params).fetchone()[0])


def _document_filter(chosen: DocumentFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for clause, value in (("d.outlet = ?", chosen.outlet), ("f.family_id = ?", chosen.family),
                          ("d.published >= ?", chosen.published_from), ("d.published <= ?", chosen.published_to)):
        if value not in (None, ""):
            clauses.append(clause)
            params.append(value)
    if chosen.ids is not None:
        clauses.append(f"d.id IN ({','.join('?' * len(chosen.ids)) or 'NULL'})")
        params.extend(chosen.ids)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


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
    db: sqlite3.Connection, limit: int | None = None, order_by_strength: bool = True, doc_id: int | None = None
) -> Iterator[RelationRow]:
    order = "max(r.a_covered, r.b_covered) DESC, r.a_doc, r.b_doc" if order_by_strength else "r.a_doc, r.b_doc"
    where = "WHERE r.a_doc = :doc OR r.b_doc = :doc" if doc_id is not None else ""
    sql = f"""SELECT r.a_doc, r.b_doc, {_LABEL.format(col="r.a_doc")}, {_LABEL.format(col="r.b_doc")},
                     r.a_covered, r.b_covered, r.verdict, r.source_doc, r.confidence, r.evidence,
                     (SELECT count(*) FROM passages p WHERE p.a_doc = r.a_doc AND p.b_doc = r.b_doc)
              FROM relations r {where} ORDER BY {order}"""
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    for row in db.execute(sql, {"doc": doc_id}):
        values = list(row)
        values[9] = json.loads(values[9])
        yield RelationRow(*values)


def passages(db: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for row in db.execute(
        "SELECT a_doc, a_start, a_end, b_doc, b_start, b_end, kind, score FROM passages ORDER BY a_doc, b_doc, a_start"
    ):
        yield dict(zip(("a_doc", "a_start", "a_end", "b_doc", "b_start", "b_end", "kind", "score"), row, strict=True))


@dataclass(frozen=True)
class VariantRow:
    doc_id: int
    label: str
    start: int
    end: int
    text: str
    speaker: str | None
    severity: str
    changes: list[str]
    diff: list[list[str]]
    is_quote: bool


@dataclass(frozen=True)
class QuoteGroupRow:
    id: int
    base_label: str
    base_text: str
    earliest_label: str
    speakers: list[str]
    speaker_conflict: bool
    worst_severity: str
    variants: list[VariantRow]


def quote_groups(db: sqlite3.Connection, severity: str | None = None, min_variants: int = 1,
                 limit: int | None = None) -> Iterator[QuoteGroupRow]:
    """Quote groups, most widely carried first, each with its variants."""
    where = "AND g.worst_severity = ?" if severity else ""
    params: tuple[Any, ...] = (min_variants, severity) if severity else (min_variants,)
    sql = f"""SELECT g.id, {_LABEL.format(col='g.base_doc')},
                     substr(d.text, g.base_start + 1, g.base_end - g.base_start),
                     {_LABEL.format(col='g.earliest_doc')}, g.speakers, g.speaker_conflict, g.worst_severity
              FROM quote_groups g JOIN documents d ON d.id = g.base_doc
              WHERE g.variants >= ? {where} ORDER BY g.variants DESC, g.id"""
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    for row in db.execute(sql, params).fetchall():
        yield QuoteGroupRow(row[0], row[1], row[2], row[3], json.loads(row[4]), bool(row[5]), row[6],
                            list(_variants(db, row[0])))


def _variants(db: sqlite3.Connection, group_id: int) -> Iterator[VariantRow]:
    sql = f"""SELECT v.doc_id, {_LABEL.format(col='v.doc_id')}, v.start, v.end,
                     substr(d.text, v.start + 1, v.end - v.start), v.speaker, v.severity, v.changes, v.diff,
                     v.quote_id IS NOT NULL
              FROM quote_variants v JOIN documents d ON d.id = v.doc_id WHERE v.group_id = ? ORDER BY v.doc_id"""
    for row in db.execute(sql, (group_id,)):
        values = list(row)
        values[7], values[8], values[9] = json.loads(values[7]), json.loads(values[8]), bool(values[9])
        yield VariantRow(*values)


@dataclass(frozen=True)
class SpeakerRow:
    name: str
    kind: str
    quotes: int
    documents: int
    titles: list[tuple[str, str]]   # (title, document label)


def speakers(db: sqlite3.Connection, limit: int | None = None,
             titles_each: int | None = None) -> Iterator[SpeakerRow]:
    """Every entity quoted, most quoted first, with every title used for it and the document that
    used it; with `titles_each`, each distinct title once (its first document), the most used first,
    at most that many: a page cannot show the ten thousand titles of a much-quoted ministry."""
    sql = "SELECT id, name, kind, quotes, documents FROM entities WHERE quotes > 0 ORDER BY quotes DESC, name"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    for entity_id, name, kind, quotes_count, documents_count in db.execute(sql).fetchall():
        if titles_each is None:
            rows = db.execute(f"SELECT t.title, {_LABEL.format(col='t.doc_id')} FROM entity_titles t"
                              " WHERE t.entity_id = ? ORDER BY t.doc_id", (entity_id,))
        else:
            rows = db.execute(f"SELECT title, {_LABEL.format(col='first')} FROM (SELECT title, min(doc_id) AS first,"
                              " count(*) AS used FROM entity_titles WHERE entity_id = ? GROUP BY title"
                              f" ORDER BY used DESC, title LIMIT {int(titles_each)})", (entity_id,))
        yield SpeakerRow(name, kind, quotes_count, documents_count, [(title, label) for title, label in rows])


def quotes_rows(db: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    sql = """SELECT q.id, q.doc_id, q.start, q.end, q.kind, substr(d.text, q.start + 1, q.end - q.start),
                    e.name, q.speaker_start, q.speaker_end, q.cue_start, q.cue_end
             FROM quotes q JOIN documents d ON d.id = q.doc_id LEFT JOIN entities e ON e.id = q.entity_id
             ORDER BY q.doc_id, q.start"""
    keys = ("id", "doc_id", "start", "end", "kind", "text", "speaker", "speaker_start", "speaker_end", "cue_start",
            "cue_end")
    for row in db.execute(sql):
        yield dict(zip(keys, row, strict=True))


@dataclass(frozen=True)
class IncidentRow:
    id: int
    type: str
    date_start: str | None
    date_end: str | None
    date_precision: str | None
    place: str | None
    country: str | None
    reports: int
    independent_sources: int
    conflicts: int
    single_source_facts: int


@dataclass(frozen=True)
class FactSourceRow:
    doc_id: int
    label: str
    start: int
    end: int
    sentence: str
    stands_for: str
    echo_of: int | None
    echo_label: str | None


@dataclass(frozen=True)
class FactValueRow:
    value: str
    sources: list[FactSourceRow]
    stated: int = 0    # how many sentences state it (more than `sources` holds when a page shows the first few)


@dataclass(frozen=True)
class FactRow:
    attribute: str
    conflict: str
    conservative: str | None
    independent_sources: int
    values: list[FactValueRow]


def incidents(db: sqlite3.Connection, limit: int | None = None, type_name: str | None = None) -> Iterator[IncidentRow]:
    """Incidents, the best-sourced first: reports, independent sources, conflicts and one-source facts."""
    sql = ("SELECT i.id, i.type, i.date_start, i.date_end, i.date_precision, i.place, i.country, i.reports,"
           " i.independent_sources, i.conflicts,"
           " (SELECT count(*) FROM incident_facts f WHERE f.incident_id = i.id AND f.independent_sources = 1)"
           " FROM incidents i" + (" WHERE i.type = ?" if type_name else "") +
           " ORDER BY i.independent_sources DESC, i.reports DESC, i.date_start DESC, i.id")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    for row in db.execute(sql, (type_name,) if type_name else ()).fetchall():
        yield IncidentRow(*row)


def incident(db: sqlite3.Connection, incident_id: int,
             sources_each: int | None = None) -> tuple[IncidentRow, list[FactRow]] | None:
    """An incident and its facts; with `sources_each`, each value keeps only its first sentences
    (an incident told by thousands of reports would make a page of thousands of rows)."""
    row = next((r for r in db.execute(
        "SELECT i.id, i.type, i.date_start, i.date_end, i.date_precision, i.place, i.country, i.reports,"
        " i.independent_sources, i.conflicts,"
        " (SELECT count(*) FROM incident_facts f WHERE f.incident_id = i.id AND f.independent_sources = 1)"
        " FROM incidents i WHERE i.id = ?", (incident_id,))), None)
    if row is None:
        return None
    keep = "" if sources_each is None else f" WHERE s.n <= {int(sources_each)}"
    facts = []
    for fact_id, attribute, conflict, conservative, independent in db.execute(
            "SELECT id, attribute, conflict, conservative, independent_sources FROM incident_facts"
            " WHERE incident_id = ? ORDER BY id", (incident_id,)).fetchall():
        values: dict[str, list[FactSourceRow]] = {}
        stated: dict[str, int] = {}
        for value, total, doc_id, label, start, end, sentence, stands_for, echo_of, echo_label in db.execute(
                f"SELECT s.value, s.total, s.doc_id, {_LABEL.format(col='s.doc_id')}, s.start, s.end,"
                " substr(d.text, s.start + 1, s.end - s.start), s.stands_for, s.echo_of,"
                f" {_LABEL.format(col='s.echo_of')} FROM (SELECT *, rowid AS at,"
                " row_number() OVER (PARTITION BY value ORDER BY rowid) AS n,"
                " count(*) OVER (PARTITION BY value) AS total FROM fact_sources WHERE fact_id = ?) s"
                f" JOIN documents d ON d.id = s.doc_id{keep} ORDER BY s.at", (fact_id,)):
            values.setdefault(value, []).append(
                FactSourceRow(doc_id, label, start, end, sentence, stands_for, echo_of, echo_label))
            stated[value] = total
        facts.append(FactRow(attribute, conflict, conservative, independent,
                             [FactValueRow(v, s, stated[v]) for v, s in values.items()]))
    return IncidentRow(*row), facts


def fact_rows(db: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Every value of every incident fact with the sentence stating it: one row per source."""
    for row in db.execute(
            "SELECT f.incident_id, f.attribute, f.conflict, f.conservative, f.independent_sources, s.value,"
            f" s.doc_id, {_LABEL.format(col='s.doc_id')}, s.start, s.end, substr(d.text, s.start + 1, s.end - s.start),"
            " s.stands_for, s.echo_of FROM incident_facts f JOIN fact_sources s ON s.fact_id = f.id"
            " JOIN documents d ON d.id = s.doc_id ORDER BY f.incident_id, f.id, s.rowid"):
        yield dict(zip(("incident", "attribute", "conflict", "conservative", "independent_sources", "value",
                        "doc_id", "document", "start", "end", "sentence", "stands_for", "echo_of"), row, strict=True))


def event_rows(db: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Every event read, with its incident (if any) and the text of its trigger."""
    for row in db.execute(
            "SELECT e.id, e.doc_id, e.type, e.happened, e.trigger_start, e.trigger_end,"
            " substr(d.text, e.trigger_start + 1, e.trigger_end - e.trigger_start), e.date_start, e.date_end,"
            " e.date_precision, e.place_name, e.place_country, e.count_value, e.stands_for, ie.incident_id"
            " FROM events e JOIN documents d ON d.id = e.doc_id"
            " LEFT JOIN incident_events ie ON ie.event_id = e.id ORDER BY e.doc_id, e.trigger_start"):
        yield dict(zip(("id", "doc_id", "type", "happened", "trigger_start", "trigger_end", "trigger", "date_start",
                        "date_end", "date_precision", "place", "country", "count", "stands_for", "incident"), row,
                       strict=True))
