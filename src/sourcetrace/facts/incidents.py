"""Events grouped into incidents: first the cases within one report, then the same case across reports.

Within a report, an event joins the case its date or its paragraph points to, so that an
older case recounted as background ("In July 2017 ... were caught ... committed suicide")
stays apart from the main story. Across reports, cases are compared only inside month
buckets of their date (never all pairs) and joined when their dates agree and enough else
does: shared event types, place, counted people, victims' words, or text reuse between the
reports.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sourcetrace.facts.places import country_of_demonym, is_country
from sourcetrace.facts.taxonomy import STORY_TYPES
from sourcetrace.facts.temporal import DateValue

BACKGROUND_DAYS = 120        # a case dated this long before publication is background, not news
RECENT_WINDOW_DAYS = 60      # an undated main case happened within this window before publication
SAME_STORY_DAYS = 30         # a report's recent events this far from its main date, naming no one of it, are apart
MAX_WINDOW_DAYS = 92        # a case spread wider than this needs a name, shared text or more evidence to join
SHARED_TIME_SLACK_DAYS = 31  # how far apart the windows of two reports of one incident may be
JOURNEY_TYPES = {"flight", "asylum"}   # a person's flight years before is their past, not the case's
MAX_CANDIDATES = 25          # comparisons per case and key: the most recent cases filed under the same evidence
_STOP = {"the", "a", "an", "of", "and", "in", "their", "his", "her", "its", "them", "they", "he", "she", "who",
         "were", "was", "other", "others", "some", "all", "group", "people", "members", "about", "around", "more",
         "than", "at", "least", "him", "hers", "himself", "herself", "themselves", "we", "us", "our", "you", "your",
         "those", "these", "whom", "which", "whose", "that", "this", "with", "for", "from", "including", "among"}


@dataclass
class CaseEvent:
    """What grouping needs of an event (loaded from the store or straight from extraction)."""

    id: int
    doc_id: int
    type: str
    position: int             # trigger start: reading order
    paragraph: int
    date: DateValue | None
    place: str | None
    country: str | None
    count: int | None
    victim_words: frozenset[str]
    story: bool               # happened, specific, of a story type or a policy
    names: frozenset[str] = frozenset()   # surnames of the people named in the event's sentence
    victims_named: frozenset[str] = frozenset()   # surnames among its victims ("Fathi was arrested")
    apart: bool = False       # told after "In a separate case," or "Separately," in its paragraph
    goes_on: bool = False     # its paragraph opens with "He" or "She": the person of the paragraph before


@dataclass
class Case:
    doc_id: int
    number: int
    events: list[CaseEvent] = field(default_factory=list)
    published: date | None = None

    @property
    def date(self) -> DateValue | None:
        dated = [e.date for e in self.events if e.date is not None]
        return min(dated, key=lambda d: (d.days, d.start)) if dated else None

    @property
    def types(self) -> set[str]:
        return {e.type for e in self.events}

    def window(self) -> DateValue | None:
        """From the first to the last date of the case's events (an arrest, then a release a week
        later), or for an undated main case the weeks before publication."""
        dated = [e.date for e in self.events if e.date is not None]
        if dated:
            return DateValue(min(d.start for d in dated), max(d.end for d in dated), "range")
        if self.published is None or self.number != 0:
            return None
        return DateValue(self.published - timedelta(days=RECENT_WINDOW_DAYS), self.published, "range")


PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def paragraph_numbers(text: str, positions: Sequence[int]) -> list[int]:
    breaks = [m.start() for m in PARAGRAPH_BREAK.finditer(text)]
    numbers = []
    for position in positions:
        numbers.append(sum(1 for b in breaks if b < position))
    return numbers


def victim_words(texts: Iterable[str]) -> frozenset[str]:
    """The words that describe victims, folded; initials that stand for a name ("the citizen R.N.F.") kept whole."""
    words = {w.lower() for text in texts for w in re.findall(r"\b[A-Z](?:\.[A-Z])+\.|[A-Za-z][\w-]+", text)}
    return frozenset(w for w in words if w not in _STOP and len(w) > 2)


_ORGANISATION_WORDS = {"watch", "network", "centre", "center", "group", "rights", "committee", "coalition",
                       "observatory", "monitor", "association", "union", "council", "alliance", "foundation",
                       "institute", "initiative", "project", "agency", "service", "forum", "front", "movement",
                       "party", "campaign", "league", "society", "collective", "commission", "court", "ministry"}


def surnames(person: str) -> frozenset[str]:
    """The word cases are matched by: a name's last word, folded. The tagger sometimes takes a
    nationality ("a Tajik opposition supporter") or an organisation ("Haki Mashinani Watch") for a
    person; their last words name no one. (Matching the word before the last too, for names such as
    "Ricardo Nava Fuenmayor", gained nothing on the dev sets and cost 3 points of B³ precision at 100k.)"""
    words = person.split()
    return frozenset({words[-1].casefold()}) if words and _surname_like(words[-1]) else frozenset()


def _surname_like(word: str) -> bool:
    return word.casefold() not in _ORGANISATION_WORDS and country_of_demonym(word) is None and not is_country(word)


def local_cases(events: list[CaseEvent], published: date | None,
                lede_names: frozenset[str] = frozenset()) -> dict[int, int]:
    """event id → case number within its report; case 0 is the report's main story.

    Policy events are cases of their own, one per act: "the decree" told again, undated or of the
    same time, is the same decree ("a similar decree" of another year is not). An event whose
    victim is named by an earlier case joins it whatever its date (a person's arrest years ago and
    death now), except a flight or asylum, which is the person's past. A recent event belongs to
    the main story unless it names other people at another time (a second arrest the report also
    mentions) or looks like a second case; an older dated event joins the case of its time, or goes
    on with the story told just before it in its paragraph, or opens a new one; an undated event
    joins the case last seen in its paragraph, else the case whose victims or town it names, else
    the main case. What a paragraph tells after "In a separate case," or "Separately," is a case
    of its own. `lede_names` are the surnames of the people the report's opening names: the main
    story is about them even where no event sentence names them.
    """
    book = _CaseBook(published, lede_names)
    for event in sorted((e for e in events if e.story), key=lambda e: e.position):
        book.record(event, book.case_for(event))
    return book.assignment


@dataclass
class _CaseBook:
    """The cases of one report as its events are read in order: what each case names, when it
    happened, where its events were told."""

    published: date | None
    lede_names: frozenset[str]
    assignment: dict[int, int] = field(default_factory=dict)
    case_dates: dict[int, DateValue | None] = field(default_factory=dict)   # story cases: a decree's year is no date
    case_names: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    case_events: dict[int, list[CaseEvent]] = field(default_factory=lambda: defaultdict(list))
    last_in_paragraph: dict[int, int] = field(default_factory=dict)
    apart_cases: dict[int, int] = field(default_factory=dict)   # paragraph → the case "In a separate case," opens
    policy_dates: dict[int, DateValue | None] = field(default_factory=dict)   # the report's decrees, each a case
    next_number: int = 1

    def new_case(self) -> int:
        number, self.next_number = self.next_number, self.next_number + 1
        return number

    def case_for(self, event: CaseEvent) -> int:
        if event.type == "policy":
            number = _same_act(event, self.policy_dates)
            if number is None:
                number = self.new_case()
            self.policy_dates.setdefault(number, event.date)
            return number
        if event.apart:
            if event.paragraph not in self.apart_cases:
                self.apart_cases[event.paragraph] = self.new_case()
            return self.apart_cases[event.paragraph]
        if event.date is None and event.victims_named & self.lede_names and \
                not _named_by_recent_case(event, self.case_dates, self.case_names, self.published):
            return 0   # "the officers behind Sang's abduction": the person the report opens with, now
        if event.type not in JOURNEY_TYPES and (named := _case_naming(event, self.case_names)) is not None:
            return named
        if event.date is None:
            return self.undated_case(event)
        if self.published is not None and _recent(event.date, self.published):
            return self.recent_case(event)
        return self.older_case(event)

    def recent_case(self, event: CaseEvent) -> int:
        number = _victims_named_by(event, self.case_events)
        if number is None:
            number = _recent_case(event, self.case_dates, self.case_names, self.case_events[0], self.lede_names)
        if number is None:
            number = self.going_on(event, self.last_in_paragraph.get(event.paragraph))
        return self.new_case() if number is None else number

    def older_case(self, event: CaseEvent) -> int:
        assert event.date is not None
        main_date = self.case_dates.get(0)
        if event.victims_named & (self.lede_names | self.case_names[0]) and main_date is not None and \
                _custody_began(event, self.case_events[0], main_date):
            return 0   # "sentenced two journalists ... Pérez and Ríos were arrested in January"
        number = _case_for_date(event, self.case_dates, self.case_names, self.published, self.case_events)
        if number is None:   # "In December 2020 a court sentenced Y. She had been arrested three months earlier"
            number = self.going_on(event, self.last_in_paragraph.get(event.paragraph))
        if number is None and event.goes_on and event.paragraph not in self.last_in_paragraph:
            number = self.going_on(event, self.last_in_paragraph.get(event.paragraph - 1))   # "He was released ..."
        if number is None:
            number = 0 if 0 not in self.case_dates and _recent(event.date, self.published) else self.new_case()
        return number

    def undated_case(self, event: CaseEvent) -> int:
        number = self.last_in_paragraph.get(event.paragraph)
        if number is not None and event.type not in JOURNEY_TYPES and \
                all(e.type in JOURNEY_TYPES for e in self.case_events[number]):
            number = self.last_story_in(event.paragraph, number)   # "where he had fled ... He was later sentenced"
        if number is None and event.goes_on:
            number = self.last_in_paragraph.get(event.paragraph - 1) or None
        return _case_by_victims(event, self.case_events) if number is None else number

    def last_story_in(self, paragraph: int, journey: int) -> int:
        """The latest case of the paragraph that is not a flight told in passing, else that flight."""
        told = [(e.position, number) for number, known in self.case_events.items() for e in known
                if e.paragraph == paragraph and number != journey and e.type not in JOURNEY_TYPES]
        return max(told)[1] if told else journey

    def going_on(self, event: CaseEvent, previous: int | None) -> int | None:
        """The main story's past is a case of its own, unless the paragraph already tells it as the
        main story's ("Sorokin was arrested in March 2022. In February 2023 a court sentenced him")."""
        if previous != 0:
            return _story_goes_on(event, previous, self.case_events, self.case_names)
        told_in = {event.paragraph, event.paragraph - 1} if event.goes_on else {event.paragraph}
        past = [e for e in self.case_events[0] if e.paragraph in told_in and e.date is not None and
                not _recent(e.date, self.published)]
        return _story_goes_on(event, 0, {0: past}, self.case_names) if past else None

    def record(self, event: CaseEvent, number: int) -> None:
        self.assignment[event.id] = number
        if event.type == "policy":
            return
        if number not in self.case_dates or (self.case_dates[number] is None and event.date is not None):
            self.case_dates[number] = event.date
        self.last_in_paragraph[event.paragraph] = number
        self.case_names[number] |= event.names | event.victims_named
        self.case_events[number].append(event)


