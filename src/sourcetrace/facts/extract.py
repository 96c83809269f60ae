"""One report's facts: its events and mentions, who each statement stands for, and its own cases.

Runs in worker processes: one spaCy parse per document serves events, the quotations that
attribute them ("according to RFA", "the group said that ..."), and the report's voice.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from spacy.language import Language

from sourcetrace.facts.events import Event, Mention, extract, parse
from sourcetrace.facts.incidents import (
    PARAGRAPH_BREAK,
    CaseEvent,
    local_cases,
    paragraph_numbers,
    surnames,
    victim_words,
)
from sourcetrace.facts.risk import AtRisk, at_risk
from sourcetrace.facts.taxonomy import STORY_TYPES
from sourcetrace.quotes.extract import Quote, extract_from_doc

LEDE_CHARS = 600   # the voice of a release is the organisation speaking in its first lines
LEDE_NAMES_CHARS = 700   # the people a report opens with are its main story's


@dataclass(frozen=True)
class ReportFacts:
    mentions: list[Mention]
    events: list[Event]
    stands_for: list[str]          # per event
    cases: list[int | None]        # per event: the report's case number, None outside any case
    voice: str
    at_risk: list[AtRisk]          # who and where must not be findable in redacted outputs


def report_facts(nlp: Language, text: str, published: date | None, fallback_voice: str,
                 byline: str | None = None) -> ReportFacts:
    doc = parse(nlp, text)
    extraction = extract(doc, published)
    quotes = extract_from_doc(doc, text)
    voice = _voice(quotes) or fallback_voice
    stands_for = _stands_for(extraction.events, quotes, voice, text)
    people = [(ent.start_char, ent.text) for ent in doc.ents if ent.label_ == "PERSON"]
    cases = own_cases(extraction.events, text, published, people)
    return ReportFacts(extraction.mentions, extraction.events, stands_for, cases, voice,
                       at_risk(doc, extraction.events, quotes, byline))


def own_cases(events: list[Event], text: str, published: date | None,
              people: list[tuple[int, str]] = ()) -> list[int | None]:
    """The report's own grouping of its events; `people` are (offset, name) of the persons it names."""
    paragraphs = paragraph_numbers(text, [e.trigger_start for e in events])
    apart_from = _set_apart(events, paragraphs, text)
    going_on = {number for number, opening in enumerate(_paragraph_openings(text)) if opening in _GOING_ON}
    people = [(start, key) for start, name in people for key in surnames(name)]
    named = {key for _, key in people}
    case_events = []
    for index, (e, paragraph) in enumerate(zip(events, paragraphs, strict=True)):
        words = victim_words(p.text for p in e.participants if p.role == "victim")
        named_here = frozenset(last for start, last in people if e.sentence_start <= start < e.sentence_end)
        case_events.append(CaseEvent(
            index, 0, e.type, e.trigger_start, paragraph, e.date.value if e.date else None,
            e.place.name if e.place else None, e.place.country if e.place else None, e.count.value if e.count else None,
            words, story=is_story(e), names=named_here, victims_named=words & named,
            apart=paragraph in apart_from and e.sentence_start >= apart_from[paragraph],
            goes_on=paragraph in going_on))
    lede_names = frozenset(last for start, last in people if start < LEDE_NAMES_CHARS)
    assignment = local_cases(case_events, published, lede_names)
    return [assignment.get(index) for index in range(len(events))]


_SEPARATE = re.compile(r"(?:In (?:a|another) separate \w+(?: [^,.]{1,40})?|In another (?:case|incident)"
                       r"|In an unrelated \w+(?: [^,.]{1,40})?|Separately|Elsewhere),", re.IGNORECASE)


def _set_apart(events: list[Event], paragraphs: list[int], text: str) -> dict[int, int]:
    """Paragraph → where a sentence opening with "In a separate case," or "Separately," begins in it."""
    found: dict[int, int] = {}
    for event, paragraph in zip(events, paragraphs, strict=True):
        if _SEPARATE.match(text, event.sentence_start) and event.sentence_start < found.get(paragraph, len(text)):
            found[paragraph] = event.sentence_start
    return found


_GOING_ON = {"he", "she", "of them"}   # a paragraph about the people of the one before


def _paragraph_openings(text: str) -> list[str]:
    """How each paragraph opens, folded, numbered as `paragraph_numbers` numbers them: its first
    word, or "of them" for "Many of them", "Two of them"."""
    openings = []
    for part in PARAGRAPH_BREAK.split(text):
        match = re.match(r"\s*[“\"]?(\w+)(?: (of them)\b)?", part)
        openings.append((match.group(2) or match.group(1)).casefold() if match else "")
    return openings


def is_story(event: Event) -> bool:
    return event.happened and event.specific and (event.type in STORY_TYPES or event.type == "policy")


def _stands_for(events: list[Event], quotes: list[Quote], voice: str, text: str) -> list[str]:
    """Who each event's statement stands for: the speaker of the quotation holding it, else the
    source a paragraph opened with ("In July 2017, RFA reported that ... While being held, ..."),
    else the report's own voice."""
    paragraphs = paragraph_numbers(text, [e.trigger_start for e in events])
    organizations = {q.speaker.name for q in quotes if q.speaker is not None and q.speaker.kind == "organization"}
    found: list[str] = []
    carried: dict[int, str] = {}
    for event, paragraph in zip(events, paragraphs, strict=True):
        speaker = _attributed(event, quotes, voice, text)
        if speaker is not None:
            speaker = _organization_behind(speaker, organizations)
            carried.setdefault(paragraph, speaker)
        found.append(speaker or carried.get(paragraph) or voice)
    return found


def _organization_behind(speaker: str, organizations: set[str]) -> str:
    """"an RFA source" speaks for Radio Free Asia: a description naming an organisation counts for it."""
    if speaker[:1].isupper():
        return speaker
    for name in organizations:
        initials = "".join(word[0] for word in name.split() if word[:1].isupper())
        if name in speaker or (len(initials) >= 2 and re.search(rf"\b{initials}\b", speaker)):
            return name
    return speaker


def _attributed(event: Event, quotes: list[Quote], voice: str, text: str) -> str | None:
    """The speaker of the quotation or reported clause that holds the event's trigger. What
    witnesses "told Human Rights Watch" in Human Rights Watch's own release is its research."""
    for quote in quotes:
        if quote.start <= event.trigger_start < quote.end and quote.speaker is not None:
            cue = quote.cue
            if cue is not None and cue.text.lower() == "told" and \
                    text[cue.end : cue.end + len(voice) + 2].strip().startswith(voice):
                return voice
            return quote.speaker.name
    return None


def _voice(quotes: list[Quote]) -> str | None:
    """An organisation that speaks in the lede ("..., Human Rights Watch said today") is the report's voice."""
    speakers = Counter(q.speaker.name for q in quotes
                       if q.speaker is not None and q.speaker.kind == "organization" and q.start < LEDE_CHARS)
    return speakers.most_common(1)[0][0] if speakers else None
