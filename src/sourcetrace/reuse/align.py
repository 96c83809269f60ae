"""Aligned passages between two texts: seed matches of word n-grams chained along diagonals.

Chaining tolerates gaps on both sides (edits, an inserted "said Robertson"), follows passages in
any order (each chain is local, so reordered paragraphs are separate chains), and never needs
the texts to start aligned. Passages are then classified verbatim / near by word-level edit
similarity (rapidfuzz). Paraphrases are found afterwards among the sentences left uncovered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np
from rapidfuzz.distance import Levenshtein

from sourcetrace.reuse.fingerprints import content_ngrams, ngram_hashes
from sourcetrace.settings import Settings
from sourcetrace.text import STOPWORDS, Tokens, tokenize, word_hashes

ALGORITHM = "reuse.align.v1"
_NO_HASH = np.uint64(np.iinfo(np.uint64).max)
_MAX_SEED_REPEATS = 8  # an n-gram repeated more often than this in one text is a refrain, not evidence
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Passage:
    """One aligned span pair; offsets are code points, words are token index ranges."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    kind: str
    score: float
    a_words: tuple[int, int]
    b_words: tuple[int, int]


@dataclass
class PreparedText:
    """A text with what alignment needs, computed once per document and reused across its pairs."""

    text: str
    tokens: Tokens
    seeds: np.ndarray  # seed n-gram hash per position, _NO_HASH where unusable
    boilerplate: np.ndarray  # bool per token
    # Filled on first use by the paraphrase step and kept with the cached document:
    sentence_words: list[tuple[int, int]] | None = None  # word range of each sentence
    stems: list[str | None] | None = None  # content stem per word, None for stopwords


def prepare(text: str, settings: Settings, boilerplate_hashes: np.ndarray | None = None) -> PreparedText:
    tokens = tokenize(text)
    hashes = word_hashes(tokens.words)
    seeds = ngram_hashes(hashes, settings.seed_ngram)
    seeds = np.where(content_ngrams(tokens.words, settings.seed_ngram), seeds, _NO_HASH)
    mask = _boilerplate_mask(tokens, hashes, settings, boilerplate_hashes)
    if mask.any():
        seeds = np.where(mask[: len(seeds)], _NO_HASH, seeds)
    return PreparedText(text, tokens, seeds, mask)


def _boilerplate_mask(
    tokens: Tokens, hashes: np.ndarray, settings: Settings, boilerplate_hashes: np.ndarray | None
) -> np.ndarray:
    """Tokens inside long runs of boilerplate fingerprints (isolated common phrases stay usable)."""
    mask = np.zeros(len(tokens), dtype=bool)
    if boilerplate_hashes is None or len(boilerplate_hashes) == 0:
        return mask
    grams = ngram_hashes(hashes, settings.fingerprint_ngram)
    hits = np.flatnonzero(np.isin(grams, boilerplate_hashes))
    reach = settings.fingerprint_ngram + settings.winnow_window - 1
    for position in hits:
        mask[position : position + reach] = True
    return _drop_short_runs(mask, settings.min_passage_words)


def _drop_short_runs(mask: np.ndarray, min_length: int) -> np.ndarray:
    edges = np.flatnonzero(np.diff(np.r_[0, mask.astype(np.int8), 0]))
    for start, end in zip(edges[::2], edges[1::2], strict=True):
        if end - start < min_length:
            mask[start:end] = False
    return mask


def seed_matches(a: PreparedText, b: PreparedText) -> tuple[np.ndarray, np.ndarray]:
    """(i, j) for every seed n-gram at position i of a and j of b with the same hash."""
    order = np.argsort(a.seeds, kind="stable")
    sorted_a = a.seeds[order]
    low = np.searchsorted(sorted_a, b.seeds, side="left")
    high = np.searchsorted(sorted_a, b.seeds, side="right")
    counts = high - low
    usable = (b.seeds != _NO_HASH) & (counts > 0) & (counts <= _MAX_SEED_REPEATS)
    counts, low = counts[usable], low[usable]
    j = np.repeat(np.flatnonzero(usable), counts)
    offsets = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    i = order[np.repeat(low, counts) + offsets]
    return i, j


@dataclass
class _Chain:
    points: list[tuple[int, int]] = field(default_factory=list)


def chain_seeds(i: np.ndarray, j: np.ndarray, max_gap: int) -> list[list[tuple[int, int]]]:
    """Greedy chaining: each seed extends the open chain it continues best (closest diagonal)."""
    order = np.lexsort((j, i))
    finished: list[list[tuple[int, int]]] = []
    active: list[_Chain] = []
    for x, y in zip(i[order].tolist(), j[order].tolist(), strict=True):
        best: _Chain | None = None
        best_cost = max_gap + 1
        still_open: list[_Chain] = []
        for chain in active:
            last_x, last_y = chain.points[-1]
            if x - last_x > max_gap + 1:
                finished.append(chain.points)
                continue
            still_open.append(chain)
            dx, dy = x - last_x, y - last_y
            if dx > 0 and 0 < dy <= max_gap + 1 and abs(dx - dy) < best_cost:
                best, best_cost = chain, abs(dx - dy)
        active = still_open
        if best is None:
            active.append(_Chain([(x, y)]))
        else:
            best.points.append((x, y))
    finished.extend(chain.points for chain in active)
    return finished