def _same_act(event: CaseEvent, policy_dates: dict[int, DateValue | None]) -> int | None:
    """The report's latest decree or law when the event is undated ("under the decree"), else the
    one of its time."""
    for number in sorted(policy_dates, reverse=True):
        known = policy_dates[number]
        if event.date is None or (known is not None and dates_agree(known, event.date)):
            return number
    return None


def _case_by_victims(event: CaseEvent, case_events: dict[int, list[CaseEvent]]) -> int:
    """An undated event in a paragraph of its own joins the case whose victims it describes in the
    same words ("two of the four radio workers" after "four workers of a community radio station
    were detained"), else the main story."""
    shared = {number: len(event.victim_words & frozenset().union(*(e.victim_words for e in known)))
              for number, known in case_events.items()}
    best = max(shared, key=lambda number: (shared[number], -number), default=0)
    if shared.get(best, 0) >= 2 and shared[best] > shared.get(0, 0):
        return best
    town = _town(event)   # "Nava remains in custody in Maracaibo": the town of the case told just before
    in_town = [number for number, known in case_events.items() if town and any(_town(e) == town for e in known)]
    return in_town[0] if len(in_town) == 1 else 0


def _named_by_recent_case(event: CaseEvent, case_dates: dict[int, DateValue | None],
                          case_names: dict[int, set[str]], published: date | None) -> bool:
    """A person named by a second recent case of the report (another abduction that week) is that case's."""
    return any(number and known is not None and _recent(known, published) and event.victims_named & case_names[number]
               for number, known in case_dates.items())


