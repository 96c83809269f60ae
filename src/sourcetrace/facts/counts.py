"""How many people a noun phrase names, and how old they are.

"three women, three men, and a 10-year-old girl" is 7; "the seven" is 7; "dozens" is 12 by
ACLED's rule for vague words. Ages ("10-year-old", "pre-teen", "minor") are ranges so that
"10-year-old girl" and "pre-teen girl" can be seen to agree.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sourcetrace.facts.taxonomy import NOUN_TYPES

_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
# ACLED's conservative readings of vague amounts.
VAGUE = {"dozens": 12, "tens": 10, "hundreds": 100, "thousands": 1000, "scores": 20, "a dozen": 12, "dozen": 12,
         "a couple": 2, "couple": 2, "a handful": 3, "handful": 3, "a pair": 2, "both": 2}
_EXACT = {"both", "a couple", "couple", "a pair"}
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
    r"editors?|operators?|hosts?|apprentices?|poets?|minors?|pupils?|youths?|friends?|colleagues?|cousins?|"
    r"nephews?|nieces?|spouses?|partners?|clerics?|imams?|pastors?|authors?|directors?|novelists?|"
    r"\w+ists?|\w+ees?|\w+m[ae]n|\w+tors?|"
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
    """"seven" → 7, "twenty-three" → 23, "1,200" → 1200, "two hundred" → 200, "1.7 million" → 1700000."""
    text = words.lower().replace(",", "").strip()
    if text.isdigit():
        return int(text)
    total = current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", text):
        if _DECIMAL.fullmatch(word) and not seen:
            current = float(word)
        elif word in _UNITS:
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
    value = round(total + current, 3)   # "2.3 million" in floating point is 2299999.9999999995
    return int(value) if seen and value == int(value) else None


def count_in(phrase: Span) -> Count | None:
    """The number of people a noun phrase (with its list and asides) names, or None."""
    return read_people([t for t in phrase if not _inside_clause(t, phrase)])


def count_of(head: Token) -> Count | None:
    """The number of people the noun phrase headed by `head` names, clauses and places left out.

    The phrase is read from the whole subtree rather than from the parser's list links: the small
    model often hangs "the seven, six women and a boy" or "the four — Mammadli, Bayramov ..." on
    the wrong noun, but the words between the commas still say who is counted."""
    subtree = head.doc[head.left_edge.i : head.right_edge.i + 1]
    return read_people([t for t in subtree if not _inside_clause(t, subtree)])


def _inside_clause(token: Token, phrase: Span) -> bool:
    """True for words of a relative clause, a participle phrase or a place, time or manner
    phrase inside the noun phrase: "who were detained in May" says nothing of how many."""
    current = token
    while phrase.start <= current.head.i < phrase.end and current.head.i != current.i:
        if current.dep_ in ("relcl", "acl", "advcl", "ccomp", "npadvmod") and current.pos_ in ("VERB", "AUX"):
            return True
        if current.dep_ == "prep" and current.lower_ not in _KEPT_PREPS:
            return True
        current = current.head
    return False


_KEPT_PREPS = {"of", "among", "including", "like"}
_SEPARATORS = {",", ";", ":", "—", "–", "--", "(", ")", "and", "&"}
_SUBSET = {"among", "including", "whom", "like"}
_NONE = {"no", "none", "nobody", "noone", "neither", "which", "any", "anyone", "anybody", "every", "everyone",
         "everybody", "each", "someone", "somebody"}
_ONE_PRONOUNS = {"he", "him", "she", "her", "himself", "herself", "me", "i", "myself"}
_FIRST_PERSON = {"me", "i", "myself"}
_ORDINAL = re.compile(r"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$",
                      re.IGNORECASE)


@dataclass(frozen=True)
class _Item:
    """One comma- or and-separated part of a list of people."""
    kind: str                    # number, one, group, age, unknown
    count: Count | None
    joined_by: str               # the separator before it: "," "and" "—" or "" for the first
    tokens: tuple[Token, ...]


def read_people(tokens: list[Token]) -> Count | None:
    """How many people a list names: "three women, three men and a 10-year-old girl" is 7, "the
    seven, six women and a boy" is 7 (the list spells out the seven), "the group — five women and
    two men" is 7, "16 nationals, among them four women" is 16, "Hamid, 31, and Adel, 28" is 2
    (ages are not people), "Dung, a labour activist" is 1 (an aside), "no one" is None."""
    if not tokens:
        return None
    items: list[_Item] = []
    subset = aside = False
    for joined_by, words in _split(tokens):
        if not items and any(w.lower_ in _NONE for w in words):
            return None
        if items and (words[0].lower_ in _SUBSET or any(w.lower_ == "whom" for w in words) or _quantified(words)):
            subset = True
            break
        if items and joined_by == "and" and _another_event(words):
            break   # "the killing of two volunteers and the detention of nine others"
        item = _item(words, joined_by, items)
        if item.kind == "age":
            continue
        aside = (aside and (_more_of_it(item) or (_described(item) and _named_list(items)))) or \
            _aside(item, items, tokens) or _titled(item, items) or _describes_the_list(item, items)
        if not aside:
            items.append(item)
    return _total(items, subset)


def _another_event(words: list[Token]) -> bool:
    root = _root_of(words)
    return root is not None and root.pos_ == "NOUN" and root.lower_ in NOUN_TYPES


def _quantified(words: list[Token]) -> bool:
    """"many of them", "most of whom": a part of the group just counted."""
    return len(words) > 2 and words[0].lower_ in ("many", "most", "some", "several", "all", "few", "none", "one") \
        and words[1].lower_ == "of"


def _split(tokens: list[Token]) -> list[tuple[str, list[Token]]]:
    parts: list[tuple[str, list[Token]]] = []
    joined_by, words = "", []
    for token in tokens:
        if token.lower_ in _SEPARATORS and token.tag_ != "HYPH":
            if words:
                parts.append((joined_by, words))
                joined_by, words = "", []
            joined_by = "and" if token.lower_ in ("and", "&") or joined_by == "and" else joined_by or token.text
        elif not (token.is_punct and token.is_quote):   # a closing quote left over from an aside
            words.append(token)
    if words:
        parts.append((joined_by, words))
    return parts


def person_word(word: str) -> bool:
    """"journalist", "women", "minor": a word that names people."""
    return bool(_PERSON_HEADS.match(word)) and not word[:1].isupper()


def one_person(root: Token) -> Count | None:
    """One person named or described by a noun phrase's head (pronouns included); None otherwise."""
    return _one_person(root)


