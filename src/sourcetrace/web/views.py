"""What each workbench page shows, as plain data: the HTML page and its /api twin render the same.

Document text is cut into segments here (plain strings plus what marks them); templates escape
every segment, so nothing from a document can become markup.
"""

from __future__ import annotations

import difflib
import re
import sqlite3
from dataclasses import asdict, replace
from itertools import pairwise
from typing import Any

from sourcetrace.store import queries

_FTS_TOKEN = re.compile(r"\w+")
_MARK_OPEN, _MARK_CLOSE = "\x02", "\x03"   # snippet markers no document text can contain usefully


PAGE_SIZE = 200


def collection(db: sqlite3.Connection, search: str = "", chosen: queries.DocumentFilter | None = None,
               sort: str = "id", page: int = 0) -> dict[str, Any]:
    """One page of documents (filtered, sorted and paged in SQL), or the documents a search found."""
    chosen = chosen or queries.DocumentFilter()
    hits = _search(db, search) if search else None
    if hits is not None:
        chosen = replace(chosen, ids=list(hits))
    documents = [asdict(row) for row in queries.documents(db, PAGE_SIZE, page * PAGE_SIZE, chosen=chosen, sort=sort)]
    if hits is not None:
        documents = [d | {"snippet": hits[d["id"]]} for d in documents]
    outlets = [row[0] for row in db.execute(
        "SELECT outlet FROM documents WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY outlet LIMIT 500")]
    return {"summary": queries.summary(db), "documents": documents, "page": page, "sort": sort,
            "total": queries.count_documents(db, chosen=chosen), "search": search,
            "outlet": chosen.outlet or "", "family": chosen.family if chosen.family is not None else "",
            "published_from": chosen.published_from or "", "published_to": chosen.published_to or "",
            "outlets": outlets}


def _search(db: sqlite3.Connection, search: str) -> dict[int, list[dict[str, Any]]]:
    """Full-text search; the user's words are quoted so no input is FTS syntax."""
    words = _FTS_TOKEN.findall(search)
    if not words:
        return {}
    match = " ".join(f'"{word}"' for word in words)
    rows = db.execute(
        f"SELECT rowid, snippet(documents_fts, 1, '{_MARK_OPEN}', '{_MARK_CLOSE}', '…', 16) "
        "FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT 200", (match,))
    return {rowid: _snippet_parts(snippet) for rowid, snippet in rows}


def _snippet_parts(snippet: str) -> list[dict[str, Any]]:
    parts = []
    for piece in re.split(f"({_MARK_OPEN}[^{_MARK_CLOSE}]*{_MARK_CLOSE})", snippet):
        if piece.startswith(_MARK_OPEN):
            parts.append({"text": piece.strip(_MARK_OPEN + _MARK_CLOSE), "hit": True})
        elif piece:
            parts.append({"text": piece, "hit": False})
    return parts