def _victims_named_by(event: CaseEvent, case_events: dict[int, list[CaseEvent]]) -> int | None:
    """The second case whose victims the event's sentence names, when the main story does not name
    them: "R.N.F. was brought before a court" after "police apprehended the citizen R.N.F. in Maracaibo"."""
    if not event.names:
        return None
    main = frozenset().union(*(e.victim_words | e.names for e in case_events.get(0, ())))
    if event.names & main:
        return None
    for number, known in sorted(case_events.items()):
        if number and event.names & frozenset().union(*(e.victim_words for e in known)):
            return number
    return None


def _case_naming(event: CaseEvent, case_names: dict[int, set[str]]) -> int | None:
    """The case that named one of the event's victims: a person's arrest, sentence and death,
    years apart, are one case."""
    for number, known in sorted(case_names.items()):
        if event.victims_named & known:
            return number
    return None


def _recent_case(event: CaseEvent, case_dates: dict[int, DateValue | None], case_names: dict[int, set[str]],
                 main_events: list[CaseEvent], lede_names: frozenset[str]) -> int | None:
    """The main story, unless the event names other people at a time the story does not cover, or
    is the same kind of event on another day in another town (a second abduction the same week)."""
    main_date = case_dates.get(0)
    if event.names & case_names[0] or (event.names & lede_names and not _look_alike(event, main_events)):
        return 0
    apart = _other_people_elsewhere(event, main_events) or _others_in_another_town(event, case_names[0], main_events)
    if main_date is None or event.date is None or (dates_agree(main_date, event.date) and not apart):
        return 0
    far = abs((event.date.start - main_date.start).days) > SAME_STORY_DAYS and \
        not _custody_began(event, main_events, main_date)
    strangers = bool(event.names) and bool(case_names[0])   # both name people, and not the same ones
    if not far and not strangers and not apart and not _look_alike(event, main_events):
        return 0
    for number, known in case_dates.items():
        if number and known is not None and (event.names & case_names[number] or (
                dates_agree(known, event.date) and not _strangers(event, case_names[number]))):
            return number
    return None


