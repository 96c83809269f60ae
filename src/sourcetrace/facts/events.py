"""Events from parsed sentences: a trigger of a known type, whether it happened, and its arguments.

Triggers come from the taxonomy's words and phrases; everything else comes from the
dependency parse: who acted (agent, authority), to whom (victim), where, when and how many.
Whether the event happened is read from negation, modals, conditions, risks and requests
around the trigger ("should not deport", "risk of torture if returned", "urged China to
release them"), because a call to release someone is the opposite of a release.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sourcetrace.facts import taxonomy
from sourcetrace.facts.counts import Age, Count, ages_in, count_in, count_of, one_person, person_word
from sourcetrace.facts.places import country_of, country_of_demonym, is_country
from sourcetrace.facts.temporal import EXPRESSION, DateValue, resolve
from sourcetrace.facts.temporal import span as span_of

ALGORITHM = "events-1"

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
    "rather", "demanding", "encourage", "encouraged", "grant", "bid", "suspend", "suspended",
}
_ABOUT_A_FACT = {"into", "about", "over", "following", "after", "despite", "since", "behind"}
_REQUEST_LINKS = {"xcomp", "ccomp", "dobj", "pobj", "prep", "advcl", "acl", "nsubjpass", "attr", "oprd", "compound",
                  "amod", "conj", "relcl", "pcomp", "appos"}
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
_PLACE_PREPS = {"in", "at", "near", "outside", "inside", "on", "across", "into", "to", "from", "off", "along",
                "around", "within", "between", "through"}
_AUTHORITY_WORDS = re.compile(r"\b(?:authorities|police|officers?|officials?|government|army|military|troops|"
                              r"soldiers|guards?|forces|ministry|security|court|judges?|agents?|border guards?|"
                              r"coast ?guard|regime|state)\b", re.IGNORECASE)
_PEOPLE = re.compile(r"^(?:people|men|women|children|boys|girls|activists|journalists|students|migrants|refugees|"
                     r"protesters|prisoners|detainees|defectors|members|workers|reporters|others|nationals)$",
                     re.IGNORECASE)
_GENERIC_ADVERBS = {"routinely", "often", "usually", "regularly", "generally", "typically", "frequently",
                    "sometimes", "commonly", "systematically", "always", "normally"}


@dataclass(frozen=True)
class Mention:
    kind: str          # person, organization, place, nationality, date, count, age
    start: int
    end: int
    text: str
    value: str | None = None   # resolved: ISO range, number, country, age range


@dataclass(frozen=True)
class Participant:
    role: str          # agent, authority, victim
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    start: int
    end: int


@dataclass(frozen=True)
class TimeMention:
    value: DateValue
    start: int
    end: int
    text: str


@dataclass
class Event:
    type: str
    happened: bool
    trigger_start: int
    trigger_end: int
    trigger_text: str
    sentence_start: int
    sentence_end: int
    date: TimeMention | None = None
    place: Place | None = None
    count: Count | None = None
    participants: list[Participant] = field(default_factory=list)
    ages: list[Age] = field(default_factory=list)
    specific: bool = True      # False for habitual or general statements ("China routinely repatriates")
    confidence: float = 0.5


@dataclass(frozen=True)
class Extraction:
    mentions: list[Mention]
    events: list[Event]


def extract(doc: Doc, published: date | None) -> Extraction:
    """Every mention and event of a parsed document, in reading order."""
    times = time_mentions(doc.text, published)
    mentions = _entity_mentions(doc) + [Mention("date", t.start, t.end, t.text, t.value.label()) for t in times]
    events: list[Event] = []
    for sentence in sentences(doc):
        sentence_times = [t for t in times if sentence.start_char <= t.start < sentence.end_char]
        triggers = _triggers(sentence)
        heads = [_head_of(trigger) for trigger, _ in triggers]
        found = [_event(trigger, type_name, sentence, _times_for_event(head, heads, sentence_times))
                 for (trigger, type_name), head in zip(triggers, heads, strict=True)]
        _share_counts(found, sentence)
        events.extend(found)
    mentions += [Mention("count", e.count.start, e.count.end, doc.text[e.count.start : e.count.end], str(e.count.value))
                 for e in events if e.count]
    mentions += [Mention("age", a.start, a.end, a.text, f"{a.low}-{a.high}") for a in ages_in(doc.text)]
    unique = {(m.kind, m.start, m.end): m for m in mentions}
    return Extraction(sorted(unique.values(), key=lambda m: (m.start, m.kind)), events)


def parse(nlp: Language, text: str) -> Doc:
    """Parse with every line break a sentence boundary and the dateline blanked (offsets kept):
    a byline or dateline otherwise becomes the subject of the first sentence."""
    doc = nlp.make_doc(_blank_dateline(text))
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def _blank_dateline(text: str) -> str:
    lines = text.split("\n")
    position = 0
    for index, line in enumerate(lines[:4]):
        if line.strip() and _is_dateline(text, position) and EXPRESSION.search(line):
            lines[index] = " " * len(line)
        position += len(line) + 1
    return "\n".join(lines)


def sentences(doc: Doc) -> list[Span]:
    """spaCy's sentences, cut again at line breaks: a dateline or headline is never part of the next sentence."""
    spans: list[Span] = []
    for sentence in doc.sents:
        start = sentence.start
        for token in sentence:
            if "\n" in token.text or (token.i > start and "\n" in token.doc[token.i - 1].whitespace_):
                if token.i > start and not token.is_space:
                    spans.append(doc[start : token.i])
                    start = token.i
                elif token.is_space:
                    if token.i > start:
                        spans.append(doc[start : token.i])
                    start = token.i + 1
        if start < sentence.end:
            spans.append(doc[start : sentence.end])
    return [s for s in spans if s.text.strip()]


