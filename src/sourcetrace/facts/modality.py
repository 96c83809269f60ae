"""Whether an event is real and specific: negation, modality, requests, habits.

A call to release someone is the opposite of a release, and "China routinely repatriates" is a
practice, not a case. Both judgements are read from the words around the trigger ("should not
deport", "risk of torture if returned", "urged China to release them") and are kept together here
because they decide the same thing: whether the event counts as something that happened.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sourcetrace.facts.records import Participant
from sourcetrace.facts.syntax import QUANTIFIERS, clause_verb, first_conjunct, is_headline

MODALS = {"should", "must", "may", "might", "could", "would", "will", "shall", "can", "'ll", "'d", "ought", "wo",
          "ca"}
NEGATIONS = {"not", "n't", "never", "no", "neither", "nor", "without"}
CONDITIONS = {"if", "unless", "lest", "whether", "once", "until"}
# Verbs and nouns whose complement is wished for, feared or planned, not reported as done.
UNREAL_HEADS = {
    "urge", "urged", "urges", "urging", "call", "called", "calls", "calling", "demand", "demanded", "demands",
    "ask", "asked", "asks", "appeal", "appealed", "press", "pressed", "want", "wanted", "wants", "plan", "planned",
    "plans", "planning", "intend", "intended", "intends", "seek", "sought", "threaten", "threatened", "threatens",
    "allow", "allowed", "allows", "permit", "refuse", "refused", "refuses", "expect", "expected", "schedule",
    "scheduled", "due", "set", "face", "faces", "faced", "facing", "fear", "feared", "fears", "risk", "risks",
    "risked", "threat", "danger", "possibility", "prospect", "chance", "prevent", "prevented", "avoid", "stop",
    "deny", "denied", "denies", "halt", "end", "ending", "oppose", "opposed", "resist", "protect", "against",
    "pending", "try", "tried", "attempt", "attempted", "attempting", "obligated", "obliged", "order", "ordered",
    "recommend", "recommended", "propose", "proposed", "would", "warn", "warned", "whether", "about", "instead",
    "rather", "demanding", "encourage", "encouraged", "grant", "bid", "suspend", "suspended", "thought",
}
_ABOUT_A_FACT = {"into", "about", "over", "following", "after", "despite", "since", "behind"}
_REQUEST_LINKS = {"xcomp", "ccomp", "dobj", "pobj", "prep", "advcl", "acl", "nsubjpass", "attr", "oprd", "compound",
                  "amod", "conj", "relcl", "pcomp", "appos"}


def event_happened(head: Token, type_name: str) -> bool:
    """False when the trigger is negated, modal, conditional, or wished for, feared or requested
    ("should not deport", "urged China to release them"); a statement is real unless negated."""
    first = first_conjunct(head) if head.pos_ in ("NOUN", "PROPN") else head
    verb = clause_verb(first)
    local = [head]
    # "The expulsion of 800 people must be the last": the subject keeps its own reality.
    if head.i == verb.i or (_object_of(first, verb) and verb.lower_ not in _ABOUT_FACTS):
        # "had not been informed of the deportation and has since lost contact": a second verb with
        # its own auxiliary has its own mood
        own_auxiliary = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        local += [verb, *([verb.head] if verb.dep_ == "conj" and not own_auxiliary else [])]
    for token in local:
        for child in token.children:
            if child.dep_ == "neg" or (child.dep_ in ("aux", "auxpass") and child.lower_ in MODALS):
                return False
            if child.dep_ in ("mark", "advmod") and child.lower_ in CONDITIONS and not _told_as_past(child):
                return False
    previous = head.doc[max(head.sent.start, head.i - 2) : head.i]
    if any(t.lower_ in NEGATIONS for t in previous) or (head.pos_ in ("VERB", "AUX") and _nobody(head)):
        return False
    if type_name == "statement":
        return True
    if any(c.lower_ == "still" for c in (*head.children, *head.head.children)):
        return True   # "release those still held", "visit those still in custody": held now, whatever is asked
    if head.dep_ == "acl" and head.tag_ == "VBN" and _anyone(head.head):
        return False   # "any refugee returned to Myanmar would face ...": a supposition
    if _describes_people(head):
        return True   # "release everyone detained for taking part": the detention is how they are known
    return not _under_unreal_head(first, type_name)


# Verbs whose object is a fact whatever the verb's mood: "must investigate the beating of R.".
_ABOUT_FACTS = {"investigate", "investigated", "investigates", "investigating", "condemn", "condemned", "condemns",
                "condemning", "denounce", "denounced", "denounces", "probe", "probed", "document", "documented",
                "protest", "protested", "mourn", "mourned", "record", "recorded", "acknowledge", "acknowledged"}
_SETTINGS = {"under", "in", "during", "before", "amid"} | _ABOUT_A_FACT
_KNOWING = {"told", "tell", "informed", "inform", "notified", "notify", "warned", "aware", "know", "knew", "known",
            "learned", "learn", "heard", "hear"}


def _object_of(noun: Token, verb: Token) -> bool:
    """True when the noun is the verb's object, directly or through one preposition. A setting
    ("under a regulation that took effect in January, police can hold ...") or what one is told of
    ("were not told of the executions") is no object whose reality the verb's mood decides."""
    if noun.dep_ in ("dobj", "attr", "oprd") and noun.head.i == verb.i:
        return True
    if noun.dep_ != "pobj" or noun.head.head.i != verb.i:
        return False
    preposition = noun.head.lower_
    return preposition not in _SETTINGS and not (preposition in ("of", "about") and verb.lower_ in _KNOWING) and \
        not _answered_for(noun.head)