CUSTODY_OUTCOMES = {"release", "forced_return", "death", "imprisonment"}


def _custody_began(event: CaseEvent, case: list[CaseEvent], case_date: DateValue) -> bool:
    """The arrest a release, a deportation or a death in custody ends, however long before: "freed
    on bail ... 45 days after the three journalists were detained". Only when the case dates no
    arrest of its own."""
    assert event.date is not None
    return event.type == "detention" and event.date.end <= case_date.start and \
        any(e.type in CUSTODY_OUTCOMES for e in case) and \
        not any(e.type == "detention" and e.date is not None for e in case)


def _strangers(event: CaseEvent, names: set[str]) -> bool:
    """The event names its victims, the case names its people, and none is the same."""
    return bool(event.victims_named) and bool(names) and event.names.isdisjoint(names)


def _other_people_elsewhere(event: CaseEvent, case: list[CaseEvent]) -> bool:
    """Victims described in other words, in a town the case never names: "four environmental
    activists went missing in Nakuru" in a report on a cartoonist abducted in Eldoret that week."""
    words = frozenset().union(*(other.victim_words for other in case))
    return _in_another_town(event, case) and len(event.victim_words) >= 2 and bool(words) and \
        event.victim_words.isdisjoint(words)


def _others_in_another_town(event: CaseEvent, names: set[str], case: list[CaseEvent]) -> bool:
    """The event's sentence names people the case does not, in a town the case never names: "Ricardo
    Nava Fuenmayor, a freelance reporter arrested in Maracaibo in January" in a story of two radio
    journalists arrested in Barquisimeto that month."""
    return bool(event.names) and bool(names) and event.names.isdisjoint(names) and _in_another_town(event, case)


