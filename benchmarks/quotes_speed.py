"""Words per second of `sourcetrace.quotes.extract_quotes` (spaCy included) on one core.

The gold texts are repeated until they hold at least --words words (whitespace-separated), one
warm-up call loads the model, then every text is extracted in turn. The process is pinned to one
CPU and the numeric libraries to one thread, so the figure is per core. An extractor that cached
results by text would inflate it, because the texts repeat.

Usage: python benchmarks/quotes_speed.py [--words 50000] [--gold DIR]   (target: >= 4,000 words/s)
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold" / "quotes"
THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")
TARGET = 4000


def one_core() -> None:
    """Pin this process to one CPU; must run before numpy/spaCy are imported."""
    for var in THREAD_VARS:
        os.environ[var] = "1"
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def corpus(gold_dir: Path, min_words: int) -> list[str]:
    """The gold texts, repeated in order until they hold at least `min_words` words."""
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(gold_dir.glob("[0-9][0-9][0-9]_*.json"))]
    if not texts:
        raise SystemExit(f"no gold documents in {gold_dir}")
    out: list[str] = []
    words = 0
    while words < min_words:
        text = texts[len(out) % len(texts)]
        out.append(text)
        words += len(text.split())
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000, help="at least this many words (default: %(default)s)")
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold directory (default: %(default)s)")
    args = parser.parse_args(argv)
    one_core()
    from sourcetrace.quotes import extract_quotes  # after pinning: it imports spaCy and numpy

    texts = corpus(args.gold, args.words)
    extract_quotes(texts[0])  # warm-up: loads the model
    words = sum(len(text.split()) for text in texts)
    wall, cpu = time.perf_counter(), time.process_time()
    found = sum(len(extract_quotes(text)) for text in texts)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"documents {len(texts)}  words {words}  quotes {found}")
    print(f"seconds {wall:.2f} (cpu {cpu:.2f})  words/s {words / wall:,.0f}  target {TARGET:,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
