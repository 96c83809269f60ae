"""Speakers named after their quote: "“We planted in March and nothing came up,” she said. Amina
Yusuf, 34, has farmed near Kora since 2019." Features and wire copy often open on a quote and only
then introduce the person, so "she" points forward, to the name that opens the next sentence, not
back to someone named before.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sourcetrace.quotes.cues import is_cue
from sourcetrace.quotes.people import NameIndex

_CLOSING = frozenset("”»\"’")
_MARKS = frozenset("“”„«»\"")


def quote_just_before(pronoun: Span, cue: Token) -> bool:
    """Whether the pronoun attributes the quote that closes right before it ("…,” she said" or
    "…,” said she"): the one form in which a pronoun may point forward."""
    doc = cue.doc
    first = min(pronoun.start, cue.i)
    return first > 0 and doc[first - 1].text in _CLOSING


def named_next(cue: Token, names: NameIndex, role: str | None = None) -> str | None:
    """The person introduced by the sentence after the cue's: it opens with a name the text has not
    given before and tells about that person instead of quoting someone ("Daniel Okoth, 52, now
    drives a taxi"; "Marco Bellandi is the city’s transport councillor"). With `role` (an unnamed
    speaker's head noun: "A former city treasurer … told a court …"), the sentence may quote the
    person but must give that role ("Luca di Stefano, 58, who was Brenna’s treasurer, said …")."""
    sentence = _next_sentence(cue)
    if sentence is None:
        return None
    if role is None and any(t.text in _MARKS or is_cue(t) for t in sentence):
        return None
    if role is not None and all(t.lower_ != role for t in sentence):
        return None
    opening = sentence.start_char
    for named in names.people.values():
        for offset, full in named:
            if offset == opening and _first_time(names, full, cue.sent.start_char):
                return full
    return None


def _next_sentence(cue: Token) -> Span | None:
    doc = cue.doc
    i = cue.sent.end
    while i < len(doc) and (doc[i].is_space or doc[i].is_punct):
        i += 1
    if i >= len(doc):
        return None
    sentence = doc[i].sent
    return doc[i : sentence.end]


def _first_time(names: NameIndex, full: str, offset: int) -> bool:
    """Whether no one of that name is named before `offset` (the quote's own sentence may already
    hold the mention this resolved to)."""
    return all(at >= offset for named in names.people.values() for at, other in named if other == full)