def _under_unreal_head(head: Token, type_name: str) -> bool:
    """True when the trigger is the wish, fear, plan or request of a verb or noun above it.

    The climb stops at another noun: in "called for an investigation into the beating" the
    beating is a reported fact, only the investigation is asked for."""
    current = head
    for _ in range(6):
        parent = current.head
        if parent.i == current.i:
            return False
        if current.dep_ not in _REQUEST_LINKS:
            return False
        if current.dep_ == "pobj" and (parent.lower_ in _ABOUT_A_FACT or _answered_for(parent)):
            return False   # "open an investigation into the expulsion": the expulsion took place
        if current.i != head.i and current.pos_ in ("NOUN", "PROPN") and current.lower_ not in UNREAL_HEADS:
            return False
        if current.i == head.i and current.dep_ == "dobj" and parent.lower_ in _UNDOING | _ABOUT_FACTS:
            return False   # "withdraw the regulations": in force; "urged them to investigate the deaths": facts
        if parent.lower_ == "ordered" and type_name == "detention":
            return False   # "a judge ordered him remanded in custody": a court's order of custody is custody
        marks = {c.lower_ for c in current.children if c.dep_ in ("mark", "advmod")} if current.dep_ == "advcl" \
            else set()
        if marks & _WHEN and _in_the_past(current):
            return False   # "access to him in the days before he was sent back": a time told by a fact
        if marks & {"before", "until", "once"} and current.tag_ != "VBG" and not _in_the_past(current) and \
                not is_headline(current.sent):
            return True   # "free him before he is sent back": not yet
        if any(t.text == ";" for t in current.doc[min(current.i, parent.i) + 1 : max(current.i, parent.i)]):
            return False   # "Police detain couple; rights groups fear deportation": two clauses
        if parent.lower_ in UNREAL_HEADS:
            return not (parent.lower_ in ("grant", "allow", "allowed") and current.dep_ == "dobj")
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in CONDITIONS and not _told_as_past(c)
               for c in parent.children):
            return True
        if current.dep_ in ("ccomp", "relcl", "advcl") and parent.pos_ in ("VERB", "AUX"):
            return False   # a reported clause ("said that police detained") keeps its own reality
        current = parent
    return False


_WHEN = {"before", "after", "when", "since", "as"}
_ANSWERING = {"impunity", "accountability", "justice", "responsibility", "compensation", "redress", "reparations"}


def _answered_for(preposition: Token) -> bool:
    """"end impunity for the killings", "justice for his death": what must be answered for happened."""
    above = preposition.head
    near = [c for c in above.children if c.dep_ in ("dobj", "pobj", "prep")]
    return preposition.lower_ == "for" and any(
        t.lower_ in _ANSWERING for t in (above, *near, *(g for c in near for g in c.children)))


def _nobody(verb: Token) -> bool:
    """"No one has been convicted", "no police officer had detained the group", "Nobody beat me"."""
    for person in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
        if person.lower_ in ("nobody", "none", "noone") or any(c.lower_ == "no" and c.dep_ == "det"
                                                                   for c in person.children):
            return True
    return False


def _in_the_past(verb: Token) -> bool:
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _told_as_past(marker: Token) -> bool:
    """"They beat him until he died": a clause in the past after "until" or "once" is what happened."""
    return marker.lower_ in ("until", "once") and marker.head.tag_ == "VBD"


def _describes_people(head: Token) -> bool:
    """A participle after the people a request is about ("release everyone detained", "free those
    arrested") says what happened to them; "any refugee returned" is still a supposition."""
    noun = head.head
    return head.dep_ == "acl" and head.tag_ == "VBN" and noun.dep_ == "dobj" and not _anyone(noun)


def _anyone(noun: Token) -> bool:
    return any(c.lower_ in ("any", "anyone") for c in (noun, *noun.children))


_UNDOING = {"withdraw", "withdrew", "withdrawn", "repeal", "repealed", "revoke", "revoked", "rescind", "rescinded",
            "amend", "amended", "scrap", "scrapped", "lift", "lifted", "overturn", "overturned", "quash", "quashed"}
_GENERIC_ADVERBS = {"routinely", "often", "usually", "regularly", "generally", "typically", "frequently",
                    "sometimes", "commonly", "systematically", "always", "normally"}


