"""The quotation scorer (benchmarks/score_quotes.py) counts what its docstring says.

Every quote figure the team reports comes from this scorer, so it is checked here with fake
extractors built from the gold itself, where the right answer is known exactly.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "quotes"


def _load_scorer() -> ModuleType:
    """Benchmarks are scripts, not a package: load by path (registered, for the dataclass)."""
    spec = importlib.util.spec_from_file_location("bench_score_quotes", ROOT / "benchmarks" / "score_quotes.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


sq = _load_scorer()
DOCS = [json.loads(path.read_text(encoding="utf-8")) for path in sq.gold_files(GOLD)]
ALL_QUOTES = [q for doc in DOCS for q in doc["quotes"]]

Transform = Callable[[dict[str, Any], list[SimpleNamespace]], list[SimpleNamespace]]


def _prediction(text: str, quote: dict[str, Any]) -> SimpleNamespace:
    """A gold quote in the shape extract_quotes returns."""
    content, source, cue = quote["content"], quote["source"], quote["cue"]
    speaker = None
    if quote["speaker"] is not None:
        start, end = (source["start"], source["end"]) if source else (None, None)
        speaker = SimpleNamespace(name=quote["speaker"], start=start, end=end)
    return SimpleNamespace(
        start=content["start"],
        end=content["end"],
        text=text[content["start"] : content["end"]],
        kind=quote["kind"],
        speaker=speaker,
        cue=None if cue is None else SimpleNamespace(**cue),
    )


def _fake(transform: Transform = lambda doc, preds: preds) -> Callable[[str], list[SimpleNamespace]]:
    """An extractor that answers with the gold of the document, passed through `transform`."""
    by_text = {doc["text"]: doc for doc in DOCS}

    def extract(text: str) -> list[SimpleNamespace]:
        doc = by_text[text]
        return transform(doc, [_prediction(text, q) for q in doc["quotes"]])

    return extract


def _span(doc: dict[str, Any], pred: SimpleNamespace, start: int, end: int) -> SimpleNamespace:
    return SimpleNamespace(**{**vars(pred), "start": start, "end": end, "text": doc["text"][start:end]})


def test_perfect_predictions_score_one_everywhere():
    m = sq.score(GOLD, _fake())
    for key, value in m.items():
        if key.endswith(("_precision", "_recall", "_f1", "_accuracy")):
            assert value == 1.0, key
    assert all(v["overlap"] == v["exact"] == 1.0 for v in m["recall_by_kind"].values())
    assert m["gold"] == m["predicted"] == len(ALL_QUOTES)
    assert m["offset_errors"] == 0


def test_spans_widened_over_the_quotation_marks_still_match_exactly():
    widened = 0

    def with_marks(doc: dict[str, Any], preds: list[SimpleNamespace]) -> list[SimpleNamespace]:
        nonlocal widened
        text, out = doc["text"], []
        for p in preds:
            start, end = p.start, p.end
            if p.kind == "direct":  # French « … » has a space inside the marks
                start = len(text[:start].rstrip(" ")) - 1
                end = len(text) - len(text[end:].lstrip(" ")) + 1
                assert text[start] in sq.QUOTE_MARKS and text[end - 1] in sq.QUOTE_MARKS
                widened += 1
            out.append(_span(doc, p, start, end))
        return out

    m = sq.score(GOLD, _fake(with_marks))
    assert widened > 100
    assert m["exact_f1"] == m["overlap_f1"] == 1.0


def test_a_letter_short_keeps_overlap_but_loses_exact():
    def letter_dropped(doc: dict[str, Any], preds: list[SimpleNamespace]) -> list[SimpleNamespace]:
        return [_span(doc, p, p.start, sq.trim(doc["text"], p.start, p.end)[1] - 1) for p in preds]

    m = sq.score(GOLD, _fake(letter_dropped))
    assert m["overlap_f1"] == 1.0
    assert m["exact_f1"] == 0.0


def test_dropping_every_third_quote_lowers_recall_accordingly():
    counter = iter(range(len(ALL_QUOTES)))

    def drop_third(doc: dict[str, Any], preds: list[SimpleNamespace]) -> list[SimpleNamespace]:
        return [p for p in preds if next(counter) % 3 != 2]

    m = sq.score(GOLD, _fake(drop_third))
    kept = len(ALL_QUOTES) - len(ALL_QUOTES) // 3
    assert m["predicted"] == kept
    assert m["overlap_precision"] == m["exact_precision"] == 1.0
    assert m["overlap_recall"] == m["exact_recall"] == pytest.approx(kept / len(ALL_QUOTES))
    assert m["speaker_accuracy"] == 1.0  # only matched quotes are judged for their speaker


def test_one_prediction_over_two_gold_quotes_matches_only_one():
    def merge_first_two(doc: dict[str, Any], preds: list[SimpleNamespace]) -> list[SimpleNamespace]:
        preds = sorted(preds, key=lambda p: p.start)  # adjacent in the text, so no third quote between
        first, second, *rest = preds
        return [_span(doc, second, first.start, second.end), *rest]

    m = sq.score(GOLD, _fake(merge_first_two))
    assert all(len(doc["quotes"]) >= 2 for doc in DOCS)
    assert m["predicted"] == len(ALL_QUOTES) - len(DOCS)
    assert m["overlap_precision"] == 1.0
    assert m["overlap_recall"] == pytest.approx((len(ALL_QUOTES) - len(DOCS)) / len(ALL_QUOTES))
    assert m["exact_recall"] == pytest.approx((len(ALL_QUOTES) - 2 * len(DOCS)) / len(ALL_QUOTES))


def test_duplicate_predictions_count_once():
    m = sq.score(GOLD, _fake(lambda doc, preds: preds + preds))
    assert m["overlap_recall"] == m["exact_recall"] == 1.0
    assert m["overlap_precision"] == m["exact_precision"] == 0.5


def test_wrong_speaker_names_lower_speaker_accuracy():
    attributed = [q for q in ALL_QUOTES if q["speaker"] is not None]
    counter = iter(range(len(attributed)))

    def rename_every_other(doc: dict[str, Any], preds: list[SimpleNamespace]) -> list[SimpleNamespace]:
        for p in preds:
            if p.speaker is not None and next(counter) % 2 == 0:
                p.speaker.name = "Nobody In Particular"
        return preds

    m = sq.score(GOLD, _fake(rename_every_other))
    right = len(attributed) // 2
    assert m["speaker_accuracy"] == pytest.approx(right / len(attributed))
    assert m["speaker_mention_accuracy"] == m["cue_accuracy"] == m["overlap_f1"] == 1.0


def test_missing_speakers_and_cues_lower_mention_and_cue_accuracy():
    def unattributed(doc: dict[str, Any], preds: list[SimpleNamespace]) -> list[SimpleNamespace]:
        return [SimpleNamespace(**{**vars(p), "speaker": None, "cue": None}) for p in preds]

    m = sq.score(GOLD, _fake(unattributed))
    assert m["speaker_accuracy"] == m["speaker_mention_accuracy"] == m["cue_accuracy"] == 0.0
    assert m["unattributed_accuracy"] == 1.0


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("Dr Katrin Seidel", "Katrin Seidel"),
        ("Dr. Katrin  Seidel", "Katrin Seidel"),
        ("the Ministry of Justice", "Ministry of Justice"),
        ("MINISTRY OF JUSTICE", "Ministry of Justice"),
        ("The workers", "the workers"),
        ("Children's Protection Network", "Children’s Protection Network"),
    ],
)
def test_speaker_names_match_after_normalization(predicted, gold):
    assert sq.same_speaker(predicted, gold)


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [("Seidel", "Katrin Seidel"), ("Katrin", "Katrin Seidel"), ("", "police"), (None, "police")],
)
def test_part_of_a_name_is_not_the_speaker(predicted, gold):
    assert not sq.same_speaker(predicted, gold)


def test_a_span_outside_the_text_is_an_error():
    def out_of_range(doc: dict[str, Any], preds: list[SimpleNamespace]) -> list[SimpleNamespace]:
        return [_span(doc, preds[0], 0, len(doc["text"]) + 5)]

    with pytest.raises(ValueError, match="not a span of the text"):
        sq.score(GOLD, _fake(out_of_range))


def test_gold_hash_matches_floors():
    floors = json.loads((GOLD / "floors.json").read_text(encoding="utf-8"))
    assert sq.gold_sha256(GOLD) == floors["gold_sha256"], (
        "the quote gold changed: re-measure, then update gold_sha256 (and the floors) in floors.json"
    )
