"""Events from parsed sentences: a trigger of a known type, whether it happened, and its arguments.

Triggers come from the taxonomy's words and phrases; everything else comes from the
dependency parse: who acted (agent, authority), to whom (victim), where, when and how many.
Whether the event happened is read from negation, modals, conditions, risks and requests
around the trigger ("should not deport", "risk of torture if returned", "urged China to
release them"), because a call to release someone is the opposite of a release.

This module is the public entry point (`parse`, `extract` and the records they return) and puts
one event together; each reading lives in its own module: `triggers`, `arguments`, `victims`,
`timing`, `location` and `modality`, over the shared `syntax` helpers and `records`.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from sourcetrace.facts.arguments import find_participants
from sourcetrace.facts.counts import ages_in
from sourcetrace.facts.location import place_for, place_name
from sourcetrace.facts.modality import about_anyone, event_happened, is_generic
from sourcetrace.facts.places import country_in, country_of_demonym
from sourcetrace.facts.records import Event, Extraction, Mention, Participant, Place, TimeMention
from sourcetrace.facts.syntax import head_of
from sourcetrace.facts.temporal import EXPRESSION
from sourcetrace.facts.timing import is_dateline, time_for, time_mentions, times_for_event
from sourcetrace.facts.triggers import find_triggers
from sourcetrace.facts.victims import ages_around, counted_trigger, share_counts, victim_count

__all__ = ["ALGORITHM", "Event", "Extraction", "Mention", "Participant", "Place", "TimeMention", "extract", "parse",
           "sentences", "time_mentions"]

ALGORITHM = "events-1"


def extract(doc: Doc, published: date | None) -> Extraction:
    """Every mention and event of a parsed document, in reading order."""
    times = time_mentions(doc.text, published)
    mentions = _entity_mentions(doc) + [Mention("date", t.start, t.end, t.text, t.value.label()) for t in times]
    events: list[Event] = []
    for sentence in sentences(doc):
        sentence_times = [t for t in times if sentence.start_char <= t.start < sentence.end_char]
        triggers = find_triggers(sentence)
        heads = [head_of(trigger) for trigger, _ in triggers]
        found = [_event(trigger, type_name, sentence, times_for_event(head, heads, sentence_times))
                 for (trigger, type_name), head in zip(triggers, heads, strict=True)]
        share_counts(found, sentence)
        events.extend(found)
    mentions += [Mention("count", e.count.start, e.count.end, doc.text[e.count.start : e.count.end], str(e.count.value))
                 for e in events if e.count]
    mentions += [Mention("age", a.start, a.end, a.text, f"{a.low}-{a.high}") for a in ages_in(doc.text)]
    unique = {(m.kind, m.start, m.end): m for m in mentions}
    return Extraction(sorted(unique.values(), key=lambda m: (m.start, m.kind)), events)


def parse(nlp: Language, text: str) -> Doc:
    """Parse with every line break a sentence boundary and the dateline blanked (offsets kept):
    a byline or dateline otherwise becomes the subject of the first sentence."""
    doc = nlp.make_doc(_blank_dateline(text))
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def _blank_dateline(text: str) -> str:
    lines = text.split("\n")
    position = 0
    for index, line in enumerate(lines[:4]):
        if line.strip() and is_dateline(text, position) and EXPRESSION.search(line):
            lines[index] = " " * len(line)
        position += len(line) + 1
    return "\n".join(lines)


def sentences(doc: Doc) -> list[Span]:
    """spaCy's sentences, cut again at line breaks: a dateline or headline is never part of the next sentence."""
    spans: list[Span] = []
    for sentence in doc.sents:
        start = sentence.start
        for token in sentence:
            if "\n" in token.text or (token.i > start and "\n" in token.doc[token.i - 1].whitespace_):
                if token.i > start and not token.is_space:
                    spans.append(doc[start : token.i])
                    start = token.i
                elif token.is_space:
                    if token.i > start:
                        spans.append(doc[start : token.i])
                    start = token.i + 1
        if start < sentence.end:
            spans.append(doc[start : sentence.end])
    return [s for s in spans if s.text.strip()]


def _entity_mentions(doc: Doc) -> list[Mention]:
    kinds = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place",
             "NORP": "nationality"}
    mentions = []
    for ent in doc.ents:
        kind = kinds.get(ent.label_)
        if kind is None:
            continue
        name = place_name(ent) if kind == "place" else ent.text
        value = country_in(name) if kind == "place" else \
            country_of_demonym(ent.text) if kind == "nationality" else None
        mentions.append(Mention(kind, ent.start_char, ent.end_char, ent.text, value))
    return mentions


def _event(trigger: Span, type_name: str, sentence: Span, times: list[TimeMention]) -> Event:
    head = head_of(trigger)
    participants = find_participants(head, type_name)
    victims = [p for p in participants if p.role == "victim"]
    count = None
    if type_name not in ("statement", "policy"):
        count = counted_trigger(head) or victim_count(head, type_name)
    time = time_for(head, sentence, times)
    happened = event_happened(head, type_name)
    event = Event(
        type=type_name, happened=happened, trigger_start=trigger.start_char, trigger_end=trigger.end_char,
        trigger_text=trigger.text, sentence_start=sentence.start_char, sentence_end=sentence.end_char,
        date=time, place=place_for(head, sentence, type_name), count=count, participants=participants,
        ages=[a for v in victims for a in ages_around(trigger.doc, v)],
    )
    if type_name == "policy":   # a dated decree is one act, however bare its noun
        event.specific = happened and (time is not None or not is_generic(head))
    else:
        event.specific = happened and type_name != "statement" and not is_generic(head) and \
            (time is not None or not about_anyone(head, participants))
    event.confidence = _confidence(event, trigger)
    return event


def _confidence(event: Event, trigger: Span) -> float:
    score = 0.85 if trigger.root.pos_ in ("VERB", "AUX") else 0.7 if len(trigger) > 1 else 0.6
    arguments = sum(x is not None for x in (event.date, event.place, event.count)) + len(event.participants)
    return round(min(0.99, score + 0.03 * arguments), 2)
