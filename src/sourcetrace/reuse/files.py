"""`compare` on two files without a store: read each as ingest would, then compare the pair."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sourcetrace.ingest.readers import Limits, ParsedDocument, read_file
from sourcetrace.reuse.align import prepare
from sourcetrace.reuse.compare import Comparison, compare_prepared
from sourcetrace.reuse.relations import DocumentMeta
from sourcetrace.settings import Settings


@dataclass(frozen=True)
class FileComparison:
    a: ParsedDocument
    b: ParsedDocument
    comparison: Comparison


def compare_files(path_a: Path, path_b: Path, settings: Settings) -> FileComparison:
    """Offsets refer to each file's text as decoded (UTF-8, BOM stripped, newlines kept)."""
    limits = Limits(settings.max_file_bytes, settings.max_document_chars, settings.min_document_words)
    a, b = read_file(path_a, limits), read_file(path_b, limits)
    comparison = compare_prepared(prepare(a.text, settings), prepare(b.text, settings), _meta(a), _meta(b), settings)
    return FileComparison(a, b, comparison)


def _meta(doc: ParsedDocument) -> DocumentMeta:
    return DocumentMeta(doc.outlet, doc.byline, doc.published.iso, doc.published.precision)
