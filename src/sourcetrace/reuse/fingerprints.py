"""Winnowed hashed word n-grams: the index that finds candidate pairs without comparing all pairs.

Winnowing keeps the smallest hash in every window of `winnow_window` n-grams, which guarantees a
shared fingerprint for any shared run of window + n - 1 words while storing about 2/(w+1) of them.
"""

from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from sourcetrace.text import STOPWORDS, word_hashes

ALGORITHM = "reuse.fingerprints.v1"
_NO_HASH = np.uint64(np.iinfo(np.uint64).max)
# Odd multipliers make the n-gram hash depend on word order.
_MULTIPLIERS = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
                         0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0x27D4EB2F165667C5, 0x94D049BB133111EB,
                         0xBF58476D1CE4E5B9, 0x2545F4914F6CDD1D, 0x9FB21C651E98DF25, 0xA0761D6478BD642F],
                        dtype=np.uint64)


def ngram_hashes(token_hashes: np.ndarray, n: int) -> np.ndarray:
    """Hash of every run of n consecutive words (len(tokens) - n + 1 values)."""
    count = len(token_hashes) - n + 1
    if count <= 0:
        return np.empty(0, dtype=np.uint64)
    combined = np.zeros(count, dtype=np.uint64)
    for k in range(n):
        combined += token_hashes[k : k + count] * _MULTIPLIERS[k]
    combined ^= combined >> np.uint64(29)
    return combined


def content_ngrams(words: list[str], n: int) -> np.ndarray:
    """True for n-grams holding at least one non-stopword: "one of the" alone proves nothing."""
    is_content = np.fromiter((w not in STOPWORDS for w in words), dtype=np.int32, count=len(words))
    if len(words) < n:
        return np.zeros(0, dtype=bool)
    return np.convolve(is_content, np.ones(n, dtype=np.int32), mode="valid") > 0


def winnow(hashes: np.ndarray, window: int) -> np.ndarray:
    """Positions of the minimum hash in every window (each position reported once)."""
    if len(hashes) == 0:
        return np.empty(0, dtype=np.int64)
    if len(hashes) <= window:
        return np.array([int(np.argmin(hashes))])
    windows = sliding_window_view(hashes, window)
    return np.unique(windows.argmin(axis=1) + np.arange(len(windows)))


def fingerprints(words: list[str], n: int, window: int) -> tuple[np.ndarray, np.ndarray]:
    """(hashes uint64, word positions uint32) of the winnowed content n-grams of a text's words."""
    grams = ngram_hashes(word_hashes(words), n)
    content = content_ngrams(words, n)
    grams = np.where(content, grams, _NO_HASH)
    chosen = winnow(grams, window)
    chosen = chosen[grams[chosen] != _NO_HASH]
    return grams[chosen], chosen.astype(np.uint32)