def align(a: PreparedText, b: PreparedText, settings: Settings) -> list[Passage]:
    """Verbatim and near passages between two prepared texts, in order of their start in a."""
    i, j = seed_matches(a, b)
    if len(i) == 0:
        return []
    passages: list[Passage] = []
    for points in chain_seeds(i, j, settings.max_gap_words):
        passages.extend(_chain_to_passages(a, b, points, settings))
    return sorted(passages, key=lambda p: (p.a_start, p.b_start))


def _chain_to_passages(
    a: PreparedText, b: PreparedText, points: list[tuple[int, int]], settings: Settings
) -> list[Passage]:
    n = settings.seed_ngram
    a0, a1, b0, b1 = _extend(a, b, points[0][0], points[-1][0] + n, points[0][1], points[-1][1] + n)
    words_a, words_b = a.tokens.words[a0:a1], b.tokens.words[b0:b1]
    if (
        min(a1 - a0, b1 - b0) < settings.min_passage_words
        or _shared_content(words_a, words_b) < settings.min_content_words
    ):
        return []
    similarity = 1.0 if words_a == words_b else Levenshtein.normalized_similarity(words_a, words_b)
    if similarity < settings.paraphrase_min_similarity:
        return _split_at_widest_gap(a, b, points, settings)
    a_start, a_end = int(a.tokens.starts[a0]), int(a.tokens.ends[a1 - 1])
    b_start, b_end = int(b.tokens.starts[b0]), int(b.tokens.ends[b1 - 1])
    if similarity < settings.near_min_similarity:
        kind = "paraphrase"  # same words, heavily rearranged: a reworded sentence, not an edited copy
    elif similarity == 1.0 and _same_characters(a.text[a_start:a_end], b.text[b_start:b_end]):
        kind = "verbatim"
    else:
        kind = "near"
    score = round(similarity if kind != "near" or similarity < 1.0 else 0.99, 4)
    return [Passage(a_start, a_end, b_start, b_end, kind, score, (a0, a1), (b0, b1))]


def _extend(a: PreparedText, b: PreparedText, a0: int, a1: int, b0: int, b1: int) -> tuple[int, int, int, int]:
    """Grow a chained span over identical neighbouring words that seeds skip ("we will not …"),
    but never across the end of a sentence: the copied passage starts where the copying starts."""
    words_a, words_b = a.tokens.words, b.tokens.words
    while (
        a0 > 0
        and b0 > 0
        and words_a[a0 - 1] == words_b[b0 - 1]
        and not a.boilerplate[a0 - 1]
        and not _sentence_break(a, a0)
        and not _sentence_break(b, b0)
    ):
        a0, b0 = a0 - 1, b0 - 1
    while (
        a1 < len(words_a)
        and b1 < len(words_b)
        and words_a[a1] == words_b[b1]
        and not a.boilerplate[a1]
        and not _sentence_break(a, a1)
        and not _sentence_break(b, b1)
    ):
        a1, b1 = a1 + 1, b1 + 1
    return a0, a1, b0, b1


def _sentence_break(prepared: PreparedText, word: int) -> bool:
    """Whether a sentence ends between word - 1 and word."""
    between = prepared.text[int(prepared.tokens.ends[word - 1]) : int(prepared.tokens.starts[word])]
    return any(mark in between for mark in ".!?\n")


def _split_at_widest_gap(
    a: PreparedText, b: PreparedText, points: list[tuple[int, int]], settings: Settings
) -> list[Passage]:
    if len(points) < 2:
        return []
    gaps = [max(p[0] - q[0], p[1] - q[1]) for q, p in pairwise(points)]
    cut = int(np.argmax(gaps)) + 1
    return _chain_to_passages(a, b, points[:cut], settings) + _chain_to_passages(a, b, points[cut:], settings)


def _same_characters(first: str, second: str) -> bool:
    return _SPACES.sub(" ", first) == _SPACES.sub(" ", second)


def _shared_content(words_a: list[str], words_b: list[str]) -> int:
    """Content words of one span found in the other: "one of the … in the world" shares only two."""
    other = set(words_b)
    return sum(1 for word in words_a if word not in STOPWORDS and word in other)


def covered_words(passages: list[Passage], length: int, side: str) -> np.ndarray:
    """Boolean mask of the words of one side covered by any passage."""
    mask = np.zeros(length, dtype=bool)
    for passage in passages:
        start, end = passage.a_words if side == "a" else passage.b_words
        mask[start:end] = True
    return mask
