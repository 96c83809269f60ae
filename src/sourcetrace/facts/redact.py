"""Redacted outputs: every name and place the facts stage marked at risk (see `risk.py`) replaced,
everywhere in the collection, by a role placeholder ("[person at risk 1]") or "[location withheld]".

Only outputs are redacted; the store keeps the originals. No spaCy here: the workbench and the
exports load this module.
"""

from __future__ import annotations

import dataclasses
import re
import sqlite3
from collections.abc import Iterable
from typing import Any

PERSON, KIN, PLACE = "person", "kin", "place"
LOCATION_WITHHELD = "[location withheld]"


class Redactor:
    """Replaces, in any text, every name and phrase marked at risk anywhere in the collection.

    A person keeps one placeholder everywhere ("[person at risk 2]"), so a reader still sees that
    two reports speak of the same person; a full name's surname alone is replaced too."""

    def __init__(self, marked: Iterable[tuple[str, str]]) -> None:
        placeholders: dict[str, str] = {}
        people: dict[str, int] = {}
        for kind, text in marked:
            if kind == PLACE:
                placeholders.setdefault(text, LOCATION_WITHHELD)
                continue
            name = _name_in(text) if kind == KIN else text
            number = people.setdefault(name.split()[-1].casefold(), len(people) + 1) if name else len(people) + 1
            label = f"[person at risk {number}]" if kind == PERSON else f"[relative of a person at risk {number}]"
            placeholders.setdefault(text, label)
            if kind == PERSON:
                for part in text.split():
                    if len(part) > 2 and part[:1].isupper():
                        placeholders.setdefault(part, label)
        self.placeholders = placeholders
        words = sorted(placeholders, key=len, reverse=True)
        self.pattern = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, words)) + r")(?![\w])") if words else None

    def __bool__(self) -> bool:
        return self.pattern is not None

    def text(self, value: str | None) -> str | None:
        if value is None or self.pattern is None:
            return value
        return self.pattern.sub(lambda m: self.placeholders[m.group(0)], value)

    def hides(self, query: str) -> bool:
        """True when a search for `query` would find a protected name."""
        return self.pattern is not None and self.pattern.search(query) is not None


def _name_in(phrase: str) -> str:
    match = re.search(r"([A-Z][\w-]+)\W*$", phrase)
    return match.group(1) if match else ""


NO_REDACTION = Redactor(())


def redact_data(value: Any, redactor: Redactor) -> Any:
    """Every string inside rows, dicts, lists and dataclasses redacted; keys and numbers kept."""
    if not redactor:
        return value
    if isinstance(value, str):
        return redactor.text(value)
    if isinstance(value, dict):
        return {key: redact_data(item, redactor) for key, item in value.items()}
    if isinstance(value, list):
        return [redact_data(item, redactor) for item in value]
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(redact_data(item, redactor) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: redact_data(getattr(value, f.name), redactor)
                                             for f in dataclasses.fields(value) if f.init})
    return value


def load_redactor(db: sqlite3.Connection) -> Redactor:
    """Everything the facts stage marked at risk in the collection (nothing when it has not run)."""
    try:
        return Redactor(db.execute("SELECT kind, text FROM at_risk ORDER BY doc_id, start").fetchall())
    except sqlite3.OperationalError:   # a store from before the facts stage: nothing marked
        return NO_REDACTION
