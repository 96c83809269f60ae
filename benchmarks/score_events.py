"""Score events and incidents against the team's gold sets (tests/gold/events/, see GUIDELINES.md).

Each gold folder is one collection: its documents are written to temporary files and read by
`sourcetrace events` (the same code as the contract), so incidents are grouped across the folder.

  - trigger+type: a predicted event matches a gold event of the same type whose trigger span
    overlaps its own (one-to-one, greedily by overlap); precision, recall and F1, micro-averaged.
    `trigger` alone ignores the type.
  - happened accuracy: over matched pairs, predicted `happened` == gold.
  - date / place / count accuracy: over matched pairs where gold or prediction has a value:
    dates equal in start and end; counts equal; places equal after casefolding, a leading "the"
    and a possessive 's, or one containing the other ("Liaoning" / "Liaoning province").
  - incident B³: over matched gold events that belong to a gold incident, each event's predicted
    incident (a singleton when it is in none) against its gold incident; precision, recall, F1.

Usage: python benchmarks/score_events.py [--gold DIR ...] [--json] [--show-errors N]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD_SETS = (ROOT / "tests" / "gold" / "events", ROOT / "tests" / "gold" / "events" / "multi")
GOLD_GLOB = "[0-9][0-9][0-9]_*.json"


@dataclass
class Tally:
    counts: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    b3: list[tuple[float, float]] = field(default_factory=list)


def load_gold(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(path.read_text()) for path in sorted(folder.glob(GOLD_GLOB))]


def predict(documents: list[dict[str, Any]]) -> dict[str, Any]:
    from sourcetrace.facts.files import events_for_files
    from sourcetrace.settings import Settings

    with tempfile.TemporaryDirectory(prefix="sourcetrace-gold-") as folder:
        paths = []
        for doc in documents:
            path = Path(folder) / f"{doc['name']}.txt"
            path.write_text(doc["text"], encoding="utf-8")
            paths.append(path)
        return events_for_files(paths, Settings(workers=1))


def _overlap(a: dict[str, int], b: dict[str, int]) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def match(gold: list[dict], predicted: list[dict], typed: bool = True) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs, one-to-one, greedily by trigger overlap."""
    candidates = sorted(
        ((_overlap(g["trigger"], p["trigger"]), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
         if (not typed or g["type"] == p["type"]) and _overlap(g["trigger"], p["trigger"]) > 0), reverse=True)
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_predicted:
            used_gold.add(gi)
            used_predicted.add(pi)
            pairs.append((gi, pi))
    return pairs


def _place_key(name: str) -> str:
    key = name.casefold().replace("’", "'").strip()
    key = key.removeprefix("the ")
    return key.removesuffix("'s")


def _same_place(gold: str | None, predicted: dict | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    a, b = _place_key(gold), _place_key(predicted["name"])
    return a == b or a in b or b in a


def _same_date(gold: dict | None, predicted: dict | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return (gold["start"], gold["end"]) == (predicted["start"], predicted["end"])


def _same_count(gold: int | None, predicted: dict | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return gold == predicted["value"]


def score_folder(folder: Path, tally: Tally) -> None:
    documents = load_gold(folder)
    result = predict(documents)
    incident_of: dict[tuple[int, int], int] = {}
    for number, incident in enumerate(result["incidents"]):
        for file_index, event_index in incident["events"]:
            incident_of[(file_index, event_index)] = number
    clustered: list[tuple[str, tuple[int, int] | None]] = []
    for file_index, (doc, predicted) in enumerate(zip(documents, result["documents"], strict=True)):
        gold, found = doc["events"], predicted["events"]
        _score_document(doc, gold, found, tally)
        for gi, pi in match(gold, found):
            if gold[gi]["incident"]:
                key = (file_index, pi)
                clustered.append((f"{folder.name}/{gold[gi]['incident']}", key if key in incident_of else None))
    _b3(clustered, incident_of, tally)


def _score_document(doc: dict, gold: list[dict], found: list[dict], tally: Tally) -> None:
    c = tally.counts
    c["gold"] += len(gold)
    c["predicted"] += len(found)
    c["trigger_tp"] += len(match(gold, found, typed=False))
    pairs = match(gold, found)
    c["typed_tp"] += len(pairs)
    matched_gold = {gi for gi, _ in pairs}
    matched_predicted = {pi for _, pi in pairs}
    for gi, g in enumerate(gold):
        if gi not in matched_gold:
            tally.errors.append(f"{doc['name']} missed {g['type']} {g['trigger']['text']!r} @{g['trigger']['start']}")
    for pi, p in enumerate(found):
        if pi not in matched_predicted:
            tally.errors.append(f"{doc['name']} extra {p['type']} {p['trigger']['text']!r} @{p['trigger']['start']}")
    for gi, pi in pairs:
        g, p = gold[gi], found[pi]
        c["happened_n"] += 1
        c["happened_ok"] += g["happened"] == p["happened"]
        if g["happened"] != p["happened"]:
            tally.errors.append(f"{doc['name']} happened of {g['trigger']['text']!r} @{g['trigger']['start']}: "
                                f"{p['happened']} ≠ {g['happened']}")
        for name, same, gold_value, value in (("date", _same_date, g["date"], p["date"]),
                                               ("place", _same_place, g["place"], p["place"]),
                                               ("count", _same_count, g["count"], p["count"])):
            if gold_value is None and value is None:
                continue
            c[f"{name}_n"] += 1
            ok = same(gold_value, value)
            c[f"{name}_ok"] += ok
            if not ok:
                shown = value if value is None else (value.get("start"), value.get("end")) if name == "date" else \
                    value.get("name", value.get("value"))
                expected = (gold_value["start"], gold_value["end"]) if name == "date" and gold_value else gold_value
                tally.errors.append(f"{doc['name']} {name} of {g['trigger']['text']!r}: {shown} ≠ {expected}")


def _b3(clustered: list[tuple[str, tuple[int, int] | None]], incident_of: dict[tuple[int, int], int],
        tally: Tally) -> None:
    predicted = [incident_of.get(key) if key is not None else None for _, key in clustered]
    labels = [gold for gold, _ in clustered]
    for i, (gold_label, cluster) in enumerate(zip(labels, predicted, strict=True)):
        same_predicted = [j for j, other in enumerate(predicted) if cluster is not None and other == cluster] or [i]
        same_gold = [j for j, other in enumerate(labels) if other == gold_label]
        both = len(set(same_predicted) & set(same_gold))
        tally.b3.append((both / len(same_predicted), both / len(same_gold)))


def summarize(tally: Tally) -> dict[str, float]:
    c = tally.counts

    def f1(tp: int) -> tuple[float, float, float]:
        precision = tp / c["predicted"] if c["predicted"] else 0.0
        recall = tp / c["gold"] if c["gold"] else 0.0
        return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)

    p, r, f = f1(c["typed_tp"])
    _, _, trigger_f = f1(c["trigger_tp"])
    b3_p = sum(x for x, _ in tally.b3) / len(tally.b3) if tally.b3 else 0.0
    b3_r = sum(y for _, y in tally.b3) / len(tally.b3) if tally.b3 else 0.0
    summary = {
        "documents_events_gold": c["gold"], "events_predicted": c["predicted"],
        "type_precision": p, "type_recall": r, "type_f1": f, "trigger_f1": trigger_f,
        "incident_b3_precision": b3_p, "incident_b3_recall": b3_r,
        "incident_b3_f1": 2 * b3_p * b3_r / (b3_p + b3_r) if b3_p + b3_r else 0.0,
    }
    for name in ("happened", "date", "place", "count"):
        summary[f"{name}_accuracy"] = c[f"{name}_ok"] / c[f"{name}_n"] if c[f"{name}_n"] else 0.0
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in summary.items()}


def score(folders: list[Path]) -> tuple[dict[str, float], list[str]]:
    tally = Tally()
    for folder in folders:
        score_folder(folder, tally)
    return summarize(tally), tally.errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, nargs="*", default=[p for p in GOLD_SETS if p.exists()])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show-errors", type=int, default=0)
    args = parser.parse_args()
    summary, errors = score(args.gold)
    if args.json:
        print(json.dumps(summary))
    else:
        for key, value in summary.items():
            print(f"{key:26} {value}")
    for line in errors[: args.show_errors]:
        print(line, file=sys.stderr)


if __name__ == "__main__":
    main()
