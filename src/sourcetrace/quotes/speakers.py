"""Speaker mentions and the names they stand for, within one document.

"Robertson" → "Phil Robertson" (the fullest name ending the same way), "he"/"she" → the person
last quoted or named before (with a matching pronoun), "HRW" → "Human Rights Watch" (initials),
"the ministry"/"the Health Ministry" → the organization named before with those words, "his
lawyer, Selin Avcı," → the name in apposition, and an unnamed speaker kept as described ("a
former senior official"). Titles given in apposition are collected per name.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from sourcetrace.quotes.mentions import (
    OFFICES,
    Mention,
    coded_name,
    content_words,
    description,
    is_office,
    one_of_a_group,
    resolve_office,
    resolve_pronoun,
)
from sourcetrace.quotes.names import (
    HONORIFICS,
    honorific_gender,
    starts_with_honorific,
    surname_key,
    trailing_name_length,
)
from sourcetrace.quotes.people import NameIndex, bare_name_word, organization_name, strip_article, widen_name
from sourcetrace.quotes.profiles import PERSON_ROLES, epithet_gender
from sourcetrace.quotes.vocabulary import NAME_STOP, ORG_LABELS, ORG_WORDS, TITLE_WORDS

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
RELATIVES = frozenset({"who", "which", "that"})
_EPITHET = re.compile(r"^(?:(?:the|a) )?\d+-year-old$", re.IGNORECASE)


def mention_token(cue: Token, subject: Token) -> Token | None:
    """Follow "who" to the noun it stands for; refuse punctuation taken for a subject."""
    if subject.lower_ in RELATIVES and cue.dep_ == "relcl":
        subject = cue.head
    return subject if any(ch.isalpha() for ch in subject.text) else None


def mention_span(token: Token, cue: Token) -> Span:
    span = _mention_span(token, cue)
    start, end = span.start, span.end
    if span[-1].pos_ == "PROPN" and _name_tail(span[-1]) < cue.i:
        end = _name_tail(span[-1]) + 1
    if span[-1].pos_ == "PROPN" or span[-1].ent_type_ == "PERSON":
        start, end = widen_name(span.doc, start, end)
        end = min(end, cue.i) if cue.i >= start else end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    return span.doc[start:end] if end > start else span


def titled_name_in(token: Token) -> tuple[Span, str] | None:
    """ "Justice for North Korea founder Peter Jung, …": the person after a title word closing the
    subject's phrase is the speaker, whatever the parser made the head; returns (name, title)."""
    doc = token.doc
    end = token.left_edge.i
    while end <= token.right_edge.i and doc[end].text != ",":
        end += 1
    start = end
    while start > token.left_edge.i and doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    if start == end or start == token.left_edge.i or doc[start - 1].lower_ not in TITLE_WORDS:
        return None
    if start - 2 >= token.left_edge.i and doc[start - 2].pos_ == "ADP":
        return None   # "a spokesperson for Mayor Leon Brandt" speaks for him, is not him
    return doc[start:end], doc[token.left_edge.i : start].text


def _mention_span(token: Token, cue: Token) -> Span:
    if token.lower_ in OFFICES and token.text[:1].isupper() and not any(t.ent_type_ == "PERSON" for t in token.subtree):
        return _description_span(token)   # "the UN Special Rapporteur on torture": an office, no name
    titled = titled_name_in(token)
    if titled is not None and token.ent_type_ != "PERSON":
        return titled[0]
    """The words naming the speaker: a person's name (the one in apposition when the subject is a
    description: "his lawyer, Selin Avcı"), an organization, a pronoun, or the description."""
    doc = token.doc
    if token.pos_ not in ("PROPN", "PRON") and token.ent_type_ not in ("PERSON", "ORG"):
        # "his lawyer, Selin Avcı, said"; "The head of the hauliers’ association, Bruno Teller, said"
        # the tokenizer may split the subject ("Her co-counsel, …" as "co", "-", "counsel"), each part a subject
        subjects = [token, *(c for c in cue.children if c.dep_ == "nsubj" and c.i != token.i and c.i < cue.i)]
        for child in (t for subject in subjects for t in subject.subtree):
            after_comma = doc[child.left_edge.i - 1].text == ","
            if child.dep_ == "appos" and _is_name(child) and child.i > token.i and after_comma:
                return _name_within(child)
    if token.pos_ == "PRON":
        return doc[token.i : token.i + 1]
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "FAC"):
        ent = next(e for e in doc.ents if e.start <= token.i < e.end)
        start, end = ent.start, min(ent.end, cue.i if cue.i > ent.start else ent.end)
        while len(ent) == 1 and start > 0 and bare_name_word(doc[start - 1]):   # "Olamide Bakare"
            start -= 1
        if start > 0 and doc[start - 1].lower_ in HONORIFICS:
            start -= 1
        if start > 1 and doc[start - 1].text in ("’s", "'s") and doc[start - 2].text[:1].isupper():
            start -= 2   # "Women’s Voices Watch" tagged from "Voices"
        if ent.label_ != "PERSON" and start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        return doc[start:end]
    if token.pos_ == "PROPN" and token.tag_ != "NNPS" and not token.text.islower():   # "Fishermen …" is no name
        return _name_within(token)
    return _description_span(token)


