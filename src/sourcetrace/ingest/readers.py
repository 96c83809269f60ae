"""One reader per format. Each turns raw input into `ParsedDocument`s or raises `InputError`.

Readers run in worker processes, so they take plain data (a path, or lines of a JSONL file) and
return plain data; they never touch the store.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import trafilatura
from fastwarc.warc import ArchiveIterator, WarcRecordType

from sourcetrace.errors import InputError
from sourcetrace.ingest import dates
from sourcetrace.text import content_hash, decode_bytes, word_count

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
WARC_SUFFIXES = frozenset({".warc", ".warc.gz"})


@dataclass(frozen=True)
class ParsedDocument:
    origin: str
    external_id: str | None
    format: str
    text: str
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dates.PublicationDate = dates.NO_DATE
    encoding_note: str | None = None  # set when the input was not UTF-8
    content_hash: str = ""
    word_count: int = 0


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int
    max_document_chars: int
    min_document_words: int


def suffix_of(path: Path) -> str:
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()


def is_supported(path: Path) -> bool:
    return suffix_of(path) in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES


def read_file_bytes(path: Path, limits: Limits) -> bytes:
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise InputError(str(path), f"too large ({size:,} bytes; limit {limits.max_file_bytes:,})")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc.strerror})") from exc


def finish(doc: ParsedDocument, limits: Limits) -> ParsedDocument:
    """Check size limits and compute the hash and word count every reader needs."""
    if len(doc.text) > limits.max_document_chars:
        raise InputError(doc.origin, f"document too long ({len(doc.text):,} characters; limit "
                                     f"{limits.max_document_chars:,})")
    words = word_count(doc.text)
    if words < max(1, limits.min_document_words):
        raise InputError(doc.origin, "empty document (no words)")
    published = doc.published
    if published.precision == dates.UNKNOWN:
        published = dates.from_text(doc.text)
    return replace(doc, published=published, content_hash=content_hash(doc.text), word_count=words)


def read_text_file(path: Path, limits: Limits) -> ParsedDocument:
    decoded = decode_bytes(read_file_bytes(path, limits), str(path))
    title = _first_markdown_heading(decoded.text) if suffix_of(path) == ".md" else None
    note = None if decoded.encoding == "utf-8" else f"decoded as {decoded.encoding}"
    doc = ParsedDocument(str(path), None, suffix_of(path).lstrip("."), decoded.text, title=title,
                         encoding_note=note)
    return finish(doc, limits)


def _first_markdown_heading(text: str) -> str | None:
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
        if line.strip():
            return None
    return None


def html_to_document(html: str | bytes, origin: str, fmt: str, limits: Limits,
                     url: str | None = None, external_id: str | None = None) -> ParsedDocument:
    """Main text and metadata by trafilatura; no hand-written boilerplate removal."""
    try:
        extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except (ValueError, TypeError) as exc:  # lxml raises these on markup it cannot parse
        raise InputError(origin, f"malformed HTML ({exc})") from exc
    if extracted is None or not (extracted.text or "").strip():
        raise InputError(origin, "malformed or empty HTML: no main text found")
    doc = ParsedDocument(
        origin, external_id, fmt, extracted.text, title=extracted.title, byline=extracted.author,
        outlet=extracted.sitename, url=extracted.url or url, published=dates.from_metadata(extracted.date),
    )
    return finish(doc, limits)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


def declared_charset(html: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag near its top, if any."""
    match = _META_CHARSET.search(html[:4096])
    return match.group(1).decode("ascii") if match else None


def read_html_file(path: Path, limits: Limits) -> ParsedDocument:
    data = read_file_bytes(path, limits)
    decoded = decode_bytes(data, str(path), declared_charset(data))
    doc = html_to_document(decoded.text, str(path), "html", limits)
    note = None if decoded.encoding == "utf-8" else f"decoded as {decoded.encoding}"
    return replace(doc, encoding_note=note)


def read_jsonl_record(path: str, line_number: int, line: str, limits: Limits) -> ParsedDocument:
    """One JSONL line: `text` required; `title`, `url`, `outlet`, `published`, `id` optional."""
    origin = f"{path}:{line_number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(origin, f"malformed JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise InputError(origin, "malformed JSONL record: expected an object")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(origin, "JSONL record has no 'text' string")
    fields = {key: record.get(key) for key in ("title", "url", "outlet", "published", "id")}
    for key, value in fields.items():
        if value is not None and not isinstance(value, str | int):
            raise InputError(origin, f"JSONL field {key!r} must be a string")
    doc = ParsedDocument(
        origin, _str_or_none(fields["id"]), "jsonl", text, title=_str_or_none(fields["title"]),
        outlet=_str_or_none(fields["outlet"]), url=_str_or_none(fields["url"]),
        published=dates.from_metadata(_str_or_none(fields["published"])),
    )
    return finish(doc, limits)


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


@dataclass(frozen=True)
class WarcHtml:
    """An HTML response found in a WARC file, waiting to be extracted (in a worker)."""

    origin: str
    url: str | None
    body: bytes


def iter_warc(path: Path, limits: Limits) -> Iterator[WarcHtml | InputError]:
    """HTML responses inside a WARC file; streamed, so a WARC of any size uses little memory."""
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield InputError(str(path), f"cannot open ({exc.strerror})")
        return
    records = 0
    with stream:
        iterator = iter(ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True))
        while True:
            try:
                record = next(iterator)
            except StopIteration:
                break
            except OSError as exc:   # fastwarc reports broken headers and truncated gzip this way
                yield InputError(str(path), f"malformed WARC after {records} response records ({exc})")
                return
            records += 1
            found = _warc_html(path, records, record, limits)
            if found is not None:
                yield found
    if records == 0:
        yield InputError(str(path), "malformed WARC: no WARC response records found")


def _warc_html(path: Path, number: int, record: Any, limits: Limits) -> WarcHtml | InputError | None:
    headers = record.http_headers
    content_type = (headers.get("Content-Type", "") if headers is not None else "").lower()
    if "html" not in content_type:
        return None
    origin = f"{path}#record {number}"
    body = record.reader.read()
    if len(body) > limits.max_file_bytes:
        return InputError(origin, f"record too large ({len(body):,} bytes)")
    return WarcHtml(origin, record.headers.get("WARC-Target-URI"), body)


def read_warc_html(item: WarcHtml, limits: Limits) -> ParsedDocument:
    html = decode_bytes(item.body, item.origin, declared_charset(item.body)).text
    return html_to_document(html, item.origin, "warc", limits, url=item.url, external_id=item.url)


def read_file(path: Path, limits: Limits) -> ParsedDocument:
    """A single-document file (text, Markdown or HTML) by its suffix."""
    suffix = suffix_of(path)
    if suffix in HTML_SUFFIXES:
        return read_html_file(path, limits)
    if suffix in JSONL_SUFFIXES | WARC_SUFFIXES:
        raise InputError(str(path), f"{suffix} holds many documents; compare takes one document per file")
    return read_text_file(path, limits)
