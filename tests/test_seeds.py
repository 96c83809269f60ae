"""The model case in ../shared/seeds/ (skipped when the folder is absent, as in a user's clone).

No seed text is copied here: quotations are found in the files themselves.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from sourcetrace.reuse import compare_files
from sourcetrace.settings import Settings
from sourcetrace.text import sentences, tokenize

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")


@pytest.fixture(scope="module")
def seed_comparison():
    release = next(SEEDS.glob("002_*.txt"))
    article = next(SEEDS.glob("000_*.txt"))
    result = compare_files(release, article, Settings())
    return result.a.text, result.b.text, result.comparison


def test_article_is_partially_derived_from_the_release(seed_comparison) -> None:
    _, _, comparison = seed_comparison
    assert comparison.relation.verdict == "partially derived"
    assert comparison.relation.source == "a"
    assert comparison.relation.confidence >= 0.5


def _shared_quotes(release: str, article: str) -> list[tuple[int, int]]:
    """Spans of the article's quotations whose words mostly stand in the release too."""
    release_words = tokenize(release).words
    found = []
    for match in re.finditer(r"“([^”]+)”", article):
        words = tokenize(match.group(1)).words
        if len(words) < 3:
            continue
        blocks = SequenceMatcher(None, words, release_words, autojunk=False).get_matching_blocks()
        if sum(block.size for block in blocks if block.size >= 3) >= 0.6 * len(words):
            found.append(match.span(1))
    return found


def test_each_quotation_both_contain_is_aligned(seed_comparison) -> None:
    release, article, comparison = seed_comparison
    quotes = _shared_quotes(release, article)
    assert len(quotes) >= 6
    for start, end in quotes:
        assert any(p.b_start < end and start < p.b_end for p in comparison.passages), article[start:end]


def test_paraphrased_sentence_about_the_2010_decree_is_found(seed_comparison) -> None:
    _, article, comparison = seed_comparison
    start, end = next(span for span in sentences(article) if "2010" in article[span[0]:span[1]]
                      and "decree" in article[span[0]:span[1]])
    covering = [p for p in comparison.passages if p.b_start < end and start < p.b_end]
    assert covering and covering[0].kind in ("paraphrase", "near")
