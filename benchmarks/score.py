"""Score the passages in a sourcetrace store against a generated collection's planted truth.

Matching is by span overlap, not exact boundaries, because aligners legitimately trim or extend a
passage by a word or two:
  - a truth passage is recalled when one predicted passage between the same two documents covers
    at least half of the truth span on both sides (the predicted a/b may be the truth's src/dst or
    dst/src: the store orders a pair by document id, not by direction);
  - a predicted passage is a true positive when at least half of its length on both sides lies
    inside that pair's truth spans; a false positive lying at least half inside a boilerplate span
    on either side is also counted as a boilerplate false positive.

Usage: python benchmarks/score.py --truth DIR --db PATH [--json]
"""

from __future__ import annotations

import argparse
import glob
import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TRUTH_KINDS = ("verbatim", "near", "reordered", "short_quote", "paraphrase")
TOOL_KINDS = ("verbatim", "near", "paraphrase")
# Tool kinds that count as agreeing with each truth kind: copies may be reported as near when the
# aligner's boundaries include a changed word; a heavy paraphrase may still look "near".
EXPECTED = {
    "verbatim": {"verbatim", "near"},
    "reordered": {"verbatim", "near"},
    "short_quote": {"verbatim", "near"},
    "near": {"near"},
    "paraphrase": {"paraphrase", "near"},
}
MIN_COVER = 0.5

Span = tuple[int, int]


@dataclass
class Truth:
    """One planted passage, oriented like the store: `a` in the pair's lower document id."""

    kind: str
    a: Span
    b: Span
    best: float = 0.0  # min(cover a, cover b) by the predictions overlapping it on both sides
    predicted: str | None = None  # kind of the prediction overlapping it most
    hits: list[tuple[Span, Span, str, float]] = field(default_factory=list)

    def settle(self) -> None:
        """Coverage by the union of overlapping predictions: a planted two-sentence paraphrase found
        as one paraphrased sentence and one near-copied sentence is found."""
        if not self.hits:
            return
        self.best = min(
            cover(self.a, merge([h[0] for h in self.hits])), cover(self.b, merge([h[1] for h in self.hits]))
        )
        self.predicted = max(self.hits, key=lambda h: h[3])[2]


@dataclass
class Pair:
    truths: list[Truth] = field(default_factory=list)
    a_spans: list[Span] = field(default_factory=list)  # merged truth spans, for precision
    b_spans: list[Span] = field(default_factory=list)


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def merge(spans: list[Span]) -> list[Span]:
    """Sorted, non-overlapping union of spans, so overlap sums never count a character twice."""
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def overlap(span: Span, spans: list[Span]) -> int:
    """Characters of `span` inside the union `spans` (merged)."""
    return sum(max(0, min(span[1], e) - max(span[0], s)) for s, e in spans)


def cover(span: Span, spans: list[Span]) -> float:
    """Share of `span` inside `spans`; an empty span covers nothing."""
    return overlap(span, spans) / max(1, span[1] - span[0])


def external_ids(con: sqlite3.Connection) -> dict[str, int]:
    """JSONL id -> store document id, via the origins table."""
    rows = con.execute("SELECT external_id, doc_id FROM origins WHERE external_id IS NOT NULL")
    return {ext: doc for ext, doc in rows}


def load_truth(truth_dir: Path, ids: dict[str, int]) -> tuple[dict[tuple[int, int], Pair], int]:
    """Truth grouped by store pair (a_doc < b_doc); also how many passages name unknown docs."""
    pairs: dict[tuple[int, int], Pair] = defaultdict(Pair)
    missing = 0
    for row in read_jsonl(truth_dir / "truth.jsonl"):
        src, dst = ids.get(row["src"]), ids.get(row["dst"])
        if src is None or dst is None or src == dst:
            missing += 1
            continue
        s_span, d_span = (row["src_start"], row["src_end"]), (row["dst_start"], row["dst_end"])
        a, b = (s_span, d_span) if src < dst else (d_span, s_span)
        pairs[(min(src, dst), max(src, dst))].truths.append(Truth(row["kind"], a, b))
    for pair in pairs.values():
        pair.a_spans = merge([t.a for t in pair.truths])
        pair.b_spans = merge([t.b for t in pair.truths])
    return dict(pairs), missing