def time_mentions(text: str, published: date | None) -> list[TimeMention]:
    """Time expressions resolved in reading order, each relative one against the date stated before it."""
    found: list[TimeMention] = []
    anchor: DateValue | None = None
    for match in EXPRESSION.finditer(text):
        if _is_dateline(text, match.start()) or (match.group(0).startswith(("may", "march ")) and \
                not re.match(r"(?:may|march) \d", match.group(0))):
            continue   # "may" and "march" in lower case are a verb
        expression = match.group(0)
        if re.search(r"\b(?:after|before)$", expression) and re.match(r" (?!that\b|which\b)[a-z]", text[match.end() :]):
            # "died on Monday, two days after soldiers arrested him": the arrest is two days before
            # Monday; "... before police came" the reverse.
            expression = expression.rsplit(" ", 1)[0] + (" earlier" if expression.endswith("after") else " later")
            if anchor is None:
                continue
        value = resolve(expression, published, anchor)
        if value is None:
            continue
        previous = found[-1] if found else None
        if previous is not None and _JOINED.fullmatch(text[previous.end : match.start()]) and \
                value.precision == previous.value.precision == "day" and \
                abs((value.start - previous.value.start).days) <= 7 and expression == match.group(0) and \
                not re.search(r"\b(?:ago|earlier|later|before|after)$", expression):
            # "on Saturday and Sunday", "Saturday, Sunday and Monday": one span of days
            joined = span_of(min(previous.value.start, value.start), max(previous.value.end, value.end))
            found[-1] = TimeMention(joined, previous.start, match.end(), text[previous.start : match.end()])
        else:
            found.append(TimeMention(value, match.start(), match.end(), match.group(0)))
        anchor = value
    return found


_JOINED = re.compile(r",? (?:and|or|to|through|until) (?:on )?|, |\s?[-–]\s?")


