"""Exports of the store: JSON (everything, streamed) and CSV (one table). Only reads the store.

With a redactor, every string of every row goes through it: names and places marked at risk
never reach the file."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import asdict
from typing import Any, TextIO

from sourcetrace.facts.redact import NO_REDACTION, Redactor, redact_data
from sourcetrace.store import queries

CSV_TABLES: dict[str, Callable[[sqlite3.Connection], Iterator[dict[str, Any]]]] = {
    "documents": lambda db: (vars(r) for r in queries.documents(db)),
    "relations": lambda db: (vars(r) | {"evidence": json.dumps(r.evidence)}
                             for r in queries.relations(db, order_by_strength=False)),
    "passages": queries.passages,
    "quotes": queries.quotes_rows,
    "speakers": lambda db: ({**asdict(r), "titles": json.dumps(r.titles, ensure_ascii=False)}
                            for r in queries.speakers(db)),
    "events": queries.event_rows,
    "incidents": lambda db: (vars(r) for r in queries.incidents(db)),
    "facts": queries.fact_rows,
}


def export_json(db: sqlite3.Connection, stream: TextIO, redactor: Redactor = NO_REDACTION) -> None:
    """One JSON object, written one record at a time so a large store exports in bounded memory."""
    stream.write('{"summary": ' + json.dumps(queries.summary(db)) + ', "redacted": ' + json.dumps(bool(redactor)))
    sections: dict[str, Iterator[Any]] = {
        "documents": (vars(row) for row in queries.documents(db)),
        "relations": (vars(row) for row in queries.relations(db, order_by_strength=False)),
        "passages": queries.passages(db),
        "quotes": queries.quotes_rows(db),
        "quote_groups": (asdict(g) for g in queries.quote_groups(db, None, 1)),
        "speakers": (asdict(r) for r in queries.speakers(db)),
        "events": queries.event_rows(db),
        "incidents": (vars(r) for r in queries.incidents(db)),
        "facts": queries.fact_rows(db),
    }
    for name, rows in sections.items():
        stream.write(f', "{name}": [')
        for index, row in enumerate(rows):
            stream.write(("," if index else "") + "\n" + json.dumps(redact_data(row, redactor), ensure_ascii=False))
        stream.write("]")
    stream.write("}\n")


def export_csv(db: sqlite3.Connection, table: str, stream: TextIO, redactor: Redactor = NO_REDACTION) -> None:
    writer: csv.DictWriter | None = None
    for row in (redact_data(r, redactor) for r in CSV_TABLES[table](db)):
        if writer is None:
            writer = csv.DictWriter(stream, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(row)
