"""Event triggers: the words and phrases of a sentence that name an event of a known type.

Phrases come from the taxonomy first; single words then count only when their use is the event
and not a name ("Convention against Torture"), a document ("released a report") or a noun that
merely names people ("detainees"). Finding the trigger is one concern; what follows from it
(arguments, time, place, reality) is read by the other event modules.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from sourcetrace.facts import taxonomy
from sourcetrace.facts.counts import person_word
from sourcetrace.facts.modality import CONDITIONS

_PERSON_NOUNS = re.compile(r"^(?:detainees?|returnees?|escapees?|refugees?|defectors?|deportees?|prisoners?|"
                           r"abductees?|evacuees?|arrestees?)$", re.IGNORECASE)
_NOT_EVENT_AFTER = {"release": {"press", "news"}, "appeal": set()}
_DOCUMENT_OBJECTS = {"report", "reports", "statement", "statements", "video", "footage", "details", "figures",
                     "findings", "data", "list", "photos", "images", "document", "documents", "book", "album", "film",
                     "results", "recording", "information", "names", "letter", "evidence"}
_ADOPTION = {"adopt", "adopted", "adopts", "adopting", "issue", "issued", "issues", "pass", "passed", "enact",
             "enacted", "introduce", "introduced", "sign", "signed", "approve", "approved", "decree", "decreed",
             "promulgated", "imposed", "impose", "announce", "announced", "extended", "amended", "came", "took"}
_FORCE_WORDS = {"forcibly", "forcefully", "forced", "forcible", "involuntarily", "involuntary"}


def find_triggers(sentence: Span) -> list[tuple[Span, str]]:
    """Every trigger of the sentence with its type, in order: taxonomy phrases first, so a phrase
    ("sent back") is never also read as its single words."""
    found: list[tuple[Span, str]] = []
    covered: set[int] = set()
    doc = sentence.doc
    for pattern, type_name in taxonomy.PHRASES:
        for match in pattern.finditer(sentence.text):
            span = doc.char_span(sentence.start_char + match.start(), sentence.start_char + match.end(),
                                 alignment_mode="expand")
            if span is None or any(t.i in covered for t in span) or _inside_name(span[0]):
                continue
            if type_name == "forced_return" and span[0].lower_ in ("sent", "send", "sends", "sending") \
                    and not _about_people(span):
                continue
            found.append((span, type_name))
            covered.update(t.i for t in span)
    for token in sentence:
        if token.i in covered:
            continue
        type_name = _single_word_type(token)
        if type_name is not None:
            span = _trigger_span(token, type_name)
            if any(t.i in covered for t in span):
                continue
            found.append((span, type_name))
            covered.update(t.i for t in span)
    return sorted(found, key=lambda item: item[0].start)


def _single_word_type(token: Token) -> str | None:
    word = token.lower_
    if _PERSON_NOUNS.match(word) or _inside_name(token):
        return None
    if token.pos_ in ("VERB", "AUX") or (token.tag_ in ("VBN", "VBG", "VBD") and token.dep_ in ("amod", "acl")):
        type_name = taxonomy.VERB_TYPES.get(word)
        if type_name and _verb_counts(token, type_name):
            return type_name
        return None
    if token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "ADJ" and word in taxonomy.NOUN_TYPES):
        type_name = taxonomy.NOUN_TYPES.get(word)
        if type_name and _noun_counts(token, type_name):
            return type_name
    return None


def _inside_name(token: Token) -> bool:
    """"Convention against Torture", "Detention Centre No. 2": names, not events."""
    if token.ent_type_ in ("ORG", "LAW", "WORK_OF_ART", "EVENT", "FAC", "PRODUCT"):
        return True
    return token.text[:1].isupper() and not token.is_sent_start and token.i > 0 and \
        token.doc[token.i - 1].text not in ("“", "\"", "‘", "(", ":", "—", "–")


def _verb_counts(token: Token, type_name: str) -> bool:
    word = token.lower_
    if word in taxonomy.BY_NAME[type_name].needs_force:
        return _forced(token)
    if word in ("hold", "holds", "held", "holding"):
        return _holds_people(token)
    if type_name == "release" and any(c.dep_ == "dobj" and c.lower_ in _DOCUMENT_OBJECTS for c in token.children):
        return False
    if word.startswith("appeal") and not any(c.lower_ in ("to", "for") for c in token.children):
        return False
    if word in ("catch", "caught", "catches", "catching") and token.i + 1 < len(token.doc) and \
            token.doc[token.i + 1].lower_ in ("up", "fire", "on", "sight", "between"):
        return False
    if word in ("set", "execute", "executed", "executes", "executing") and \
            any(c.dep_ == "dobj" and c.lower_ in ("plan", "order", "orders", "program", "programme", "warrant")
                for c in token.children):
        return False
    return not (type_name == "statement" and token.dep_ == "amod")


def _holds_people(token: Token) -> bool:
    """"He is held incommunicado", "those held in Jammu", "police held him": people kept; not a
    vigil held, a photograph held up, nobody held to account, "I held the boy", nor the setting of
    another event ("while being held, five took their own lives")."""
    doc = token.doc
    following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    if following in ("up", "back", "to", "out", "talks", "on") or any(c.dep_ == "prt" for c in token.children):
        return False
    if token.dep_ == "advcl" and any(c.lower_ in ("while", "when", "whilst") for c in token.children):
        return False
    if any(c.dep_ == "auxpass" for c in token.children):
        subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
        return not subjects or any(_a_person(s) for s in subjects)
    if token.dep_ in ("acl", "relcl", "amod") and token.tag_ == "VBN":
        return _a_person(token.head)
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return bool(objects) and any(_a_person(o) for o in objects) and \
        not any(s.lower_ in ("i", "we", "you") for s in subjects)


def _a_person(token: Token) -> bool:
    return token.ent_type_ in ("PERSON", "NORP") or person_word(token.lower_) or token.like_num or \
        (token.pos_ == "PRON" and token.lower_ not in ("it", "this", "that", "which")) or \
        token.lower_ in ("those", "everyone", "anyone", "all", "who", "whom", "others", "dozens", "hundreds")


def _forced(token: Token) -> bool:
    window = token.doc[max(token.sent.start, token.i - 3) : token.i + 2]
    if any(t.lower_ in _FORCE_WORDS for t in window):
        return True
    if any(c.dep_ == "auxpass" for c in token.children) or (token.dep_ in ("amod", "acl") and token.tag_ == "VBN"):
        return True
    return any(c.lower_ in CONDITIONS for c in token.children) and token.tag_ == "VBN"


def _noun_counts(token: Token, type_name: str) -> bool:
    word = token.lower_
    doc = token.doc
    previous = doc[token.i - 1].lower_ if token.i > 0 else ""
    if previous in _NOT_EVENT_AFTER.get(word, set()):
        return False
    if token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN") and token.head.i > token.i \
            and type_name != "policy":
        return word in ("death",) and token.head.lower_ == "toll"
    if type_name == "torture" and word in ("abuse", "abuses") and previous in ("rights", "human", "of"):
        return False
    if word == "flight" and not (any(c.dep_ == "poss" for c in token.children) or
                                 any(c.lower_ == "from" for c in token.children)):
        return False
    if word == "death" and token.head.lower_ == "by" and token.head.head.lower_ in ("punishable", "punished"):
        return False
    if type_name == "policy":
        return _policy_act(token)
    if type_name == "asylum" and word == "asylum":
        return token.head.lower_ not in ("seekers", "seeker") and token.dep_ in ("dobj", "pobj", "nsubjpass",
                                                                                 "nsubj", "conj", "attr")
    if word == "sentence" and not any(t.like_num or t.lower_ in ("life", "death", "prison", "jail")
                                      for t in token.subtree):
        return previous in ("his", "her", "their", "its", "a", "the")
    return True


def _policy_act(token: Token) -> bool:
    """A decree or law counts when adopted, issued or dated; "under international law" does not."""
    word = token.lower_
    if word in ("decree", "decrees", "edict", "ordinance", "protocol", "regulation", "regulations"):
        return True
    head = token.head
    if head.lower_ in _ADOPTION and token.dep_ in ("dobj", "nsubjpass"):
        return True
    return any(c.lower_ == "new" or (c.like_num and len(c.text) == 4) for c in token.children)


def _trigger_span(token: Token, type_name: str) -> Span:
    """A policy trigger covers its adoption verb ("adopted a decree"); others are the word itself."""
    doc = token.doc
    if type_name in ("policy", "asylum") and token.head.lower_ in _ADOPTION | {"grant", "granted", "grants",
                                                                               "granting", "given", "gave", "offer",
                                                                               "offered", "receive", "received"} \
            and token.head.i < token.i and token.i - token.head.i <= 4:
        return doc[token.head.i : token.i + 1]
    return doc[token.i : token.i + 1]


def _about_people(span: Span) -> bool:
    return not any(t.lower_ in _DOCUMENT_OBJECTS or t.lower_ in ("message", "signal", "money", "letter", "word")
                   for t in span)
