"""How many people an event happened to, and their ages.

The number is read from the victim's noun phrase, from "the number of people ... at 43", from
companions ("arrested with two friends"), from a pronoun standing for one named person, and
finally shared between the events of one sentence ("arrested 62 people ... and beat them").
Number words themselves are parsed in `counts`; this module decides which number is the victims'.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from sourcetrace.facts.arguments import argument_heads
from sourcetrace.facts.counts import (
    Age,
    Count,
    ages_in,
    count_in,
    count_of,
    one_person,
    person_word,
    person_words,
    read_people,
    with_age,
)
from sourcetrace.facts.records import Event, Participant
from sourcetrace.facts.syntax import SPEECH_VERBS, TIME_NOUNS, clause_verb, head_of


def counted_trigger(head: Token) -> Count | None:
    """"41 deaths", "780 executions": the number on the event noun itself."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    number = next((c for c in head.children if c.dep_ == "nummod"), None)
    if number is None:
        return None
    value = count_in(head.doc[number.i : number.i + 1])
    return value if value is not None and not (number.text.isdigit() and len(number.text) == 4) else None


def victim_count(head: Token, type_name: str) -> Count | None:
    """How many people the event happened to, read from its victim's noun phrase."""
    agent, victim = argument_heads(head, type_name)
    if agent is not None and agent.lower_ == "number":
        victim = agent   # "the number of people repatriated at 614": the parser makes "number" the subject
    if victim is None or victim.lower_ in TIME_NOUNS:
        return None   # "the two days without news amounted to an enforced disappearance"
    count = _number_stated(victim) or count_of(victim) or _spelled_out(victim) or _pronoun_for_one(victim)
    if count is None and victim.lower_ in _SINGULAR_PRONOUNS and type_name != "asylum":
        one = Count(1, victim.idx, victim.idx + len(victim))
        more = _with_companions(head, victim, one)   # "He had been arrested with three friends": 4
        return more if more is not one else None
    if count is not None and type_name != "asylum":
        count = _with_companions(head, victim, count)
    return count


def _number_stated(victim: Token) -> Count | None:
    """"put the number of people detained at 43", "the number killed has risen to 15": the count is
    the number the sentence gives the word "number"."""
    noun = victim.head.head if victim.dep_ == "pobj" and victim.head.lower_ == "of" else victim
    if noun.lower_ not in ("number", "toll", "tally", "total"):
        return None
    verb = clause_verb(noun)
    for token in verb.subtree:
        if token.like_num and token.dep_ in ("pobj", "attr", "dobj") and token.head.lower_ in ("at", "to", verb.lower_):
            return count_in(token.doc[token.i : token.i + 1])
    return None


_GROUP_NOUNS = {"group", "family", "families", "couple", "crew", "party"}
_OPENERS = {"—": "—", "–": "–", "--": "--", ":": "", "(": ")"}


def _spelled_out(victim: Token) -> Count | None:
    """"apprehended the group — five women, two men and a boy — near the river": the parser often
    leaves the list between the dashes outside the group's phrase, but it still says who is counted."""
    doc = victim.doc
    if victim.lower_ not in _GROUP_NOUNS or victim.i + 1 >= len(doc) or doc[victim.i + 1].text not in _OPENERS:
        return None
    closer = _OPENERS[doc[victim.i + 1].text]
    words: list[Token] = []
    for token in doc[victim.i + 2 : victim.sent.end]:
        if token.text == closer or (not closer and token.text in (".", ";")):
            break
        words.append(token)
    return read_people(words) if words and not any(w.pos_ in ("VERB", "AUX") for w in words) else None


_COMPANION_PREPS = {"with", "alongside"}


