"""Who acted and to whom: the agent, authority and victim of an event, from the dependency parse.

The parse hangs arguments in many places — passives, relative clauses, noun triggers with "of"
and possessives, subjectless participles, states such as "in detention" — so finding the two
argument heads of a trigger is its own concern; victim counting builds on it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sourcetrace.facts.counts import person_word
from sourcetrace.facts.records import Participant
from sourcetrace.facts.syntax import AUTHORITY_WORDS, QUANTIFIERS, TIME_NOUNS, first_conjunct, is_headline


def find_participants(head: Token, type_name: str) -> list[Participant]:
    """The event's agent or authority and its victim, each as its whole noun phrase."""
    agent, victim = argument_heads(head, type_name)
    found: list[Participant] = []
    if agent is not None:
        span = _phrase(agent)
        role = "authority" if AUTHORITY_WORDS.search(span.text) or agent.ent_type_ in ("ORG", "NORP", "GPE") \
            else "agent"
        found.append(Participant(role, span.start_char, span.end_char, span.text))
    if victim is not None:
        span = _phrase(victim)
        found.append(Participant("victim", span.start_char, span.end_char, span.text))
    return found


_INTRANSITIVE = {"flight", "death", "disappearance"}


def argument_heads(head: Token, type_name: str) -> tuple[Token | None, Token | None]:
    """The head tokens of who acted and to whom, read through passives, relative clauses and noun
    triggers; either may be None."""
    children = list(head.children)
    perfect = any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in children) and \
        not any(c.dep_ == "auxpass" for c in children)   # "a guesthouse where he had fled" is not passive
    participle = head.tag_ == "VBN" or (head.tag_ == "VBD" and head.dep_ == "acl")   # "people still detained"
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children) or \
        (participle and head.dep_ in ("amod", "acl", "relcl") and not perfect and
         not any(c.dep_ == "dobj" for c in children))   # "Sang, whom armed men abducted" is active
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and head.tag_ == "VBN" and not perfect and not any(
            c.dep_ in ("aux", "auxpass", "dobj") for c in children):
        passive = True   # "21,480 people detained on political grounds remain": a participle, not a past tense
    if subject is None and head.dep_ == "conj":   # "were driven to the border and expelled"
        subject = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        passive = passive or (subject is not None and subject.dep_ == "nsubjpass")
    if subject is None and (any(c.dep_ == "auxpass" for c in children) or
                            (head.tag_ == "VBN" and head.dep_ in ("advcl", "acomp", "oprd", "xcomp"))):
        subject = _controlling_subject(head)   # "had crossed the river before being arrested", "remain jailed"
        passive = passive or head.tag_ == "VBN"
    if subject is not None and subject.lower_ in _RELATIVES:
        subject = _relative_antecedent(subject)
    by_agent = next((g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    objects = [c for c in children if c.dep_ == "dobj"]
    obj = next((c for c in objects if c.lower_ not in _RELATIVES), None) or \
        (_relative_antecedent(objects[0]) if objects else None) or \
        _shared_object(head)   # "800 people whom the authorities expelled"; "to arrest and prosecute any officer"
    if head.pos_ in ("NOUN", "PROPN") and not head.tag_.startswith("VB"):
        owner = next((c for c in children if c.dep_ == "poss"), None)
        of_object = next((g for c in children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None) \
            or _of_after_date(head)
        by_object = next((g for c in children if c.lower_ == "by" for g in c.children if g.dep_ == "pobj"), None)
        dative = next((c for c in head.head.children if c.dep_ == "dative"), None) if head.dep_ == "dobj" else None
        if of_object is not None and head.lower_ == "custody" and _holds_custody(of_object):
            by_object, of_object = of_object, None   # "in the custody of General Security": who holds them
        return by_object, of_object or owner or dative or _subject_in_state(first_conjunct(head))
    if head.dep_ in ("amod", "acl") and passive:
        own = _own_subject(head, subject)   # "said in a statement that 27 people had been detained"
        return by_agent, own or _whole_group(head.head)
    if head.dep_ == "relcl" and passive:
        own = subject if subject is not None and subject.i > head.head.i and subject.lower_ not in _RELATIVES \
            and subject.head.i == head.i else None
        return by_agent, own or _whole_group(head.head)   # "where a boy was arrested", "several of whom"
    if type_name == "asylum" and head.lower_.startswith(("grant", "give", "gave", "offer", "award")):
        return subject, _recipient(head) or (obj if obj is not None and obj.lower_ != "asylum" else None)
    if head.lower_ in ("lost", "lose", "loses", "losing"):   # "relatives lost contact with the other three"
        contact = next((g for c in head.subtree if c.lower_ == "with" for g in c.children if g.dep_ == "pobj"), None)
        if contact is not None:
            return None, contact
    if type_name in _INTRANSITIVE:
        if subject is None and head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
            return None, head.head   # "among 11 people fleeing Cuba on the raft"
        return None, _whose(subject)
    if passive or (obj is None and subject is not None and is_headline(head.sent) and head.tag_ in ("VBN", "VBD")
                   and not AUTHORITY_WORDS.search(subject.text) and subject.ent_type_ not in ("GPE", "ORG")):
        return by_agent, subject   # headlines drop "was": "Cambodian activist deported from Thailand"
    return subject, obj


_RELATIVES = {"who", "whom", "that", "which"}


def _of_after_date(head: Token) -> Token | None:
    """"the expulsion on 3 March 2024 of at least 612 people": the parser hangs "of" on the date."""
    doc = head.doc
    after = head.i + 1
    if after >= len(doc) or doc[after].lower_ not in ("on", "in"):
        return None
    after += 1
    while after < len(doc) and doc[after].ent_type_ == "DATE":
        after += 1
    if after >= len(doc) or doc[after].lower_ != "of" or after == head.i + 2:
        return None
    return next((g for g in doc[after].children if g.dep_ == "pobj"), None)


def _shared_object(head: Token) -> Token | None:
    """"to arrest and prosecute any officer": two verbs joined by "and" share the second one's object."""
    if head.pos_ != "VERB" or not any(c.dep_ == "cc" for c in head.children):
        return None
    verb = next((c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    return None if verb is None else next((c for c in verb.children if c.dep_ == "dobj"), None)


def _whose(subject: Token | None) -> Token | None:
    """"Farrukh's whereabouts remain unknown": the person is the owner of the whereabouts."""
    if subject is None or subject.lower_ != "whereabouts":
        return subject
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    of_object = next((g for c in subject.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
    return owner or of_object or subject


def _own_subject(head: Token, subject: Token | None) -> Token | None:
    """The subject of a "that" clause the parser hung on a noun as if it described it ("information
    that Khoa was beaten", "a statement that 27 people had been detained"): the clause says who."""
    if subject is None or subject.dep_ != "nsubjpass" or subject.head.i != head.i or subject.i < head.head.i:
        return None
    return subject if any(c.dep_ == "mark" for c in head.children) else None


def _relative_antecedent(pronoun: Token) -> Token:
    """"a minor who was detained ... and sent back": the noun a relative pronoun stands for."""
    clause = pronoun.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "relcl":
        return _whole_group(clause.head)
    return pronoun


def _controlling_subject(head: Token) -> Token | None:
    """The subject of the verb a subjectless passive hangs from: "before being arrested"."""
    current = head
    for _ in range(4):
        if current.dep_ not in ("advcl", "pcomp", "pobj", "prep", "xcomp", "acomp", "oprd") or \
                current.head.i == current.i:
            return None
        current = current.head
        subject = next((c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and current.pos_ in ("VERB", "AUX"):
            return subject
    return None


def _recipient(head: Token) -> Token | None:
    """"granted asylum to 1,200 people", "grant them safe passage": who receives it."""
    for child in head.subtree:
        if child.dep_ == "dative" and child.head.i == head.i:
            return next((g for g in child.children if g.dep_ == "pobj"), child) if child.lower_ == "to" else child
        if child.lower_ == "to" and child.dep_ == "prep" and child.head.i in (head.i, *(c.i for c in head.children)):
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _whole_group(noun: Token) -> Token:
    """"nine nationals, including three children, who were detained": the parser hangs the clause on
    the nearest noun; the people it is about are the whole group."""
    first = first_conjunct(noun)
    if first.dep_ == "appos" and first.head.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in first.head.children):
        return first.head   # "two journalists, Rauf Huseynov and Elmira Gasimova, who had been jailed"
    if first.dep_ == "pobj" and first.head.lower_ in ("among",) and first.head.head.pos_ in ("NOUN", "PROPN"):
        return first.head.head   # "16 nationals, among them four women and a girl, who had been detained"
    if noun.dep_ == "pobj" and noun.head.lower_ in ("including", "among", "like") and noun.head.head.pos_ in (
            "NOUN", "PROPN"):
        return noun.head.head
    if first.dep_ == "pobj" and first.head.lower_ in ("of", "from") and not _people_word(first) and \
            _people_word(first.head.head):
        return first.head.head   # "four members of the Campaign, who were seized"; "Njoya, 22, from Cameroon, who"
    return first if first.pos_ == noun.pos_ == "NOUN" else noun   # "the doctors and the pharmacist held in Port Sudan"


def _people_word(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or person_word(token.text) or \
        (token.pos_ == "PROPN" and token.ent_type_ not in ("GPE", "LOC", "ORG", "FAC", "NORP"))


_EXPERIENCE = {"face", "faces", "faced", "facing", "risk", "risks", "suffer", "suffered", "suffers", "endure",
               "endured", "undergo", "underwent", "spent", "spend", "spends"}
_RISK_NOUNS = {"risk", "threat", "danger", "fear"}


def _subject_in_state(noun: Token) -> Token | None:
    """Who is in the state a noun names: "The four had spent 14 months in pretrial detention", "The 16
    now face a real risk of arbitrary detention", "everyone still in detention", "moved most to house
    arrest", "Protester at imminent risk of execution"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _RISK_NOUNS:
        risk = noun.head.head
        if risk.dep_ == "pobj" and risk.head.lower_ == "at" and risk.head.head.pos_ in ("NOUN", "PROPN"):
            return risk.head.head
        noun = risk
        if noun.dep_ == "dobj" and noun.head.lower_ in _EXPERIENCE:
            return _not_authority(next((c for c in noun.head.children if c.dep_ == "nsubj"), None))
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "into", "under", "after", "during", "from", "to"):
        return None
    holder = noun.head.head
    if holder.lower_ in TIME_NOUNS and noun.head.lower_ == "in":
        owner = next((c for c in holder.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner   # "during his first night in custody"
        holder = _verb_above(holder)   # "freed on bail after nine days in police custody"
        if holder is None:
            return None
    elif holder.pos_ in ("NOUN", "PRON") and noun.head.lower_ == "in":
        return holder   # "everyone still in detention"
    if holder.pos_ not in ("VERB", "AUX"):
        return None
    if noun.head.lower_ in ("into", "under", "to", "in"):   # "moved most to house arrest", "kept X in custody"
        moved = next((c for c in holder.children if c.dep_ == "dobj"), None)
        if moved is not None and (moved.pos_ == "PRON" or person_word(moved.text) or moved.lower_ in QUANTIFIERS or
                                  (noun.head.lower_ == "in" and moved.pos_ == "PROPN" and
                                   (_people_word(moved) or holder.lower_ in _KEEP))):
            return moved
    subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and holder.dep_ == "conj":   # "is accused of incitement and remains in custody"
        subject = next((c for c in holder.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return _not_authority(subject)


# "kept Y.C.P. and L.A.M.R. in custody": people, whatever the tagger says (the pipeline has no lemmatizer)
_KEEP = {"keep", "keeps", "kept", "keeping", "hold", "holds", "held", "holding", "remand", "remanded", "place",
         "placed", "put", "puts"}


def _verb_above(noun: Token) -> Token | None:
    """The verb a time phrase hangs from: "freed after nine days" → "freed"."""
    current = noun
    for _ in range(3):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def _holds_custody(noun: Token) -> bool:
    return noun.ent_type_ in ("ORG", "GPE", "NORP") or bool(AUTHORITY_WORDS.search(noun.text)) or \
        any(t.ent_type_ == "ORG" for t in noun.subtree)


def _not_authority(subject: Token | None) -> Token | None:
    if subject is not None and subject.lower_ in _RELATIVES:
        subject = _relative_antecedent(subject)   # "nine nationals ... who face a real risk of torture"
    return None if subject is None or AUTHORITY_WORDS.search(subject.text) else subject


def _phrase(token: Token) -> Span:
    """The noun phrase of an argument with its list and "of" complements, without clauses or asides."""
    keep = [token]
    for child in token.children:
        if child.dep_ in ("relcl", "acl", "punct", "advcl", "cc") and child.i > token.i:
            continue
        if child.dep_ == "appos" and not any(g.dep_ == "nummod" for g in child.children):
            continue   # "Choi, a pre-teen" is an aside; "three women, three men" is a list
        if child.dep_ == "prep" and child.lower_ not in ("of",) and child.i > token.i:
            continue
        keep.extend(child.subtree)
    indexes = sorted(t.i for t in keep)
    start, end = indexes[0], indexes[-1]
    nested = [c.left_edge.i for t in keep for c in t.children
              if c.dep_ in ("relcl", "acl") and c.i > token.i and start < c.left_edge.i <= end]
    end = min([end, *(i - 1 for i in nested)])   # "four members of the Campaign, who were seized": no "who"
    doc = token.doc
    while end > start and doc[end].is_punct:
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    return doc[start : end + 1]
