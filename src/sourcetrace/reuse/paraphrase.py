"""Paraphrased sentences: reworded but carrying the same content words.

A lexical method: each sentence left mostly uncovered by verbatim/near passages becomes a set of
crudely stemmed content words; sentence pairs whose sets overlap enough (Dice) are paraphrases.
Names, numbers and key nouns survive rewording, which is what makes this work without embeddings.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import Stemmer

from sourcetrace.reuse.align import Passage, PreparedText
from sourcetrace.settings import Settings
from sourcetrace.text import STOPWORDS, sentences

ALGORITHM = "reuse.paraphrase.v1"
_MAX_COVERED_SHARE = 0.7   # a sentence mostly copied is a near passage already
_STEMMER = Stemmer.Stemmer("english")


def stem(word: str) -> str:
    """Snowball (Porter 2) stem: "tortured" and "torture" must count as the same content word."""
    return _STEMMER.stemWord(word)


def _index(prepared: PreparedText) -> tuple[list[tuple[int, int]], list[str | None]]:
    """Sentence word ranges and content stems of a document, computed once per document."""
    if prepared.sentence_words is None or prepared.stems is None:
        spans = np.array(sentences(prepared.text), dtype=np.int64).reshape(-1, 2)
        first = np.searchsorted(prepared.tokens.starts, spans[:, 0], side="left")
        last = np.searchsorted(prepared.tokens.starts, spans[:, 1], side="left")
        prepared.sentence_words = list(zip(first.tolist(), last.tolist(), strict=True))
        words = prepared.tokens.words
        content = [i for i, w in enumerate(words) if w not in STOPWORDS and (len(w) > 2 or w.isdigit())]
        stems: list[str | None] = [None] * len(words)
        for i, stemmed in zip(content, _STEMMER.stemWords([words[i] for i in content]), strict=True):
            stems[i] = stemmed
        prepared.stems = stems
    return prepared.sentence_words, prepared.stems


def _sentence_words(prepared: PreparedText, covered: np.ndarray) -> list[tuple[int, int, frozenset[str]]]:
    """(first word, end word, content stems) of each sentence not already mostly aligned.

    Only words not already aligned count: a sentence that merely holds a copied quote is not a
    paraphrase of the sentence the quote came from.
    """
    ranges, stems = _index(prepared)
    running = np.concatenate(([0], np.cumsum(covered, dtype=np.int64))).tolist()
    out = []
    for w0, w1 in ranges:
        if w1 - w0 < 4 or running[w1] - running[w0] > _MAX_COVERED_SHARE * (w1 - w0):
            continue
        words = frozenset(stems[i] for i in range(w0, w1) if not covered[i] and stems[i] is not None)
        if words:
            out.append((w0, w1, words))
    return out


def find_paraphrases(a: PreparedText, b: PreparedText, covered_a: np.ndarray, covered_b: np.ndarray,
                     settings: Settings) -> list[Passage]:
    """One-to-one sentence pairs whose content words overlap at least `paraphrase_min_dice`."""
    sentences_a = _sentence_words(a, covered_a)
    sentences_b = _sentence_words(b, covered_b)
    by_stem: dict[str, list[int]] = defaultdict(list)
    for index, (_, _, stems) in enumerate(sentences_b):
        for word in stems:
            by_stem[word].append(index)
    scored: list[tuple[float, int, int]] = []
    for index_a, (_, _, stems_a) in enumerate(sentences_a):
        shared: dict[int, int] = defaultdict(int)
        for word in stems_a:
            for index_b in by_stem.get(word, ()):
                shared[index_b] += 1
        for index_b, count in shared.items():
            dice = 2 * count / (len(stems_a) + len(sentences_b[index_b][2]))
            if count >= settings.paraphrase_min_shared and dice >= settings.paraphrase_min_dice:
                scored.append((dice, index_a, index_b))
    return _one_to_one(a, b, sentences_a, sentences_b, scored)


def _one_to_one(a: PreparedText, b: PreparedText, sentences_a: list, sentences_b: list,
                scored: list[tuple[float, int, int]]) -> list[Passage]:
    used_a: set[int] = set()
    used_b: set[int] = set()
    passages = []
    for dice, index_a, index_b in sorted(scored, reverse=True):
        if index_a in used_a or index_b in used_b:
            continue
        used_a.add(index_a)
        used_b.add(index_b)
        a0, a1, _ = sentences_a[index_a]
        b0, b1, _ = sentences_b[index_b]
        passages.append(Passage(
            int(a.tokens.starts[a0]), int(a.tokens.ends[a1 - 1]), int(b.tokens.starts[b0]),
            int(b.tokens.ends[b1 - 1]), "paraphrase", round(dice, 4), (a0, a1), (b0, b1)))
    return passages
