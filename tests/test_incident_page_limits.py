"""An incident told by many reports: the page shows each value's first sentences and says how many more."""

from __future__ import annotations

from pathlib import Path

from sourcetrace.store import open_store, queries


def _incident_with_sources(path: Path, sources: int) -> None:
    with open_store(path) as store, store.db as db:
        db.execute("PRAGMA foreign_keys = OFF")   # fact rows without their events: only the page's reads matter here
        for doc_id in range(1, sources + 1):
            db.execute("INSERT INTO documents(id, content_hash, text, format, word_count, added_at)"
                       " VALUES (?, ?, ?, 'txt', 5, '2024-01-01')",
                       (doc_id, f"h{doc_id}", f"Seven were detained {doc_id}."))
        db.execute("INSERT INTO incidents(id, type, reports, independent_sources, conflicts)"
                   " VALUES (1, 'detention', ?, 1, 0)", (sources,))
        db.execute("INSERT INTO incident_facts(id, incident_id, attribute, conflict, independent_sources)"
                   " VALUES (1, 1, 'count', 'conflict', 1)")
        rows = [(1, "7", d, d, 0, 22, "HRW", None) for d in range(1, sources)]
        rows.append((1, "8", sources, 0, 0, 22, "AP", None))
        db.executemany("INSERT INTO fact_sources(fact_id, value, doc_id, event_id, start, end, stands_for, echo_of)"
                       " VALUES (?,?,?,?,?,?,?,?)", rows)


def test_each_value_keeps_its_first_sentences_and_its_total(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    _incident_with_sources(path, 6)
    with open_store(path) as store:
        _, facts = queries.incident(store.db, 1, sources_each=2)
        values = {v.value: v for v in facts[0].values}
        assert [s.doc_id for s in values["7"].sources] == [1, 2] and values["7"].stated == 5
        assert [s.doc_id for s in values["8"].sources] == [6] and values["8"].stated == 1
        assert values["7"].sources[0].sentence == "Seven were detained 1."
        _, every = queries.incident(store.db, 1)
        assert len({v.value: v for v in every[0].values}["7"].sources) == 5