def load_boilerplate(truth_dir: Path, ids: dict[str, int]) -> dict[int, list[Span]]:
    spans: dict[int, list[Span]] = defaultdict(list)
    for row in read_jsonl(truth_dir / "boilerplate.jsonl"):
        if row["doc"] in ids:
            spans[ids[row["doc"]]].append((row["start"], row["end"]))
    return {doc: merge(s) for doc, s in spans.items()}


def text_mismatches(truth_dir: Path, con: sqlite3.Connection, ids: dict[str, int], wanted: set[str]) -> int:
    """Documents whose stored text differs from the generated text: their offsets cannot match,
    so a low score there means the store changed the text, not that reuse was missed."""
    bad = 0
    for shard in sorted(glob.glob(str(truth_dir / "docs-*.jsonl"))):
        for row in read_jsonl(Path(shard)):
            if row["id"] in wanted and row["id"] in ids:
                stored = con.execute("SELECT text FROM documents WHERE id = ?", (ids[row["id"]],))
                bad += stored.fetchone()[0] != row["text"]
    return bad


def _judge(pred: tuple, pair: Pair | None, boiler: dict[int, list[Span]], stats: dict) -> None:
    """Update recall marks of the pair's truth and precision counts for one predicted passage."""
    a_doc, a_start, a_end, b_doc, b_start, b_end, kind = pred
    a, b = (a_start, a_end), (b_start, b_end)
    if pair is not None:
        for truth in pair.truths:
            got = min(cover(truth.a, [a]), cover(truth.b, [b]))
            if got > 0:
                truth.hits.append((a, b, kind, got))
    counts = stats[kind]
    counts["count"] += 1
    if pair is not None and min(cover(a, pair.a_spans), cover(b, pair.b_spans)) >= MIN_COVER:
        counts["tp"] += 1
        return
    counts["fp"] += 1
    bp_a, bp_b = boiler.get(a_doc, []), boiler.get(b_doc, [])
    if max(cover(a, bp_a), cover(b, bp_b)) >= MIN_COVER:
        counts["boilerplate_fp"] += 1


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _recall_table(pairs: dict[tuple[int, int], Pair]) -> dict[str, dict[str, Any]]:
    table: dict[str, dict[str, Any]] = {}
    for kind in (*TRUTH_KINDS, "all"):
        truths = [t for p in pairs.values() for t in p.truths if kind in ("all", t.kind)]
        found = [t for t in truths if t.best >= MIN_COVER]
        agree = sum(t.predicted in EXPECTED.get(t.kind, ()) for t in found)
        table[kind] = {
            "count": len(truths),
            "recalled": len(found),
            "recall": _ratio(len(found), len(truths)),
            "kind_agreement": _ratio(agree, len(found)),
            "predicted_kinds": dict(Counter(t.predicted for t in found)),
        }
    return table


def _precision_table(stats: dict[str, Counter]) -> dict[str, dict[str, Any]]:
    total: Counter = sum(stats.values(), Counter())
    table = {}
    for kind, counts in [*sorted(stats.items()), ("all", total)]:
        table[kind] = {
            "count": counts["count"],
            "tp": counts["tp"],
            "fp": counts["fp"],
            "precision": _ratio(counts["tp"], counts["count"]),
            "boilerplate_fp": counts["boilerplate_fp"],
        }
    return table


