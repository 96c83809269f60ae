"""Workbench response times on a large store: p50/p95 per page over repeated requests.

    python benchmarks/web_speed.py [--db benchmarks/out/planted-100000/store.db] [--requests 30]

Uses the store `benchmarks/run.py` leaves behind (100k planted documents, reuse analyzed); requests
go through the whole app in-process (routing, queries, templates), one at a time.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import time
from pathlib import Path

from starlette.testclient import TestClient

from sourcetrace.web import create_app

DEFAULT_DB = Path(__file__).resolve().parent / "out" / "planted-100000" / "store.db"


def pages(db_path: Path, count: int, rng: random.Random) -> dict[str, list[str]]:
    db = sqlite3.connect(db_path)
    documents = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    pairs = db.execute("SELECT a_doc, b_doc FROM relations ORDER BY random() LIMIT ?", (count,)).fetchall()
    words = [w for (t,) in db.execute("SELECT substr(text, 1, 200) FROM documents ORDER BY random() LIMIT ?",
                                       (count,)) for w in t.split()[3:4]]
    db.close()
    docs = [rng.randint(1, documents) for _ in range(count)]
    return {
        "collection": ["/"] * count,
        "collection page 50": ["/?page=50"] * count,
        "collection by date, March 2024": ["/?sort=published&from=2024-03-01&to=2024-03-31"] * count,
        "collection by words": ["/?sort=words"] * count,
        "search": [f"/?q={word.strip('.,')}" for word in words],
        "document": [f"/documents/{d}" for d in docs],
        "compare": [f"/compare/{a}/{b}" for a, b in pairs],
        "graph": ["/graph"] * count,
        "quotes": ["/quotes"] * count,
        "speakers": ["/speakers"] * count,
        "api document": [f"/api/documents/{d}" for d in docs],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--requests", type=int, default=30)
    args = parser.parse_args()
    client = TestClient(create_app(args.db))
    rng = random.Random(7)
    documents = sqlite3.connect(args.db).execute("SELECT count(*) FROM documents").fetchone()[0]
    print(f"{documents:,} documents in {args.db}")
    print("| page | requests | p50 ms | p95 ms | max ms |\n| --- | ---: | ---: | ---: | ---: |")
    for name, paths in pages(args.db, args.requests, rng).items():
        client.get(paths[0])   # warm caches once, as a user's second click would
        timings = []
        for path in paths:
            started = time.perf_counter()
            response = client.get(path)
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (path, response.status_code)
        timings.sort()
        p95 = timings[min(len(timings) - 1, int(0.95 * len(timings)))]
        print(f"| {name} | {len(timings)} | {statistics.median(timings):.0f} | {p95:.0f} | {timings[-1]:.0f} |")


if __name__ == "__main__":
    main()
