"""Text primitives shared by every stage: decoding, normalization, tokens and sentences.

Tokens and sentences carry code-point offsets into the exact text they came from, so later
stages can point at spans without searching the text again.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np
import xxhash
from charset_normalizer import from_bytes

from sourcetrace.errors import InputError

_UTF8_BOM = b"\xef\xbb\xbf"
# Letters and digits, with combining marks (a decomposed "naïve" is one word) and inner apostrophes.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD_PART = rf"[^\W_]+[{_MARKS}]*(?:[^\W_]+[{_MARKS}]*)*"
_WORD = re.compile(rf"{_WORD_PART}(?:['’]{_WORD_PART})*")
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before a space, or at
# a line break; a few abbreviations common in news copy do not end sentences.
_SENTENCE_END = re.compile(r"""[.!?]+["'”’»)\]]*(?=\s)|\n""")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt sgt st jan feb mar apr jun jul aug sep sept oct nov dec "  # noqa: SIM905
    "vs etc inc ltd co corp u.s u.k u.n e.g i.e".split()
)

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them themselves
    then there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself yourselves said says say told
    according who's it's that's there's""".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # "utf-8" or the detected encoding


def decode_bytes(data: bytes, origin: str, declared: str | None = None) -> DecodedText:
    """Decode a file's bytes: UTF-8 (BOM stripped) first, else a detected encoding.

    Refuses binary data (NUL bytes) and bytes no encoding explains, because guessing there would
    store garbage that then "matches" other garbage. `declared` (an HTML meta charset) is tried
    before detection.
    """
    if b"\x00" in data[:8192]:
        raise InputError(origin, "binary file (contains NUL bytes), not a text document")
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return DecodedText(data.decode(declared), declared)
        except (LookupError, UnicodeDecodeError):
            pass   # a wrong declaration is common; fall back to detection
    matches = list(from_bytes(data))
    if not matches:
        raise InputError(origin, "undecodable: not UTF-8 and no text encoding detected")
    best = matches[0]
    # Short Western text fits several single-byte code pages equally well; Windows-1252 is by far
    # the most common of them, so it wins a tie ("crème" rather than cp1250's "crčme").
    for match in matches:
        if match.encoding == "cp1252" and match.chaos <= best.chaos and match.coherence >= best.coherence:
            best = match
    return DecodedText(str(best), best.encoding)


def normalize_for_hash(text: str) -> str:
    """Canonical form used to detect exact duplicates: NFKC, typographic quotes, one space."""
    text = unicodedata.normalize("NFKC", text)
    if any(mark in text for mark in _TYPOGRAPHIC_MARKS):   # translate is slow; most texts need little
        text = text.translate(_TYPOGRAPHY)
    return " ".join(text.split())


_TYPOGRAPHY = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
                             "–": "-", "—": "-", "\u00a0": " "})
_TYPOGRAPHIC_MARKS = tuple(chr(code) for code in _TYPOGRAPHY)


def content_hash(text: str) -> str:
    return xxhash.xxh3_128_hexdigest(normalize_for_hash(text).encode("utf-8"))


@dataclass(frozen=True)
class Tokens:
    """Words of a text as parallel arrays: normalized form, start and end offsets."""

    words: list[str]
    starts: np.ndarray  # int64 code-point offsets
    ends: np.ndarray

    def __len__(self) -> int:
        return len(self.words)


def tokenize(text: str) -> Tokens:
    """Lower-cased words with their offsets; punctuation and typography do not count as words."""
    lowered = text.lower().replace("’", "'")
    if len(lowered) != len(text):   # a few characters lower-case to two: keep exact offsets the slow way
        matches = list(_WORD.finditer(text))
        words = [_normal_word(m.group()) for m in matches]
    else:
        matches = list(_WORD.finditer(lowered))
        words = [m.group() for m in matches]
        if not lowered.isascii():
            words = [w if w.isascii() else unicodedata.normalize("NFC", w) for w in words]
    spans = np.array([m.span() for m in matches], dtype=np.int64).reshape(-1, 2)
    return Tokens(words, spans[:, 0].copy(), spans[:, 1].copy())


def word_count(text: str) -> int:
    """Whitespace-separated words: a cheap size figure for listings (0 when the text has no word)."""
    return len(text.split()) if _WORD.search(text) else 0


def _normal_word(word: str) -> str:
    word = word.lower().replace("’", "'")
    return word if word.isascii() else unicodedata.normalize("NFC", word)


def words_only(text: str) -> list[str]:
    """The normalized words of `tokenize` without offsets: several times faster, for fingerprints."""
    words = _WORD.findall(text.lower().replace("’", "'"))
    return words if text.isascii() else [w if w.isascii() else unicodedata.normalize("NFC", w) for w in words]


_HASH_CACHE: dict[str, int] = {}
_HASH_CACHE_LIMIT = 2_000_000   # words; a collection's vocabulary rarely comes near it


def word_hashes(words: list[str]) -> np.ndarray:
    """Stable 64-bit hash per word (stable across processes and runs, unlike hash())."""
    cache = _HASH_CACHE
    if len(cache) > _HASH_CACHE_LIMIT:
        cache.clear()
    values = [cache.get(word) for word in words]
    for i, value in enumerate(values):
        if value is None:
            word = words[i]
            values[i] = cache[word] = xxhash.xxh3_64_intdigest(word.encode("utf-8"))
    return np.array(values, dtype=np.uint64)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end), trimmed of surrounding space, never crossing a line break."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match.group() != "\n" and _ends_with_abbreviation(text, match.start()):
            continue
        _append_trimmed(text, start, end, spans)
        start = end
    _append_trimmed(text, start, len(text), spans)
    return spans


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    begin = dot
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
    word = text[begin:dot].lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
