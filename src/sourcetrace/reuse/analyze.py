"""The reuse stage over the store, incremental: new documents are compared with the collection.

Reads: documents, fingerprints, analyzed. Writes: fingerprints, passages, relations, families,
analyzed. A document counts as analyzed only once every pair it belongs to is written, so an
interrupted run is finished by the next one (pairs are deleted before they are rewritten).
"""

from __future__ import annotations

import json
import sqlite3
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sourcetrace.parallel import ordered_map, ordered_map_chunked, worker_count
from sourcetrace.reuse import align as align_module
from sourcetrace.reuse import candidates as candidates_module
from sourcetrace.reuse import fingerprints as fingerprints_module
from sourcetrace.reuse import paraphrase as paraphrase_module
from sourcetrace.reuse import relations as relations_module
from sourcetrace.reuse import siblings as siblings_module
from sourcetrace.reuse.align import PreparedText, prepare
from sourcetrace.reuse.compare import Comparison, compare_prepared
from sourcetrace.reuse.families import rebuild_families
from sourcetrace.reuse.relations import DocumentMeta
from sourcetrace.reuse.siblings import resolve_siblings
from sourcetrace.settings import Settings
from sourcetrace.store import Store
from sourcetrace.text import words_only

ALGORITHM = "+".join(m.ALGORITHM for m in (fingerprints_module, candidates_module, align_module,
                                           paraphrase_module, relations_module, siblings_module))
PAIRS_PER_TASK = 200
_CACHE_SIZE = 512

Progress = Callable[[str, int, int], None]   # (step, done, total)


@dataclass(frozen=True)
class AnalyzeReport:
    new_documents: int
    candidate_pairs: int
    related_pairs: int
    passages: int
    families: int
    documents: int


def analyze(store: Store, settings: Settings, on_progress: Progress | None = None) -> AnalyzeReport:
    """Fingerprint and compare every document not yet analyzed; rebuild source families."""
    run_id = store.start_run("reuse", ALGORITHM, settings.as_dict())
    workers = worker_count(settings.workers)
    new_ids = np.array([row[0] for row in store.db.execute(
        "SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM analyzed) ORDER BY id")], dtype=np.uint32)
    _fingerprint_missing(store, settings, workers, on_progress)
    found = candidates_module.find_candidates(store.db, new_ids, settings)
    related = passages = 0
    pending: list[tuple[int, int, Comparison | None]] = []
    for result in _compare_pairs(store.path, found, settings, workers, on_progress):
        pending.append(result)
        related += result[2] is not None
        if len(pending) >= settings.batch_size:
            passages += _write_pairs(store.db, run_id, pending)
    passages += _write_pairs(store.db, run_id, pending)
    with store.db:
        store.db.executemany("INSERT OR REPLACE INTO analyzed(doc_id, run_id) VALUES (?, ?)",
                             [(int(doc_id), run_id) for doc_id in new_ids])
    resolve_siblings(store.db)
    families = rebuild_families(store.db)
    report = AnalyzeReport(len(new_ids), len(found.pairs), related, passages, families, store.count("documents"))
    store.finish_run(run_id, report.__dict__)
    return report


def _fingerprint_missing(store: Store, settings: Settings, workers: int, on_progress: Progress | None) -> None:
    total = store.db.execute(
        "SELECT count(*) FROM documents WHERE id NOT IN (SELECT doc_id FROM fingerprints)").fetchone()[0]
    reader = sqlite3.connect(store.path)
    rows = reader.execute("SELECT id, text FROM documents WHERE id NOT IN (SELECT doc_id FROM fingerprints) "
                          "ORDER BY id")
    fingerprint = _Fingerprinter(settings.fingerprint_ngram, settings.winnow_window)
    batch: list[tuple[int, bytes, bytes, str]] = []
    done = 0
    for result in ordered_map_chunked(fingerprint, rows, workers, chunk_size=100):
        batch.append(result)
        done += 1
        if len(batch) >= settings.batch_size:
            _write_fingerprints(store.db, batch)
            if on_progress:
                on_progress("fingerprint", done, total)
    _write_fingerprints(store.db, batch)
    reader.close()
    if on_progress:
        on_progress("fingerprint", done, total)


@dataclass(frozen=True)
class _Fingerprinter:
    n: int
    window: int

    def __call__(self, row: tuple[int, str]) -> tuple[int, bytes, bytes, str]:
        doc_id, text = row
        hashes, positions = fingerprints_module.fingerprints(words_only(text), self.n, self.window)
        return doc_id, hashes.astype("<u8").tobytes(), positions.astype("<u4").tobytes(), \
            fingerprints_module.ALGORITHM