def _is_dateline(text: str, position: int) -> bool:
    """The publication date at the head of the text dates the report, not an event."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    return len(line.split()) <= 8 and text[:line_start].count("\n") <= 3 and not line.rstrip().endswith(".")


def _entity_mentions(doc: Doc) -> list[Mention]:
    kinds = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place",
             "NORP": "nationality"}
    mentions = []
    for ent in doc.ents:
        kind = kinds.get(ent.label_)
        if kind is None:
            continue
        name = _place_name(ent) if kind == "place" else ent.text
        value = (country_of(name) or (name if is_country(name) else None)) if kind == "place" else \
            country_of_demonym(ent.text) if kind == "nationality" else None
        mentions.append(Mention(kind, ent.start_char, ent.end_char, ent.text, value))
    return mentions


# --- triggers -------------------------------------------------------------------------------------


def _triggers(sentence: Span) -> list[tuple[Span, str]]:
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


# --- one event ------------------------------------------------------------------------------------


def _event(trigger: Span, type_name: str, sentence: Span, times: list[TimeMention]) -> Event:
    head = _head_of(trigger)
    participants = _participants(head, type_name)
    victims = [p for p in participants if p.role == "victim"]
    count = None
    if type_name not in ("statement", "policy"):
        count = _counted_trigger(head) or _victim_count(head, type_name)
    time = _time_for(head, sentence, times)
    happened = _happened(head, type_name)
    event = Event(
        type=type_name, happened=happened, trigger_start=trigger.start_char, trigger_end=trigger.end_char,
        trigger_text=trigger.text, sentence_start=sentence.start_char, sentence_end=sentence.end_char,
        date=time, place=_place_for(head, sentence, type_name), count=count, participants=participants,
        ages=[a for v in victims for a in _ages_around(trigger.doc, v)],
    )
    if type_name == "policy":   # a dated decree is one act, however bare its noun
        event.specific = happened and (time is not None or not _generic(head))
    else:
        event.specific = happened and type_name != "statement" and not _generic(head) and \
            (time is not None or not _about_anyone(head, participants))
    event.confidence = _confidence(event, trigger)
    return event


def _counted_trigger(head: Token) -> Count | None:
    """"41 deaths", "780 executions": the number on the event noun itself."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    number = next((c for c in head.children if c.dep_ == "nummod"), None)
    if number is None:
        return None
    value = count_in(head.doc[number.i : number.i + 1])
    return value if value is not None and not (number.text.isdigit() and len(number.text) == 4) else None


def _victim_count(head: Token, type_name: str) -> Count | None:
    """How many people the event happened to, read from its victim's noun phrase."""
    agent, victim = _argument_heads(head, type_name)
    if agent is not None and agent.lower_ == "number":
        victim = agent   # "the number of people repatriated at 614": the parser makes "number" the subject
    if victim is None:
        return None
    count = _number_stated(victim) or count_of(victim) or _pronoun_for_one(victim)
    if count is not None and type_name != "asylum":
        count = _with_companions(head, victim, count)
    return count


def _number_stated(victim: Token) -> Count | None:
    """"put the number of people detained at 43", "the number killed has risen to 15": the count is
    the number the sentence gives the word "number"."""
    noun = victim.head.head if victim.dep_ == "pobj" and victim.head.lower_ == "of" else victim
    if noun.lower_ not in ("number", "toll", "tally", "total"):
        return None
    verb = _clause_verb(noun)
    for token in verb.subtree:
        if token.like_num and token.dep_ in ("pobj", "attr", "dobj") and token.head.lower_ in ("at", "to", verb.lower_):
            return count_in(token.doc[token.i : token.i + 1])
    return None


_COMPANION_PREPS = {"with", "alongside"}


def _with_companions(head: Token, victim: Token, count: Count) -> Count:
    """"Hossain was arrested with two friends", "fled with his mother", "deported, along with at
    least 30 people": the people arrested with the victim are victims too."""
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


def _pronoun_for_one(pronoun: Token) -> Count | None:
    """"Calls on Vietnam to release him" counts one when the sentence names him before ("Khoa's
    disappearance"); "I"/"me" in a quotation count one when the sentence names the speaker."""
    word = pronoun.lower_
    one = Count(1, pronoun.idx, pronoun.idx + len(pronoun))
    sentence = pronoun.sent
    if word in _SINGULAR_PRONOUNS:
        return one if any(_names_one(t) and not _kin_of(t, word) for t in sentence if t.i < pronoun.i) else None
    if word in ("i", "me", "my", "myself") and _quoted(pronoun):
        speaker = next((c for t in sentence if t.lower_ in _SPEECH_VERBS for c in t.children
                        if c.dep_ == "nsubj" and c.pos_ == "PROPN" and not _quoted(c)), None)
        return one if speaker is not None and one_person(speaker) else None
    return None