def _look_alike(event: CaseEvent, case: list[CaseEvent]) -> bool:
    """An event of the case's type on another day, in a town the case never names: a second
    abduction the same week, not the first one told again."""
    if event.date is None or event.date.precision != "day" or not _in_another_town(event, case):
        return False
    return any(other.type == event.type and other.date is not None and other.date.precision == "day" and
               not dates_agree(event.date, other.date) for other in case)


def _in_another_town(event: CaseEvent, case: list[CaseEvent]) -> bool:
    """The event names a town, the case names towns, and not that one."""
    town = _town(event)
    towns = {_town(other) for other in case} - {None}
    return town is not None and bool(towns) and town not in towns


def _town(event: CaseEvent) -> str | None:
    return event.place if event.place and event.place != event.country else None


def _case_for_date(event: CaseEvent, case_dates: dict[int, DateValue | None], case_names: dict[int, set[str]],
                   published: date | None, case_events: dict[int, list[CaseEvent]]) -> int | None:
    """The case of the same time (any of its events' times: "among those sentenced in January"),
    unless it names its people and the event names others, or it happened in another country."""
    value = event.date
    assert value is not None
    for number, known in case_dates.items():
        if known is None:
            if number == 0 and _recent(value, published):
                return 0
            continue
        times = [known, *(e.date for e in case_events[number] if e.date is not None)]
        if any(dates_agree(time, value) for time in times) and not _strangers(event, case_names[number]) and \
                not _abroad(event, case_events[number]) and not _only_the_year(event, case_events[number]) and \
                not _others_in_another_town(event, case_names[number], case_events[number]):
            return number
    return None


def _only_the_year(event: CaseEvent, case: list[CaseEvent]) -> bool:
    """A year in common is little: "he fled Vietnam in 2019" in one paragraph and another man who
    "had fled the previous year" in another are two flights, unless the same people or words tie them."""
    if event.date is None or (event.date.precision != "year" and event.date.days <= 31):
        return False
    if any(e.paragraph == event.paragraph for e in case):
        return False
    names = set().union(*(e.names | e.victims_named for e in case))
    words = frozenset().union(*(e.victim_words for e in case))
    return not (event.names & names or len(event.victim_words & words) >= 2)


STORY_GOES_ON_DAYS = 550   # about a year and a half: an arrest, a trial, a sentence


def _story_goes_on(event: CaseEvent, previous: int | None, case_events: dict[int, list[CaseEvent]],
                   case_names: dict[int, set[str]]) -> int | None:
    """An older event told right after a background case, within about a year and a half of it,
    goes on with its story, forward or back: "Two of them were detained in Almaty last year. Both
    men were extradited in March", "In December 2020 a court sentenced Y. She had been arrested
    three months earlier." A flight told back is the person's past."""
    if previous is None or event.date is None:
        return None
    dated = [e.date for e in case_events[previous] if e.date is not None]
    if not dated or _strangers(event, case_names[previous]) or _abroad(event, case_events[previous]):
        return None
    latest = max(d.start for d in dated)
    days = (event.date.start - latest).days
    earliest = 0 if event.type in JOURNEY_TYPES else -STORY_GOES_ON_DAYS   # "where he had fled in 2019": his past
    return previous if earliest <= days <= STORY_GOES_ON_DAYS else None


def _abroad(event: CaseEvent, case: list[CaseEvent]) -> bool:
    """The event happened in a country none of the case's events did (both known); a deportation
    or a flight crosses a border and may well end in another country."""
    countries = {e.country for e in case if e.country}
    return event.country is not None and bool(countries) and event.country not in countries and \
        event.type not in JOURNEY_TYPES | {"forced_return"}


def _recent(value: DateValue, published: date | None) -> bool:
    return published is None or (published - value.end).days <= BACKGROUND_DAYS