def _with_companions(head: Token, victim: Token, count: Count) -> Count:
    """"Hossain was arrested with two friends", "fled with his mother", "deported, along with at
    least 30 people": the people arrested with the victim are victims too."""
    listed = _listed_after(head, victim)
    if listed is not None:
        return Count(count.value + listed.value, count.start, listed.end, count.vague or listed.vague)
    for prep in head.children:
        if prep.lower_ == "along":
            prep = next((c for c in prep.children if c.lower_ == "with"), prep)
        if prep.dep_ != "prep" or prep.lower_ not in _COMPANION_PREPS:
            continue
        other = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if other is None or other.i == victim.i or other.pos_ not in ("NOUN", "PRON"):
            continue
        more = count_of(other)
        if more is not None and (other.pos_ == "PRON" or one_person(other) or person_word(other.text)):
            return Count(count.value + more.value, min(count.start, more.start), max(count.end, more.end),
                         count.vague or more.vague)
    return count


def _listed_after(head: Token, victim: Token) -> Count | None:
    """"Kenya forcibly returned him and three other party members": the parser often hangs the rest
    of the list on the verb; people right after "and" that the verb governs are victims too."""
    doc = victim.doc
    after = victim.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].lower_ != "and" or doc[after].head.i not in (head.i, victim.i):
        return None
    other = next((c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > after), None)
    if other is None or other.left_edge.i != after + 1 or not person_word(other.text):
        return None
    return count_of(other)


_PLURAL_PRONOUNS = {"they", "them", "their", "themselves", "we", "us", "our"}
_SINGULAR_PRONOUNS = {"he", "him", "his", "she", "her", "himself", "herself"}


def _pronoun_for_one(pronoun: Token) -> Count | None:
    """"Calls on Vietnam to release him" counts one when the sentence names him before ("Khoa's
    disappearance"); "I"/"me" in a quotation count one when the sentence names the speaker."""
    word = pronoun.lower_
    one = Count(1, pronoun.idx, pronoun.idx + len(pronoun))
    sentence = pronoun.sent
    if word in _SINGULAR_PRONOUNS:
        return one if any(_names_one(t) and not _kin_of(t, word) and (t.i < pronoun.i or not _speaks_or_listed(t))
                          for t in sentence if t.i != pronoun.i) else None
    if word in ("i", "me", "my", "myself") and _quoted(pronoun):
        speaker = next((c for t in sentence if t.lower_ in SPEECH_VERBS for c in t.children
                        if c.dep_ == "nsubj" and c.pos_ == "PROPN" and not _quoted(c)), None)
        return one if speaker is not None and one_person(speaker) else None
    return None


