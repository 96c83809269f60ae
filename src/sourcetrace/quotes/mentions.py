"""Mentions that refer rather than name: pronouns ("she", "they"), offices named by their title
("the Special Rapporteur"), and descriptions of unnamed speakers ("two men who worked at the
quarry") that a later definite description ("the two men") takes up again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from sourcetrace.quotes.people import NameIndex, strip_article


@dataclass(frozen=True)
class Mention:
    start: int    # character offsets of the mention in the text
    end: int
    text: str
    name: str     # the resolved canonical name
    kind: str     # person, organization, description


# Offices that speak without a name ("the Special Rapporteur", "the High Commissioner for Human Rights").
OFFICES = frozenset("""rapporteur commissioner ombudsman ombudsperson envoy minister secretary-general
representative coordinator prosecutor""".split())  # noqa: SIM905


def is_office(span: Span) -> bool:
    """A capitalized office with no person's name in it ("The UN Special Rapporteur on torture")."""
    return span.root.lower_ in OFFICES and not any(t.ent_type_ == "PERSON" for t in span) \
        and span.root.text[:1].isupper()


def resolve_office(span: Span, names: NameIndex, speakers: list[tuple[int, str]]) -> Mention:
    """An office named by its title: the person named before in that role, else the office as
    introduced before ("the Special Rapporteur" → "UN Special Rapporteur on torture"), else the title."""
    head, text = span.root.lower_, span.text
    named = names.person_in_role(head, span.start_char, speakers)
    if named:
        return Mention(span.start_char, span.end_char, text, named, "person")
    name = names.earlier_description(head, span.start_char, content_words(span)) or description(text)
    names.add_description(span.start_char, head, name)
    return Mention(span.start_char, span.end_char, text, name, "description")


def coded_name(span: Span) -> str | None:
    """ "the witness" … "identified only as Witness D-7": the code the text gives that role."""
    if span[0].lower_ not in ("the", "its", "their") or len(span) != 2:
        return None
    coded = re.search(rf"\b{re.escape(span.root.text.capitalize())} [A-Z0-9][\w-]*\d[\w-]*", span.doc.text)
    return coded.group() if coded else None


def content_words(span: Span) -> set[str]:
    """The words a later definite description must share with an earlier one ("the two men")."""
    return {t.lower_ for t in span if t.pos_ not in ("DET", "PRON", "PUNCT") and t.lower_ not in ("its", "their")}


def resolve_pronoun(span: Span, names: NameIndex, speakers: list[tuple[int, str]]) -> Mention:
    """ "he"/"she": the person last named or quoted of that gender; "it"/"they"/"we": the organization
    named last, or for "they" a group of people described as speakers since ("the two men")."""
    text = span.text
    if text.lower() in ("he", "she"):
        name = names.last_person(span.start_char, "f" if text.lower() == "she" else "m", speakers) or text
        return Mention(span.start_char, span.end_char, text, name, "person")
    earlier = [(offset, name, "organization") for offset, name in names.organizations if offset < span.start_char]
    if text.lower() == "they":   # "The two men … said …. “…,” they said": a group described may be meant too
        earlier += [(offset, name, "description") for offset, head, name in names.descriptions
                    if offset < span.start_char and _plural(head)]
    if not earlier:
        return Mention(span.start_char, span.end_char, text, text, "description")
    _, name, kind = max(earlier, key=lambda found: found[0])
    return Mention(span.start_char, span.end_char, text, name, kind)


def one_of_a_group(span: Span, names: NameIndex) -> Mention | None:
    """ "one of them" after "Two employees who were laid off said …" → "one of two employees who were
    laid off": one member of the group last described as speaking."""
    if span.text.lower() not in ("one of them", "one of the two", "one of the three"):
        return None
    groups = [(offset, name) for offset, head, name in names.descriptions if offset < span.start_char and _plural(head)]
    if not groups:
        return None
    name = f"one of {max(groups)[1]}"
    return Mention(span.start_char, span.end_char, span.text, name, "description")


_PLURALS = frozenset({"men", "women", "people", "police", "children", "staff"})


def _plural(head: str) -> bool:
    return head in _PLURALS or (head.endswith("s") and not head.endswith(("ss", "us", "is")))


def description(text: str) -> str:
    """An unnamed speaker's canonical form: as written, lower case, without "the"."""
    text = strip_article(text) if text.lower().startswith("the ") else text
    if re.match(r"[A-Z]\w+(?:’s|'s) ", text):   # "Hamdan’s mother" keeps the name's capital
        return text
    words = text.split()
    if text[1:2].isupper() or (len(words) >= 2 and all(w[:1].isupper() for w in words)):
        return text   # "UN refugee agency" keeps its acronym, a name the tagger missed ("Ines Wolter") its capitals
    return text[:1].lower() + text[1:]