def _item(words: list[Token], joined_by: str, before: list[_Item]) -> _Item:
    kept = tuple(words)
    root = _root_of(words)
    if root is None:
        return _Item("unknown", None, joined_by, kept)
    if all(w.like_num for w in words) and before and before[-1].kind == "one":
        return _Item("age", None, joined_by, kept)   # "Sawari, 31,"
    number = _first_number(words, root)
    if number is not None:
        return _Item("number", number, joined_by, kept)
    if any(_ORDINAL.match(w.text) for w in words):
        return _Item("unknown", None, joined_by, kept)   # "the sixth journalist killed this year"
    one = _one_person(root)
    if one is not None:
        return _Item("one", one, joined_by, kept)
    return _Item("group" if root.tag_ in ("NNS", "NNPS") or root.lower_ in _GROUPS | {"those", "they", "them"}
                 else "unknown", None, joined_by, kept)


def _root_of(words: list[Token]) -> Token | None:
    """The word of a list item whose head lies outside it (the last such noun or pronoun)."""
    inside = {w.i for w in words}
    roots = [w for w in words if w.head.i not in inside or w.head.i == w.i]
    nouns = [w for w in roots if w.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or w.lower_ in VAGUE
             or w.lower_ == "old"]
    return nouns[-1] if nouns else (roots[-1] if roots else None)


def _first_number(words: list[Token], root: Token) -> Count | None:
    """The item's number: "seven of the 11 men" is 7, "dozens of migrants" 12; "a boy of 12" has
    an age, "a family of four" a number."""
    for word in words:
        if word.lower_ == "of" and root.lower_ not in ("family", "families", "group", "couple"):
            break
        if word.lower_ == "a" and word.i + 1 < len(word.doc) and word.doc[word.i + 1].lower_ == "dozen":
            dozen = word.doc[word.i + 1]
            return Count(12, word.idx, dozen.idx + len(dozen), vague=True)
        if word.like_num or word.lower_ in VAGUE:
            value = _number_at(word)
            if value is not None:
                return value
    return None


