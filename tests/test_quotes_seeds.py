"""Quotations in the model case (../shared/seeds/; skipped when absent). No seed text is copied:
the checks name only speakers and read everything else from the files."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.quotes import extract_quotes

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")


@pytest.fixture(scope="module")
def release() -> tuple[str, list]:
    text = next(SEEDS.glob("002_*.txt")).read_text(encoding="utf-8")
    return text, extract_quotes(text)


@pytest.fixture(scope="module")
def article() -> tuple[str, list]:
    text = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    return text, extract_quotes(text)


def direct_by(quotes: list, name: str) -> list:
    return [q for q in quotes if q.kind == "direct" and q.speaker and q.speaker.name == name]


def test_robertson_quotes_are_his_in_both_documents(release, article) -> None:
    assert len(direct_by(release[1], "Phil Robertson")) == 4
    assert len(direct_by(article[1], "Phil Robertson")) == 3


def test_robertson_keeps_both_titles(release, article) -> None:
    titles = {t for _, quotes in (release, article) for q in quotes if q.speaker and q.speaker.name == "Phil Robertson"
              for t in q.speaker.titles}
    assert any("deputy Asia director" in t for t in titles)
    assert any("deputy director of the Asia division" in t for t in titles)


def test_jung_said_resolves_to_peter_jung(article) -> None:
    text, quotes = article
    jung = [q for q in quotes if q.kind == "direct" and "[China]" in q.text]
    assert jung and jung[0].speaker.name == "Peter Jung"
    assert "[China]" in text[jung[0].start : jung[0].end]   # the bracketed insertion stays visible


def test_special_rapporteur_quote_is_quintana(release) -> None:
    assert len(direct_by(release[1], "Tomás Ojea Quintana")) == 1


def test_quote_offsets_point_at_the_text(release, article) -> None:
    for text, quotes in (release, article):
        for q in quotes:
            assert text[q.start : q.end] == q.text
            if q.speaker:
                assert text[q.speaker.start : q.speaker.end]


def test_jung_is_founder_of_his_group_in_both_his_quotes(article) -> None:
    _, quotes = article
    jung = [q for q in quotes if q.speaker and q.speaker.name == "Peter Jung"]
    assert len(jung) == 2
    assert any("founder" in title for q in jung for title in q.speaker.titles)
