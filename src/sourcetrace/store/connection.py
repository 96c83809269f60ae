"""Opening the store: WAL mode, migrations to the current schema, runs bookkeeping."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from sourcetrace.errors import StoreError


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("sourcetrace.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            found.append((int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8")))
    return sorted(found)


SCHEMA_VERSION = max(version for version, _ in _migrations())


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """A connection to the store file plus the few writes every stage shares (runs)."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.db = connection
        self.path = path

    def close(self) -> None:
        # Fold the write-ahead log back into the file, so the .db alone is the whole store
        # (users copy it, mail it, open it in other SQLite tools).
        with contextlib.suppress(sqlite3.OperationalError):
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def start_run(self, stage: str, algorithm: str, settings: dict[str, Any]) -> int:
        with self.db:
            cursor = self.db.execute(
                "INSERT INTO runs(stage, algorithm, settings, started_at, status) VALUES (?,?,?,?,?)",
                (stage, algorithm, json.dumps(settings, sort_keys=True), now(), "running"),
            )
        return int(cursor.lastrowid or 0)

    def finish_run(self, run_id: int, stats: dict[str, Any], status: str = "done") -> None:
        with self.db:
            self.db.execute(
                "UPDATE runs SET finished_at = ?, status = ?, stats = ? WHERE id = ?",
                (now(), status, json.dumps(stats, sort_keys=True), run_id),
            )

    def count(self, table: str) -> int:
        return int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def open_store(path: str | Path, *, create: bool = True, readonly: bool = False) -> Store:
    """Open (and create or migrate) the store; refuse a file that is not a sourcetrace store."""
    path = Path(path)
    if not path.exists() and not create:
        raise StoreError(f"{path}: no store here; run 'sourcetrace add' first")
    try:
        if readonly:
            connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
        else:
            connection = sqlite3.connect(path, timeout=30)
        connection.row_factory = sqlite3.Row
        if not readonly:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute("PRAGMA cache_size=-262144")  # 256 MiB: FTS merges stay in memory
            connection.execute("PRAGMA temp_store=MEMORY")
        connection.execute("PRAGMA foreign_keys=ON")
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a sourcetrace store ({exc})") from exc
    if version > SCHEMA_VERSION:
        raise StoreError(f"{path}: store schema v{version} is newer than this sourcetrace (v{SCHEMA_VERSION})")
    if version < SCHEMA_VERSION and not readonly:
        _migrate(connection, version)
    return Store(connection, path)


def _migrate(connection: sqlite3.Connection, version: int) -> None:
    for number, script in _migrations():
        if number <= version:
            continue
        # executescript commits first; the version bump is part of the same script so a crash
        # mid-migration leaves the old version number and the migration re-runs.
        connection.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
