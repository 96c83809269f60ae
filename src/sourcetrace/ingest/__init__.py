"""Ingest stage: files and folders in, documents (with every origin) out to the store.

Reads: origins (to skip what is stored). Writes: documents, origins, documents_fts, meta.
Parsing runs in worker processes; the store is written in batches, one transaction each, so an
interrupted run loses at most the batch in flight and a re-run finishes the job.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sourcetrace.errors import InputError
from sourcetrace.ingest import readers
from sourcetrace.ingest.readers import Limits, ParsedDocument, WarcHtml
from sourcetrace.parallel import ordered_map, worker_count
from sourcetrace.settings import Settings
from sourcetrace.store import Store
from sourcetrace.store.documents import NewDocument, index_new_documents, known_origins, write_documents
from sourcetrace.text import decode_bytes

ALGORITHM = "ingest.v1"
JSONL_CHUNK_LINES = 500

ProgressCallback = Callable[[int, int], None]  # (bytes done so far, total bytes)


@dataclass(frozen=True)
class FileItem:
    path: Path


@dataclass(frozen=True)
class JsonlChunk:
    path: str
    lines: tuple[tuple[int, bytes], ...]


WorkItem = FileItem | JsonlChunk | WarcHtml


@dataclass
class IngestReport:
    added: int = 0
    duplicates: int = 0
    unchanged: int = 0
    errors: list[InputError] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def ingest_paths(
    store: Store,
    paths: list[Path],
    settings: Settings,
    on_progress: ProgressCallback | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> IngestReport:
    """Add every supported file under `paths` to the store; bad inputs are reported, not fatal."""
    limits = Limits(settings.max_file_bytes, settings.max_document_chars, settings.min_document_words)
    report = IngestReport()

    def fail(error: InputError) -> None:
        report.errors.append(error)
        if on_error:
            on_error(error)

    files = list(_iter_files(paths, fail))
    total = sum(_size(path) for path in files)
    run_id = store.start_run("ingest", ALGORITHM, settings.as_dict())
    index_new_documents(store)   # catch up after an interrupted run
    try:
        _ingest_units(store, files, limits, settings, report, fail, on_progress, total)
        index_new_documents(store)
    except KeyboardInterrupt:
        store.finish_run(run_id, _stats(report), status="interrupted")
        raise
    store.finish_run(run_id, _stats(report))
    return report


def _ingest_units(
    store: Store,
    files: list[Path],
    limits: Limits,
    settings: Settings,
    report: IngestReport,
    fail: Callable[[InputError], None],
    on_progress: ProgressCallback | None,
    total: int,
) -> None:
    batch: list[NewDocument] = []
    done = 0
    units = _work_units(store, files, limits, fail, settings.batch_size)
    parse = functools.partial(parse_unit, limits=limits)
    for size, skipped, results in ordered_map(parse, units, worker_count(settings.workers)):
        report.unchanged += skipped
        for result in results:
            if isinstance(result, InputError):
                fail(result)
                continue
            if result.encoding_note:
                report.notices.append(f"{result.origin}: {result.encoding_note}")
            batch.append(_to_new_document(result))
            if len(batch) >= settings.batch_size:
                _flush(store, batch, report)
        done += size
        if on_progress:
            on_progress(min(done, total), total)
    _flush(store, batch, report)


def _stats(report: IngestReport) -> dict[str, int]:
    return {"added": report.added, "duplicates": report.duplicates, "unchanged": report.unchanged,
            "errors": len(report.errors)}


def _flush(store: Store, batch: list[NewDocument], report: IngestReport) -> None:
    if not batch:
        return
    outcome = write_documents(store, batch)
    report.added += outcome.added
    report.duplicates += outcome.duplicates
    report.unchanged += outcome.unchanged
    batch.clear()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _iter_files(paths: list[Path], fail: Callable[[InputError], None]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and readers.is_supported(p))
        elif not path.exists():
            fail(InputError(str(path), "no such file or folder"))
        elif not readers.is_supported(path):
            fail(InputError(str(path), f"unsupported file type {readers.suffix_of(path) or '(none)'!r}; "
                                       "expected .txt .md .html .htm .jsonl .warc .warc.gz"))
        else:
            yield path


@dataclass(frozen=True)
class WorkUnit:
    """What one worker call handles: `size` bytes of input, `skipped` origins already stored."""

    size: int
    skipped: int
    item: WorkItem | None


def _work_units(store: Store, files: list[Path], limits: Limits, fail: Callable[[InputError], None],
                chunk_lines: int) -> Iterator[WorkUnit]:
    for path in files:
        suffix = readers.suffix_of(path)
        if suffix in readers.JSONL_SUFFIXES:
            yield from _jsonl_units(store, path, fail, chunk_lines)
        elif suffix in readers.WARC_SUFFIXES:
            yield from _warc_units(store, path, limits, fail)
        elif known_origins(store, [str(path)]):
            yield WorkUnit(_size(path), 1, None)
        else:
            yield WorkUnit(_size(path), 0, FileItem(path))


def _jsonl_units(store: Store, path: Path, fail: Callable[[InputError], None], chunk_lines: int) -> Iterator[WorkUnit]:
    try:
        stream = path.open("rb")
    except OSError as exc:
        fail(InputError(str(path), f"cannot open ({exc.strerror})"))
        return
    with stream:
        chunk: list[tuple[int, bytes]] = []
        chunk_bytes = 0
        for number, line in enumerate(stream, start=1):
            chunk_bytes += len(line)
            if line.strip():
                chunk.append((number, line))
            if len(chunk) >= min(chunk_lines, JSONL_CHUNK_LINES):
                yield _new_lines(store, str(path), chunk, chunk_bytes)
                chunk, chunk_bytes = [], 0
        yield _new_lines(store, str(path), chunk, chunk_bytes)


def _new_lines(store: Store, path: str, chunk: list[tuple[int, bytes]], size: int) -> WorkUnit:
    stored = known_origins(store, (f"{path}:{number}" for number, _ in chunk))
    fresh = tuple((number, line) for number, line in chunk if f"{path}:{number}" not in stored)
    return WorkUnit(size, len(chunk) - len(fresh), JsonlChunk(path, fresh) if fresh else None)


def _warc_units(store: Store, path: Path, limits: Limits, fail: Callable[[InputError], None]) -> Iterator[WorkUnit]:
    for found in readers.iter_warc(path, limits):
        if isinstance(found, InputError):
            fail(found)
        elif known_origins(store, [found.origin]):
            yield WorkUnit(len(found.body), 1, None)
        else:
            yield WorkUnit(len(found.body), 0, found)


def parse_unit(unit: WorkUnit, limits: Limits) -> tuple[int, int, list[ParsedDocument | InputError]]:
    """Worker entry point: parse one unit into documents or errors (never raises InputError)."""
    item = unit.item
    if item is None:
        return unit.size, unit.skipped, []
    if isinstance(item, JsonlChunk):
        return unit.size, unit.skipped, [_parse_jsonl_line(item.path, n, line, limits) for n, line in item.lines]
    try:
        if isinstance(item, WarcHtml):
            return unit.size, unit.skipped, [readers.read_warc_html(item, limits)]
        return unit.size, unit.skipped, [readers.read_file(item.path, limits)]
    except InputError as exc:
        return unit.size, unit.skipped, [exc]


def _parse_jsonl_line(path: str, number: int, line: bytes, limits: Limits) -> ParsedDocument | InputError:
    origin = f"{path}:{number}"
    try:
        if len(line) > limits.max_file_bytes:
            raise InputError(origin, f"record too large ({len(line):,} bytes)")
        return readers.read_jsonl_record(path, number, decode_bytes(line, origin).text, limits)
    except InputError as exc:
        return exc


def _to_new_document(doc: ParsedDocument) -> NewDocument:
    return NewDocument(
        origin=doc.origin, external_id=doc.external_id, text=doc.text, content_hash=doc.content_hash,
        format=doc.format, word_count=doc.word_count, title=doc.title, byline=doc.byline,
        outlet=doc.outlet, url=doc.url, published=doc.published.iso,
        date_precision=doc.published.precision, date_source=doc.published.source,
    )
