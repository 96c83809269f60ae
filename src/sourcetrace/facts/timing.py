"""When an event happened: time expressions in reading order and which of them dates which event.

Resolving a single expression is `temporal`'s job; here the text's expressions are resolved in
order against the date stated before them, and each event is given the time that belongs to it —
not the day something was said ("said on Tuesday that police detained ..."), nor a time inside
another event's phrase ("under a 1986 protocol").
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from sourcetrace.facts.records import TimeMention
from sourcetrace.facts.syntax import SPEECH_VERBS, clause_verb
from sourcetrace.facts.temporal import EXPRESSION, DateValue, resolve
from sourcetrace.facts.temporal import span as span_of


def time_mentions(text: str, published: date | None) -> list[TimeMention]:
    """Time expressions resolved in reading order, each relative one against the date stated before it."""
    found: list[TimeMention] = []
    anchor: DateValue | None = None
    for match in EXPRESSION.finditer(text):
        if is_dateline(text, match.start()) or re.match(r"(?:may|march)\b(?! \d)", match.group(0)):
            continue   # "may" and "march" in lower case are a verb or a protest
        expression = match.group(0)
        if re.search(r"\b(?:after|before)$", expression) and re.match(r" (?!that\b|which\b)[a-z]", text[match.end() :]):
            # "died on Monday, two days after soldiers arrested him": the arrest is two days before
            # Monday; "... before police came" the reverse.
            expression = expression.rsplit(" ", 1)[0] + (" earlier" if expression.endswith("after") else " later")
            if anchor is None:
                continue
        value = resolve(expression, published, anchor)
        if value is None:
            continue
        previous = found[-1] if found else None
        if previous is not None and _JOINED.fullmatch(text[previous.end : match.start()]) and \
                value.precision == previous.value.precision == "day" and \
                abs((value.start - previous.value.start).days) <= 7 and expression == match.group(0) and \
                not re.search(r"\b(?:ago|earlier|later|before|after)$", expression):
            # "on Saturday and Sunday", "Saturday, Sunday and Monday": one span of days
            joined = span_of(min(previous.value.start, value.start), max(previous.value.end, value.end))
            found[-1] = TimeMention(joined, previous.start, match.end(), text[previous.start : match.end()])
        else:
            found.append(TimeMention(value, match.start(), match.end(), match.group(0)))
        anchor = value
    return found


_JOINED = re.compile(r",? (?:and|or|to|through|until) (?:on )?|, |\s?[-–]\s?")


def is_dateline(text: str, position: int) -> bool:
    """The publication date at the head of the text dates the report, not an event."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    return len(line.split()) <= 8 and text[:line_start].count("\n") <= 3 and not line.rstrip().endswith(".")


def times_for_event(head: Token, heads: list[Token], times: list[TimeMention]) -> list[TimeMention]:
    """The sentence's times that can date this event: not the day something was said ("said on
    Tuesday that police detained ..."), nor a time inside another event's noun phrase ("under a
    1986 protocol")."""
    doc = head.doc
    usable = []
    for time in times:
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None:
            continue
        if _owned_by_other_noun(span, head, heads) or _dates_the_saying(span, head) or _dates_a_thing(span, head) \
                or _dates_a_birth(span):
            continue
        usable.append(time)
    return usable


def _owned_by_other_noun(span: Span, head: Token, heads: list[Token]) -> bool:
    """The time sits inside another event's phrase that this event is not part of: "a 1986
    protocol", "released ... two journalists who had been jailed in 2019". Verbs joined by "and"
    share their time ("were caught and detained on April 28")."""
    for other in heads:
        if other.i == head.i or (other.dep_ == "conj" and other.head.i == head.i) or \
                (head.dep_ == "conj" and head.head.i == other.i):
            continue
        phrase = other.pos_ in ("NOUN", "PROPN") or other.dep_ in ("relcl", "acl")
        if phrase and all(other.left_edge.i <= t.i <= other.right_edge.i for t in span) and \
                not other.left_edge.i <= head.i <= other.right_edge.i:
            return True
    return False


def _dates_a_thing(span: Span, head: Token) -> bool:
    """"the 1951 Refugee Convention", "a May 14 announcement": a time modifying another noun dates that
    thing, not the events around it."""
    root = span.root
    return root.dep_ in ("nummod", "compound", "nmod", "poss") and root.head.pos_ in ("NOUN", "PROPN") \
        and root.head.i != head.i and not span.start <= root.head.i < span.end


def _dates_a_birth(span: Span) -> bool:
    """"F. Sattorov, born in 1988, ...": a date of birth dates a person, never an event."""
    before = span.doc[max(0, span.start - 3) : span.start]
    return any(t.lower_ in ("born", "b.") for t in before) or \
        any(ancestor.lower_ == "born" for ancestor in span.root.ancestors)


def _dates_the_saying(span: Span, head: Token) -> bool:
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.lower_ not in SPEECH_VERBS or verb.i == head.i or span.start < verb.i:
        return False   # "In July 2017, RFA reported that ..." sets the scene; "said on Tuesday" dates the saying
    return any(ancestor.i == verb.i for ancestor in head.ancestors)


def time_for(head: Token, sentence: Span, times: list[TimeMention]) -> TimeMention | None:
    """The usable time in the trigger's clause nearest the trigger, else the nearest in the sentence."""
    if not times:
        return None
    if len(times) == 1:
        return times[0]
    subtree = {t.i for t in clause_verb(head).subtree}
    doc = head.doc
    attached = []
    for time in times:
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is not None and all(t.i in subtree for t in span):
            attached.append((abs(span.root.i - head.i), time))
    if attached:
        return min(attached, key=lambda item: item[0])[1]
    return min(times, key=lambda t: abs(t.start - head.idx))