def dates_agree(a: DateValue, b: DateValue) -> bool:
    """Same time within the precision of the vaguer one (a day either side for day dates)."""
    slack = 1 if a.precision == "day" and b.precision == "day" else 0
    return a.overlaps(b, slack)


# --- across reports -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Features:
    """What matching compares, computed once per case: matching runs hundreds of times per case in
    a large archive, so dates are kept as day ordinals and sets are frozen."""

    doc_id: int
    number: int
    window: tuple[int, int]                 # first and last day (ordinals) the case may cover
    date: tuple[int, int, bool] | None      # its most precise date: first day, last day, day precision
    year: int | None
    types: frozenset[str]
    policy: bool
    countries: frozenset[str]               # the countries its own sentences name
    region: frozenset[str]                  # those, or when they name none, the countries of its report
    places: frozenset[str]
    counts: frozenset[int]
    names: frozenset[str]
    victims: frozenset[str]                 # surnames of its named victims
    words: frozenset[str]
    months: tuple[int, ...]

    @classmethod
    def of(cls, case: Case, window: DateValue, report_countries: frozenset[str]) -> _Features:
        events = case.events
        dated = case.date
        countries = frozenset(e.country for e in events if e.country)
        return cls(case.doc_id, case.number, (window.start.toordinal(), window.end.toordinal()),
                   (dated.start.toordinal(), dated.end.toordinal(), dated.precision == "day") if dated else None,
                   dated.start.year if dated else None, frozenset(case.types), "policy" in case.types,
                   countries, countries or report_countries,
                   frozenset(e.place.lower() for e in events if e.place),
                   frozenset(e.count for e in events if e.count),
                   frozenset().union(*(e.names for e in events)), frozenset().union(*(e.victims_named for e in events)),
                   frozenset().union(*(e.victim_words for e in events)), tuple(_months(window)))

    def keys(self, related: dict[int, list[int]]) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
        """Blocking keys (where to look, where to be found): only cases sharing a key are compared,
        so the work per case stays bounded in a large archive.

        Two stories reach the score to join only if they share a type or a surname, agree on the
        country when both know it, and share a piece of evidence: a surname, a place, a count, a
        victims' word, a date to within a day, or text (a reuse relation between the reports). So
        a story is filed under month × country × evidence; a case of unknown country is looked
        for under every country. A decree needs no evidence but its year: month × country × type.
        """
        if self.policy:
            months_types = [(month, t) for month in self.months for t in sorted(self.types)]
            unknown = [(month, "policy", "unknown", t) for month, t in months_types]
            by_type = [(month, "policy", "type", t) for month, t in months_types]
            if not self.region:
                return by_type, by_type + unknown
            by_country = [(month, "policy", "country", c, t) for month, t in months_types
                          for c in sorted(self.region)]
            return by_country + unknown, by_country + by_type
        found_in, look_in = self._evidence(related)
        found_countries, look_countries = ([*self.region, "*"], [*self.region, "?"]) if self.region \
            else (["?"], ["*", "?"])
        return ([(month, c, e) for month in self.months for c in look_countries for e in look_in],
                [(month, c, e) for month in self.months for c in found_countries for e in found_in])

    def _evidence(self, related: dict[int, list[int]]) -> tuple[list[tuple[str, object]], list[tuple[str, object]]]:
        """(what the case is filed under, what it looks for): dates match a day either side, and
        a report's main case looks for the main cases of the reports it shares text with."""
        shared = [*(("name", n) for n in self.names), *(("place", p) for p in self.places),
                  *(("count", c) for c in self.counts), *(("word", w) for w in self.words)]
        found, look = list(shared), list(shared)
        if self.date is not None and self.date[1] - self.date[0] < 3:
            found += [("day", d) for d in range(self.date[0], self.date[1] + 1)]
            look += [("day", d) for d in range(self.date[0] - 1, self.date[1] + 2)]
        if self.number == 0:
            found.append(("report", self.doc_id))
            look += [("report", d) for d in related.get(self.doc_id, ())]
        return found, look