def document(db: sqlite3.Connection, doc_id: int) -> dict[str, Any] | None:
    row = db.execute("SELECT id, text, title, outlet, byline, url, published, date_precision FROM documents "
                     "WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        return None
    text = row[1]
    reused = _reused_spans(db, doc_id)
    quotes = _quote_spans(db, doc_id)
    protected = _at_risk_spans(db, doc_id) + _sentence_starts(db, doc_id)
    return {
        "id": row[0], "title": row[2], "outlet": row[3], "byline": row[4], "url": row[5], "published": row[6],
        "date_precision": row[7],
        "origins": [o for (o,) in db.execute("SELECT origin FROM origins WHERE doc_id = ? ORDER BY rowid", (doc_id,))],
        "segments": segments(text, reused, quotes, protected),
        "sources": _related(db, doc_id, as_source=False),
        "reused_by": _related(db, doc_id, as_source=True),
        "quotes": quotes,
    }


def _reused_spans(db: sqlite3.Connection, doc_id: int) -> list[dict[str, Any]]:
    spans = []
    for a_doc, a_start, a_end, b_doc, b_start, b_end, kind in db.execute(
            "SELECT a_doc, a_start, a_end, b_doc, b_start, b_end, kind FROM passages WHERE a_doc = ? OR b_doc = ?",
            (doc_id, doc_id)):
        mine = (a_start, a_end, b_doc) if a_doc == doc_id else (b_start, b_end, a_doc)
        spans.append({"start": mine[0], "end": mine[1], "other": mine[2], "kind": kind})
    return spans


def _quote_spans(db: sqlite3.Connection, doc_id: int) -> list[dict[str, Any]]:
    return [{"start": start, "end": end, "kind": kind, "speaker": speaker} for start, end, kind, speaker in db.execute(
        "SELECT q.start, q.end, q.kind, e.name FROM quotes q LEFT JOIN entities e ON e.id = q.entity_id "
        "WHERE q.doc_id = ? ORDER BY q.start", (doc_id,))]


def _at_risk_spans(db: sqlite3.Connection, doc_id: int) -> list[tuple[int, int]]:
    try:
        return db.execute("SELECT start, end FROM at_risk WHERE doc_id = ?", (doc_id,)).fetchall()
    except sqlite3.OperationalError:
        return []


def _sentence_starts(db: sqlite3.Connection, doc_id: int) -> list[tuple[int, int]]:
    """Where each sentence stating an event begins: incident pages link to it (#at-OFFSET)."""
    try:
        return [(start, start) for (start,) in db.execute(
            "SELECT DISTINCT sentence_start FROM events WHERE doc_id = ?", (doc_id,))]
    except sqlite3.OperationalError:
        return []


def _related(db: sqlite3.Connection, doc_id: int, *, as_source: bool) -> list[dict[str, Any]]:
    related = []
    for rel in queries.relations(db, doc_id=doc_id):
        if rel.verdict == "independent":
            continue
        other = rel.b_doc if rel.a_doc == doc_id else rel.a_doc
        if (as_source and rel.source_doc == doc_id) or (not as_source and rel.source_doc == other):
            mine = rel.a_covered if rel.a_doc == doc_id else rel.b_covered
            theirs = rel.b_covered if rel.a_doc == doc_id else rel.a_covered
            related.append({"doc": other, "label": rel.b_label if rel.a_doc == doc_id else rel.a_label,
                            "verdict": rel.verdict, "covered_here": mine, "covered_there": theirs})
    return related


def _pieces(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The text cut at every span boundary, as (start, end) pieces in order."""
    cuts = sorted({0, len(text), *(start for start, _ in bounds), *(end for _, end in bounds)})
    return [(start, end) for start, end in pairwise(cuts) if end > start]


def segments(text: str, reused: list[dict[str, Any]], quotes: list[dict[str, Any]],
             protected: list[tuple[int, int]] = ()) -> list[dict[str, Any]]:
    """Each piece of the text with the documents it is shared with and the speakers quoted in it.
    Spans marked at risk are pieces of their own, so redaction always sees them whole."""
    out = []
    for start, end in _pieces(text, [(s["start"], s["end"]) for s in reused + quotes] + list(protected)):
        sources = sorted({s["other"] for s in reused if s["start"] <= start and end <= s["end"]})
        speakers = [q["speaker"] or "unknown speaker" for q in quotes if q["start"] <= start and end <= q["end"]]
        out.append({"text": text[start:end], "start": start, "others": sources, "speakers": speakers})
    return out


def compare(db: sqlite3.Connection, a_doc: int, b_doc: int) -> dict[str, Any] | None:
    first, second = sorted((a_doc, b_doc))
    texts = dict(db.execute("SELECT id, text FROM documents WHERE id IN (?, ?)", (first, second)).fetchall())
    if len(texts) < 2 and first != second:
        return None
    rows = db.execute("SELECT a_start, a_end, b_start, b_end, kind, score FROM passages WHERE a_doc = ? AND b_doc = ? "
                      "ORDER BY a_start", (first, second)).fetchall()
    passages = [{"n": n, "a_start": r[0], "a_end": r[1], "b_start": r[2], "b_end": r[3], "kind": r[4], "score": r[5],
                 "a_text": texts[first][r[0]:r[1]], "b_text": texts[second][r[2]:r[3]]} for n, r in enumerate(rows, 1)]
    b_order = sorted(passages, key=lambda p: p["b_start"])
    for passage in passages:
        passage["b_rank"] = b_order.index(passage) + 1
        passage["moved"] = passage["b_rank"] != passage["n"]   # reordered: another place in b's sequence
        passage["diff"] = word_diff(passage["a_text"], passage["b_text"]) if passage["kind"] == "near" else []
    return {"a": first, "b": second, "passages": passages,
            "a_segments": _numbered_segments(texts[first], [(p["a_start"], p["a_end"], p["n"]) for p in passages]),
            "b_segments": _numbered_segments(texts[second], [(p["b_start"], p["b_end"], p["n"]) for p in passages])}


def _numbered_segments(text: str, spans: list[tuple[int, int, int]]) -> list[dict[str, Any]]:
    out = []
    for start, end in _pieces(text, [(s, e) for s, e, _ in spans]):
        numbers = [n for s, e, n in spans if s <= start and end <= e]
        out.append({"text": text[start:end], "passage": numbers[0] if numbers else None})
    return out


QUOTE_GROUPS_SHOWN = 50   # the most widely carried; `sourcetrace quotes` and `export` list them all


def quote_groups(db: sqlite3.Connection, severity: str | None = None) -> dict[str, Any]:
    groups = queries.quote_groups(db, severity or None, 2, limit=QUOTE_GROUPS_SHOWN)
    return {"severity": severity or "", "groups": [asdict(g) for g in groups]}


def speakers(db: sqlite3.Connection) -> dict[str, Any]:
    return {"speakers": [asdict(s) for s in queries.speakers(db, limit=500, titles_each=10)]}


_LANE = 46          # pixels per family lane
_MARGIN = 60


def graph(db: sqlite3.Connection, width: int = 1100) -> dict[str, Any]:
    """Provenance graph: one lane per source family (independent reports share the last lane),
    documents placed left to right by publication date, derivation edges from source to copy."""
    documents = [asdict(row) for row in queries.documents(db, ids=_graph_documents(db))]
    by_family: dict[int, list[dict[str, Any]]] = {}
    for doc in documents:
        by_family.setdefault(doc["family"] if doc["family"] is not None else doc["id"], []).append(doc)
    families = sorted((docs for docs in by_family.values() if len(docs) > 1), key=len, reverse=True)
    loners = [docs[0] for docs in by_family.values() if len(docs) == 1]
    lanes = [*families, loners] if loners else families
    dates = sorted({d["published"] or "9999" for d in documents})
    step = (width - 2 * _MARGIN) / max(1, len(dates) - 1)
    nodes: dict[int, dict[str, Any]] = {}
    for lane, docs in enumerate(lanes):
        for offset, doc in enumerate(sorted(docs, key=lambda d: (d["published"] or "9999", d["id"]))):
            x = _MARGIN + dates.index(doc["published"] or "9999") * step
            y = _MARGIN + lane * _LANE + (offset % 2) * 14   # neighbours on one date alternate heights
            nodes[doc["id"]] = {"id": doc["id"], "label": doc["label"], "x": round(x), "y": y,
                                "published": doc["published"] or "date unknown", "lane": lane}
    edges = []
    for rel in _relations_among(db, list(nodes)):
        if rel.verdict == "independent":
            continue
        source, derived = (rel.a_doc, rel.b_doc) if rel.source_doc != rel.b_doc else (rel.b_doc, rel.a_doc)
        edges.append({"source": source, "derived": derived, "directed": rel.source_doc is not None,
                      "verdict": rel.verdict, "share": max(rel.a_covered, rel.b_covered),
                      "x1": nodes[source]["x"], "y1": nodes[source]["y"], "x2": nodes[derived]["x"],
                      "y2": nodes[derived]["y"]})
    return {"width": width, "height": 2 * _MARGIN + len(lanes) * _LANE, "nodes": list(nodes.values()),
            "edges": edges, "families": len(families), "independent": len(loners)}


GRAPH_NODES = 200   # a graph stays readable at about this many documents


def _graph_documents(db: sqlite3.Connection) -> list[int]:
    """The documents drawn: whole families, largest first, then reports standing alone."""
    rows = db.execute("""SELECT f.doc_id FROM families f JOIN (SELECT family_id, count(*) AS size FROM families
                         GROUP BY family_id) s ON s.family_id = f.family_id
                         ORDER BY s.size DESC, f.family_id, f.doc_id LIMIT ?""", (GRAPH_NODES,))
    return [row[0] for row in rows]


def _relations_among(db: sqlite3.Connection, doc_ids: list[int]):
    wanted = set(doc_ids)
    for doc_id in doc_ids:
        for rel in queries.relations(db, doc_id=doc_id):
            if rel.a_doc == doc_id and rel.b_doc in wanted:
                yield rel


def word_diff(first: str, second: str) -> list[dict[str, str]]:
    """Word-level diff of two near-identical passages: runs of kept, removed and added words."""
    a_words, b_words = first.split(), second.split()
    runs = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a_words, b_words, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append({"op": "same", "text": " ".join(a_words[i1:i2])})
            continue
        if i2 > i1:
            runs.append({"op": "removed", "text": " ".join(a_words[i1:i2])})
        if j2 > j1:
            runs.append({"op": "added", "text": " ".join(b_words[j1:j2])})
    return runs


def incidents(db: sqlite3.Connection, type_name: str | None = None) -> dict[str, Any]:
    rows = [asdict(row) for row in queries.incidents(db, limit=500, type_name=type_name or None)]
    types = [t for (t,) in db.execute("SELECT DISTINCT type FROM incidents ORDER BY type")]
    return {"incidents": rows, "type": type_name or "", "types": types}


SOURCES_SHOWN = 25     # sentences shown per value: `export` has them all
EVENTS_SHOWN = 200


def incident(db: sqlite3.Connection, incident_id: int) -> dict[str, Any] | None:
    """An incident's facts: each value with the sentences stating it, who they stand for, echoes."""
    found = queries.incident(db, incident_id, sources_each=SOURCES_SHOWN)
    if found is None:
        return None
    row, facts = found
    events = [{"doc": doc, "label": label, "type": type_name, "happened": bool(happened), "start": start, "end": end,
               "trigger": trigger}
              for doc, label, type_name, happened, start, end, trigger in db.execute(
                  "SELECT e.doc_id, (SELECT replace(origin, rtrim(origin, replace(origin, '/', '')), '') FROM origins o"
                  " WHERE o.doc_id = e.doc_id ORDER BY o.rowid LIMIT 1), e.type, e.happened, e.trigger_start,"
                  " e.trigger_end, substr(d.text, e.trigger_start + 1, e.trigger_end - e.trigger_start)"
                  " FROM incident_events ie JOIN events e ON e.id = ie.event_id JOIN documents d ON d.id = e.doc_id"
                  " WHERE ie.incident_id = ? ORDER BY e.doc_id, e.trigger_start"
                  f" LIMIT {EVENTS_SHOWN}", (incident_id,))]
    total = db.execute("SELECT count(*) FROM incident_events WHERE incident_id = ?", (incident_id,)).fetchone()[0]
    return {"incident": asdict(row), "facts": [asdict(f) for f in facts], "events": events, "events_total": total}
