"""One report's facts: its events and mentions, who each statement stands for, and its own cases.

Runs in worker processes: one spaCy parse per document serves events, the quotations that
attribute them ("according to RFA", "the group said that ..."), and the report's voice.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from spacy.language import Language

from sourcetrace.facts.events import Event, Mention, extract, parse
from sourcetrace.facts.incidents import CaseEvent, local_cases, paragraph_numbers, victim_words
from sourcetrace.facts.taxonomy import STORY_TYPES
from sourcetrace.quotes.extract import Quote, extract_from_doc

LEDE_CHARS = 600   # the voice of a release is the organisation speaking in its first lines


@dataclass(frozen=True)
class ReportFacts:
    mentions: list[Mention]
    events: list[Event]
    stands_for: list[str]          # per event
    cases: list[int | None]        # per event: the report's case number, None outside any case
    voice: str


def report_facts(nlp: Language, text: str, published: date | None, fallback_voice: str) -> ReportFacts:
    doc = parse(nlp, text)
    extraction = extract(doc, published)
    quotes = extract_from_doc(doc, text)
    voice = _voice(quotes) or fallback_voice
    stands_for = [_attributed(event, quotes) or voice for event in extraction.events]
    cases = own_cases(extraction.events, text, published)
    return ReportFacts(extraction.mentions, extraction.events, stands_for, cases, voice)


def own_cases(events: list[Event], text: str, published: date | None) -> list[int | None]:
    paragraphs = paragraph_numbers(text, [e.trigger_start for e in events])
    case_events = [
        CaseEvent(index, 0, e.type, e.trigger_start, paragraph, e.date.value if e.date else None,
                  e.place.name if e.place else None, e.place.country if e.place else None,
                  e.count.value if e.count else None,
                  victim_words(p.text for p in e.participants if p.role == "victim"),
                  story=is_story(e))
        for index, (e, paragraph) in enumerate(zip(events, paragraphs, strict=True))
    ]
    assignment = local_cases(case_events, published)
    return [assignment.get(index) for index in range(len(events))]


def is_story(event: Event) -> bool:
    return event.happened and event.specific and (event.type in STORY_TYPES or event.type == "policy")


def _attributed(event: Event, quotes: list[Quote]) -> str | None:
    """The speaker of the quotation or reported clause that holds the event's trigger."""
    for quote in quotes:
        if quote.start <= event.trigger_start < quote.end and quote.speaker is not None:
            return quote.speaker.name
    return None


def _voice(quotes: list[Quote]) -> str | None:
    """An organisation that speaks in the lede ("..., Human Rights Watch said today") is the report's voice."""
    speakers = Counter(q.speaker.name for q in quotes
                       if q.speaker is not None and q.speaker.kind == "organization" and q.start < LEDE_CHARS)
    return speakers.most_common(1)[0][0] if speakers else None
