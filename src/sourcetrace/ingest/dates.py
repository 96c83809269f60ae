"""Publication dates with their precision, from metadata or, failing that, from the text's dateline."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from dateparser.date import DateDataParser

UNKNOWN = "unknown"

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?\s*$")
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# Datelines as they open news copy and releases: "14 May 2019", "May 14, 2019", "2019-05-14".
_DATELINE = re.compile(
    rf"\b(\d{{1,2}} {_MONTHS},? \d{{4}}|{_MONTHS} \d{{1,2}},? \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b"
)
_DATELINE_MAX_WORDS = 12   # a line longer than this is prose, not a dateline
_DATELINE_LINES = 4        # only the first non-empty lines can hold the dateline


@dataclass(frozen=True)
class PublicationDate:
    iso: str | None          # YYYY-MM-DD, YYYY-MM or YYYY
    precision: str           # day, month, year, unknown
    source: str | None       # metadata, text


NO_DATE = PublicationDate(None, UNKNOWN, None)


@lru_cache(maxsize=1)
def _parser() -> DateDataParser:
    # Absolute dates only: "yesterday" in a metadata field would otherwise resolve against the
    # day sourcetrace runs, which is never the publication date.
    return DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first",
                                                      "PARSERS": ["custom-formats", "absolute-time"]})


def from_metadata(value: str | None) -> PublicationDate:
    """A date given by the document's metadata (HTML meta, JSONL `published`, WARC header)."""
    if not value or not value.strip():
        return NO_DATE
    iso = _ISO.match(value)
    if iso:
        year, month, day = iso.groups()
        try:   # 2019-13-45 or 2019-02-30 is a broken field, not a date
            date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            return NO_DATE
        if day:
            return PublicationDate(f"{year}-{month}-{day}", "day", "metadata")
        if month:
            return PublicationDate(f"{year}-{month}", "month", "metadata")
        return PublicationDate(year, "year", "metadata")
    parsed = _parse_free_text(value)
    return PublicationDate(parsed[0], parsed[1], "metadata") if parsed else NO_DATE


def from_text(text: str) -> PublicationDate:
    """The dateline among the first lines ("14 May 2019 New York"); dates in the body are events, not this."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:_DATELINE_LINES]
    for line in lines:
        if len(line.split()) > _DATELINE_MAX_WORDS:
            continue
        match = _DATELINE.search(line)
        if match:
            parsed = _parse_free_text(match.group(1))
            if parsed:
                return PublicationDate(parsed[0], parsed[1], "text")
    return NO_DATE


def _parse_free_text(value: str) -> tuple[str, str] | None:
    data = _parser().get_date_data(value)
    if data.date_obj is None:
        return None
    period = data.period or "day"
    day = data.date_obj
    if period == "year":
        return f"{day:%Y}", "year"
    if period == "month":
        return f"{day:%Y-%m}", "month"
    return f"{day:%Y-%m-%d}", "day"