def _speaks_or_listed(token: Token) -> bool:
    """The speaker or listener of a speech verb ("..., spokesman Chhay Rithy said") or one of a list
    ("free Biniam and Hiwot"): a name after a pronoun that is rarely the one person it stands for."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head   # "Ana" in "Ana Berg"
    if token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children):
        return True
    while token.dep_ in ("appos", "compound", "conj") and token.head.i != token.i:
        token = token.head
    return token.head.lower_ in SPEECH_VERBS and token.dep_ in ("nsubj", "dobj", "dative")


def _names_one(token: Token) -> bool:
    """A named person, or one described with "the" or a possessive ("the teacher", "her husband")."""
    if token.pos_ == "PROPN":   # a surname the tagger mistook for a place or an organisation is one word
        if token.ent_type_ != "PERSON" and any(c.lower_ == "the" for c in token.children):
            return False   # "The Network welcomed his release": an organisation, not the person
        return token.ent_type_ == "PERSON" or with_age(token) or token.text in person_words(token.doc) or (
            token.dep_ in ("nsubj", "nsubjpass", "poss", "dobj") and one_person(token) is not None and
            _one_word_entity(token))
    if token.pos_ != "NOUN" or token.tag_ != "NN" or one_person(token) is None:
        return False
    return any(c.dep_ == "poss" or c.lower_ == "the" for c in token.children)


def _kin_of(noun: Token, pronoun: str) -> bool:
    """"His mother saw two men seize him": a noun owned by "his" is not the "him" of the sentence."""
    male = {"he", "him", "his", "himself"}
    return any(c.dep_ == "poss" and c.lower_ in _SINGULAR_PRONOUNS and (c.lower_ in male) == (pronoun in male)
               for c in noun.children)


def _one_word_entity(token: Token) -> bool:
    return token.ent_type_ == "" or not any(e.start <= token.i < e.end and len(e) > 1 for e in token.doc.ents)


def _quoted(token: Token) -> bool:
    before = token.doc[token.sent.start : token.i].text
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def ages_around(doc: Doc, victim: Participant) -> list[Age]:
    """Ages stated of the victims, asides included: "the escapees, who included a pre-teen girl"."""
    span = doc.char_span(victim.start, victim.end, alignment_mode="expand")
    if span is None:
        return ages_in(victim.text, victim.start)
    whole = doc[span.root.left_edge.i : span.root.right_edge.i + 1]
    return ages_in(whole.text, whole.start_char)


_PEOPLE = re.compile(r"^(?:people|men|women|children|boys|girls|activists|journalists|students|migrants|refugees|"
                     r"protesters|prisoners|detainees|defectors|members|workers|reporters|others|nationals)$",
                     re.IGNORECASE)


def share_counts(events: list[Event], sentence: Span) -> None:
    """"Police arrested 62 people ... and beat them", "both men said interrogators beat them": one
    counted group of people in a sentence is the group its other events happen to. An event whose
    victims the sentence names otherwise ("some of them", "all prisoners", "no one") keeps None."""
    counts = {e.count.value: e.count for e in events if e.count is not None}
    if not counts and any(e.type not in ("statement", "policy") for e in events):
        counts = {c.value: c for c in _people_counted(sentence, events)}
    if len(counts) != 1:
        return
    shared = next(iter(counts.values()))
    sources = {e.type for e in events if e.count is not None}
    for event in events:
        if event.count is None and event.type not in ("statement", "policy") and \
                _takes_shared(event, shared, sentence.doc, sources):
            event.count = shared


def _takes_shared(event: Event, shared: Count, doc: Doc, sources: set[str]) -> bool:
    """A pronoun takes the sentence's group when the number agrees ("both men ... beat them", not
    "two men ... seize him"); a noun phrase of its own or "no arrests" never does. "those released"
    is the group counted by another event of its own type ("freed 5,120 prisoners ... among those
    released"), not a group counted for something else ("those released were two journalists ...
    jailed in 2019")."""
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if trigger is not None:
        head = head_of(trigger)
        if any(c.lower_ in ("no", "any") for c in head.children) or _what_it_answers_for(head):
            return False   # "no arrests"; "three soldiers were convicted over the killings": not its victims
    victims = [p for p in event.participants if p.role == "victim"]
    if not victims:
        return True
    span = doc.char_span(victims[0].start, victims[0].end, alignment_mode="expand")
    root = span.root if span is not None else None
    if root is None:
        return False
    word = root.lower_
    if word in _PLURAL_PRONOUNS or (word == "all" and len(span) > 1):
        return shared.value > 1
    if word == "those" and len(span) == 1:
        return shared.value > 1 and event.type in sources
    return word in _SINGULAR_PRONOUNS and shared.value == 1


_CHARGING = {"convicted", "sentenced", "jailed", "charged", "tried", "prosecuted", "punished", "accused", "blamed",
             "acquitted", "arrested", "detained", "imprisoned", "disciplined", "suspended", "dismissed"}


def _what_it_answers_for(head: Token) -> bool:
    """"Three soldiers were convicted over the killings": those counted did the killing."""
    return head.dep_ == "pobj" and head.head.lower_ in ("over", "for") and head.head.head.lower_ in _CHARGING


def _people_counted(sentence: Span, events: list[Event]) -> list[Count]:
    """Counted groups of people in the sentence, lists included ("he and 40 others"), never the
    perpetrators ("saw two men seize him")."""
    agents = [(p.start, p.end) for e in events for p in e.participants if p.role != "victim"]
    found = []
    for token in sentence:
        if token.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr") or not (
                token.like_num or token.lower_ == "both" or _PEOPLE.match(token.text) or
                (any(c.dep_ == "conj" for c in token.children) and token.pos_ in ("PRON", "NOUN", "PROPN")) or
                (token.pos_ == "PROPN" and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children))):
            # the last: "A, 27, B, 24, C, 31, and D, 22" is a list the parser hangs as asides
            continue
        count = count_of(token)
        if count is not None and not count.vague and not any(s <= count.start < e for s, e in agents):
            found.append(count)
    return found
