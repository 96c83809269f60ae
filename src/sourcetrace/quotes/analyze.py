"""The quotes stage over the store, incremental: quotations of documents not yet read, then groups.

Reads: documents, quotes_analyzed. Writes: quotes, entities, entity_titles, quotes_analyzed,
quote_groups, quote_variants. spaCy runs in worker processes (one model each); a document counts
as read only when its quotes are written, so an interrupted run is finished by the next.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from sourcetrace.nlp import load
from sourcetrace.parallel import ordered_map, worker_count
from sourcetrace.quotes import extract as extract_module
from sourcetrace.quotes import track as track_module
from sourcetrace.quotes.extract import Quote, extract_from_doc, parse
from sourcetrace.settings import Settings
from sourcetrace.store import Store

ALGORITHM = f"{extract_module.ALGORITHM}+{track_module.ALGORITHM}"
Progress = Callable[[str, int, int], None]
_model: dict[str, str] = {}


@dataclass(frozen=True)
class QuotesReport:
    documents: int
    quotes: int
    groups: int


def analyze_quotes(store: Store, settings: Settings, on_progress: Progress | None = None) -> QuotesReport:
    run_id = store.start_run("quotes", ALGORITHM, settings.as_dict())
    total = store.db.execute(
        "SELECT count(*) FROM documents WHERE id NOT IN (SELECT doc_id FROM quotes_analyzed)").fetchone()[0]
    reader = sqlite3.connect(store.path)
    rows = reader.execute("SELECT id, text FROM documents WHERE id NOT IN (SELECT doc_id FROM quotes_analyzed) "
                          "ORDER BY id")
    done = found = 0
    batch: list[tuple[int, list[Quote]]] = []
    workers = min(worker_count(settings.workers), max(1, total // 20))   # a model per worker is worth it
    for result in ordered_map(_extract, rows, workers, max_pending=8 * workers, initializer=_init,
                              initargs=(settings.spacy_model,)):
        batch.append(result)
        done += 1
        found += len(result[1])
        if len(batch) >= 50:
            _write(store.db, run_id, batch)
            if on_progress:
                on_progress("quotes", done, total)
    _write(store.db, run_id, batch)
    reader.close()
    refresh_speaker_counts(store.db)
    groups = track_module.rebuild_groups(store.db)
    report = QuotesReport(done, found, groups)
    store.finish_run(run_id, report.__dict__)
    return report


def refresh_speaker_counts(db: sqlite3.Connection) -> None:
    """Each entity's quotations and documents, stored so that the most quoted are read from an index."""
    with db:
        db.execute("UPDATE entities SET quotes = 0, documents = 0")
        db.execute("UPDATE entities SET (quotes, documents) = (SELECT count(*), count(DISTINCT q.doc_id) FROM quotes q"
                   " WHERE q.entity_id = entities.id) WHERE id IN (SELECT DISTINCT entity_id FROM quotes)")


def _init(model: str) -> None:
    _model["name"] = model
    load(model)


def _extract(row: tuple[int, str]) -> tuple[int, list[Quote]]:
    doc_id, text = row
    return doc_id, extract_from_doc(parse(load(_model["name"]), text), text)


def _write(db: sqlite3.Connection, run_id: int, batch: list[tuple[int, list[Quote]]]) -> None:
    with db:
        for doc_id, quotes in batch:
            db.execute("DELETE FROM entity_titles WHERE doc_id = ?", (doc_id,))
            db.execute("DELETE FROM quotes WHERE doc_id = ?", (doc_id,))
            for quote in quotes:
                entity = _entity(db, quote, doc_id)
                cue = quote.cue
                speaker = quote.speaker
                db.execute(
                    "INSERT INTO quotes(doc_id, start, end, kind, cue_start, cue_end, speaker_start, speaker_end, "
                    "entity_id, run_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (doc_id, quote.start, quote.end, quote.kind, cue.start if cue else None, cue.end if cue else None,
                     speaker.start if speaker else None, speaker.end if speaker else None, entity, run_id))
            db.execute("INSERT OR REPLACE INTO quotes_analyzed(doc_id, run_id) VALUES (?, ?)", (doc_id, run_id))
    batch.clear()


def _entity(db: sqlite3.Connection, quote: Quote, doc_id: int) -> int | None:
    """The speaker as one entity across the collection, keeping every title it was given."""
    if quote.speaker is None:
        return None
    name, kind = quote.speaker.name, quote.speaker.kind
    db.execute("INSERT OR IGNORE INTO entities(name, kind) VALUES (?, ?)", (name, kind))
    entity_id = int(db.execute("SELECT id FROM entities WHERE name = ? AND kind = ?", (name, kind)).fetchone()[0])
    for title in quote.speaker.titles:
        db.execute("INSERT OR IGNORE INTO entity_titles(entity_id, doc_id, title) VALUES (?, ?, ?)",
                   (entity_id, doc_id, title))
    return entity_id