def is_generic(head: Token) -> bool:
    """Habitual or general statements describe a practice, not a case: "China routinely
    repatriates", "North Koreans who leave are caught", "leaving the country is a crime",
    "pervasive abuses". Headlines tell past cases in the present tense and are not general."""
    verb = _finite_verb(clause_verb(head))
    if any(c.lower_ in _GENERIC_ADVERBS for c in (*verb.children, *head.children,
                                                   *(verb.head.children if verb.dep_ == "conj" else ()))):
        return True
    if is_headline(head.sent):
        return False
    if head.lower_ == "custody" or _whose_whereabouts(verb) or _traces_of(head):
        return False   # "remain in custody", "their whereabouts are unknown": the state of people the clause names
    if head.pos_ in ("NOUN", "PROPN") and not head.tag_.startswith("VB"):
        bare = not any(c.dep_ in ("det", "poss", "nummod") or (c.dep_ == "prep" and c.lower_ in ("of", "by", "on"))
                       or (c.dep_ == "amod" and c.tag_ == "VBN") for c in head.children)
        return bare and (head.tag_ in ("NNS", "NNPS") or verb.tag_ in ("VBP", "VBZ"))
    if head.tag_ == "VBG" and head.dep_ in ("csubj", "nsubj", "pcomp") and head.head.lower_ not in ("after", "before"):
        return True
    auxiliaries = [c for c in (*verb.children, *head.children) if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ == "being" for a in auxiliaries) or any(a.tag_ in ("VBD", "MD") for a in auxiliaries):
        return False
    present = verb.tag_ in ("VBP", "VBZ") or any(a.lower_ in ("is", "are", "am") for a in auxiliaries)
    return present and not _past_told_as_base(verb)


_SAME_IN_THE_PAST = {"beat", "hit", "shut", "put", "cut", "set", "quit"}


def _past_told_as_base(verb: Token) -> bool:
    """"... returned to a centre in Tripoli, where guards beat them": a verb whose past is its base
    form, tagged present, in a clause that hangs on a past verb, is in the past."""
    if verb.lower_ not in _SAME_IN_THE_PAST or verb.tag_ != "VBP":
        return False
    above = verb.head
    for _ in range(6):
        if above.tag_ in ("VBD", "VBN"):
            return True
        if above.head.i == above.i:
            return False
        above = above.head
    return False


_TRACES = {"consistent", "compatible", "marks", "signs", "evidence", "traces", "bruising", "bruises", "injuries",
           "wounds", "scars"}


def _traces_of(head: Token) -> bool:
    """"bruising consistent with beating with a stick", "her body bore marks of beatings": what a
    body shows was done to that person."""
    preposition = head.head
    return head.dep_ in ("pobj", "pcomp") and preposition.lower_ in ("with", "of") and \
        preposition.head.lower_ in _TRACES


def _whose_whereabouts(verb: Token) -> bool:
    """"Their whereabouts are unknown", "Farrukh's whereabouts remain unknown": someone's whereabouts."""
    return any(c.dep_ == "nsubj" and c.lower_ == "whereabouts" and
               any(o.dep_ == "poss" or (o.dep_ == "prep" and o.lower_ == "of") for o in c.children)
               for c in verb.children)


def _finite_verb(verb: Token) -> Token:
    """The verb that carries tense for a participle or gerund ("after leaving", "who are returned")."""
    current = verb
    for _ in range(4):
        if current.tag_ not in ("VBG", "VBN", "VB") or current.dep_ not in ("pcomp", "advcl", "xcomp", "conj") \
                or any(c.dep_ in ("aux", "auxpass") for c in current.children):
            return current
        parent = current.head
        while parent.pos_ not in ("VERB", "AUX") and parent.head.i != parent.i:
            parent = parent.head
        if parent.i == current.i:
            return current
        current = parent
    return current


def _counted_or_told_of(span: Span, verb: Token) -> bool:
    """"all four men", "each of the three", or, in a past tense, "most of them", "several of the
    detainees": a quantifier over people already counted or already told of is about them."""
    if any(t.like_num and t.lower_ != "one" for t in span[1:4]):   # "every one of them" counts no one
        return True
    partitive = len(span) > 2 and span[1].lower_ == "of" and span[2].lower_ in ("them", "those", "the", "these")
    return partitive and _in_the_past(verb)


def about_anyone(head: Token, participants: list[Participant]) -> bool:
    """"Some North Koreans have taken their lives", "those who leave": a practice, not a case.
    True when the people are quantified or left general and the verb is not a simple past."""
    verb = clause_verb(head)
    perfect = any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in (*verb.children, *head.children))
    doc = head.doc
    for participant in participants:
        span = doc.char_span(participant.start, participant.end, alignment_mode="expand")
        if span is None:
            continue
        first = span[0].lower_
        if first in QUANTIFIERS and not _counted_or_told_of(span, verb):
            return True
        if first in ("those", "anyone", "everyone", "people") and perfect:
            return True
        if perfect and participant.role == "victim" and span.root.tag_ in ("NNS", "NNPS") and \
                not any(t.dep_ in ("det", "poss", "nummod") for t in span.root.children):
            return True
    return False
