"""`events` on files without a store: the files go through the real pipeline in a throwaway store.

Echoes need the reuse stage and attributions need the quotes reader, so the contract runs the
same stages a collection runs — ingest, reuse, facts — in a temporary SQLite file, then reads
the result back per file.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sourcetrace import contracts, ingest, reuse
from sourcetrace.errors import InputError
from sourcetrace.facts.analyze import analyze_facts
from sourcetrace.settings import Settings
from sourcetrace.store import open_store


def events_for_files(paths: list[Path], settings: Settings,
                     on_error: Callable[[InputError], None] | None = None) -> dict[str, Any]:
    files = [path.resolve() for path in paths]
    with tempfile.TemporaryDirectory(prefix="sourcetrace-events-") as folder:
        store = open_store(Path(folder) / "events.sqlite")
        try:
            ingest.ingest_paths(store, files, settings, on_error=on_error)
            reuse.analyze(store, settings)
            analyze_facts(store, settings)
            doc_of = dict(store.db.execute("SELECT origin, doc_id FROM origins"))
            return contracts.events_json(store.db, [(str(path), doc_of.get(str(path))) for path in files])
        finally:
            store.close()
