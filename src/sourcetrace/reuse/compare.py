"""Comparing one pair of texts: passages of every kind plus their relation. Used by `analyze`
for each candidate pair and by `compare` on two files without a store."""

from __future__ import annotations

from dataclasses import dataclass

from sourcetrace.reuse.align import Passage, PreparedText, align, covered_words
from sourcetrace.reuse.paraphrase import find_paraphrases
from sourcetrace.reuse.relations import DocumentMeta, Relation, relate
from sourcetrace.settings import Settings


@dataclass(frozen=True)
class Comparison:
    passages: list[Passage]
    relation: Relation


def compare_prepared(a: PreparedText, b: PreparedText, meta_a: DocumentMeta, meta_b: DocumentMeta,
                     settings: Settings) -> Comparison:
    copied = _drop_contained(align(a, b, settings))
    covered_a = covered_words(copied, len(a.tokens), "a") | a.boilerplate
    covered_b = covered_words(copied, len(b.tokens), "b") | b.boilerplate
    passages = copied
    if copied:
        # Paraphrase is looked for only where copying is established, which keeps it precise.
        passages = copied + find_paraphrases(a, b, covered_a, covered_b, settings)
    passages.sort(key=lambda p: (p.a_start, p.b_start))
    return Comparison(passages, relate(a, b, meta_a, meta_b, passages, settings))


def _drop_contained(passages: list[Passage]) -> list[Passage]:
    """Keep the best match for each stretch of text.

    A passage whose words on either side lie inside a longer (or equally long, more similar)
    passage is the same words matched a second time: "allow them to travel to a third country"
    found both in a copied quote and in an earlier sentence of the source.
    """
    kept: list[Passage] = []
    ranked = sorted(passages, key=lambda p: (-_length(p), -p.score, p.a_start))
    for passage in ranked:
        if not any(_within(passage.a_words, big.a_words) or _within(passage.b_words, big.b_words) for big in kept):
            kept.append(passage)
    return kept


def _length(passage: Passage) -> int:
    return min(passage.a_words[1] - passage.a_words[0], passage.b_words[1] - passage.b_words[0])


def _within(small: tuple[int, int], big: tuple[int, int]) -> bool:
    return big[0] <= small[0] and small[1] <= big[1]
