"""The quotation gold set (tests/gold/quotes/) is well-formed and is what build_gold.py builds.

The gold set is what quote extraction and speaker attribution are scored against, so a
broken offset here would silently distort every figure measured on it.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import re
from pathlib import Path

import pytest

GOLD = Path(__file__).parent / "gold" / "quotes"
FILES = sorted(GOLD.glob("[0-9][0-9][0-9]_*.json"))
NAME = re.compile(r"^(\d{3})_(wire|ngo|news)\.json$")
KINDS = {"direct", "indirect", "mixed"}
SPAN_KEYS = {"start", "end", "text"}


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


DOCS = {path.name: _load(path) for path in FILES}
ALL_QUOTES = [q for doc in DOCS.values() for q in doc["quotes"]]


def _spans(quote: dict):
    for role in ("content", "cue", "source"):
        if quote[role] is not None:
            yield role, quote[role]


def test_at_least_40_documents():
    assert len(DOCS) >= 40


def test_at_least_300_quotes():
    assert len(ALL_QUOTES) >= 300


def test_every_kind_is_present():
    assert {q["kind"] for q in ALL_QUOTES} == KINDS


def test_every_style_is_present():
    assert {doc["style"] for doc in DOCS.values()} == {"wire", "ngo", "news"}


@pytest.mark.parametrize("name", DOCS)
def test_id_and_style_match_file_name(name):
    doc = DOCS[name]
    match = NAME.match(name)
    assert match, name
    assert doc["id"] == name.removesuffix(".json")
    assert doc["style"] == match.group(2)


@pytest.mark.parametrize("name", DOCS)
def test_paragraphs_are_separated_by_blank_lines(name):
    text = DOCS[name]["text"]
    assert text == text.strip()
    assert "\n\n\n" not in text
    assert "\n" not in text.replace("\n\n", "")


@pytest.mark.parametrize("name", DOCS)
def test_quotes_have_the_documented_fields(name):
    for quote in DOCS[name]["quotes"]:
        assert {"kind", "content", "cue", "source", "speaker"} <= set(quote)
        assert quote["kind"] in KINDS
        assert quote["content"] is not None
        for _, span in _spans(quote):
            assert set(span) == SPAN_KEYS


@pytest.mark.parametrize("name", DOCS)
def test_spans_match_the_text(name):
    text = DOCS[name]["text"]
    for quote in DOCS[name]["quotes"]:
        for role, span in _spans(quote):
            assert 0 <= span["start"] < span["end"] <= len(text), (role, span)
            assert text[span["start"] : span["end"]] == span["text"], (role, span)


@pytest.mark.parametrize("name", DOCS)
def test_content_spans_do_not_overlap(name):
    contents = sorted((q["content"]["start"], q["content"]["end"]) for q in DOCS[name]["quotes"])
    for (_, end), (start, _) in itertools.pairwise(contents):
        assert end <= start


@pytest.mark.parametrize("name", DOCS)
def test_a_source_mention_comes_with_a_speaker(name):
    for quote in DOCS[name]["quotes"]:
        if quote["source"] is not None:
            assert quote["speaker"], quote


@pytest.mark.parametrize("name", DOCS)
def test_cue_and_source_lie_outside_every_content(name):
    quotes = DOCS[name]["quotes"]
    contents = [(q["content"]["start"], q["content"]["end"]) for q in quotes]
    for quote in quotes:
        for role in ("cue", "source"):
            span = quote[role]
            if span is not None:
                assert not any(s < span["end"] and span["start"] < e for s, e in contents), (role, span)


@pytest.mark.parametrize("name", DOCS)
def test_direct_content_excludes_the_quotation_marks(name):
    text = DOCS[name]["text"]
    for quote in DOCS[name]["quotes"]:
        if quote["kind"] == "direct":
            start, end = quote["content"]["start"], quote["content"]["end"]
            assert text[:start].rstrip(" ")[-1] in "“\"«‘„‚'", quote["content"]
            assert text[end:].lstrip(" ")[0] in "”\"»’“‘'", quote["content"]


@pytest.mark.parametrize("name", DOCS)
def test_files_are_pretty_printed_utf8(name):
    raw = (GOLD / name).read_text(encoding="utf-8")
    assert raw == json.dumps(json.loads(raw), ensure_ascii=False, indent=2) + "\n"


def _builder():
    spec = importlib.util.spec_from_file_location("quotes_build_gold", GOLD / "build_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_files_are_what_the_builder_writes():
    builder = _builder()
    built = builder.build_all()
    assert sorted(built) == sorted(DOCS), "run tests/gold/quotes/build_gold.py"
    for name, doc in built.items():
        assert builder.dump(doc) == (GOLD / name).read_text(encoding="utf-8"), name


def test_heldout_gold_spans_match_their_text() -> None:
    """The held-out set (never tuned on) is well-formed too; it is scored, not gated."""
    heldout = sorted((Path(__file__).parent / "gold" / "quotes_heldout").glob("[0-9][0-9][0-9]_*.json"))
    assert len(heldout) >= 12
    for path in heldout:
        doc = json.loads(path.read_text(encoding="utf-8"))
        for quote in doc["quotes"]:
            for part in ("content", "cue", "source"):
                span = quote[part]
                if span is not None:
                    assert doc["text"][span["start"] : span["end"]] == span["text"], path.name
