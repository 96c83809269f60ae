"""The event gold sets are what build_gold.py builds from their marked-up sources, and big enough.

Every figure the events stage reports is measured on these files, so a stale JSON file or a
shifted offset would silently distort them.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

GOLD = Path(__file__).parent / "gold" / "events"
OTHER_SETS = ("events_heldout", "events_heldout2", "events_dev", "events_dev_multi")
FOLDERS = (GOLD, GOLD / "multi", *(Path(__file__).parent / "gold" / name for name in OTHER_SETS))


def _builder():
    spec = importlib.util.spec_from_file_location("events_build_gold", GOLD / "build_gold.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _stored(folder: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("[0-9][0-9][0-9]_*.json"))]


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_stored_json_is_what_the_builder_builds(folder: Path) -> None:
    assert _stored(folder) == _builder().build(folder)


def test_single_document_set_is_big_enough() -> None:
    documents = _stored(GOLD)
    assert len(documents) >= 30
    assert sum(len(d["events"]) for d in documents) >= 150
    assert {d["name"].split("_")[1] for d in documents} >= {"ngo", "wire", "news"}


def test_multi_document_set_has_many_reports_per_incident() -> None:
    documents = _stored(GOLD / "multi")
    assert len(documents) >= 40
    reports: dict[str, set[str]] = {}
    for doc in documents:
        for event in doc["events"]:
            if event["incident"]:
                reports.setdefault(event["incident"], set()).add(doc["name"])
    assert sum(len(names) >= 3 for names in reports.values()) >= 10


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_every_trigger_is_its_text(folder: Path) -> None:
    for doc in _stored(folder):
        for event in doc["events"]:
            trigger = event["trigger"]
            assert doc["text"][trigger["start"] : trigger["end"]] == trigger["text"], doc["name"]


def test_builder_refuses_broken_markup(tmp_path: Path) -> None:
    builder = _builder()
    (tmp_path / "_bad.py").write_text(
        'DOCS = [dict(name="001_ngo", outlet="X", text="14 May 2019 Geneva\\n\\nPolice [[1:arrested]] them.",'
        ' events={1: dict(type="arrest")})]\n', encoding="utf-8")
    with pytest.raises(builder.GoldError, match="unknown type"):
        builder.build(tmp_path)