def _one_person(root: Token) -> Count | None:
    """One person: a name, "a journalist", "Rahimi's father", "the 23-year-old", a bare headline
    noun ("Student dies"), or a pronoun standing in a list ("him and three friends")."""
    one = Count(1, root.idx, root.idx + len(root))
    if root.lower_ in _ONE_PRONOUNS and root.tag_ == "PRP":
        return one   # only counted inside a list: alone, events.py decides whom it stands for
    if root.tag_ == "JJS" and (any(c.lower_ == "the" for c in root.children) or
                               (root.i > 0 and root.doc[root.i - 1].lower_ == "the")):
        return one   # "the youngest", also when the parser hangs "the" on the name after it"
    if root.lower_ == "old" and root.i >= 2 and root.doc[root.i - 2].lower_ == "year":
        return one if any(c.lower_ in _SINGLE | _ONE_KNOWN for c in root.children) or \
            root.doc[max(0, root.i - 5) : root.i].text.lower().startswith(("the", "a ", "an ")) else None
    if root.pos_ == "PROPN" and root.tag_ == "NNP" and root.text[:1].isupper() and _a_person_name(root):
        return one
    if (root.tag_ == "NN" or root.lower_ in ("minor", "juvenile")) and _PERSON_HEADS.match(root.text) \
            and root.lower_ not in _GROUPS:
        return one
    return None


def person_words(doc: Doc) -> frozenset[str]:
    """Words of the names the tagger calls persons somewhere in the report: a name it takes for an
    organisation or a city in one sentence ("Mendoza", "Nava") is a person's in another."""
    words = doc.user_data.get("person_words")
    if words is None:
        words = frozenset(t.text for ent in doc.ents if ent.label_ == "PERSON" for t in ent if t.pos_ == "PROPN")
        doc.user_data["person_words"] = words
    return words


def _a_person_name(root: Token) -> bool:
    """A proper noun that names a person rather than a place or a nationality. The small model
    often calls an unknown surname a place or an organisation ("Kavalchuk", "Fathi"), so only the
    gazetteer's places and the tagger's nationalities are ruled out."""
    from sourcetrace.facts.places import country_of, is_country

    if with_age(root) or root.text in person_words(root.doc):
        return True   # "Sang, 29,": an age says it is a person, whatever the tagger thought
    if root.ent_type_ in ("LOC", "FAC", "NORP", "DATE", "EVENT", "LAW", "CARDINAL"):
        return False
    if is_country(root.text) or (root.ent_type_ in ("GPE", "ORG") and country_of(root.text)):
        return False
    return not any(t.text.isalpha() and t.text.isupper() and len(t) > 1   # "MPMG", not "F. Sattorov"
                   for t in root.doc[root.left_edge.i : root.i + 1])


def with_age(name: Token) -> bool:
    """"Nava, 37,": a name with an age set off after it."""
    return any(c.dep_ == "appos" and c.text.isdigit() and int(c.text) < 120 for c in name.children)


def _aside(item: _Item, before: list[_Item], tokens: list[Token]) -> bool:
    """"Pham Quoc Dung, a labour activist" or "her son, a young child": a description set off by a
    comma after one person is that person again, unless the list goes on with "and"."""
    if not before or item.joined_by in ("", "and") or item.kind != "one" or before[-1].kind != "one":
        return False
    first = item.tokens[0].lower_
    later_and = any(t.lower_ == "and" and t.i > item.tokens[-1].i for t in tokens)
    return not later_and or (first in ("a", "an", "the", "then") and before[-1].tokens[-1].pos_ == "PROPN")


def _described(item: _Item) -> bool:
    """"a bricklayer", "his brother", "a presenter of Radio X": one person described, not named."""
    words = list(itertools.takewhile(lambda t: t.lower_ != "of", item.tokens))
    return item.kind == "one" and item.tokens[0].lower_ in _SINGLE | _ONE_KNOWN and \
        not any(t.pos_ == "PROPN" for t in words)


def _named(item: _Item) -> bool:
    return item.kind == "one" and all(t.pos_ == "PROPN" or not t.is_alpha for t in item.tokens)


def _more_of_it(item: _Item) -> bool:
    """"..., a history teacher and anti-war activist": a bare noun after "and" goes on describing
    the person of the aside before it."""
    return item.joined_by == "and" and item.kind == "one" and item.tokens[0].lower_ not in _SINGLE | _ONE_KNOWN \
        and not any(t.pos_ == "PROPN" for t in item.tokens)


def _titled(item: _Item, before: list[_Item]) -> bool:
    """One person described, then named: "a bricklayer, Yunier Castillo," or "his brother, Moses
    Kizza,"; or two titles of one named person: "the poet and schoolteacher Karim Bouhired"."""
    if not before or not _described(before[-1]) or item.kind != "one":
        return False
    if item.joined_by not in ("and", "") and _named(item):
        return True
    return item.joined_by == "and" and item.tokens[0].lower_ not in _SINGLE | _ONE_KNOWN and \
        item.tokens[-1].pos_ == "PROPN" and item.tokens[0].pos_ != "PROPN"


