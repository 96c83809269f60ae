"""Quotes over a store: extraction for every document, entities with their titles, quote groups
across the collection with variants, diffs and severities, and the CLI views of them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from sourcetrace import ingest
from sourcetrace.quotes.analyze import analyze_quotes
from sourcetrace.quotes.track import Version, compare_versions
from sourcetrace.settings import Settings
from sourcetrace.store import open_store, queries

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEEDS = ROOT.parent / "shared" / "seeds"


def version(text: str, doc_id: int = 1) -> Version:
    return Version(doc_id, 0, len(text), text, 1, "X", None)


BASE = "China should protect these seven people and never send them back to face torture"


@pytest.mark.parametrize(("variant", "severity"), [
    (BASE, "same"),
    ("China should protect these seven people, and never send them back to face torture.", "typographic"),
    ("these seven people and never send them back to face torture", "truncated"),
    ("China should protect these seven people and not send them back to face torture", "meaning changed"),
    ("China should protect these eight people and never send them back to face torture", "meaning changed"),
    ("China should protect these seven people and never return them to face torture", "words changed"),
    ("[Beijing] should protect these seven people and never send them back to face torture", "truncated"),
])
def test_severity_of_a_variant(variant: str, severity: str) -> None:
    assert compare_versions(version(BASE), version(variant, 2))[0] == severity


def test_dropped_qualifier_is_a_meaning_change() -> None:
    severity, changes, diff = compare_versions(version("little nutritious food or medical care"),
                                               version("little food or medical care", 2))
    assert severity == "meaning changed"
    assert changes == ["qualifier dropped: 'nutritious'"]
    assert diff == [["delete", "nutritious", ""]]


@pytest.fixture(scope="module")
def examples_store(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    settings = Settings.from_overrides({"workers": "1"})
    path = tmp_path_factory.mktemp("quotes") / "s.db"
    with open_store(path) as store:
        ingest.ingest_paths(store, [EXAMPLES], settings)
        analyze_quotes(store, settings)
    db = sqlite3.connect(path)
    yield db
    db.close()


def test_every_document_is_read_once(examples_store: sqlite3.Connection) -> None:
    assert examples_store.execute("SELECT count(*) FROM quotes_analyzed").fetchone()[0] == 12
    assert examples_store.execute("SELECT count(*) FROM quotes").fetchone()[0] > 60


def test_copied_quote_is_one_group_across_three_reports(examples_store: sqlite3.Connection) -> None:
    groups = [g for g in queries.quote_groups(examples_store) if "choice to make this week" in g.base_text]
    assert len(groups) == 1
    group = groups[0]
    assert group.base_label == "a1_release.txt" and group.speakers == ["Anneke Vos"]
    assert {v.label for v in group.variants} == {"a1_release.txt", "a2_news_daily.html", "a3_news_wire.html"}
    assert group.worst_severity == "truncated"


def test_shortened_quote_is_flagged_truncated(examples_store: sqlite3.Connection) -> None:
    group = next(g for g in queries.quote_groups(examples_store) if g.base_text.startswith("We are calling on"))
    shortened = next(v for v in group.variants if v.label == "a2_news_daily.html")
    assert shortened.severity == "truncated"


def test_speakers_keep_titles_with_their_documents(examples_store: sqlite3.Connection) -> None:
    vos = next(s for s in queries.speakers(examples_store) if s.name == "Anneke Vos")
    assert vos.kind == "person" and vos.documents == 3
    assert any("deputy director" in title for title, _ in vos.titles)


def test_rerun_reads_nothing_again(tmp_path: Path) -> None:
    settings = Settings.from_overrides({"workers": "1"})
    with open_store(tmp_path / "s.db") as store:
        ingest.ingest_paths(store, [EXAMPLES / "a1_release.txt", EXAMPLES / "a2_news_daily.html"], settings)
        first = analyze_quotes(store, settings)
        quotes = store.db.execute("SELECT * FROM quotes ORDER BY id").fetchall()
        second = analyze_quotes(store, settings)
        assert (first.documents, second.documents) == (2, 0)
        assert store.db.execute("SELECT * FROM quotes ORDER BY id").fetchall() == quotes


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")
def test_seeds_quote_tracking(tmp_path: Path) -> None:
    settings = Settings.from_overrides({"workers": "1"})
    with open_store(tmp_path / "s.db") as store:
        ingest.ingest_paths(store, [SEEDS], settings)
        analyze_quotes(store, settings)
        groups = list(queries.quote_groups(store.db))
    release = next(SEEDS.glob("002_*")).name
    article = next(SEEDS.glob("000_*")).name
    # The HRW quote in the article is matched to the release's own prose, with its dropped qualifier.
    prose = [g for g in groups if any(not v.is_quote and v.label == release for v in g.variants)
             and any(v.label == article and any("qualifier dropped" in c for c in v.changes) for v in g.variants)]
    assert len(prose) == 1 and prose[0].base_label == release
    # Robertson's quote with a comma added is grouped with its original and marked typographic.
    robertson = [g for g in groups if g.speakers == ["Phil Robertson"] and g.worst_severity == "typographic"]
    assert len(robertson) == 1
    assert {v.label for v in robertson[0].variants} == {release, article}


def test_cli_quotes_and_speakers_views(examples_store: sqlite3.Connection, tmp_path: Path, run_cli) -> None:
    db = tmp_path / "s.db"
    assert run_cli("--db", str(db), "add", str(EXAMPLES))[0] == 0
    assert run_cli("--db", str(db), "analyze", "--stages", "quotes", "--set", "workers=1")[0] == 0
    code, out, _ = run_cli("--db", str(db), "quotes", "--format", "json")
    groups = json.loads(out)["quote_groups"]
    assert code == 0 and all(len(g["variants"]) >= 2 for g in groups)
    code, out, _ = run_cli("--db", str(db), "speakers")
    assert code == 0 and "Anneke Vos" in out


def test_a_changed_name_is_a_meaning_change() -> None:
    severity, changes, _ = compare_versions(version("China should protect Choi and the seven North Koreans"),
                                            version("China should protect Kang and the seven North Koreans", 2))
    assert severity == "meaning changed" and "name changed: 'kang'" in changes
