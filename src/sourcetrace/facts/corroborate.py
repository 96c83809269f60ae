"""Facts of an incident: every value stated, the sentence stating it, who stands behind it, and
whether the values agree.

A value restated inside a passage copied from an earlier report is an echo of that report and
counts for the source behind the original; a value attributed in the text ("according to RFA")
counts for that source; anything else counts for the report's own voice. Independent sources
are the distinct source families left after that. When values disagree, the conservative value
follows ACLED's rule: the lowest count, the least contested date.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from sourcetrace.facts.incidents import dates_agree
from sourcetrace.facts.places import country_of, is_country
from sourcetrace.facts.temporal import DateValue

ATTRIBUTES = ("date", "place", "count", "participants", "authority", "outcome")
NONE, REFINEMENT, CONFLICT = "none", "refinement", "conflict"


@dataclass(frozen=True)
class FactEvent:
    """What fact-building needs of one event of an incident."""

    id: int
    doc_id: int
    type: str
    trigger_start: int
    sentence_start: int
    sentence_end: int
    date: DateValue | None
    place: str | None
    country: str | None
    count: int | None
    count_vague: bool
    ages: tuple[tuple[int, int, str], ...]     # (low, high, text)
    authority: str | None
    stands_for: str


@dataclass(frozen=True)
class Source:
    doc_id: int
    event_id: int
    start: int
    end: int
    stands_for: str
    echo_of: int | None
    family: str                                # the key independence is counted on


@dataclass
class Fact:
    attribute: str
    values: dict[str, list[Source]] = field(default_factory=dict)
    conflict: str = NONE
    conservative: str | None = None

    @property
    def independent_sources(self) -> int:
        return len({s.family for sources in self.values.values() for s in sources})

    @property
    def single_source(self) -> bool:
        return self.independent_sources == 1


# (echo_of, stands_for) for an event: the caller knows the reuse passages.
EchoLookup = Callable[[FactEvent], tuple[int | None, str]]
FamilyKey = Callable[[str, int], str]


def incident_facts(events: list[FactEvent], echo: EchoLookup, family: FamilyKey,
                   upstream: Callable[[int], set[int]] = lambda doc: set(),
                   voice: Callable[[int], str | None] = lambda doc: None) -> list[Fact]:
    """`upstream(doc)` is the set of reports `doc` derives from (reuse relations): a value a report
    states in its own voice that one of its sources already stated is an echo of that source too,
    even when the sentence was rewritten beyond what the aligner matches."""
    # Values of events of the incident's own type first; other events' values only for an
    # attribute no such event states (the Yunnan case is dated by its arrest, counted by its deaths).
    stated: dict[str, dict[str, list[Source]]] = {a: defaultdict(list) for a in ATTRIBUTES}
    raw: dict[str, dict[str, object]] = {a: {} for a in ATTRIBUTES}
    other: dict[str, list[tuple[str, object, Source]]] = defaultdict(list)
    seen: set[tuple[str, str, Source]] = set()
    main_type = incident_type([e.type for e in events])
    for event in sorted(events, key=lambda e: (e.doc_id, e.trigger_start)):
        echo_of, stands_for = echo(event)
        source = Source(event.doc_id, event.id, event.sentence_start, event.sentence_end, stands_for, echo_of,
                        family(stands_for, echo_of if echo_of is not None else event.doc_id))
        for attribute, label, value in _values(event):
            if attribute != "outcome" and event.type != main_type:
                other[attribute].append((label, value, source))
                continue
            if (attribute, label, source) not in seen:   # a set: an incident may have thousands of reports
                seen.add((attribute, label, source))
                stated[attribute][label].append(source)
            raw[attribute][label] = value
    for attribute, values in other.items():
        if not stated[attribute]:
            for label, value, source in values:
                if (attribute, label, source) not in seen:
                    seen.add((attribute, label, source))
                    stated[attribute][label].append(source)
                raw[attribute][label] = value
    for attribute in ATTRIBUTES:
        for sources in stated[attribute].values():
            sources[:] = _echoes_of_sources(sources, upstream, voice, family)
    facts = []
    for attribute in ATTRIBUTES:
        if not stated[attribute]:
            continue
        fact = Fact(attribute, dict(stated[attribute]))
        fact.conflict, fact.conservative = _judge(attribute, raw[attribute], fact)
        facts.append(fact)
    return facts


def _echoes_of_sources(sources: list[Source], upstream: Callable[[int], set[int]],
                       voice: Callable[[int], str | None], family: FamilyKey) -> list[Source]:
    by_doc = {s.doc_id: s for s in sources}
    rewritten = []
    for source in sources:
        own_voice = source.echo_of is None and source.stands_for == voice(source.doc_id)
        origin = next((by_doc[d] for d in sorted(upstream(source.doc_id)) if d in by_doc and d != source.doc_id), None)
        if own_voice and origin is not None:
            source = Source(source.doc_id, source.event_id, source.start, source.end, origin.stands_for,
                            origin.doc_id, origin.family)
        rewritten.append(source)
    return rewritten


TYPE_PRIORITY = ("killing", "death", "torture", "forced_return", "detention", "imprisonment", "disappearance",
                 "release", "flight", "asylum", "policy")


def incident_type(types: list[str]) -> str:
    """The incident's type: its most reported event type, the gravest on a tie."""
    counts = {t: types.count(t) for t in set(types)}
    return max(counts, key=lambda t: (counts[t], -TYPE_PRIORITY.index(t) if t in TYPE_PRIORITY else -99))


