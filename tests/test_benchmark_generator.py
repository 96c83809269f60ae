"""The benchmark generator plants what its truth says, and the scorer rewards exactly that.

A wrong truth file would silently mis-measure every reuse figure the team reports, so the
generator's invariants and the scorer's matching rule are pinned here on a small collection.
"""

from __future__ import annotations

import difflib
import importlib.util
import json
import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
SCHEMA = ROOT / "src" / "sourcetrace" / "store" / "migrations" / "001_initial.sql"
COPIED = ("verbatim", "reordered", "short_quote")
TOOL_KIND = {"near": "near", "paraphrase": "paraphrase"}


def _load(name: str) -> ModuleType:
    """Benchmarks are scripts, not a package: load them by path under a private name."""
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))  # generate.py imports its sibling synthtext.py
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


gen = _load("generate")
scorer = _load("score")


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def collection(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bench")
    gen.generate(50, out, seed=3)
    return out


@pytest.fixture(scope="module")
def docs(collection: Path) -> dict[str, dict]:
    return {row["id"]: row for row in _read(collection / "docs-00000.jsonl")}


@pytest.fixture(scope="module")
def truth(collection: Path) -> list[dict]:
    return _read(collection / "truth.jsonl")


def _texts(row: dict, docs: dict[str, dict]) -> tuple[str, str]:
    src = docs[row["src"]]["text"][row["src_start"] : row["src_end"]]
    dst = docs[row["dst"]]["text"][row["dst_start"] : row["dst_end"]]
    return src, dst


def test_every_kind_is_planted(truth: list[dict]) -> None:
    assert set(Counter(row["kind"] for row in truth)) == set(scorer.TRUTH_KINDS)
    assert any(row["dst_start"] == 0 for row in truth)


def test_copied_spans_are_identical(truth: list[dict], docs: dict[str, dict]) -> None:
    for row in (r for r in truth if r["kind"] in COPIED):
        src, dst = _texts(row, docs)
        assert src == dst and len(src.split()) >= 5, row


def test_short_quotes_sit_inside_quotation_marks(truth: list[dict], docs: dict[str, dict]) -> None:
    for row in (r for r in truth if r["kind"] == "short_quote"):
        text = docs[row["dst"]]["text"]
        assert text[row["dst_start"] - 1] in "“\"" and text[row["dst_end"]] in "”\"", row


def test_near_spans_are_similar_but_edited(truth: list[dict], docs: dict[str, dict]) -> None:
    for row in (r for r in truth if r["kind"] == "near"):
        src, dst = _texts(row, docs)
        ratio = difflib.SequenceMatcher(None, src.split(), dst.split(), autojunk=False).ratio()
        assert 0.7 < ratio < 1.0, row


def test_paraphrases_keep_names_and_numbers(truth: list[dict], docs: dict[str, dict]) -> None:
    names = gen.build_vocabulary().names

    def kept(text: str) -> Counter:
        return Counter(w for w in re.findall(r"[^\W_]+", text) if w in names or w[0].isdigit())

    for row in (r for r in truth if r["kind"] == "paraphrase"):
        src, dst = _texts(row, docs)
        assert src != dst and kept(src) == kept(dst) and len(src.split()) >= 8, row


def test_only_truth_pairs_share_text(collection: Path, truth: list[dict], docs: dict[str, dict]) -> None:
    """Siblings copied from one source, or chains A->B->C, must not share text the truth omits."""
    footer_start = {row["doc"]: row["start"] for row in _read(collection / "boilerplate.jsonl")}
    seen: dict[str, str] = {}
    sharing = set()
    for doc_id, row in docs.items():
        words = re.findall(r"[^\W_]+", row["text"][: footer_start.get(doc_id)].lower())
        for k in range(len(words) - 7):
            other = seen.setdefault(" ".join(words[k : k + 8]), doc_id)
            if other != doc_id:
                sharing.add(frozenset((other, doc_id)))
    assert sharing and sharing <= {frozenset((r["src"], r["dst"])) for r in truth}


def test_a_wholly_derived_document_exists(truth: list[dict], docs: dict[str, dict]) -> None:
    covered = Counter()
    for row in truth:
        covered[row["dst"]] += row["dst_end"] - row["dst_start"]
    assert any(n >= 0.8 * len(docs[dst]["text"]) for dst, n in covered.items())


def test_sources_are_published_first(truth: list[dict], docs: dict[str, dict]) -> None:
    assert all(docs[r["src"]]["published"] < docs[r["dst"]]["published"] for r in truth)


def test_boilerplate_is_a_shared_footer_and_never_truth(collection: Path, truth: list[dict],
                                                        docs: dict[str, dict]) -> None:
    footers = _read(collection / "boilerplate.jsonl")
    assert footers
    for row in footers:
        text = docs[row["doc"]]["text"]
        assert text[row["start"] : row["end"]] in gen.FOOTERS and row["end"] == len(text)
        for t in truth:
            for doc, _start, end in ((t["src"], t["src_start"], t["src_end"]),
                                    (t["dst"], t["dst_start"], t["dst_end"])):
                assert doc != row["doc"] or end <= row["start"], (t, row)


def test_same_seed_same_files_other_seed_other_files(tmp_path: Path, collection: Path) -> None:
    gen.generate(50, tmp_path / "again", seed=3)
    gen.generate(50, tmp_path / "other", seed=4)
    for name in ("docs-00000.jsonl", "truth.jsonl", "boilerplate.jsonl"):
        assert (tmp_path / "again" / name).read_bytes() == (collection / name).read_bytes()
    assert (tmp_path / "other" / "truth.jsonl").read_bytes() != (collection / "truth.jsonl").read_bytes()


def test_documents_are_sharded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gen, "SHARD_SIZE", 20)
    gen.generate(45, tmp_path, seed=1, words=100)
    sizes = [len(_read(p)) for p in sorted(tmp_path.glob("docs-*.jsonl"))]
    assert sizes == [20, 20, 5]


