"""Candidate pairs from the fingerprint index, with boilerplate suppressed.

The index is built from the per-document fingerprint blobs in shards of hash space, so memory is
bounded by `index_shard_postings` whatever the collection size; pairs come only from shared
fingerprints, never from comparing all pairs. A fingerprint held by more documents than the
boilerplate threshold is furniture (footers, bylines), not reuse; so is one held by several
documents that all come from one outlet (its own footer), while a release echoed by many outlets
stays reuse however often it is echoed.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass

import numpy as np

from sourcetrace.settings import Settings

ALGORITHM = "reuse.candidates.v1"


@dataclass(frozen=True)
class Candidates:
    pairs: np.ndarray            # (k, 2) uint32 document ids, a < b
    shared: np.ndarray           # (k,) shared fingerprint counts
    boilerplate: np.ndarray      # sorted uint64 fingerprints treated as boilerplate


def boilerplate_threshold(documents: int, settings: Settings) -> int:
    return max(settings.boilerplate_min_docs, math.ceil(settings.boilerplate_share * documents))


def find_candidates(db: sqlite3.Connection, new_ids: np.ndarray, settings: Settings) -> Candidates:
    """Pairs (a, b) sharing enough fingerprints, where at least one of a, b is in `new_ids`."""
    documents, postings = db.execute(
        "SELECT count(*), coalesce(sum(length(hashes)), 0) / 8 FROM fingerprints").fetchone()
    threshold = boilerplate_threshold(int(documents), settings)
    shards = max(1, math.ceil(int(postings) / settings.index_shard_postings))
    is_new = _membership(new_ids)
    outlets = _outlet_codes(db)
    pair_keys: list[np.ndarray] = []
    boilerplate: list[np.ndarray] = []
    for shard in range(shards):
        hashes, docs = _load_shard(db, shard, shards)
        keys, common = _shard_pairs(hashes, docs, threshold, is_new, outlets, settings.boilerplate_outlet_docs)
        pair_keys.append(keys)
        boilerplate.append(common)
    keys, counts = np.unique(np.concatenate(pair_keys) if pair_keys else np.empty(0, np.uint64),
                             return_counts=True)
    keep = counts >= settings.min_shared_fingerprints
    keys, counts = keys[keep], counts[keep]
    pairs = np.stack([keys >> np.uint64(32), keys & np.uint64(0xFFFFFFFF)], axis=1).astype(np.uint32)
    return Candidates(pairs, counts, np.sort(np.concatenate(boilerplate)) if boilerplate else np.empty(0, np.uint64))


def _membership(new_ids: np.ndarray) -> np.ndarray:
    size = int(new_ids.max()) + 1 if len(new_ids) else 1
    flags = np.zeros(size, dtype=bool)
    flags[new_ids] = True
    return flags


def _outlet_codes(db: sqlite3.Connection) -> np.ndarray:
    """Outlet of each document as a small integer (-1: unknown), indexed by document id."""
    rows = db.execute("SELECT id, outlet FROM documents").fetchall()
    codes = np.full((max((row[0] for row in rows), default=0) + 1), -1, dtype=np.int64)
    names: dict[str, int] = {}
    for doc_id, outlet in rows:
        if outlet:
            codes[doc_id] = names.setdefault(outlet.strip().lower(), len(names))
    return codes


def _load_shard(db: sqlite3.Connection, shard: int, shards: int) -> tuple[np.ndarray, np.ndarray]:
    hash_parts: list[np.ndarray] = []
    doc_parts: list[np.ndarray] = []
    for doc_id, blob in db.execute("SELECT doc_id, hashes FROM fingerprints ORDER BY doc_id"):
        hashes = np.unique(np.frombuffer(blob, dtype="<u8"))
        if shards > 1:
            hashes = hashes[hashes % np.uint64(shards) == shard]
        hash_parts.append(hashes)
        doc_parts.append(np.full(len(hashes), doc_id, dtype=np.uint32))
    if not hash_parts:
        return np.empty(0, np.uint64), np.empty(0, np.uint32)
    return np.concatenate(hash_parts), np.concatenate(doc_parts)


def _shard_pairs(hashes: np.ndarray, docs: np.ndarray, threshold: int, is_new: np.ndarray,
                 outlets: np.ndarray, outlet_threshold: int) -> tuple[np.ndarray, np.ndarray]:
    """Pair keys (a << 32 | b) for every two documents sharing a fingerprint, and the boilerplate."""
    order = np.lexsort((docs, hashes))
    hashes, docs = hashes[order], docs[order]
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]])
    sizes = np.diff(np.r_[starts, len(hashes)])
    furniture = (sizes > threshold) | _one_outlet(docs, starts, sizes, outlets, outlet_threshold)
    common = hashes[starts[furniture]]
    shared = (sizes >= 2) & ~furniture
    group_starts, group_sizes = starts[shared], sizes[shared]
    index = np.flatnonzero(np.repeat(shared, sizes))
    rank = index - np.repeat(group_starts, group_sizes)
    size_of = np.repeat(group_sizes, group_sizes)
    keys: list[np.ndarray] = []
    offset = 1
    while True:
        alive = rank + offset < size_of
        if not alive.any():
            break
        index, rank, size_of = index[alive], rank[alive], size_of[alive]
        first, second = docs[index], docs[index + offset]
        relevant = _is_new(is_new, first) | _is_new(is_new, second)
        keys.append((first[relevant].astype(np.uint64) << np.uint64(32)) | second[relevant].astype(np.uint64))
        offset += 1
    return (np.concatenate(keys) if keys else np.empty(0, np.uint64)), common


def _one_outlet(docs: np.ndarray, starts: np.ndarray, sizes: np.ndarray, outlets: np.ndarray,
                outlet_threshold: int) -> np.ndarray:
    """Groups of at least `outlet_threshold` documents that all come from the same known outlet."""
    if len(starts) == 0:
        return np.zeros(0, dtype=bool)
    codes = np.full(len(docs), -1, dtype=np.int64)
    known = docs < len(outlets)
    codes[known] = outlets[docs[known]]
    lowest = np.minimum.reduceat(codes, starts)
    highest = np.maximum.reduceat(codes, starts)
    return (sizes >= outlet_threshold) & (lowest == highest) & (lowest >= 0)


def _is_new(flags: np.ndarray, docs: np.ndarray) -> np.ndarray:
    inside = docs < len(flags)
    out = np.zeros(len(docs), dtype=bool)
    out[inside] = flags[docs[inside]]
    return out
