"""The stage list names real algorithms and real tables, and the CLI starts without loading spaCy."""

from __future__ import annotations

import subprocess
import sys

from sourcetrace.pipeline import STAGES
from sourcetrace.quotes.analyze import ALGORITHM as QUOTES_ALGORITHM
from sourcetrace.settings import check_table_matches_dataclass
from sourcetrace.store import open_store


def test_stages_read_and_write_tables_of_the_schema(tmp_path) -> None:
    with open_store(tmp_path / "s.db") as store:
        tables = {row[0] for row in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for stage in STAGES:
        assert set(stage.reads) | set(stage.writes) <= tables, stage.name


def test_quotes_stage_names_its_algorithm() -> None:
    assert next(s for s in STAGES if s.name == "quotes").algorithm == QUOTES_ALGORITHM


def test_settings_table_matches_the_settings_object() -> None:
    check_table_matches_dataclass()


def test_cli_starts_without_spacy() -> None:
    code = "import sys, sourcetrace.cli; print('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"


def test_incident_queries_take_id_sets_beyond_sqlites_variable_limit(tmp_path) -> None:
    """An incident told by thousands of reports has more events than SQLite binds in one IN (...)."""
    import sqlite3

    from sourcetrace.facts.analyze import _id_set

    db = sqlite3.connect(tmp_path / "ids.db")
    db.execute("CREATE TABLE events (id INTEGER PRIMARY KEY)")
    db.executemany("INSERT INTO events VALUES (?)", ((i,) for i in range(50_000)))
    chosen = _id_set(db, "many", range(0, 50_000, 1))
    assert db.execute(f"SELECT count(*) FROM events WHERE id IN {chosen}").fetchone()[0] == 50_000