# --- scorer ------------------------------------------------------------------------------------


def _store(path: Path, docs: dict[str, dict]) -> dict[str, int]:
    """A store with the real schema; ids run backwards so sources often get the larger id."""
    con = sqlite3.connect(path)
    con.executescript(SCHEMA.read_text(encoding="utf-8"))
    ids = {ext: 1000 - n for n, ext in enumerate(sorted(docs))}
    for ext, doc_id in ids.items():
        con.execute("INSERT INTO documents (id, content_hash, text, format, word_count, added_at) "
                    "VALUES (?, ?, ?, 'jsonl', 1, 'now')", (doc_id, ext, docs[ext]["text"]))
        con.execute("INSERT INTO origins VALUES (?, ?, ?, 'now')", (doc_id, f"docs:{ext}", ext))
    con.commit()
    con.close()
    return ids


def _predict(path: Path, ids: dict[str, int], rows: list[tuple], shift: int = 0) -> None:
    """Insert passages given as (doc, start, end, doc, start, end, kind), ordered a_doc < b_doc."""
    con = sqlite3.connect(path)
    for x_doc, xs, xe, y_doc, ys, ye, kind in rows:
        x, y = (ids[x_doc], xs + shift, xe + shift), (ids[y_doc], ys + shift, ye + shift)
        a, b = (x, y) if x[0] < y[0] else (y, x)
        con.execute("INSERT INTO passages (a_doc, a_start, a_end, b_doc, b_start, b_end, kind, score)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, 1.0)", (*a, *b, kind))
    con.commit()
    con.close()


def _perfect(truth: list[dict]) -> list[tuple]:
    return [(r["src"], r["src_start"], r["src_end"], r["dst"], r["dst_start"], r["dst_end"],
             TOOL_KIND.get(r["kind"], "verbatim")) for r in truth]


def test_perfect_predictions_score_one(tmp_path: Path, collection: Path, docs: dict[str, dict],
                                       truth: list[dict]) -> None:
    db = tmp_path / "store.db"
    ids = _store(db, docs)
    _predict(db, ids, _perfect(truth))
    result = scorer.score(collection, db)
    assert all(row["recall"] == 1.0 for row in result["recall"].values())
    assert all(row["kind_agreement"] == 1.0 for row in result["recall"].values())
    assert result["precision"]["all"]["precision"] == 1.0
    assert result["pairs"]["recall"] == 1.0 and result["pairs"]["precision"] == 1.0
    assert result["text_mismatches"] == 0 and result["truth_missing_docs"] == 0
    assert "| all |" in scorer.format_report(result)


def test_shifted_predictions_score_lower(tmp_path: Path, collection: Path, docs: dict[str, dict],
                                         truth: list[dict]) -> None:
    db = tmp_path / "store.db"
    ids = _store(db, docs)
    _predict(db, ids, _perfect(truth), shift=400)
    result = scorer.score(collection, db)
    assert result["recall"]["all"]["recall"] < 0.5
    assert result["precision"]["all"]["precision"] < 0.8


def test_boilerplate_match_is_a_boilerplate_false_positive(tmp_path: Path, collection: Path,
                                                           docs: dict[str, dict]) -> None:
    footers = _read(collection / "boilerplate.jsonl")[:2]
    db = tmp_path / "store.db"
    ids = _store(db, docs)
    (x, y) = footers
    _predict(db, ids, [(x["doc"], x["start"], x["end"], y["doc"], y["start"], y["end"], "verbatim")])
    result = scorer.score(collection, db)
    assert result["precision"]["all"] == {"count": 1, "tp": 0, "fp": 1, "precision": 0.0,
                                          "boilerplate_fp": 1}
    assert result["recall"]["all"]["recall"] == 0.0


def test_changed_stored_text_is_reported(tmp_path: Path, collection: Path, docs: dict[str, dict],
                                         truth: list[dict]) -> None:
    db = tmp_path / "store.db"
    ids = _store(db, docs)
    with sqlite3.connect(db) as con:
        con.execute("UPDATE documents SET text = 'changed' WHERE id = ?", (ids[truth[0]["dst"]],))
    assert scorer.score(collection, db)["text_mismatches"] == 1