def _names_one(token: Token) -> bool:
    """A named person, or one described with "the" or a possessive ("the teacher", "her husband")."""
    if token.pos_ == "PROPN":   # a surname the tagger mistook for a place or an organisation is one word
        return token.ent_type_ == "PERSON" or (token.dep_ in ("nsubj", "nsubjpass", "poss") and
                                               one_person(token) is not None and _one_word_entity(token))
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


def _ages_around(doc: Doc, victim: Participant) -> list[Age]:
    """Ages stated of the victims, asides included: "the escapees, who included a pre-teen girl"."""
    span = doc.char_span(victim.start, victim.end, alignment_mode="expand")
    if span is None:
        return ages_in(victim.text, victim.start)
    whole = doc[span.root.left_edge.i : span.root.right_edge.i + 1]
    return ages_in(whole.text, whole.start_char)


def _share_counts(events: list[Event], sentence: Span) -> None:
    """"Police arrested 62 people ... and beat them", "both men said interrogators beat them": one
    counted group of people in a sentence is the group its other events happen to. An event whose
    victims the sentence names otherwise ("some of them", "all prisoners", "no one") keeps None."""
    counts = {e.count.value: e.count for e in events if e.count is not None}
    if not counts and any(e.type not in ("statement", "policy") for e in events):
        counts = {c.value: c for c in _people_counted(sentence, events)}
    if len(counts) != 1:
        return
    shared = next(iter(counts.values()))
    for event in events:
        if event.count is None and event.type not in ("statement", "policy") and \
                _takes_shared(event, shared, sentence.doc):
            event.count = shared


_PLURAL_PRONOUNS = {"they", "them", "their", "themselves", "we", "us", "our"}
_SINGULAR_PRONOUNS = {"he", "him", "his", "she", "her", "himself", "herself"}


def _takes_shared(event: Event, shared: Count, doc: Doc) -> bool:
    """A pronoun takes the sentence's group when the number agrees ("both men ... beat them", not
    "two men ... seize him"); a noun phrase of its own or "no arrests" never does."""
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if trigger is not None and any(c.lower_ in ("no", "any") for c in _head_of(trigger).children):
        return False
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
    return word in _SINGULAR_PRONOUNS and shared.value == 1


def _people_counted(sentence: Span, events: list[Event]) -> list[Count]:
    """Counted groups of people in the sentence, lists included ("he and 40 others"), never the
    perpetrators ("saw two men seize him")."""
    agents = [(p.start, p.end) for e in events for p in e.participants if p.role != "victim"]
    found = []
    for token in sentence:
        if token.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr") or not (
                token.like_num or token.lower_ == "both" or _PEOPLE.match(token.text) or
                (any(c.dep_ == "conj" for c in token.children) and token.pos_ in ("PRON", "NOUN", "PROPN"))):
            continue
        count = count_of(token)
        if count is not None and not count.vague and not any(s <= count.start < e for s, e in agents):
            found.append(count)
    return found


def _head_of(trigger: Span) -> Token:
    """The token that carries the trigger's syntax: the verb of a phrase, the noun of "adopted a decree"."""
    for token in trigger:
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            return token
    return trigger.root


def _clause_verb(token: Token) -> Token:
    """The verb a noun trigger hangs from ("their detention was revealed" → revealed)."""
    current = token
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        current = current.head
    return current


def _first_conjunct(token: Token) -> Token:
    """"arbitrary detention, torture and worse": what is said of the first item holds for the list."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _happened(head: Token, type_name: str) -> bool:
    first = _first_conjunct(head) if head.pos_ in ("NOUN", "PROPN") else head
    verb = _clause_verb(first)
    local = [head]
    # "The expulsion of 800 people must be the last": the subject keeps its own reality.
    if head.i == verb.i or _object_of(first, verb):
        local += [verb, *([verb.head] if verb.dep_ == "conj" else [])]
    for token in local:
        for child in token.children:
            if child.dep_ == "neg" or (child.dep_ in ("aux", "auxpass") and child.lower_ in MODALS):
                return False
            if child.dep_ in ("mark", "advmod") and child.lower_ in CONDITIONS:
                return False
    previous = head.doc[max(head.sent.start, head.i - 2) : head.i]
    if any(t.lower_ in NEGATIONS for t in previous):
        return False
    if type_name == "statement":
        return True
    return not _under_unreal_head(first)


def _object_of(noun: Token, verb: Token) -> bool:
    """True when the noun is the verb's object, directly or through one preposition."""
    if noun.dep_ in ("dobj", "attr", "oprd") and noun.head.i == verb.i:
        return True
    return noun.dep_ == "pobj" and noun.head.head.i == verb.i