def _values(event: FactEvent) -> list[tuple[str, str, object]]:
    found: list[tuple[str, str, object]] = [("outcome", event.type, event.type)]
    if event.date is not None:
        found.append(("date", event.date.label(), event.date))
    if event.place:
        label = event.place if not event.country or event.country == event.place else f"{event.place}, {event.country}"
        found.append(("place", label, (event.place, event.country)))
    if event.count is not None:
        found.append(("count", str(event.count), (event.count, event.count_vague)))
    for low, high, text in event.ages:
        found.append(("participants", text.lower(), (low, high)))
    if event.authority:
        found.append(("authority", event.authority, event.authority))
    return found


def _judge(attribute: str, values: dict[str, object], fact: Fact) -> tuple[str, str | None]:
    labels = list(values)
    if len(labels) == 1:
        return NONE, labels[0]
    judge = {"count": _judge_counts, "date": _judge_dates, "place": _judge_places,
             "participants": _judge_ages}.get(attribute)
    if judge is None:
        return REFINEMENT if attribute == "authority" else NONE, _most_supported(fact)
    return judge(values, fact)


def _judge_counts(values: dict[str, object], fact: Fact) -> tuple[str, str | None]:
    numbers = {label: value for label, value in values.items()}  # label → (count, vague)
    exact = {n for n, vague in numbers.values() if not vague}
    vague = {n for n, is_vague in numbers.values() if is_vague}
    lowest = min(n for n, _ in numbers.values())
    if len(exact) <= 1 and all(n >= v for n in exact for v in vague):
        return REFINEMENT, str(lowest)
    return CONFLICT, str(lowest)


def _judge_dates(values: dict[str, object], fact: Fact) -> tuple[str, str | None]:
    dates: list[DateValue] = list(values.values())  # type: ignore[arg-type]
    agree = all(dates_agree(a, b) for i, a in enumerate(dates) for b in dates[i + 1 :])
    if agree:
        return REFINEMENT, min(dates, key=lambda d: (d.days, d.start)).label()
    return CONFLICT, _most_supported(fact)


def _judge_places(values: dict[str, object], fact: Fact) -> tuple[str, str | None]:
    places: list[tuple[str, str | None]] = list(values.values())  # type: ignore[arg-type]
    countries = {country or (name if is_country(name) else country_of(name)) for name, country in places}
    countries.discard(None)
    if len(countries) > 1:
        return CONFLICT, _most_supported(fact)
    named = [name for name, _ in places if not is_country(name)]
    return REFINEMENT, max(named, key=len) if named else _most_supported(fact)


def _judge_ages(values: dict[str, object], fact: Fact) -> tuple[str, str | None]:
    ranges: dict[str, tuple[int, int]] = values  # type: ignore[assignment]
    items = list(ranges.items())
    agree = all(a[0] <= b[1] and b[0] <= a[1] for i, (_, a) in enumerate(items) for _, b in items[i + 1 :])
    precise = min(items, key=lambda item: item[1][1] - item[1][0])[0]
    return (REFINEMENT if agree else CONFLICT), precise


def _most_supported(fact: Fact) -> str:
    return max(fact.values, key=lambda label: (len({s.family for s in fact.values[label]}), -len(label)))
