"""Comparing one pair of texts: passages of every kind plus their relation. Used by `analyze`
for each candidate pair and by `compare` on two files without a store."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

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
    paraphrases = find_paraphrases(a, b, covered_a, covered_b, settings)
    passages = merge_adjacent(a, b, _absorb(copied, paraphrases))
    return Comparison(passages, relate(a, b, meta_a, meta_b, passages, settings))


_MERGE_GAP_WORDS = 3


def _absorb(copied: list[Passage], paraphrases: list[Passage]) -> list[Passage]:
    """A reworded sentence that keeps a short copied stretch is one paraphrase, not two passages:
    copied passages lying mostly inside a paraphrased sentence pair are folded into it."""
    kept = list(copied)
    grown = []
    for sentence in paraphrases:
        inside = [p for p in kept if _mostly_within(p.a_words, sentence.a_words)
                  and _mostly_within(p.b_words, sentence.b_words)]
        for p in inside:
            kept.remove(p)
            sentence = Passage(min(sentence.a_start, p.a_start), max(sentence.a_end, p.a_end),
                               min(sentence.b_start, p.b_start), max(sentence.b_end, p.b_end), "paraphrase",
                               sentence.score, (min(sentence.a_words[0], p.a_words[0]),
                                                max(sentence.a_words[1], p.a_words[1])),
                               (min(sentence.b_words[0], p.b_words[0]), max(sentence.b_words[1], p.b_words[1])))
        grown.append(sentence)
    return kept + grown


def _mostly_within(span: tuple[int, int], container: tuple[int, int]) -> bool:
    inside = max(0, min(span[1], container[1]) - max(span[0], container[0]))
    return inside * 2 >= span[1] - span[0]


def merge_adjacent(a: PreparedText, b: PreparedText, passages: list[Passage]) -> list[Passage]:
    """Join passages that continue each other on both sides: two paraphrased sentences in a row are
    one reworded paragraph, two copied stretches split by one changed word are one near passage."""
    merged: list[Passage] = []
    for passage in sorted(passages, key=lambda p: (p.a_start, p.b_start)):
        last = merged[-1] if merged else None
        if last is not None and _continues(last, passage):
            merged[-1] = _join(a, b, last, passage)
        else:
            merged.append(passage)
    return merged


def _continues(first: Passage, second: Passage) -> bool:
    same_class = (first.kind == "paraphrase") == (second.kind == "paraphrase")
    gap_a = second.a_words[0] - first.a_words[1]
    gap_b = second.b_words[0] - first.b_words[1]
    return same_class and 0 <= gap_a <= _MERGE_GAP_WORDS and 0 <= gap_b <= _MERGE_GAP_WORDS


def _join(a: PreparedText, b: PreparedText, first: Passage, second: Passage) -> Passage:
    a_words = (first.a_words[0], second.a_words[1])
    b_words = (first.b_words[0], second.b_words[1])
    if first.kind == "paraphrase":
        kind = "paraphrase"
        length = (first.a_words[1] - first.a_words[0], second.a_words[1] - second.a_words[0])
        score = round((first.score * length[0] + second.score * length[1]) / sum(length), 4)
    else:
        kind = "near"
        score = round(Levenshtein.normalized_similarity(a.tokens.words[a_words[0]:a_words[1]],
                                                        b.tokens.words[b_words[0]:b_words[1]]), 4)
    return Passage(first.a_start, second.a_end, first.b_start, second.b_end, kind, score, a_words, b_words)


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
