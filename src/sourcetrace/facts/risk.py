"""People at risk: who must never be findable in anything sourcetrace lets leave the machine.

Reports about escapees name the people who fled, their relatives and where they hid. The facts
stage marks, per document, the private individuals who are subjects of the events (a victim's
name, a name given as "surnamed Kang" or "by her last name, Choi", a relative described by
kinship) and hiding places below city level. Public figures are never marked: anyone quoted or
named with a title or role (spokespeople, officials, rapporteurs, founders), organisations and
authors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from sourcetrace.facts.events import Event
from sourcetrace.facts.places import country_of, is_country
from sourcetrace.facts.redact import KIN, PERSON, PLACE
from sourcetrace.quotes.extract import Quote
from sourcetrace.quotes.speakers import TITLE_WORDS


@dataclass(frozen=True)
class AtRisk:
    kind: str      # person, kin, place
    start: int
    end: int
    text: str


_KIN_WORDS = (r"(?:uncle|aunt|mother|father|brother|sister|son|daughter|wife|husband|cousin|nephew|niece|grandmother|"
        r"grandfather|grandson|granddaughter|fianc[ée]e?|relative|sibling|stepmother|stepfather|in-law)")
# "her uncle surnamed Kang", "his wife, identified only as Lee", "a cousin named Min-jun"
_KIN_NAMED = re.compile(
    rf"\b(?:(?:her|his|their|the girl's|the boy's|[A-Z][\w-]+(?:'s|’s))\s+)?{_KIN_WORDS}\s*,?\s+"
    r"(?:surnamed|named|called|identified (?:only )?as|whose (?:last )?name is)\s+([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)")
# "by her last name, Choi", "surnamed Kang", "identified only as Park"
_NAMED_ONLY_AS = re.compile(
    r"\b(?:by (?:her|his|their) (?:last|first|family) name,?|surnamed|identified only as|known only as|"
    r"whose (?:last )?name is)\s+([A-Z][\w-]+)")
_HIDING = re.compile(r"\b(?:hid(?:e|ing|den)?|hideouts?|hiding places?|safe ?houses?|in hiding|sheltered|"
                     r"sheltering|holed up)\b", re.IGNORECASE)
_PUBLIC_CONTEXT = re.compile(r"\b(?:" + "|".join(sorted(TITLE_WORDS | {
    "spokesperson", "rapporteur", "activist", "researcher", "analyst", "editor", "reporter", "journalist",
    "official", "officials", "head", "coordinator", "advocate", "expert", "experts", "member", "lawmaker",
    "correspondent", "writer"})) + r")\b", re.IGNORECASE)


def at_risk(doc: Doc, events: list[Event], quotes: list[Quote], byline: str | None = None) -> list[AtRisk]:
    """Spans of one parsed report that identify a private person at risk or where they hid."""
    text = doc.text
    public = _public_people(doc, quotes, byline)
    found: list[AtRisk] = []
    for match in _KIN_NAMED.finditer(text):
        found.append(AtRisk(KIN, match.start(), match.end(), match.group(0)))
    for match in _NAMED_ONLY_AS.finditer(text):
        if not _is_public(match.group(1), public):
            found.append(AtRisk(PERSON, match.start(1), match.end(1), match.group(1)))
    victims = [(p.start, p.end) for e in events for p in e.participants if p.role == "victim"]
    for ent in doc.ents:
        if ent.label_ != "PERSON" or _is_public(ent.text, public):
            continue
        if any(start <= ent.start_char < end for start, end in victims):
            found.append(AtRisk(PERSON, ent.start_char, ent.end_char, ent.text))
    found += _hiding_places(doc)
    return _without_overlaps(found)


def _public_people(doc: Doc, quotes: list[Quote], byline: str | None) -> set[str]:
    """Names of speakers and of people given a title or a role: they speak in public."""
    public = {q.speaker.name for q in quotes if q.speaker is not None and q.speaker.kind == "person"}
    if byline:
        public.add(byline)
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        before = doc[max(0, ent.start - 4) : ent.start].text
        after = doc[ent.end : min(len(doc), ent.end + 6)].text
        if _PUBLIC_CONTEXT.search(before) or (after.startswith(",") and _PUBLIC_CONTEXT.search(after)):
            public.add(ent.text)
    return public


def _is_public(name: str, public: set[str]) -> bool:
    words = set(name.split())
    return any(name == p or words & set(p.split()) for p in public)


def _hiding_places(doc: Doc) -> list[AtRisk]:
    """Named places below city level just after a hiding word: "hid in the Baan Suan guesthouse".
    Countries, regions and cities the gazetteer knows stay: they do not lead anyone to a door."""
    found = []
    for sentence in doc.sents:
        hiding = _HIDING.search(sentence.text)
        if not hiding:
            continue
        after = sentence.start_char + hiding.end()
        for run in _proper_noun_runs(sentence):
            if not after <= run.start_char <= after + 80:
                continue
            name = run.text.removesuffix("’s").removesuffix("'s")
            if not (country_of(name) or is_country(name)):
                found.append(AtRisk(PLACE, run.start_char, run.end_char, run.text))
    return found


def _proper_noun_runs(sentence: Span) -> list[Span]:
    runs, start = [], None
    for token in sentence:
        if token.pos_ == "PROPN" and token.text[:1].isupper():
            start = token.i if start is None else start
        elif start is not None:
            runs.append(sentence.doc[start : token.i])
            start = None
    if start is not None:
        runs.append(sentence.doc[start : sentence.end])
    return runs


def _without_overlaps(spans: list[AtRisk]) -> list[AtRisk]:
    kept: list[AtRisk] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept
