"""The accuracy gate for quotes: the real extractor on the gold set stays at or above the floors.

The floors in tests/gold/quotes/floors.json are measured figures, pinned together with the hash of
the gold they were measured on (test_quotes_scorer.py checks the hash). A floor is raised when the
extractor improves and lowered only on purpose, in the same commit as the reason.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from sourcetrace import quotes

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "quotes"
FLOORS = json.loads((GOLD / "floors.json").read_text(encoding="utf-8"))
METRICS = sorted(key for key in FLOORS if key != "gold_sha256")


def _load_scorer():
    spec = importlib.util.spec_from_file_location("bench_score_quotes", ROOT / "benchmarks" / "score_quotes.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # the dataclass looks its module up while being defined
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def measured() -> dict:
    scorer = _load_scorer()
    metrics = scorer.score(GOLD, quotes.extract_quotes)
    print("\n" + scorer.render(metrics))
    return metrics


@pytest.mark.parametrize("metric", METRICS)
def test_metric_is_at_or_above_its_floor(measured, metric):
    assert measured[metric] >= FLOORS[metric], f"{metric} {measured[metric]:.4f} fell below its floor {FLOORS[metric]}"


def test_predicted_text_matches_the_offsets(measured):
    assert measured["offset_errors"] == 0