def _under_unreal_head(head: Token) -> bool:
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
        if current.dep_ == "pobj" and parent.lower_ in _ABOUT_A_FACT:
            return False   # "open an investigation into the expulsion": the expulsion took place
        if current.i != head.i and current.pos_ in ("NOUN", "PROPN") and current.lower_ not in UNREAL_HEADS:
            return False
        if parent.lower_ in UNREAL_HEADS:
            return not (parent.lower_ in ("grant", "allow", "allowed") and current.dep_ == "dobj")
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in CONDITIONS for c in parent.children):
            return True
        if current.dep_ in ("ccomp", "relcl", "advcl") and parent.pos_ in ("VERB", "AUX"):
            return False   # a reported clause ("said that police detained") keeps its own reality
        current = parent
    return False


def _generic(head: Token) -> bool:
    """Habitual or general statements describe a practice, not a case: "China routinely
    repatriates", "North Koreans who leave are caught", "leaving the country is a crime",
    "pervasive abuses". Headlines tell past cases in the present tense and are not general."""
    verb = _finite_verb(_clause_verb(head))
    if any(c.lower_ in _GENERIC_ADVERBS for c in (*verb.children, *head.children,
                                                   *(verb.head.children if verb.dep_ == "conj" else ()))):
        return True
    if _headline(head.sent):
        return False
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
    return present


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


def _headline(sentence: Span) -> bool:
    text = sentence.text.strip()
    return bool(text) and text[-1] not in ".!?”\"’:" and len(sentence) <= 20


_DEFINITE = {"the", "this", "these", "those", "his", "her", "their", "its", "my", "our", "your", "both"}
_QUANTIFIERS = {"some", "many", "most", "all", "every", "any", "several", "few", "no", "each"}


def _about_anyone(head: Token, participants: list[Participant]) -> bool:
    """"Some North Koreans have taken their lives", "those who leave": a practice, not a case.
    True when the people are quantified or left general and the verb is not a simple past."""
    verb = _clause_verb(head)
    perfect = any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in (*verb.children, *head.children))
    doc = head.doc
    for participant in participants:
        span = doc.char_span(participant.start, participant.end, alignment_mode="expand")
        if span is None:
            continue
        first = span[0].lower_
        if first in _QUANTIFIERS or (first in ("those", "anyone", "everyone", "people") and perfect):
            return True
        if perfect and participant.role == "victim" and span.root.tag_ in ("NNS", "NNPS") and \
                not any(t.dep_ in ("det", "poss", "nummod") for t in span.root.children):
            return True
    return False


def _participants(head: Token, type_name: str) -> list[Participant]:
    agent, victim = _argument_heads(head, type_name)
    found: list[Participant] = []
    if agent is not None:
        span = _phrase(agent)
        role = "authority" if _AUTHORITY_WORDS.search(span.text) or agent.ent_type_ in ("ORG", "NORP", "GPE") \
            else "agent"
        found.append(Participant(role, span.start_char, span.end_char, span.text))
    if victim is not None:
        span = _phrase(victim)
        found.append(Participant("victim", span.start_char, span.end_char, span.text))
    return found


_INTRANSITIVE = {"flight", "death", "disappearance"}


