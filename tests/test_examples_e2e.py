"""End to end on the bundled collection: exact relations, verdicts, directions and families.

The intended ground truth is written down in tests/gold/examples.md.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sourcetrace import ingest, reuse
from sourcetrace.settings import Settings
from sourcetrace.store import open_store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# (source, derived) → verdict; a None source means "no direction: siblings of a common source".
EXPECTED_DERIVED = {
    ("a1_release.txt", "a2_news_daily.html"): "partially derived",
    ("a1_release.txt", "a3_news_wire.html"): "partially derived",
    ("b1_wire.txt", "b2_republish.html"): "wholly derived",
    ("b1_wire.txt", "wire_feed.jsonl:1"): "wholly derived",
}
SIBLINGS = {frozenset({"b2_republish.html", "wire_feed.jsonl:1"}): "wholly derived"}
FAMILIES = [
    {"a1_release.txt", "a2_news_daily.html", "a3_news_wire.html"},
    {"b1_wire.txt", "b2_republish.html", "wire_feed.jsonl:1"},
    {"a4_local.md"}, {"c1_fire.txt"}, {"u1_tech_review.txt"},
    {"wire_feed.jsonl:3"}, {"wire_feed.jsonl:4"}, {"wire_feed.jsonl:5"},
]


@pytest.fixture(scope="module")
def analyzed(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    settings = Settings.from_overrides({"workers": "1"})
    path = tmp_path_factory.mktemp("examples") / "store.db"
    with open_store(path) as store:
        report = ingest.ingest_paths(store, [EXAMPLES], settings)
        assert report.errors == []
        reuse.analyze(store, settings)
    db = sqlite3.connect(path)
    yield db
    db.close()


def labels(db: sqlite3.Connection) -> dict[int, str]:
    rows = db.execute("SELECT doc_id, origin FROM origins ORDER BY rowid")
    names: dict[int, str] = {}
    for doc_id, origin in rows:
        names.setdefault(doc_id, origin.rsplit("/", 1)[-1])
    return names


def test_exact_duplicate_is_stored_once_with_both_origins(analyzed: sqlite3.Connection) -> None:
    assert analyzed.execute("SELECT count(*) FROM documents").fetchone()[0] == 12
    origins = [o.rsplit("/", 1)[-1] for (o,) in analyzed.execute(
        "SELECT origin FROM origins WHERE doc_id = (SELECT doc_id FROM origins WHERE origin LIKE '%b1_wire.txt')")]
    assert sorted(origins) == ["b1_wire.txt", "wire_feed.jsonl:2"]


def test_derived_pairs_have_expected_verdict_and_direction(analyzed: sqlite3.Connection) -> None:
    names = labels(analyzed)
    found = {}
    for a_doc, b_doc, verdict, source in analyzed.execute(
            "SELECT a_doc, b_doc, verdict, source_doc FROM relations WHERE verdict != 'independent'"):
        if source is None:
            found[frozenset({names[a_doc], names[b_doc]})] = verdict
        else:
            derived = b_doc if source == a_doc else a_doc
            found[(names[source], names[derived])] = verdict
    assert found == EXPECTED_DERIVED | SIBLINGS


def test_no_relation_touches_independent_reports(analyzed: sqlite3.Connection) -> None:
    names = labels(analyzed)
    loners = {"a4_local.md", "c1_fire.txt", "u1_tech_review.txt", "wire_feed.jsonl:3", "wire_feed.jsonl:4",
              "wire_feed.jsonl:5"}
    for a_doc, b_doc in analyzed.execute("SELECT a_doc, b_doc FROM passages"):
        assert not {names[a_doc], names[b_doc]} & loners


def test_site_boilerplate_does_not_relate_two_articles_of_one_site(analyzed: sqlite3.Connection) -> None:
    names = {v: k for k, v in labels(analyzed).items()}
    pair = sorted((names["a2_news_daily.html"], names["b2_republish.html"]))
    assert analyzed.execute("SELECT count(*) FROM passages WHERE a_doc = ? AND b_doc = ?", pair).fetchone()[0] == 0


def test_families_count_independent_sources(analyzed: sqlite3.Connection) -> None:
    names = labels(analyzed)
    groups: dict[int, set[str]] = {}
    for doc_id, family in analyzed.execute("SELECT doc_id, family_id FROM families"):
        groups.setdefault(family, set()).add(names[doc_id])
    assert sorted(map(sorted, groups.values())) == sorted(map(sorted, FAMILIES))


def test_release_to_article_has_copied_quotes_paraphrase_and_reordering(analyzed: sqlite3.Connection) -> None:
    names = {v: k for k, v in labels(analyzed).items()}
    a1, a2 = names["a1_release.txt"], names["a2_news_daily.html"]
    rows = analyzed.execute("SELECT a_start, b_start, kind FROM passages WHERE a_doc = ? AND b_doc = ? "
                            "ORDER BY a_start", (min(a1, a2), max(a1, a2))).fetchall()
    kinds = {kind for _, _, kind in rows}
    assert {"verbatim", "near", "paraphrase"} <= kinds
    b_order = [b_start for _, b_start, _ in rows]
    assert b_order != sorted(b_order), "a2 reorders a1's paragraphs: passage order must differ"


def test_reanalyzing_changes_nothing(tmp_path: Path) -> None:
    settings = Settings.from_overrides({"workers": "1"})
    with open_store(tmp_path / "s.db") as store:
        ingest.ingest_paths(store, [EXAMPLES], settings)
        first = reuse.analyze(store, settings)
        before = store.db.execute("SELECT * FROM relations ORDER BY a_doc, b_doc").fetchall()
        second = reuse.analyze(store, settings)
        after = store.db.execute("SELECT * FROM relations ORDER BY a_doc, b_doc").fetchall()
    assert first.new_documents == 12 and second.new_documents == 0
    assert [tuple(r)[:-1] for r in before] == [tuple(r)[:-1] for r in after]


def test_incremental_analysis_compares_only_the_new_report(tmp_path: Path) -> None:
    settings = Settings.from_overrides({"workers": "1"})
    with open_store(tmp_path / "s.db") as store:
        ingest.ingest_paths(store, [p for p in sorted(EXAMPLES.iterdir()) if p.name != "a2_news_daily.html"],
                            settings)
        reuse.analyze(store, settings)
        ingest.ingest_paths(store, [EXAMPLES / "a2_news_daily.html"], settings)
        report = reuse.analyze(store, settings)
        assert report.new_documents == 1
        assert report.candidate_pairs <= 3   # a2 against its relatives only, not all pairs again
        assert report.families == 8