def _named_list(items: list[_Item]) -> bool:
    """"A and B, the director and a presenter": a closed list of named people, which the aside after
    it describes one by one."""
    return len(items) >= 2 and items[-1].joined_by == "and" and all(_named(i) for i in items)


def _describes_the_list(item: _Item, before: list[_Item]) -> bool:
    """"A, B and C, members of the campaign,": a description set off after a closed list of
    people describes them all."""
    return item.kind == "group" and item.joined_by not in ("and", "") and len(before) >= 2 and \
        before[-1].joined_by == "and" and all(i.kind == "one" for i in before)


def _total(items: list[_Item], subset: bool) -> Count | None:
    if not items:
        return None
    if len(items) == 1 and items[0].kind == "one" and items[0].tokens[-1].lower_ in _ONE_PRONOUNS:
        return None   # "him" alone: whom it stands for is the sentence's business
    first, rest = items[0], items[1:]
    if first.kind == "number" and rest and all(_bare_plural(i) for i in rest):
        return first.count   # "about 800 Haitians and Dominicans of Haitian descent"
    if not rest or (subset and first.kind == "number"):
        return first.count if first.kind in ("number", "one") or not rest else None
    known = [i.count for i in rest if i.count is not None]
    listed = len(known) == len(rest) and rest[0].joined_by != "and"
    if first.kind == "number" and rest[0].joined_by in ("—", "–", "--", ":", "("):
        return first.count   # "three journalists — the editor, Selam Tadesse, and two of her reporters"
    if listed and first.kind == "number" and (_bare_number(first) or (
            all(i.kind == "one" for i in rest) and first.count.value == len(rest))):
        return first.count   # "the seven, six women and a boy"; "two Cambodians, an activist and his wife"
    if listed and first.kind == "group":
        return _sum(known)   # "the group — five women, two men and a boy"
    if first.count is None or len(known) != len(rest):
        return None
    return _sum([first.count, *known])


def _bare_plural(item: _Item) -> bool:
    """"journalists, activists and social media users" after "dozens of": more words for the same people."""
    return item.kind == "group" and item.joined_by in ("and", ",") and \
        not any(t.dep_ in ("det", "poss") or t.lower_ in ("they", "them", "those") for t in item.tokens)


def _bare_number(item: _Item) -> bool:
    return all(t.like_num or t.lower_ in ("the", "all", "these", "those") for t in item.tokens)


def _sum(counts: list[Count]) -> Count:
    return Count(sum(c.value for c in counts), min(c.start for c in counts), max(c.end for c in counts),
                 any(c.vague for c in counts))


def _number_at(token: Token) -> Count | None:
    """A number word with its neighbours ("twenty three", "Twenty-three", "1,200"); vague words by
    ACLED's rule. "both" and "a couple" are exact."""
    doc = token.doc
    if token.lower_ in VAGUE:
        return Count(VAGUE[token.lower_], token.idx, token.idx + len(token), vague=token.lower_ not in _EXACT)
    start = end = token.i
    while start > 0 and ((doc[start - 1].like_num and doc[start - 1].dep_ in ("compound", "nummod", "quantmod"))
                         or _hyphen_between(doc, start - 2, start)):
        start -= 2 if doc[start - 1].tag_ == "HYPH" else 1
    while end + 1 < len(doc) and ((doc[end + 1].like_num and (doc[end + 1].head.i in (token.i, end) or
                                                               doc[end + 1].lower_ in _SCALES))
                                  or _hyphen_between(doc, end, end + 2)):
        end += 2 if doc[end + 1].tag_ == "HYPH" else 1
    words = doc[start : end + 1]
    value = number_value(words.text.replace(" - ", "-"))
    if value is None and doc[start].lower_ == "a" and token.lower_ == "dozen":
        value = 12
    if value is None or value == 0 or _is_year_or_age(doc[end]):
        return None
    return Count(value, words.start_char, words.end_char)


def _hyphen_between(doc: Doc, left: int, right: int) -> bool:
    """"Twenty-three" comes out of the tokenizer as "Twenty", "-", "three"."""
    return left >= 0 and right < len(doc) and doc[left].like_num and doc[right].like_num and \
        doc[left + 1].tag_ == "HYPH" and not doc[left].text.isdigit()


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
