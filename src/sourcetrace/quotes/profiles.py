"""What a document says about each person it names: roles ("human rights lawyer Marisol de la Cruz",
"His lawyer, Marek Novak", "Tran Van Duc, a rice farmer"), age ("Luca di Stefano, 58,") and the
gender a role implies ("His daughter, Layla al-Hashimi").

News copy names a person once and then refers back by role or age ("the lawyer said", "the
54-year-old said"); these facts are what ties such an epithet to the right name when several
people are in the story.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from sourcetrace.quotes.names import HONORIFICS

# A role word and the words other writers use for the same role ("the former diplomat" after "a
# former ambassador"); an exact role word is preferred over a synonym.
_SYNONYMS = {
    "lawyer": {"attorney", "counsel", "barrister", "solicitor", "advocate"},
    "attorney": {"lawyer", "counsel"},
    "diplomat": {"ambassador", "envoy", "consul"},
    "doctor": {"physician", "paediatrician", "pediatrician", "surgeon", "gp"},
    "executive": {"ceo"},
    "spokesperson": {"spokeswoman", "spokesman"},
    "spokeswoman": {"spokesperson"},
    "spokesman": {"spokesperson"},
    "official": {"officer"},
}
# Nouns that name a person by what they do; "the <noun> said" with no one of that role named falls
# back on the person last named or quoted (a narrower list than the titles: "the official" often
# stands for an unnamed official described earlier, which the description index handles first).
PERSON_ROLES = frozenset("""lawyer attorney counsel barrister solicitor diplomat ambassador envoy spokeswoman
spokesman spokesperson pharmacist doctor physician surgeon nurse teacher farmer fisherman activist
journalist reporter editor researcher economist scientist professor architect engineer minister mayor senator
lawmaker legislator candidate executive founder director chairman chairwoman treasurer defendant
accused prosecutor judge coach priest imam pastor witness man woman""".split())  # noqa: SIM905
_FEMALE = frozenset("""spokeswoman chairwoman businesswoman congresswoman policewoman wife daughter mother sister
widow grandmother granddaughter aunt niece actress woman girl""".split())  # noqa: SIM905
_MALE = frozenset("""spokesman chairman businessman congressman policeman husband son father brother widower
grandfather grandson uncle nephew actor man boy""".split())  # noqa: SIM905
_AGE_AFTER = re.compile(r"\s*,\s*(?:(\d{1,3})\s*[,)]|an?\s+(\d{1,3})-year-old\b)")
_ROLE_STOP = frozenset({"the", "a", "an", "his", "her", "their", "its", "of", "in", "at", "for"})


def roles_of(doc: Doc, start: int, end: int) -> list[str]:
    """Role phrases given to the name at tokens [start, end): a title before it ("Committee
    spokeswoman"), the noun it stands in apposition to ("His lawyer, …"), and nouns in apposition
    to it ("…, a rice farmer in Ban Khe")."""
    roles = []
    before = _title_before(doc, start)
    if before:
        roles.append(before)
    root = doc[start:end].root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < start:
        roles.append(_noun_phrase(root.head))
    roles.extend(_noun_phrase(child) for child in root.children
                 if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i >= end
                 and not any(t.lower_ == "whose" for t in child.lefts))   # "…, whose son Jamal": not her role
    return [role for role in roles if role]


def _title_before(doc: Doc, start: int) -> str:
    words: list[str] = []
    i = start
    while i > 0 and len(words) < 4:
        token = doc[i - 1]
        if token.ent_type_ == "PERSON" or not token.is_alpha or token.pos_ not in ("NOUN", "PROPN", "ADJ") \
                or token.lower_ in _ROLE_STOP or token.lower_ in HONORIFICS:
            break
        words.insert(0, token.lower_)
        i -= 1
    return " ".join(words)


def _noun_phrase(noun: Token) -> str:
    """The noun with its modifiers before it ("former police chief"), lower case."""
    words = [child.lower_ for child in noun.lefts if child.dep_ in ("compound", "amod") and child.is_alpha]
    return " ".join([*words, noun.lower_])


def age_after(text: str, end_char: int) -> int | None:
    """The age given in apposition right after a name: "Luca di Stefano, 58," or ", a 41-year-old"."""
    match = _AGE_AFTER.match(text, end_char)
    if match is None:
        return None
    age = int(match.group(1) or match.group(2))
    return age if 10 <= age <= 110 else None


def role_gender(roles: list[str]) -> str:
    """ "f" or "m" when a role says it ("spokeswoman", "his daughter"), else ""."""
    words = {word for role in roles for word in re.split(r"[\s-]+", role)}
    female, male = bool(words & _FEMALE), bool(words & _MALE)
    return "f" if female and not male else "m" if male and not female else ""


def role_fit(head: str, roles: list[str]) -> int:
    """How well an epithet's head noun fits a person's roles (their last words: "agency spokesman"
    is a spokesman, not an agency): 2 the same word, 1 a synonym, 0 none."""
    words = {re.split(r"[\s-]+", role)[-1] for role in roles}
    if head in words:
        return 2
    return 1 if words & _SYNONYMS.get(head, set()) else 0


def epithet_gender(head: str) -> str:
    return "f" if head in _FEMALE else "m" if head in _MALE else ""
