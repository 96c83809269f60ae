"""Score quotation extraction against the team's gold set (tests/gold/quotes/, see its README).

Micro-averaged over all documents. Spans are compared as character spans, not strings, after
trimming whitespace, `, . ; :` and quotation marks from both ends of both: gold direct content keeps
the punctuation inside the marks (`We will appeal,`); an extractor including the marks is not wrong.

  - exact: a prediction matches a gold quote when the trimmed spans are identical (one-to-one).
  - overlap: a prediction matches a gold quote when the trimmed spans share at least one
    character; pairs are taken greedily by largest overlap, one-to-one, so one long prediction
    over three gold quotes matches only one of them.
  - recall by kind, and kind accuracy (predicted kind == gold kind), over overlap matches.
  - speaker accuracy: over overlap-matched gold quotes that have a gold `speaker`, the share whose
    predicted speaker name equals it after normalization (casefold, curly apostrophes, a leading
    "the ", honorifics such as Dr/Ms). A surname alone does not match a person's full name.
  - speaker mention / cue accuracy: over overlap-matched gold quotes with a gold `source` / `cue`,
    the share whose predicted speaker / cue span overlaps it.
  - unattributed accuracy: over overlap-matched gold quotes without a speaker (slogans, signs).

Usage: python benchmarks/score_quotes.py [--gold DIR] [--json] [--show-errors N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold" / "quotes"
GOLD_GLOB = "[0-9][0-9][0-9]_*.json"  # the documents; not floors.json, the README or the builder
KINDS = ("direct", "indirect", "mixed")
QUOTE_MARKS = "“”‘’„‚«»‹›\"'"
TRIM = frozenset(",.;:" + QUOTE_MARKS)
HONORIFICS = re.compile(r"^(?:(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|frau|herr|mme|mlle|rev)\.?\s+)+")
CONTEXT = 50  # characters shown either side of an error
# <metric>_accuracy = <count>_ok / <count>_n, counted over overlap-matched gold quotes
ACCURACY = {"kind": "kind", "speaker": "speaker", "speaker_mention": "mention", "cue": "cue", "unattributed": "unattr"}

Span = tuple[int, int]
Extract = Callable[[str], list[Any]]


def gold_files(gold_dir: Path) -> list[Path]:
    return sorted(gold_dir.glob(GOLD_GLOB))


def gold_sha256(gold_dir: Path = GOLD) -> str:
    """SHA-256 over the bytes of the gold documents in file-name order; floors.json pins it so the
    gold cannot change without someone re-measuring and re-pinning the floors on purpose."""
    digest = hashlib.sha256()
    for path in gold_files(gold_dir):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def trim(text: str, start: int, end: int) -> Span:
    """The span without surrounding whitespace, `, . ; :` and quotation marks."""
    while start < end and (text[start].isspace() or text[start] in TRIM):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in TRIM):
        end -= 1
    return start, end


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_overlap(gold: list[Span], pred: list[Span]) -> dict[int, int]:
    """Gold index -> prediction index, greedily by largest overlap (ties: earlier gold, earlier pred)."""
    pairs = sorted((-overlap(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred) if overlap(g, p))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in pairs:
        if i not in matched and j not in used:
            matched[i] = j
            used.add(j)
    return matched


def match_exact(gold: list[Span], pred: list[Span]) -> set[int]:
    """Gold indices with an identical predicted span; a duplicated prediction counts once."""
    free, found = Counter(pred), set()
    for i, span in enumerate(gold):
        if free[span]:
            free[span] -= 1
            found.add(i)
    return found


def normalize_name(name: str) -> str:
    name = " ".join(name.replace("’", "'").casefold().split())
    return HONORIFICS.sub("", name.removeprefix("the "))


def same_speaker(predicted: str | None, gold: str) -> bool:
    return bool(predicted) and normalize_name(predicted) == normalize_name(gold)


def hits(predicted: Any, gold: dict[str, Any]) -> bool:
    """Whether a predicted span (an object with start/end, or None) overlaps a gold span dict."""
    start, end = getattr(predicted, "start", None), getattr(predicted, "end", None)
    return start is not None and end is not None and overlap((start, end), (gold["start"], gold["end"])) > 0


def show(doc: dict[str, Any], start: int, end: int, label: str) -> str:
    """One error line for --show-errors: the span marked with ⟦ ⟧ in its context."""
    text, middle = doc["text"], doc["text"][start:end]
    if len(middle) > 160:
        middle = middle[:90] + " … " + middle[-50:]
    left, right = text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]
    return f"{doc['id']} {label}: …{left}⟦{middle}⟧{right}…".replace("\n", "⏎")


def ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


@dataclass
class Tally:
    """Counts summed over documents (micro-averaging), plus the errors for --show-errors."""

    counts: Counter[str] = field(default_factory=Counter)
    errors: dict[str, list[str]] = field(default_factory=lambda: {"missed": [], "spurious": [], "wrong speaker": []})

    def add_document(self, doc: dict[str, Any], preds: list[Any]) -> None:
        text, gold, c = doc["text"], doc["quotes"], self.counts
        for p in preds:
            if not 0 <= p.start <= p.end <= len(text):
                raise ValueError(f"{doc['id']}: predicted span {p.start}-{p.end} is not a span of the text")
            c["offset_errors"] += getattr(p, "text", None) != text[p.start : p.end]
        gold_spans = [trim(text, q["content"]["start"], q["content"]["end"]) for q in gold]
        pred_spans = [trim(text, p.start, p.end) for p in preds]
        matched = match_overlap(gold_spans, pred_spans)
        exact = match_exact(gold_spans, pred_spans)
        c.update(gold=len(gold), predicted=len(preds), overlap_tp=len(matched), exact_tp=len(exact))
        for i, q in enumerate(gold):
            c[f"gold_{q['kind']}"] += 1
            c[f"exact_{q['kind']}"] += i in exact
            if i in matched:
                self.attribution(doc, q, preds[matched[i]])
            else:
                label = f"{q['kind']} ({q['speaker']})"
                self.errors["missed"].append(show(doc, q["content"]["start"], q["content"]["end"], label))
        for j in sorted(set(range(len(preds))) - set(matched.values())):
            p = preds[j]
            label = f"{p.kind} ({getattr(p.speaker, 'name', None)})"
            self.errors["spurious"].append(show(doc, p.start, p.end, label))

    def attribution(self, doc: dict[str, Any], q: dict[str, Any], p: Any) -> None:
        """Kind, speaker, mention and cue of one overlap-matched pair."""
        c, name = self.counts, getattr(p.speaker, "name", None)
        c.update({f"overlap_{q['kind']}": 1, "kind_n": 1, "kind_ok": p.kind == q["kind"]})
        if q["speaker"] is None:
            c.update(unattr_n=1, unattr_ok=p.speaker is None)
        else:
            ok = same_speaker(name, q["speaker"])
            c["speaker_n"] += 1
            c["speaker_ok"] += ok
            if not ok:
                label = f"speaker {name!r}, gold {q['speaker']!r}"
                self.errors["wrong speaker"].append(show(doc, q["content"]["start"], q["content"]["end"], label))
        if q["source"] is not None:
            c["mention_n"] += 1
            c["mention_ok"] += hits(p.speaker, q["source"])
        if q["cue"] is not None:
            c["cue_n"] += 1
            c["cue_ok"] += hits(p.cue, q["cue"])

    def metrics(self) -> dict[str, Any]:
        c = self.counts
        out: dict[str, Any] = {"documents": c["documents"], "gold": c["gold"], "predicted": c["predicted"]}
        for way in ("overlap", "exact"):
            p, r = ratio(c[f"{way}_tp"], c["predicted"]), ratio(c[f"{way}_tp"], c["gold"])
            out |= {f"{way}_precision": p, f"{way}_recall": r, f"{way}_f1": ratio(2 * p * r, p + r)}
        out["recall_by_kind"] = {
            k: {"gold": c[f"gold_{k}"], **{way: ratio(c[f"{way}_{k}"], c[f"gold_{k}"]) for way in ("overlap", "exact")}}
            for k in KINDS
        }
        for key, count in ACCURACY.items():
            out[f"{key}_accuracy"] = ratio(c[f"{count}_ok"], c[f"{count}_n"])
        out["counts"] = {k: c[k] for k in sorted(c) if k.endswith(("_n", "_ok"))}
        out["offset_errors"] = c["offset_errors"]  # predictions whose .text is not text[start:end]
        return out


def evaluate(gold_dir: Path, extract: Extract) -> Tally:
    """Run `extract` over every gold document and tally the comparison."""
    tally = Tally()
    for path in gold_files(gold_dir):
        doc = json.loads(path.read_text(encoding="utf-8"))
        tally.counts["documents"] += 1
        tally.add_document(doc, list(extract(doc["text"])))
    return tally


def score(gold_dir: Path, extract: Extract) -> dict[str, Any]:
    """The metrics of `extract` (text -> quotes with start/end/kind/speaker/cue) on the gold set."""
    return evaluate(gold_dir, extract).metrics()


def render(m: dict[str, Any]) -> str:
    n = m["counts"]
    lines = [
        f"{m['gold']} gold quotes in {m['documents']} documents, {m['predicted']} predicted",
        f"{'':18}precision  recall      F1",
        *(
            f"content {way:<10}{m[f'{way}_precision']:9.3f} {m[f'{way}_recall']:7.3f} {m[f'{way}_f1']:7.3f}"
            for way in ("overlap", "exact")
        ),
        *(
            f"recall {k:<11}{v['overlap']:.3f} (exact {v['exact']:.3f}, n={v['gold']})"
            for k, v in m["recall_by_kind"].items()
        ),
        "accuracy over overlap matches:",
        *(
            f"  {key.replace('_', ' '):<16}{m[f'{key}_accuracy']:.3f} (n={n.get(f'{count}_n', 0)})"
            for key, count in ACCURACY.items()
        ),
    ]
    if m["offset_errors"]:
        lines.append(f"WARNING: {m['offset_errors']} predictions whose text is not text[start:end]")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold directory (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print the metrics as JSON")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N", help="print N errors of each sort")
    args = parser.parse_args(argv)
    from sourcetrace.quotes import extract_quotes  # here, so the scoring helpers load without spaCy

    tally = evaluate(args.gold, extract_quotes)
    metrics = tally.metrics()
    print(json.dumps(metrics, indent=2) if args.json else render(metrics))
    if args.show_errors:
        for title, errors in tally.errors.items():
            print(f"\n{title} ({len(errors)}):", *errors[: args.show_errors], sep="\n  ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