def group_cases(cases: list[Case], related_docs: set[tuple[int, int]]) -> list[list[Case]]:
    """Union of cases that describe the same occurrence; `related_docs` holds (a, b) pairs, a < b,
    of reports that share text. For cases already in memory; the store streams them instead."""
    countries = report_countries(cases)
    features = {index: found for index, case in enumerate(cases)
                if (found := case_features(case, countries[case.doc_id])) is not None}
    grouper = CaseGrouper(related_docs)
    for index in sorted(features, key=lambda i: features[i].months[0]):
        grouper.add(index, features[index])
    groups: dict[int, list[Case]] = defaultdict(list)
    for index, case in enumerate(cases):
        groups[grouper.root(index)].append(case)
    return list(groups.values())


def report_countries(cases: Iterable[Case]) -> dict[int, frozenset[str]]:
    """Report → the countries its cases name: a case that names none is matched within them."""
    countries: dict[int, frozenset[str]] = defaultdict(frozenset)
    for case in cases:
        countries[case.doc_id] |= {e.country for e in case.events if e.country}
    return countries


def case_features(case: Case, report_countries: frozenset[str]) -> _Features | None:
    """What matching compares of a case, or None for a case that is never matched (no time, or
    only statements and general events)."""
    window = case.window()
    if window is None or not (case.types & (STORY_TYPES | {"policy"})):
        return None
    return _Features.of(case, window, report_countries)


class CaseGrouper:
    """Joins cases fed in order of the first month they may cover. A case is only compared under
    keys of its own months, so the evidence of months before the current case's first month can
    never be looked at again and is dropped: memory holds a few months of cases, not the archive."""

    def __init__(self, related_docs: set[tuple[int, int]]) -> None:
        self.related_docs = related_docs
        self.related: dict[int, list[int]] = defaultdict(list)
        for a, b in related_docs:
            self.related[a].append(b)
            self.related[b].append(a)
        self.parent: dict[int, int] = {}
        self.features: dict[int, _Features] = {}
        self.shared_time: dict[int, tuple[int, int]] = {}   # root → the days every member's window covers
        self.countries: dict[int, frozenset[str]] = {}       # root → the countries its members name
        self.buckets: dict[int, dict[tuple[object, ...], list[int]]] = defaultdict(lambda: defaultdict(list))
        self.last_month: dict[int, list[int]] = defaultdict(list)   # month → cases filed up to that month
        self.month = 0

    def root(self, index: int) -> int:
        parent = self.parent
        while parent.get(index, index) != index:
            parent[index] = parent.get(parent[index], parent[index])
            index = parent[index]
        return index

    def add(self, index: int, mine: _Features) -> None:
        self._forget_before(mine.months[0])
        self.features[index] = mine
        self.shared_time[index] = mine.window
        self.countries[index] = mine.region
        look_in, found_in = mine.keys(self.related)
        compared: set[int] = set()
        for month, *key in look_in:
            for other in self.buckets[month].get(tuple(key), [])[-MAX_CANDIDATES:]:
                if other not in compared:
                    compared.add(other)
                    self._compare(index, mine, other)
        for month, *key in found_in:
            self.buckets[month][tuple(key)].append(index)
        self.last_month[mine.months[-1]].append(index)

    def _compare(self, index: int, mine: _Features, other: int) -> None:
        mine_root, other_root = self.root(index), self.root(other)
        if mine_root == other_root:
            return
        common = _common_time(self.shared_time[other_root], self.shared_time[mine_root])   # cheap: first
        if common is None or _elsewhere(self.countries[mine_root], self.countries[other_root]):
            return
        if _same_occurrence(self.features[other], mine, self.related_docs):
            self.parent[mine_root] = other_root
            self.shared_time[other_root] = common
            self.countries[other_root] |= self.countries.pop(mine_root)
            del self.shared_time[mine_root]

    def _forget_before(self, month: int) -> None:
        if month <= self.month:
            return
        for old in [m for m in self.buckets if m < month]:
            del self.buckets[old]
        for old in [m for m in self.last_month if m < month]:
            for index in self.last_month.pop(old):
                del self.features[index]
        self.month = month