def score(truth_dir: Path | str, db_path: Path | str, check_text: bool = True) -> dict[str, Any]:
    """Recall per truth kind, precision per predicted kind, pair-level figures, data problems."""
    truth_dir = Path(truth_dir)
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        ids = external_ids(con)
        pairs, missing = load_truth(truth_dir, ids)
        boiler = load_boilerplate(truth_dir, ids)
        stats: dict[str, Counter] = defaultdict(Counter)
        predicted_pairs: set[tuple[int, int]] = set()
        rows = con.execute("SELECT a_doc, a_start, a_end, b_doc, b_start, b_end, kind FROM passages")
        for pred in rows:
            key = (min(pred[0], pred[3]), max(pred[0], pred[3]))
            if pred[0] > pred[3]:  # the schema says a_doc < b_doc; be lenient with a wrong order
                pred = (pred[3], pred[4], pred[5], pred[0], pred[1], pred[2], pred[6])
            predicted_pairs.add(key)
            _judge(pred, pairs.get(key), boiler, stats)
        for pair in pairs.values():
            for truth in pair.truths:
                truth.settle()
        wanted = _truth_doc_ids(truth_dir) if check_text else set()
        mismatches = text_mismatches(truth_dir, con, ids, wanted) if check_text else None
    finally:
        con.close()
    found_pairs = sum(any(t.best >= MIN_COVER for t in p.truths) for p in pairs.values())
    return {
        "recall": _recall_table(pairs),
        "precision": _precision_table(stats),
        "pairs": {
            "truth": len(pairs),
            "predicted": len(predicted_pairs),
            "found": found_pairs,
            "recall": _ratio(found_pairs, len(pairs)),
            "precision": _ratio(len(predicted_pairs & pairs.keys()), len(predicted_pairs)),
        },
        "truth_missing_docs": missing,
        "text_mismatches": mismatches,
    }


def _truth_doc_ids(truth_dir: Path) -> set[str]:
    wanted = {r["doc"] for r in read_jsonl(truth_dir / "boilerplate.jsonl")}
    for row in read_jsonl(truth_dir / "truth.jsonl"):
        wanted.update((row["src"], row["dst"]))
    return wanted


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_report(result: dict[str, Any]) -> str:
    """The result as plain-text tables (Markdown-compatible) for a terminal or an issue note."""
    lines = [
        "| truth kind | count | recalled | recall | kind agreement | predicted as |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for kind, row in result["recall"].items():
        seen = ", ".join(f"{k} {n}" for k, n in sorted(row["predicted_kinds"].items()))
        lines.append(
            f"| {kind} | {row['count']} | {row['recalled']} | {_fmt(row['recall'])} | "
            f"{_fmt(row['kind_agreement'])} | {seen} |"
        )
    lines += [
        "",
        "| predicted kind | count | TP | FP | precision | boilerplate FP |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for kind, row in result["precision"].items():
        lines.append(
            f"| {kind} | {row['count']} | {row['tp']} | {row['fp']} | "
            f"{_fmt(row['precision'])} | {row['boilerplate_fp']} |"
        )
    p = result["pairs"]
    lines += [
        "",
        f"pairs: truth {p['truth']}, predicted {p['predicted']}, found {p['found']}, "
        f"recall {_fmt(p['recall'])}, precision {_fmt(p['precision'])}",
    ]
    if result["truth_missing_docs"]:
        lines.append(
            f"WARNING: {result['truth_missing_docs']} truth passages name documents "
            "missing from the store (counted as not recalled)"
        )
    if result["text_mismatches"]:
        lines.append(
            f"WARNING: {result['text_mismatches']} stored texts differ from the "
            "generated ones; their offsets do not line up"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--truth", type=Path, required=True, help="directory made by generate.py")
    parser.add_argument("--db", type=Path, required=True, help="sourcetrace SQLite store")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--no-text-check", action="store_true", help="skip comparing stored texts with the generated ones"
    )
    args = parser.parse_args()
    if not args.db.is_file():
        parser.error(f"{args.db}: no such store")
    result = score(args.truth, args.db, check_text=not args.no_text_check)
    print(json.dumps(result, indent=2) if args.json else format_report(result))


if __name__ == "__main__":
    main()
