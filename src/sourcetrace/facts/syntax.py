"""Small dependency-parse helpers and word lists shared by the event modules.

Triggers, arguments, modality, timing and victim counting all climb the same parse in the same
few ways (the clause's verb, the first item of a list, a headline without a verb); keeping those
steps here lets each of those modules import them without importing one another.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

AUTHORITY_WORDS = re.compile(r"\b(?:authorities|police|officers?|officials?|government|army|military|troops|"
                             r"soldiers|guards?|forces|ministry|security|court|judges?|agents?|border guards?|"
                             r"coast ?guard|regime|state)\b", re.IGNORECASE)
# Spans of time: never the people an event happened to ("the two days without news", "his first night in custody").
TIME_NOUNS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "night", "nights"}
QUANTIFIERS = {"some", "many", "most", "all", "every", "any", "several", "few", "no", "each"}
SPEECH_VERBS = {"said", "says", "say", "told", "tells", "reported", "reports", "announced", "stated", "added",
                "confirmed", "wrote", "posted", "noted", "explained", "insisted", "claimed", "revealed", "disclosed"}


def head_of(trigger: Span) -> Token:
    """The token that carries the trigger's syntax: the verb of a phrase, the noun of "adopted a decree"."""
    for token in trigger:
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            return token
    return trigger.root


def clause_verb(token: Token) -> Token:
    """The verb a noun trigger hangs from ("their detention was revealed" → revealed)."""
    current = token
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        current = current.head
    return current


def first_conjunct(token: Token) -> Token:
    """"arbitrary detention, torture and worse": what is said of the first item holds for the list."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def is_headline(sentence: Span) -> bool:
    """A short line without closing punctuation: headlines drop "was" and tell past cases in the present."""
    text = sentence.text.strip()
    return bool(text) and text[-1] not in ".!?”\"’:" and len(sentence) <= 20
