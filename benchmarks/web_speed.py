"""Workbench response times on a large store: p50/p95 per page over repeated requests.

    python benchmarks/web_speed.py [--db benchmarks/out/planted-100000/store.db] [--requests 30]

Uses the store `benchmarks/run.py` leaves behind (100k planted documents, reuse analyzed); requests
go through the whole app in-process (routing, queries, templates), one at a time. That store has
read no quotations or incidents: for the Quotes, Speakers and Incidents pages, fill a copy with
`python benchmarks/web_populate.py` and pass `--db benchmarks/out/planted-100000/store-quotes.db`.
A page whose table is empty (or missing, in an older store) is listed as such, not timed.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from starlette.testclient import TestClient

from sourcetrace.web import create_app

DEFAULT_DB = Path(__file__).resolve().parent / "out" / "planted-100000" / "store.db"
TARGET_MS = 300


@dataclass(frozen=True)
class Page:
    name: str
    paths: list[str]
    table: str = "documents"    # what the page shows: nothing to time while it is empty


def rows_in(db: sqlite3.Connection, table: str) -> int | None:
    """Rows in `table`, or None when the store has no such table (a schema before that stage)."""
    try:
        return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except sqlite3.OperationalError:
        return None


def pages(db_path: Path, count: int, rng: random.Random) -> list[Page]:
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    documents = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    pairs = db.execute("SELECT a_doc, b_doc FROM relations ORDER BY random() LIMIT ?", (count,)).fetchall()
    words = [w for (t,) in db.execute("SELECT substr(text, 1, 200) FROM documents ORDER BY random() LIMIT ?",
                                       (count,)) for w in t.split()[3:4]]
    incident_ids = [i for (i,) in db.execute("SELECT id FROM incidents")] if rows_in(db, "incidents") else []
    # The incidents page lists the best-sourced first: the ones a user clicks first are the largest.
    top = [i for (i,) in db.execute("SELECT id FROM incidents ORDER BY independent_sources DESC, reports DESC,"
                                    " date_start DESC, id LIMIT ?", (count,))] if incident_ids else []
    db.close()
    docs = [rng.randint(1, documents) for _ in range(count)]
    incidents = rng.choices(incident_ids, k=count) if incident_ids else []
    return [
        Page("collection", ["/"] * count),
        Page("collection page 50", ["/?page=50"] * count),
        Page("collection by date, March 2024", ["/?sort=published&from=2024-03-01&to=2024-03-31"] * count),
        Page("collection by words", ["/?sort=words"] * count),
        Page("search", [f"/?q={word.strip('.,')}" for word in words]),
        Page("document", [f"/documents/{d}" for d in docs]),
        Page("compare", [f"/compare/{a}/{b}" for a, b in pairs], "relations"),
        Page("graph", ["/graph"] * count),
        Page("quotes", ["/quotes"] * count, "quote_groups"),
        Page("quotes by severity", ["/quotes?severity=truncated"] * count, "quote_groups"),
        Page("speakers", ["/speakers"] * count, "quotes"),
        Page("incidents", ["/incidents"] * count, "incidents"),
        Page("incidents of a type", ["/incidents?type=detention"] * count, "incidents"),
        Page("incident", [f"/incidents/{i}" for i in incidents], "incidents"),
        Page("incident, top of the list", [f"/incidents/{i}" for i in top], "incidents"),
        Page("api document", [f"/api/documents/{d}" for d in docs]),
        Page("api incident", [f"/api/incidents/{i}" for i in incidents], "incidents"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--requests", type=int, default=30)
    args = parser.parse_args()
    client = TestClient(create_app(args.db))
    rng = random.Random(7)
    db = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    tables = ("documents", "quotes", "quote_groups", "entities", "events", "incidents", "fact_sources")
    counts = {table: rows_in(db, table) for table in tables}
    print(f"{args.db}: " + ", ".join(f"{n:,} {t}" if n is not None else f"no {t} table" for t, n in counts.items()))
    print("| page | requests | p50 ms | p95 ms | max ms |\n| --- | ---: | ---: | ---: | ---: |")
    over = []
    for page in pages(args.db, args.requests, rng):
        rows = counts[page.table] if page.table in counts else rows_in(db, page.table)
        if not rows or not page.paths:
            state = f"no {page.table} table in this store" if rows is None else f"{page.table} is empty"
            print(f"| {page.name} | not timed: {state} | | | |")
            continue
        client.get(page.paths[0])   # warm caches once, as a user's second click would
        timings = []
        for path in page.paths:
            started = time.perf_counter()
            response = client.get(path)
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (path, response.status_code)
        timings.sort()
        p95 = timings[min(len(timings) - 1, int(0.95 * len(timings)))]
        if p95 > TARGET_MS:
            over.append(page.name)
        print(f"| {page.name} | {len(timings)} | {statistics.median(timings):.0f} | {p95:.0f} | {timings[-1]:.0f} |")
    db.close()
    print(f"p95 over {TARGET_MS} ms: {', '.join(over) if over else 'none'}")


if __name__ == "__main__":
    main()