def _is_name(token: Token) -> bool:
    return (token.ent_type_ == "PERSON" or token.pos_ == "PROPN"
            or (token.text.istitle() and token.text.isalpha() and token.i != token.sent.start))


def _name_within(token: Token) -> Span:
    doc = token.doc
    start = token.i
    while start > token.left_edge.i:
        before = doc[start - 1]
        if before.pos_ == "PROPN":
            start -= 1
        elif before.text in ("’s", "'s", "’", "'") and start - 2 >= token.left_edge.i \
                and doc[start - 2].text[:1].isupper():
            start -= 2   # "Women’s Voices Watch", "Haneul Shipbuilders’ Union"
        else:
            break
    if start > 0 and doc[start - 1].lower_ in HONORIFICS:
        start -= 1
    return doc[start : _name_tail(token) + 1]


_NAME_LINKS = {"for", "of", "against", "without", "on", "in"}
_OF_SOMEONE = {"at", "from", "to", "with", "near", "by"}


def _name_tail(token: Token) -> int:
    """Last token of a name that goes on past its head: "Justice for North Korea", "Committee
    against Torture" (the tagger often stops at the first word)."""
    doc = token.doc
    end = token.i
    while end + 2 < len(doc) and doc[end + 1].lower_ in _NAME_LINKS and doc[end + 1].head.i == end and \
            doc[end + 2].text[:1].isupper() and doc[end + 2].pos_ == "PROPN":
        end += 2
        while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper():
            end += 1
    return end


def _description_span(token: Token) -> Span:
    """"a relative of one of the detainees", "two employees who were laid off": the subject's
    phrase up to the first comma (titles in apposition are not part of it)."""
    doc = token.doc
    end = token.right_edge.i + 1
    for i in range(token.i + 1, end):
        if doc[i].text in ",;(—":
            end = i
            break
    for child in token.rights:   # a long relative clause describes; a short one identifies
        if child.dep_ == "relcl" and child.right_edge.i - child.left_edge.i >= 5:
            end = min(end, child.left_edge.i)
    return doc[token.left_edge.i : end]


_NAMED_ONLY_AS = re.compile(r"\b(?:identified (?:only )?as|known only as|gave (?:only )?(?:his|her|their) "
                            r"(?:first )?name,? (?:as )?)\s*([A-Z][\w’'-]+)")


def resolve(span: Span, names: NameIndex, speakers: list[tuple[int, str]]) -> Mention:
    """The entity a speaker mention stands for: a person's full name, an organization's name, or
    the description of an unnamed speaker."""
    mention = _resolve(span, names, speakers)
    if mention.kind == "person":
        return mention
    if len(span) >= 3 and span[0].tag_ == "NNP" and span[1].text in ("’s", "'s") \
            and any(t.lower_ in _STATE_BODIES for t in span[2:]):   # "Arland’s Defence Ministry"
        return Mention(mention.start, mention.end, mention.text, f"{span[0].text} {span[2:].text}", "organization")
    if mention.kind != "description":
        return mention
    # "one worker, a steel fixer who asked to be identified only as Ramesh": named after all
    text = span.doc.text
    sentence_end = re.search(r"[.\n]|$", text[span.end_char :])
    match = _NAMED_ONLY_AS.search(text, span.end_char, span.end_char + sentence_end.start())
    if match is None:
        return mention
    return Mention(mention.start, mention.end, mention.text, match.group(1), "person")


# A state body named after its place with a possessive is called "<Place> <body>" ("Arland Defence Ministry").
_STATE_BODIES = frozenset("""ministry authority department council office government police army court commission
agency prosecutor prosecution""".split())  # noqa: SIM905


