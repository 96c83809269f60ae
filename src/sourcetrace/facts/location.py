"""Where an event happened: the place a preposition attaches to the event's clause.

`places` knows countries and towns; this module decides which place in a sentence is the event's
("detained in Dandong", not the country the report is about), so it is kept with the other
argument readers rather than in the gazetteer.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sourcetrace.facts.places import country_in, country_of, is_country
from sourcetrace.facts.records import Place
from sourcetrace.facts.syntax import clause_verb

_PLACE_PREPS = {"in", "at", "near", "outside", "inside", "on", "across", "into", "to", "from", "off", "along",
                "around", "within", "between", "through"}


def place_for(head: Token, sentence: Span, type_name: str) -> Place | None:
    """The most specific place a preposition attaches to the event's clause, with its country."""
    if type_name == "statement":
        return None   # a call to act is made somewhere, but that is not where anything happened
    places = _place_candidates(sentence)
    if not places:
        return None
    verb = clause_verb(head)
    scope = {t.i for t in (head.subtree if head.pos_ in ("VERB", "AUX") else verb.subtree)}
    moved = {t.i for t in head.subtree} if type_name in _MOVES else set()
    attached = [e for e in places if e.root.i in scope and (_placed_by_preposition(e.root, moved) or
                                                              _left(e.root, head, type_name))]
    if not attached and head.dep_ == "conj" and head.pos_ == "VERB":
        first = head.head   # "raided a station in Barquisimeto and detained three journalists"
        own = {t.i for c in first.children if c.dep_ in ("prep", "dobj") for t in c.subtree}
        attached = [e for e in places if e.root.i in own and _placed_by_preposition(e.root, moved)]
    if not attached:
        return _authoritys_country(head, verb, places)
    if type_name == "forced_return":   # "expelled from Algeria to Niger": where people were sent
        attached = [e for e in attached if not _after_from(e)] or attached
    specific = [e for e in attached if not is_country(place_name(e))] or attached
    specific = [e for e in specific if not _inside_another(e, specific)] or specific
    chosen = min(specific, key=lambda e: abs(e.root.i - head.i))
    name = place_name(chosen)
    country = country_of(name) or next((found for e in attached if (found := country_in(place_name(e)))), None)
    return Place(chosen.text, country, chosen.start_char, chosen.end_char)


def _place_candidates(sentence: Span) -> list[Span]:
    """Places the tagger found, and proper nouns after "in", "at", "near"... that the gazetteer knows:
    the small model often takes a town it has not seen for an organisation or a person."""
    found = [e for e in sentence.ents if e.label_ in ("GPE", "LOC", "FAC")]
    taken = {t.i for e in found for t in e}
    doc = sentence.doc
    for token in sentence:
        if token.i in taken or token.pos_ != "PROPN" or token.dep_ != "pobj" or not (
                token.head.lower_ in _PLACE_PREPS or _named_place(token.head)):
            continue
        start = token.i
        while start > sentence.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        span = doc[start : token.i + 1]
        if country_of(span.text) or is_country(span.text) or _named_place(token.head) or _located_next(span):
            found.append(span)   # "the town of Enfeh" is a place, whether the gazetteer knows it or not
    return found + _named_kinds_of_place(sentence, taken)


_FACILITIES = {"prison", "jail", "gaol", "colony", "camp", "airport", "checkpoint", "crossing", "post", "township"}


def _after_from(place: Span) -> bool:
    current = place.root
    while current.dep_ in ("compound", "conj", "appos", "poss") and current.head.i != current.i:
        current = current.head
    return current.dep_ == "pobj" and current.head.lower_ == "from"


def _located_next(span: Span) -> bool:
    """"in Landi Kotal, in Khyber Pakhtunkhwa": a name that a known place locates is a place too."""
    doc = span.doc
    after = doc[span.end : span.end + 3]
    return len(after) == 3 and after[0].text == "," and after[1].lower_ in ("in", "near") and \
        (after[2].ent_type_ in ("GPE", "LOC") or bool(country_of(after[2].text)) or is_country(after[2].text))


def _named_kinds_of_place(sentence: Span, taken: set[int]) -> list[Span]:
    """"Bangkok's Bang Kapi district", "Tora prison", "El Chipote jail": a name before a word for a
    kind of place or a place of detention is a place, the most specific one a sentence gives."""
    found = []
    doc = sentence.doc
    for token in sentence:
        if token.pos_ != "NOUN" or token.lower_ not in _PLACE_NOUNS | _FACILITIES or token.i in taken:
            continue
        start = token.i
        while start > sentence.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" and \
                start <= doc[start - 1].head.i <= token.i:
            start -= 1
        if start < token.i:
            found.append(doc[start : token.i + 1])
    return found


def _inside_another(place: Span, places: list[Span]) -> bool:
    """"Tora prison in southern Cairo", "Landi Kotal, in Khyber Pakhtunkhwa": the place that
    locates another is the wider one."""
    inner = {t.i for other in places if other is not place for t in other}
    current = place.root
    for _ in range(4):
        if current.head.i == current.i or current.dep_ not in ("pobj", "prep", "poss", "appos", "compound"):
            return False
        current = current.head
        if current.i in inner:
            return True
    return False


_PLACE_NOUNS = {"city", "town", "village", "province", "region", "district", "state", "county", "capital", "port",
                "island", "municipality", "governorate", "prefecture", "coast", "outskirts", "suburb", "neighbourhood",
                "neighborhood"}


def _named_place(preposition: Token) -> bool:
    """"the western city of Eldoret": "of" after a word for a kind of place names the place."""
    return preposition.lower_ == "of" and preposition.head.lower_ in _PLACE_NOUNS


_MOVES = {"forced_return", "flight"}   # "the expulsion of 34 people from Lesbos": where they were taken from


def _placed_by_preposition(token: Token, moved: set[int]) -> bool:
    """`moved`: the words of a forced return or flight, where "from" says where people were taken from."""
    current = token
    for _ in range(4):
        if current.dep_ == "pobj" and current.head.lower_ == "from" and current.head.head.pos_ in ("NOUN", "PROPN") \
                and current.i not in moved:
            return False   # "a woman from Mali died": where she comes from, not where it happened
        if current.dep_ == "pobj" and current.head.lower_ in _PLACE_PREPS:
            return True
        if current.head.i == current.i or current.dep_ not in ("compound", "poss", "conj", "appos", "pobj", "prep",
                                                                "amod"):
            return False
        current = current.head
    return False


def _left(token: Token, head: Token, type_name: str) -> bool:
    """"fled Kabul in September": the place a flight leaves is its place."""
    return type_name == "flight" and token.dep_ == "dobj" and token.head.i == head.i


def _authoritys_country(head: Token, verb: Token, places: list[Span]) -> Place | None:
    """With no place of its own, a deportation or arrest by a state happened in that state:
    "Kenya sent back people", "Pakistan police detain ...", "Kenya's deportation of four men"."""
    actors = [c for c in verb.children if c.dep_ == "nsubj"] + \
        [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] + \
        ([c for c in head.children if c.dep_ == "poss"] if head.pos_ in ("NOUN", "PROPN") else [])
    for actor in actors:
        words = {t.i for t in actor.subtree}
        for place in places:
            name = place_name(place)
            if place.root.i in words and is_country(name) and (place.root.i == actor.i or place.root.head.i == actor.i):
                return Place(place.text, name, place.start_char, place.end_char)
    return None


def place_name(ent: Span) -> str:
    """The place without a possessive "'s" ("China's" → "China"), as the gazetteer knows it."""
    text = ent.text
    return text[:-2] if text.endswith(("'s", "’s")) else text
