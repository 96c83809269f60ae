"""Quotation marks: where quoted text starts and ends, in every common typographic style.

Handles “…” (English), „…“ and „…” (German, Polish), «…» (French, with inner spaces), ‘…’
(British), straight "…", nesting of a different style inside, and English multi-paragraph quotes
(every paragraph opens a mark, only the last one closes). Apostrophes (don’t, the dogs’) are
told apart from closing single marks by what surrounds them.
"""

from __future__ import annotations

from dataclasses import dataclass

# opener → closers it accepts
_PAIRS: dict[str, str] = {"“": "”", "„": "“”", "«": "»", "‘": "’", "‚": "‘’", '"': '"'}
_PARAGRAPH_END = "\n"


@dataclass(frozen=True)
class Quoted:
    """Quoted text: `start`/`end` delimit the content without marks or inner padding."""

    start: int
    end: int
    open_at: int    # position of the opening mark
    close_at: int   # position of the closing mark (or of the paragraph end when never closed)
    closed: bool


def find_quoted(text: str) -> list[Quoted]:
    """Top-level quoted spans in order; quotes nested inside them belong to their content."""
    found: list[Quoted] = []
    position = 0
    while position < len(text):
        char = text[position]
        if char in _PAIRS and _opens(text, position):
            quoted = _close(text, position)
            if quoted is not None:
                found.append(quoted)
                position = quoted.close_at + 1
                continue
        position += 1
    return found


def _opens(text: str, position: int) -> bool:
    char = text[position]
    after = text[position + 1] if position + 1 < len(text) else ""
    before = text[position - 1] if position else " "
    if not after or (after.isspace() and char != "«"):
        return False
    if char in "‘'\"":
        # a single or straight mark opens only after a space or bracket, never inside a word
        return not before.isalnum()
    return True


def _closes(text: str, position: int, closers: str) -> bool:
    char = text[position]
    if char not in closers:
        return False
    after = text[position + 1] if position + 1 < len(text) else " "
    if char in "’'\"":
        # don’t, the dogs’ bowls: a letter after it makes it an apostrophe
        before = text[position - 1] if position else " "
        return not after.isalnum() and not before.isspace()
    return True


def _close(text: str, opened: int) -> Quoted | None:
    opener = text[opened]
    closers = _PAIRS[opener]
    position = opened + 1
    nested: str | None = None    # closers of a quote of another style opened inside this one
    while position < len(text):
        char = text[position]
        if nested is not None:
            if _closes(text, position, nested):
                nested = None
        elif _closes(text, position, closers):
            return _quoted(text, opened, position, closed=True)
        elif char in _PAIRS and char != opener and _opens(text, position) and char not in closers:
            nested = _PAIRS[char]
        elif char == _PARAGRAPH_END:
            continued = _continues_next_paragraph(text, position, opener)
            if continued is None:
                return _quoted(text, opened, position, closed=False)
            position = continued
            nested = None
        position += 1
    return _quoted(text, opened, len(text), closed=False)   # runs to the end: a quote cut off


def _continues_next_paragraph(text: str, newline: int, opener: str) -> int | None:
    """English style: a quote running on opens the next paragraph with the same mark again."""
    position = newline
    while position < len(text) and text[position].isspace():
        position += 1
    if position < len(text) and text[position] == opener:
        return position
    return None


def _quoted(text: str, opened: int, closed_at: int, *, closed: bool) -> Quoted | None:
    start, end = opened + 1, closed_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    return Quoted(start, end, opened, closed_at, closed)