def _resolve(span: Span, names: NameIndex, speakers: list[tuple[int, str]]) -> Mention:
    text = span.text
    member = one_of_a_group(span, names)
    if member:
        return member
    if span.root.pos_ == "PRON" or text.lower() in PRONOUNS:
        return resolve_pronoun(span, names, speakers)
    if len(span) >= 2 and span[0].lower_.endswith("ing") and all(t.pos_ == "PROPN" for t in span[1:]):
        place = span.doc[span.start + 1 : span.end]   # "Neighbouring Tarvenia said"
        return Mention(place.start_char, place.end_char, place.text, place.text, "organization")
    if starts_with_honorific(text):   # "Ms Park said": a person, whatever the tagger made of "Park"
        name = names.person(text, span.start_char, honorific_gender(text))
        return Mention(span.start_char, span.end_char, text, name, "person")
    if _EPITHET.match(text):   # "the 34-year-old told a news conference": the person of that age, or just named
        age = int(re.sub(r"\D", "", text))
        name = names.person_of_age(age, span.start_char) or names.last_person(span.start_char, "", speakers, age)
        return Mention(span.start_char, span.end_char, text, name or text, "person")
    epithet = _role_epithet(span, names, speakers)
    if epithet:
        return Mention(span.start_char, span.end_char, text, epithet, "person")
    if is_office(span) and not _name_at_end(span):
        return resolve_office(span, names, speakers)
    tail = _name_at_end(span)
    if tail and not _has_org_word(span):   # "Deportivo Alcara coach Andrei Volkan"
        return Mention(span.start_char, span.end_char, text, names.person(tail, span.start_char), "person")
    if span.root.pos_ == "NOUN" and (span.root.text.islower() or (
            _opens_as_common_noun(span) and surname_key(span.root.text) not in names.people)):
        # "Hamdan’s mother", "the relative", "Analysts at Nordhaven Bank"
        return _resolve_description(span, names)
    known_surname = span[-1].text[:1].isupper() and (surname_key(span[-1].text) in names.people or names.knows(text))
    person_root = span.root.ent_type_ == "PERSON" or (span.root.pos_ == "PROPN" and any(
        t.ent_type_ == "PERSON" for t in span))
    if not _has_org_word(span) and (known_surname or person_root or (
            span.root.pos_ == "PROPN" and not span.root.ent_type_ and _looks_like_person(span, names))):
        return Mention(span.start_char, span.end_char, text, names.person(text, span.start_char), "person")
    trailing = _trailing_name(span) or (text if span[0].pos_ == "PROPN" else None)
    if trailing and any(word in _NAME_LINKS for word in trailing.split()):   # "the group Justice for North Korea"
        return Mention(span.start_char, span.end_char, text, trailing, "organization")
    organization = names.organization(strip_article(text), span.start_char, span.root.lower_,
                                      definite=span[0].lower_ == "the")
    if organization is None and any(t.ent_type_ in ORG_LABELS for t in span):
        ents = [e for e in span.doc.ents if e.start >= span.start and e.end <= span.end]
        whole = all(t.pos_ in ("PROPN", "DET", "PART", "ADJ") or t.text in ("’s", "'s") for t in span)
        organization = organization_name(_without_leading_modifiers(span if whole or not ents else ents[0]))
    if organization:
        return Mention(span.start_char, span.end_char, text, organization, "organization")
    if len(span) == 1 and text[:1].isupper() and text.isalpha() and span.root.pos_ == "PROPN" \
            and span.root.tag_ != "NNPS":
        return Mention(span.start_char, span.end_char, text, names.person(text, span.start_char), "person")
    if _has_org_word(span) and all(w[:1].isupper() or w.lower() in NAME_STOP for w in strip_article(text).split()):
        # "the Haneul Shipbuilders’ Union", whatever the tagger called it
        return Mention(span.start_char, span.end_char, text, organization_name(text), "organization")
    return Mention(span.start_char, span.end_char, text, description(text), "description")


def _role_epithet(span: Span, names: NameIndex, speakers: list[tuple[int, str]]) -> str | None:
    """ "the lawyer", "the former diplomat", "the spokeswoman": the person named before in that
    role; failing that, for a noun that names a person's role, the person last named or quoted
    (of the gender the noun implies) — unless someone unnamed was described that way before."""
    root = span.root
    if span[0].lower_ != "the" or len(span) > 4 or root.pos_ != "NOUN" or root.tag_ == "NNS" \
            or any(t.pos_ == "PROPN" or t.ent_type_ or t.lower_ in _NAME_LINKS for t in span):
        return None
    head = root.lower_
    if coded_name(span):
        return None
    named = names.person_in_role(head, span.start_char, speakers)
    if named or head not in PERSON_ROLES or names.earlier_description(head, span.start_char):
        return named
    if any(t.lower_ not in _GENERIC_MODIFIERS for t in span[1:-1]):
        return None   # "the deputy interior minister": a title no one named holds is someone not named
    return names.last_person(span.start_char, epithet_gender(head), speakers)


# Modifiers that do not make a role someone else's ("the former diplomat" is the ambassador named before).
_GENERIC_MODIFIERS = frozenset("""former veteran young elder older old retired longtime defence defense
chief""".split())  # noqa: SIM905


def _opens_as_common_noun(span: Span) -> bool:
    """A plural common noun capitalized only because it opens the sentence ("Analysts at …")."""
    root = span.root
    return root.i == span.start and root.tag_ == "NNS" and not root.ent_type_ and root.text[1:].islower()