def _common_time(group: tuple[int, int], joining: tuple[int, int]) -> tuple[int, int] | None:
    """The days a group and a joining case's group share, or None when they are more than a month
    apart: one occurrence happened at one time, which every report of it covers (to within a
    month: an arrest and the sentence weeks later are told as one case). Windows a few weeks apart
    leave the group's time where it was, so that no chain of joins walks it month by month; without
    this, matching pair by pair chains similar cases of successive months into one incident."""
    low, high = max(group[0], joining[0]), min(group[1], joining[1])
    if low <= high:
        return low, high
    return None if low - SHARED_TIME_SLACK_DAYS > high else group


def _elsewhere(a: frozenset[str], b: frozenset[str]) -> bool:
    """Cases or groups whose reports name only different countries: a case of unknown country may
    join either, but must not bridge a Chinese arrest and an Indian one into one incident."""
    return bool(a) and bool(b) and a.isdisjoint(b)


def _months(window: DateValue) -> list[int]:
    first = window.start.year * 12 + window.start.month
    last = window.end.year * 12 + window.end.month
    return list(range(first, min(last, first + 24) + 1))


def _same_occurrence(a: _Features, b: _Features, related_docs: set[tuple[int, int]]) -> bool:
    if a.doc_id == b.doc_id or a.policy != b.policy or a.window[0] - 1 > b.window[1] or b.window[0] - 1 > a.window[1]:
        return False
    if _elsewhere(a.region, b.region):
        return False
    related = (min(a.doc_id, b.doc_id), max(a.doc_id, b.doc_id)) in related_docs
    if a.policy:   # one act per country and year: the decree every report recounts; a decree of no known country
        return a.year is not None and a.year == b.year and (related or not a.region.isdisjoint(b.region))
    shared_names = not a.names.isdisjoint(b.names)
    shared_types = len(a.types & b.types)
    if (not shared_types and not shared_names) or _told_apart(a, b, shared_names):
        return False
    score = (3 if shared_names else 0) + min(2, shared_types)
    score += 2 if not a.places.isdisjoint(b.places) else 0
    score += 1 if not a.countries.isdisjoint(b.countries) else 0
    score += 1 if not a.counts.isdisjoint(b.counts) else 0
    words = len(a.words & b.words)
    score += 2 if words >= 2 else words
    when = _date_score(a.date, b.date)
    related = related and a.number == 0 and b.number == 0
    score += when + (3 if related else 0)
    if not (when or shared_names or related):   # no date, name or text in common: only much else settles it
        return score >= 7
    if not (shared_names or related) and max(a.window[1] - a.window[0], b.window[1] - b.window[0]) > MAX_WINDOW_DAYS:
        return score >= 8   # a case told over months or years overlaps much: without a name or text, more must agree
    if score >= 6:
        return True
    return score == 5 and (shared_names or related)   # a bare five: only a surname or shared text settles it


def _told_apart(a: _Features, b: _Features, shared_names: bool) -> bool:
    """Each names its people and its towns, none the same, on days that differ: two arrests of one
    week in one country, however much text their reports share."""
    if shared_names or a.date is None or b.date is None or _date_score(a.date, b.date):
        return False
    if a.victims and b.victims:   # "Urbina, arrested in Managua in July" is not "Blandón, arrested there in September"
        return True
    return bool(a.names) and bool(b.names) and bool(a.places) and bool(b.places) and \
        a.places.isdisjoint(b.places) and a.date[2] and b.date[2]


def _date_score(a: tuple[int, int, bool] | None, b: tuple[int, int, bool] | None) -> int:
    """2 when two dates agree to within three days, 1 within a month, as `dates_agree` judges them."""
    if a is None or b is None:
        return 0
    slack = 1 if a[2] and b[2] else 0
    if a[0] - slack > b[1] or b[0] - slack > a[1]:
        return 0
    widest = max(a[1] - a[0], b[1] - b[0]) + 1
    narrowest = min(a[1] - a[0], b[1] - b[0]) + 1
    return 2 if widest <= 3 else 1 if narrowest <= 31 else 0