def _argument_heads(head: Token, type_name: str) -> tuple[Token | None, Token | None]:
    children = list(head.children)
    perfect = any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in children) and \
        not any(c.dep_ == "auxpass" for c in children)   # "a guesthouse where he had fled" is not passive
    participle = head.tag_ == "VBN" or (head.tag_ == "VBD" and head.dep_ == "acl")   # "people still detained"
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children) or \
        (participle and head.dep_ in ("amod", "acl", "relcl") and not perfect)
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
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
        (_relative_antecedent(objects[0]) if objects else None)   # "800 people whom the authorities expelled"
    if head.pos_ in ("NOUN", "PROPN") and not head.tag_.startswith("VB"):
        owner = next((c for c in children if c.dep_ == "poss"), None)
        of_object = next((g for c in children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        by_object = next((g for c in children if c.lower_ == "by" for g in c.children if g.dep_ == "pobj"), None)
        dative = next((c for c in head.head.children if c.dep_ == "dative"), None) if head.dep_ == "dobj" else None
        return by_object, of_object or owner or dative or _subject_in_state(_first_conjunct(head))
    if head.dep_ in ("amod", "acl") and passive:
        return by_agent, _whole_group(head.head)
    if head.dep_ == "relcl" and passive:
        own = subject if subject is not None and subject.i > head.head.i and subject.lower_ not in _RELATIVES \
            and subject.head.i == head.i else None
        return by_agent, own or _whole_group(head.head)   # "where a boy was arrested", "several of whom"
    if type_name == "asylum" and head.lower_.startswith(("grant", "give", "gave", "offer", "award")):
        return subject, _recipient(head) or (obj if obj is not None and obj.lower_ != "asylum" else None)
    if type_name in _INTRANSITIVE:
        return None, subject
    if passive or (obj is None and subject is not None and _headline(head.sent) and head.tag_ in ("VBN", "VBD")
                   and not _AUTHORITY_WORDS.search(subject.text) and subject.ent_type_ not in ("GPE", "ORG")):
        return by_agent, subject   # headlines drop "was": "Cambodian activist deported from Thailand"
    if obj is None and head.lower_ == "lost":
        obj = next((g for c in head.subtree if c.lower_ == "with" for g in c.children if g.dep_ == "pobj"), None)
    return subject, obj


_RELATIVES = {"who", "whom", "that", "which"}


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
    first = _first_conjunct(noun)
    if first.dep_ == "pobj" and first.head.lower_ in ("among",) and first.head.head.pos_ in ("NOUN", "PROPN"):
        return first.head.head   # "16 nationals, among them four women and a girl, who had been detained"
    if noun.dep_ == "pobj" and noun.head.lower_ in ("including", "among", "like") and noun.head.head.pos_ in (
            "NOUN", "PROPN"):
        return noun.head.head
    return noun


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
    if holder.pos_ in ("NOUN", "PRON") and noun.head.lower_ == "in":
        return holder   # "everyone still in detention"
    if holder.pos_ not in ("VERB", "AUX"):
        return None
    if noun.head.lower_ in ("into", "under", "to"):
        moved = next((c for c in holder.children if c.dep_ == "dobj"), None)
        if moved is not None and (moved.pos_ == "PRON" or person_word(moved.text) or moved.lower_ in _QUANTIFIERS):
            return moved
    return _not_authority(next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None))


def _not_authority(subject: Token | None) -> Token | None:
    if subject is not None and subject.lower_ in _RELATIVES:
        subject = _relative_antecedent(subject)   # "nine nationals ... who face a real risk of torture"
    return None if subject is None or _AUTHORITY_WORDS.search(subject.text) else subject


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
    doc = token.doc
    while end > start and doc[end].is_punct:
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    return doc[start : end + 1]


_SPEECH_VERBS = {"said", "says", "say", "told", "tells", "reported", "reports", "announced", "stated", "added",
                 "confirmed", "wrote", "posted", "noted", "explained", "insisted", "claimed", "revealed", "disclosed"}


def _times_for_event(head: Token, heads: list[Token], times: list[TimeMention]) -> list[TimeMention]:
    """The sentence's times that can date this event: not the day something was said ("said on
    Tuesday that police detained ..."), nor a time inside another event's noun phrase ("under a
    1986 protocol")."""
    doc = head.doc
    usable = []
    for time in times:
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None:
            continue
        if _owned_by_other_noun(span, head, heads) or _dates_the_saying(span, head) or _dates_a_thing(span, head):
            continue
        usable.append(time)
    return usable


def _owned_by_other_noun(span: Span, head: Token, heads: list[Token]) -> bool:
    """The time sits inside another event's phrase that this event is not part of: "a 1986
    protocol", "released ... two journalists who had been jailed in 2019". Verbs joined by "and"
    share their time ("were caught and detained on April 28")."""
    for other in heads:
        if other.i == head.i or (other.dep_ == "conj" and other.head.i == head.i) or \
                (head.dep_ == "conj" and head.head.i == other.i):
            continue
        phrase = other.pos_ in ("NOUN", "PROPN") or other.dep_ in ("relcl", "acl")
        if phrase and all(other.left_edge.i <= t.i <= other.right_edge.i for t in span) and \
                not other.left_edge.i <= head.i <= other.right_edge.i:
            return True
    return False


def _dates_a_thing(span: Span, head: Token) -> bool:
    """"the 1951 Refugee Convention", "a May 14 announcement": a time modifying another noun dates that
    thing, not the events around it."""
    root = span.root
    return root.dep_ in ("nummod", "compound", "nmod", "poss") and root.head.pos_ in ("NOUN", "PROPN") \
        and root.head.i != head.i and not span.start <= root.head.i < span.end


def _dates_the_saying(span: Span, head: Token) -> bool:
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.lower_ not in _SPEECH_VERBS or verb.i == head.i or span.start < verb.i:
        return False   # "In July 2017, RFA reported that ..." sets the scene; "said on Tuesday" dates the saying
    return any(ancestor.i == verb.i for ancestor in head.ancestors)


def _time_for(head: Token, sentence: Span, times: list[TimeMention]) -> TimeMention | None:
    if not times:
        return None
    if len(times) == 1:
        return times[0]
    subtree = {t.i for t in _clause_verb(head).subtree}
    doc = head.doc
    attached = []
    for time in times:
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is not None and all(t.i in subtree for t in span):
            attached.append((abs(span.root.i - head.i), time))
    if attached:
        return min(attached, key=lambda item: item[0])[1]
    return min(times, key=lambda t: abs(t.start - head.idx))


def _place_for(head: Token, sentence: Span, type_name: str) -> Place | None:
    if type_name == "statement":
        return None   # a call to act is made somewhere, but that is not where anything happened
    places = _place_candidates(sentence)
    if not places:
        return None
    verb = _clause_verb(head)
    scope = {t.i for t in (head.subtree if head.pos_ in ("VERB", "AUX") else verb.subtree)}
    attached = [e for e in places if e.root.i in scope and _placed_by_preposition(e.root)]
    if not attached:
        return None
    specific = [e for e in attached if not is_country(_place_name(e))] or attached
    chosen = min(specific, key=lambda e: abs(e.root.i - head.i))
    name = _place_name(chosen)
    country = country_of(name) or next((country_of(_place_name(e)) for e in attached if is_country(_place_name(e))),
                                       None)
    return Place(chosen.text, country, chosen.start_char, chosen.end_char)


def _place_candidates(sentence: Span) -> list[Span]:
    """Places the tagger found, and proper nouns after "in", "at", "near"... that the gazetteer knows:
    the small model often takes a town it has not seen for an organisation or a person."""
    found = [e for e in sentence.ents if e.label_ in ("GPE", "LOC", "FAC")]
    taken = {t.i for e in found for t in e}
    doc = sentence.doc
    for token in sentence:
        if token.i in taken or token.pos_ != "PROPN" or token.dep_ != "pobj" or token.head.lower_ not in _PLACE_PREPS:
            continue
        start = token.i
        while start > sentence.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        span = doc[start : token.i + 1]
        if country_of(span.text) or is_country(span.text):
            found.append(span)
    return found


def _placed_by_preposition(token: Token) -> bool:
    current = token
    for _ in range(4):
        if current.dep_ == "pobj" and current.head.lower_ in _PLACE_PREPS:
            return True
        if current.head.i == current.i or current.dep_ not in ("compound", "poss", "conj", "appos", "pobj", "prep",
                                                                "amod"):
            return False
        current = current.head
    return False


def _place_name(ent: Span) -> str:
    text = ent.text
    return text[:-2] if text.endswith(("'s", "’s")) else text


def _confidence(event: Event, trigger: Span) -> float:
    score = 0.85 if trigger.root.pos_ in ("VERB", "AUX") else 0.7 if len(trigger) > 1 else 0.6
    arguments = sum(x is not None for x in (event.date, event.place, event.count)) + len(event.participants)
    return round(min(0.99, score + 0.03 * arguments), 2)
