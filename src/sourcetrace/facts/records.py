"""The records an event extraction returns: mentions, events and their parts.

They live apart from the code that fills them so that every stage (arguments, victims, timing,
places) can build or read them without importing `events`, which imports all of those stages.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sourcetrace.facts.counts import Age, Count
from sourcetrace.facts.temporal import DateValue


@dataclass(frozen=True)
class Mention:
    kind: str          # person, organization, place, nationality, date, count, age
    start: int
    end: int
    text: str
    value: str | None = None   # resolved: ISO range, number, country, age range


@dataclass(frozen=True)
class Participant:
    role: str          # agent, authority, victim
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    start: int
    end: int


@dataclass(frozen=True)
class TimeMention:
    value: DateValue
    start: int
    end: int
    text: str


@dataclass
class Event:
    type: str
    happened: bool
    trigger_start: int
    trigger_end: int
    trigger_text: str
    sentence_start: int
    sentence_end: int
    date: TimeMention | None = None
    place: Place | None = None
    count: Count | None = None
    participants: list[Participant] = field(default_factory=list)
    ages: list[Age] = field(default_factory=list)
    specific: bool = True      # False for habitual or general statements ("China routinely repatriates")
    confidence: float = 0.5


@dataclass(frozen=True)
class Extraction:
    mentions: list[Mention]
    events: list[Event]
