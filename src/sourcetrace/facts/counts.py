"""How many people a noun phrase names, and how old they are.

"three women, three men, and a 10-year-old girl" is 7; "the seven" is 7; "dozens" is 12 by
ACLED's rule for vague words. Ages ("10-year-old", "pre-teen", "minor") are ranges so that
"10-year-old girl" and "pre-teen girl" can be seen to agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# ACLED's conservative readings of vague amounts.
VAGUE = {"dozens": 12, "tens": 10, "hundreds": 100, "thousands": 1000, "scores": 20, "a dozen": 12, "dozen": 12,
         "a couple": 2, "couple": 2, "a handful": 3, "handful": 3, "a pair": 2, "both": 2}
_SINGLE = {"a", "an", "one"}
_ONE_KNOWN = {"the", "this", "that", "his", "her", "their", "its"}
_GROUPS = {"family", "crew", "group", "couple", "others", "people"}
_PERSON_HEADS = re.compile(
    r"^(?:people|persons?|men|man|women|woman|girls?|boys?|child(?:ren)?|kids?|teenagers?|minors?|infants?|babies|baby|"
    r"sons?|daughters?|mothers?|fathers?|wife|wives|husbands?|brothers?|sisters?|uncles?|aunts?|relatives?|famil(?:y|ies)|"
    r"members?|activists?|journalists?|reporters?|protesters?|demonstrators?|students?|workers?|farmers?|migrants?|"
    r"refugees?|asylum-seekers?|seekers?|defectors?|escapees?|detainees?|prisoners?|inmates?|civilians?|villagers?|"
    r"residents?|nationals?|citizens?|officials?|officers?|soldiers?|guards?|lawyers?|monks?|nuns?|priests?|"
    r"worshippers?|believers?|leaders?|opponents?|critics?|dissidents?|bloggers?|others?|individuals?|victims?|"
    r"survivors?|passengers?|fishermen|fisherman|sailors?|crew|scientists?|teachers?|doctors?|nurses?|"
    r"\w+(?:ans?|ese|ians?|is|ish|ers?)|[A-Z]\w+)$")


@dataclass(frozen=True)
class Count:
    value: int
    start: int
    end: int
    vague: bool = False


@dataclass(frozen=True)
class Age:
    low: int
    high: int
    start: int
    end: int
    text: str


def number_value(words: str) -> int | None:
    """"seven" → 7, "twenty-three" → 23, "1,200" → 1200, "two hundred" → 200."""
    text = words.lower().replace(",", "").strip()
    if text.isdigit():
        return int(text)
    total = current = 0
    seen = False
    for word in re.split(r"[\s-]+", text):
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES and seen:
            current *= _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0
        elif word == "and" and seen:
            continue
        else:
            return None
        seen = True
    return total + current if seen else None


def count_in(phrase: Span) -> Count | None:
    """The number of people a noun phrase (with its conjuncts) names, or None."""
    heads = _list_items(phrase.root, phrase)
    if len(heads) == 1:
        if phrase.root.lower_ in ("family", "families", "group", "couple"):
            return _described_one(phrase.root) or _count_of_head(phrase.root)
        return _count_of_head(phrase.root) or _described_one(phrase.root)
    found = [_count_of_head(head) or _one_person(head) for head in heads]
    if any(c is None for c in found):
        return None
    known = [c for c in found if c is not None]
    first, rest = known[0], known[1:]
    between = phrase.doc[phrase.root.i : heads[1].i].text.lower()
    if heads[1].dep_ == "appos" and (first.value == sum(c.value for c in rest) or
                                     any(w in between for w in ("among them", "including", "of whom", "among whom"))):
        return first   # "five North Koreans — three women, a man and a boy"; "16 nationals, among them four women"
    return Count(sum(c.value for c in known), min(c.start for c in known), max(c.end for c in known),
                 any(c.vague for c in known))


def _described_one(head: Token) -> Count | None:
    """"Pham Quoc Dung, a labour activist" names one person; "a family of four" names four."""
    if head.lower_ in ("family", "families", "group", "couple"):
        of = next((g for c in head.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        number = of if of is not None and of.like_num else \
            next((g for g in of.children if g.dep_ == "nummod"), None) if of is not None else None
        if number is not None:
            return _number_at(number)   # "a family of four", "a family of five North Koreans"
        return Count(2, head.idx, head.idx + len(head)) if head.lower_ == "couple" else None
    if head.pos_ == "PROPN" and head.ent_type_ in ("PERSON", "") and head.text[:1].isupper() \
            and head.tag_ == "NNP":
        return Count(1, head.idx, head.idx + len(head))   # "police arrested Oral": one named person
    if head.lower_ in ("he", "him", "she", "her", "himself", "herself") and _one_person_named(head):
        return Count(1, head.idx, head.idx + len(head))   # "Mammadli said she had been beaten"
    return None


def _one_person_named(pronoun: Token) -> bool:
    """A singular pronoun stands for one person when its sentence names exactly one."""
    people = {ent.text.split()[-1] for ent in pronoun.sent.ents if ent.label_ == "PERSON"}
    return len(people) == 1


def _list_items(root: Token, phrase: Span) -> list[Token]:
    """The heads of a list, which the parser links by conj or, for "three women, three men", appos."""
    items = [root]
    for token in items:
        items.extend(c for c in token.children if c.dep_ in ("conj", "appos") and phrase.start <= c.i < phrase.end
                     and c not in items and not (c.like_num and token.pos_ == "PROPN"))   # "Sawari, 31," is an age
    return items


def _count_of_head(head: Token) -> Count | None:
    """"three women" (nummod), "the seven" (number as head), "dozens of people", "a girl"."""
    doc = head.doc
    if head.like_num or head.lower_ in VAGUE:
        value = _number_at(head)
        if value is not None:
            return value
    for child in head.children:
        if child.dep_ == "nummod" or (child.like_num and child.i < head.i):
            value = _number_at(child)
            if value is not None:
                return value
    of_phrase = [c for c in head.children if c.dep_ == "quantmod" or c.lower_ in VAGUE]
    for child in of_phrase:
        if child.lower_ in VAGUE:
            return Count(VAGUE[child.lower_], child.idx, child.idx + len(child), vague=True)
    if head.i > 0 and doc[head.i - 1].lower_ == "of" and head.i > 1 and doc[head.i - 2].lower_ in VAGUE:
        vague = doc[head.i - 2]
        return Count(VAGUE[vague.lower_], vague.idx, vague.idx + len(vague), vague=True)
    determiners = [c for c in head.children if c.dep_ in ("det", "poss") and c.lower_ in _SINGLE | _ONE_KNOWN]
    if determiners and head.tag_ in ("NN", "NNP") and _PERSON_HEADS.match(head.text) and head.lower_ not in _GROUPS:
        det = determiners[0]
        return Count(1, det.idx, det.idx + len(det))   # "a journalist", "the teacher", "her brother"
    return None


def _one_person(head: Token) -> Count | None:
    """In a list, "the official, his wife, and his three children": a singular person is one."""
    if head.tag_ in ("NN", "NNP") and _PERSON_HEADS.match(head.text):
        return Count(1, head.idx, head.idx + len(head))
    return None


def _number_at(token: Token) -> Count | None:
    """A number word with its compound parts ("twenty three", "1,200") and a vague "about" kept as is."""
    doc = token.doc
    if token.lower_ in VAGUE:
        return Count(VAGUE[token.lower_], token.idx, token.idx + len(token), vague=True)
    start = end = token.i
    while start > 0 and doc[start - 1].like_num and doc[start - 1].dep_ in ("compound", "nummod", "quantmod"):
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].like_num and doc[end + 1].head.i == token.i:
        end += 1
    words = doc[start : end + 1]
    value = number_value(words.text)
    if value is None and doc[start].lower_ == "a" and token.lower_ == "dozen":
        value = 12
    if value is None or value == 0 or _is_year_or_age(token):
        return None
    return Count(value, words.start_char, words.end_char)


def _is_year_or_age(token: Token) -> bool:
    text = token.text
    if text.isdigit() and len(text) == 4 and 1800 <= int(text) <= 2100:
        return True
    following = token.doc[token.i + 1 : token.i + 3].text.lower()
    return following.startswith(("-year", "year", "%", "percent", "per cent"))


_AGE = re.compile(r"\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ]years?[- ]old\b|\baged (\d{1,3})\b", re.IGNORECASE)
_AGE_GROUPS = {
    "infant": (0, 1), "baby": (0, 1), "toddler": (1, 3), "pre-teen": (9, 12), "preteen": (9, 12),
    "teenage": (13, 19), "teenager": (13, 19), "teen": (13, 19), "adolescent": (12, 17), "minor": (0, 17),
    "child": (0, 17), "children": (0, 17), "juvenile": (0, 17), "underage": (0, 17), "elderly": (65, 110),
    "girl": (0, 17), "boy": (0, 17),
}
_AGE_GROUP_WORDS = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _AGE_GROUPS), key=len, reverse=True))
                              + r")\b", re.IGNORECASE)


def ages_in(text: str, offset: int = 0) -> list[Age]:
    """Stated ages and age groups, each a range of years."""
    found: list[Age] = []
    for match in _AGE.finditer(text):
        value = number_value(match.group(1) or match.group(2))
        if value is not None and value < 120:
            found.append(Age(value, value, offset + match.start(), offset + match.end(), match.group(0)))
    taken = [(a.start - offset, a.end - offset) for a in found]
    for match in _AGE_GROUP_WORDS.finditer(text):
        if any(s <= match.start() <= e + 1 for s, e in taken):
            continue   # "10-year-old girl", "pre-teen girl": the noun adds no age
        taken.append((match.start(), match.end()))
        low, high = _AGE_GROUPS[match.group(1).lower()]
        found.append(Age(low, high, offset + match.start(), offset + match.end(), match.group(0)))
    return sorted(found, key=lambda a: a.start)
