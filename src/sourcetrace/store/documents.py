"""Reads and writes of the documents and origins tables (written by ingest, read by every stage)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from sourcetrace.store.connection import Store, now


@dataclass(frozen=True)
class NewDocument:
    """One document as ingest hands it to the store."""

    origin: str
    external_id: str | None
    text: str
    content_hash: str
    format: str
    word_count: int
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    date_precision: str = "unknown"
    date_source: str | None = None


@dataclass(frozen=True)
class WriteOutcome:
    added: int = 0        # new documents
    duplicates: int = 0   # new origins of a text already stored
    unchanged: int = 0    # origins already stored


def known_origins(store: Store, origins: Iterable[str]) -> set[str]:
    """Which of these origins are already stored (so a re-run skips them)."""
    wanted = list(origins)
    found: set[str] = set()
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        marks = ",".join("?" * len(chunk))
        rows = store.db.execute(f"SELECT origin FROM origins WHERE origin IN ({marks})", chunk)
        found.update(row[0] for row in rows)
    return found


def write_documents(store: Store, batch: list[NewDocument]) -> WriteOutcome:
    """Write one batch in one transaction: a document and its origin land together or not at all."""
    added = duplicates = unchanged = 0
    with store.db:
        for doc in batch:
            if _origin_exists(store.db, doc.origin):
                unchanged += 1
                continue
            existing = store.db.execute(
                "SELECT id FROM documents WHERE content_hash = ?", (doc.content_hash,)
            ).fetchone()
            if existing is None:
                doc_id = _insert_document(store.db, doc)
                added += 1
            else:
                doc_id = int(existing[0])
                duplicates += 1
            store.db.execute(
                "INSERT INTO origins(doc_id, origin, external_id, added_at) VALUES (?,?,?,?)",
                (doc_id, doc.origin, doc.external_id, now()),
            )
    return WriteOutcome(added, duplicates, unchanged)


def _origin_exists(db: sqlite3.Connection, origin: str) -> bool:
    return db.execute("SELECT 1 FROM origins WHERE origin = ?", (origin,)).fetchone() is not None


def _insert_document(db: sqlite3.Connection, doc: NewDocument) -> int:
    cursor = db.execute(
        """INSERT INTO documents(content_hash, text, title, byline, outlet, url, published,
               date_precision, date_source, format, word_count, added_at)
           VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""",
        (doc.content_hash, doc.text, doc.title, doc.byline, doc.outlet, doc.url, doc.published,
         doc.date_precision, doc.date_source, doc.format, doc.word_count, now()),
    )
    return int(cursor.lastrowid or 0)


def index_new_documents(store: Store) -> int:
    """Add documents not yet in the full-text index, in one statement (far faster than per row)."""
    with store.db:
        through = int(store.db.execute("SELECT value FROM meta WHERE key = 'fts_indexed_through'").fetchone()[0])
        newest = int(store.db.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0])
        if newest > through:
            store.db.execute("INSERT INTO documents_fts(rowid, title, text) SELECT id, title, text FROM documents "
                             "WHERE id > ?", (through,))
            store.db.execute("UPDATE meta SET value = ? WHERE key = 'fts_indexed_through'", (str(newest),))
    return newest - through
