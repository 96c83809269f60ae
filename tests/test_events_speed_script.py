"""benchmarks/events_speed.py still runs: a tiny grouping store is built, regrouped, and the figures are printed."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "events_speed.py"


def test_build_and_rebuild_print_their_figures(tmp_path: Path) -> None:
    store = tmp_path / "events-300.sqlite"
    command = [sys.executable, str(SCRIPT), "--part", "grouping", "--documents", "300", "--store", str(store)]
    run = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    figures = re.search(r"documents (\d+)\s+events (\d+)\s+incidents (\d+)", run.stdout)
    assert figures, run.stdout
    documents, events, incidents = map(int, figures.groups())
    assert documents == 300
    assert events > documents
    assert 0 < incidents <= events
    assert re.search(r"seconds \d+\.\d", run.stdout)
    assert re.search(r"peak RSS \d+ MB", run.stdout)
    b3 = re.search(r"B3 against the (\d+) planted occurrences \(by events\): precision ([\d.]+)  recall ([\d.]+)",
                   run.stdout)
    assert b3, run.stdout
    assert int(b3.group(1)) > 1 and 0 < float(b3.group(2)) <= 1 and 0 < float(b3.group(3)) <= 1
    db = sqlite3.connect(store)
    derived = db.execute("SELECT count(*) FROM relations WHERE verdict = 'partially derived'").fetchone()[0]
    passages = db.execute("SELECT count(*) FROM passages").fetchone()[0]
    assert derived == passages > 0   # echo lookups have copies to follow
    assert db.execute("SELECT count(DISTINCT substr(published, 1, 4)) FROM documents").fetchone()[0] >= 5