def _resolve_description(span: Span, names: NameIndex) -> Mention:
    text = span.text
    head = span.root.lower_
    definite = span[0].lower_ in ("the", "its", "their")
    coded = coded_name(span)
    if coded:
        return Mention(span.start_char, span.end_char, text, coded, "person")
    organization = names.organization(strip_article(text), span.start_char, head, definite=definite)
    if organization is None and any(t.ent_type_ == "ORG" for t in span) and span.root.ent_type_ == "ORG":
        organization = strip_article(text)
    trailing = _trailing_name(span)
    if organization is None and trailing and any(w.lower() in ORG_WORDS for w in trailing.split()) \
            and span.doc[span.end - len(trailing.split()) - 1].pos_ != "ADP":   # not "analysts at Nordhaven Bank"
        organization = trailing
    # "the two men" → "two men who worked at the quarry"; "the agency" → "UN refugee agency" rather than an
    # organization whose name does not say it is an agency
    earlier = names.earlier_description(head, span.start_char, content_words(span)) \
        if definite and len(span) <= 5 else None
    if organization and not (earlier and head not in organization.lower()):
        return Mention(span.start_char, span.end_char, text, organization, "organization")
    if earlier:
        return Mention(span.start_char, span.end_char, text, earlier, "description")
    name = description(text)
    names.add_description(span.start_char, head, name)
    if not any(t.pos_ == "ADP" for t in span):   # the parse may head "twelve human rights … organisations" on "rights"
        names.add_description(span.start_char, span[-1].lower_, name)
    return Mention(span.start_char, span.end_char, text, name, "description")


def _without_leading_modifiers(span: Span) -> str:
    """ "Neighbouring Tarvenia" → "Tarvenia"."""
    tokens = list(span)
    while len(tokens) > 1 and (tokens[0].pos_ in ("ADJ", "VERB") or tokens[0].lower_.endswith("ing")) \
            and tokens[1].pos_ == "PROPN":
        tokens = tokens[1:]
    return span.doc[tokens[0].i : span.end].text


def _has_org_word(span: Span) -> bool:
    return any(t.lower_ in ORG_WORDS for t in span)


def _name_at_end(span: Span) -> str | None:
    """Two or more name words closing the span after a lower-case title word ("opposition lawmaker
    Kim Soo-ah", "human rights lawyer Marisol de la Cruz"); words, not tokens, as the tokenizer
    splits "Soo-ah" and "al-Hashimi"."""
    words = span.text.split()
    run = trailing_name_length(words)
    if run < 2 or run == len(words) or not words[-1 - run].islower():
        return None
    if words[-1 - run] in _NAME_LINKS and run + 1 < len(words) and words[-2 - run][:1].isupper():
        return None   # "Justice for North Korea" is one organisation's name, not a person's
    if words[-1 - run] in _NAME_LINKS | _OF_SOMEONE:
        return None   # "a spokesperson for Mayor Leon Brandt", "a shop owner on Via Corta": someone else's

    return " ".join(words[len(words) - run :])


def _trailing_name(span: Span) -> str | None:
    """ "the environmental organisation Grey Coast Alliance" → "Grey Coast Alliance"."""
    tokens = list(span)
    run = 0
    while run < len(tokens) and tokens[-1 - run].text[:1].isupper() and tokens[-1 - run].pos_ == "PROPN":
        run += 1
        linked = len(tokens) - run - 2   # "Justice for North Korea": a name running over "for"
        if run < len(tokens) - 1 and tokens[-1 - run].lower_ in _NAME_LINKS and linked >= 0 and \
                tokens[linked].pos_ == "PROPN" and tokens[linked].text[:1].isupper():
            run += 1
    if run == 0 or run == len(tokens) or not tokens[-1 - run].text.islower():
        return None
    return " ".join(t.text for t in tokens[len(tokens) - run :])


def _looks_like_person(span: Span, names: NameIndex) -> bool:
    if span[0].lower_.endswith("ing") or span[0].pos_ == "ADJ":   # "Neighbouring Tarvenia"
        return False
    return surname_key(span[-1].text) in names.people or len(span) >= 2


def appositive_titles(token: Token) -> list[str]:
    """Titles given to a speaker: in apposition ("Phil Robertson, deputy Asia director") or before
    the name ("Justice for North Korea founder Peter Jung")."""
    titles = []
    titled = titled_name_in(token)
    if titled is not None:
        titles.append(titled[1])
    for child in token.children:
        title = token.doc[child.left_edge.i : child.right_edge.i + 1].text.strip(" ,")
        if child.dep_ == "appos" and not _is_name(child) and any(ch.isalpha() for ch in title):   # not "58"
            titles.append(title)
    return titles