def _write_fingerprints(db: sqlite3.Connection, batch: list[tuple[int, bytes, bytes, str]]) -> None:
    with db:
        db.executemany("INSERT OR REPLACE INTO fingerprints(doc_id, hashes, positions, algorithm) "
                       "VALUES (?, ?, ?, ?)", batch)
    batch.clear()


# --- comparing candidate pairs in worker processes -------------------------------------------------

_worker: dict[str, object] = {}


def _init_worker(db_path: str, settings: Settings, boilerplate: np.ndarray) -> None:
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=60)
    _worker.update(db=connection, settings=settings, boilerplate=boilerplate, cache=OrderedDict())


def _prepared(doc_id: int) -> tuple[PreparedText, DocumentMeta]:
    cache: OrderedDict[int, tuple[PreparedText, DocumentMeta]] = _worker["cache"]  # type: ignore[assignment]
    if doc_id in cache:
        cache.move_to_end(doc_id)
        return cache[doc_id]
    db: sqlite3.Connection = _worker["db"]  # type: ignore[assignment]
    text, outlet, byline, published, precision = db.execute(
        "SELECT text, outlet, byline, published, date_precision FROM documents WHERE id = ?", (doc_id,)).fetchone()
    prepared = prepare(text, _worker["settings"], _worker["boilerplate"])  # type: ignore[arg-type]
    meta = DocumentMeta(outlet, byline, published, precision)
    cache[doc_id] = (prepared, meta)
    if len(cache) > _CACHE_SIZE:
        cache.popitem(last=False)
    return cache[doc_id]


def _compare_chunk(pairs: list[tuple[int, int]]) -> list[tuple[int, int, Comparison | None]]:
    settings: Settings = _worker["settings"]  # type: ignore[assignment]
    out = []
    for a_doc, b_doc in pairs:
        a, meta_a = _prepared(a_doc)
        b, meta_b = _prepared(b_doc)
        comparison = compare_prepared(a, b, meta_a, meta_b, settings)
        out.append((a_doc, b_doc, comparison if comparison.passages else None))
    return out


def _compare_pairs(db_path: Path, found: candidates_module.Candidates, settings: Settings, workers: int,
                   on_progress: Progress | None) -> Iterator[tuple[int, int, Comparison | None]]:
    pairs = [(int(a), int(b)) for a, b in found.pairs]
    chunks = [pairs[i : i + PAIRS_PER_TASK] for i in range(0, len(pairs), PAIRS_PER_TASK)]
    done = 0
    for results in ordered_map(_compare_chunk, chunks, min(workers, max(1, len(chunks))),
                               initializer=_init_worker, initargs=(str(db_path), settings, found.boilerplate)):
        yield from results
        done += len(results)
        if on_progress:
            on_progress("align", done, len(pairs))


def _write_pairs(db: sqlite3.Connection, run_id: int, results: list[tuple[int, int, Comparison | None]]) -> int:
    """Write a batch of compared pairs in one transaction; returns the number of passages written."""
    written = 0
    with db:
        for a_doc, b_doc, comparison in results:
            db.execute("DELETE FROM passages WHERE a_doc = ? AND b_doc = ?", (a_doc, b_doc))
            db.execute("DELETE FROM relations WHERE a_doc = ? AND b_doc = ?", (a_doc, b_doc))
            if comparison is not None:
                _insert_pair(db, run_id, a_doc, b_doc, comparison)
                written += len(comparison.passages)
    results.clear()
    return written


def _insert_pair(db: sqlite3.Connection, run_id: int, a_doc: int, b_doc: int, comparison: Comparison) -> None:
    db.executemany(
        "INSERT INTO passages(a_doc, a_start, a_end, b_doc, b_start, b_end, kind, score, run_id) "
        "VALUES (?,?,?,?,?,?,?,?,?)",
        [(a_doc, p.a_start, p.a_end, b_doc, p.b_start, p.b_end, p.kind, p.score, run_id)
         for p in comparison.passages])
    relation = comparison.relation
    source_doc = {"a": a_doc, "b": b_doc}.get(relation.source or "")
    db.execute(
        "INSERT INTO relations(a_doc, b_doc, a_covered, b_covered, verdict, source_doc, confidence, evidence, "
        "run_id) VALUES (?,?,?,?,?,?,?,?,?)",
        (a_doc, b_doc, relation.a_covered, relation.b_covered, relation.verdict, source_doc,
         relation.confidence, json.dumps([e.as_dict() for e in relation.evidence]), run_id))
