"""Speaker mentions and the names they stand for, within one document.

"Robertson" → "Phil Robertson" (the fullest name ending the same way), "he"/"she" → the person
last quoted or named before (with a matching pronoun), "HRW" → "Human Rights Watch" (initials),
"the ministry"/"the Health Ministry" → the organization named before with those words, "his
lawyer, Selin Avcı," → the name in apposition, and an unnamed speaker kept as described ("a
former senior official"). Titles given in apposition are collected per name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "prof", "mr.", "mrs.", "ms.", "dr.", "prof.", "sir", "dame"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
RELATIVES = frozenset({"who", "which", "that"})
_ORG_LABELS = ("ORG", "NORP", "GPE", "FAC", "LOC")
_ORG_NOUNS = frozenset("""group organisation organization union agency ministry bank company firm court commission
committee council government federation association authority board department office police army military party
campaign coalition network institute foundation collective alliance manufacturer developer operator carrier airline
insurer retailer producer regulator club league university hospital charity embassy consulate tribunal panel
prosecutor prosecution service bureau secretariat movement trust fund centre center mission""".split())  # noqa: SIM905
_NAME_STOP = frozenset({"the", "of", "and", "for"})
_DEFINED_ACRONYM = re.compile(
    r"((?:[A-Z][\w’'-]+)(?:\s+(?:of|for|and|the|on|against|[A-Z][\w’'-]+))+)\s*\(([A-Z]{2,7})\)")
_EPITHET = re.compile(r"^(the|a) \d+-year-old$", re.IGNORECASE)
# "the ministry said": a singular definite description standing for the organization named last.
_STANDS_FOR_LAST_ORG = frozenset("""group organisation organization union agency ministry bank company firm commission
committee council federation association authority board department office campaign coalition network institute
foundation collective alliance manufacturer developer operator carrier airline insurer retailer producer regulator club
league charity alliance bureau secretariat movement trust fund""".split())  # noqa: SIM905
_FEMALE = re.compile(r"\b(she|her|hers|herself)\b", re.IGNORECASE)
_MALE = re.compile(r"\b(he|his|him|himself)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    start: int    # character offsets of the mention in the text
    end: int
    text: str
    name: str     # the resolved canonical name
    kind: str     # person, organization, description


@dataclass
class NameIndex:
    """Names in a document, to resolve mentions against."""

    people: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # surname → (offset, full name)
    mentions: list[tuple[int, str]] = field(default_factory=list)        # (offset, full name) of people
    organizations: list[tuple[int, str]] = field(default_factory=list)   # (offset, full name)
    gender: dict[str, str] = field(default_factory=dict)                 # full name → "f" / "m"
    titles: dict[str, list[str]] = field(default_factory=dict)           # full name → titles given
    descriptions: list[tuple[int, str, str]] = field(default_factory=list)  # (offset, head noun, description)
    tagged: set[str] = field(default_factory=set)                        # names the tagger called PERSON
    aliases: dict[str, str] = field(default_factory=dict)                # "PFI" → "Pressfront International"

    @classmethod
    def of(cls, doc: Doc) -> NameIndex:
        index = cls()
        for start, end in _person_spans(doc):
            index.add_person(doc[start:end].text, doc[start].idx)
        spans = _person_spans(doc)
        inside = {i for start, end in spans for i in range(start, end)}
        for token in doc:   # a surname standing alone ("Neves dismissed …") is a mention too
            if (token.i not in inside and token.pos_ == "PROPN" and token.ent_type_ in ("", "PERSON")
                    and _surname_key(token.text) in index.people):
                spans.append((token.i, token.i + 1))
        votes: dict[str, list[str]] = {}
        tagged_starts = {ent.start for ent in doc.ents if ent.label_ == "PERSON"}
        for start, end in sorted(spans):
            name = index.person(doc[start:end].text, doc[start].idx)
            if start in tagged_starts or any(doc[i].ent_type_ == "PERSON" for i in range(start, end)):
                index.tagged.add(name)
            if _refers_back_to(doc[start:end]):
                index.mentions.append((doc[start].idx, name))
            votes.setdefault(name, []).append(_pronoun_after(doc, end))
        for name, seen in votes.items():
            female, male = seen.count("f"), seen.count("m")
            if female != male:
                index.gender[name] = "f" if female > male else "m"
        people = {name for names in index.people.values() for _, name in names}
        for ent in doc.ents:
            if ent.label_ == "ORG" and not _person_in_disguise(ent) and clean_person(ent.text) not in people:
                index.organizations.append((ent.start_char, organization_name(ent.text)))
        for match in _DEFINED_ACRONYM.finditer(doc.text):   # "Pressfront International (PFI)"
            index.aliases[match.group(2)] = organization_name(match.group(1))
            index.organizations.append((match.start(), organization_name(match.group(1))))
        return index

    def add_person(self, name: str, offset: int) -> None:
        parts = clean_person(name).split()
        if len(parts) >= 2:
            self.people.setdefault(_surname_key(parts[-1]), []).append((offset, " ".join(parts)))

    def person(self, name: str, offset: int) -> str:
        """The full name a (sur)name stands for: of the people with that surname, the one named
        last before `offset` (Ruth and Joseph Adeyemi in one story), else the first named."""
        parts = clean_person(name).split()
        if not parts:
            return name
        if len(parts) >= 2:
            return " ".join(parts)
        known = self.people.get(_surname_key(parts[-1]), [])
        earlier = [full for at, full in known if at <= offset]
        if earlier:
            return earlier[-1]
        return known[0][1] if known else parts[0]

    def organization(self, mention: str, before: int, head: str | None = None, *, definite: bool = False) -> str | None:
        words = [w for w in mention.split() if w.lower() not in _NAME_STOP]
        if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:    # an acronym
            if words[0] in self.aliases:
                return self.aliases[words[0]]
            return next((name for _, name in self.organizations if _initials(name) == words[0]), None)
        wanted = {w.lower().strip("’'s") for w in words}
        matches = [name for offset, name in self.organizations
                   if wanted <= {w.lower().strip("’'s") for w in name.split()}]
        if matches:
            return max(matches, key=len)
        head = head or (words[-1].lower() if words else "")
        if head in _STANDS_FOR_LAST_ORG and definite and len(words) == 1:   # "the manufacturer", no more
            earlier = [name for offset, name in self.organizations if offset < before]
            return earlier[-1] if earlier else None
        return None

    def earlier_description(self, head: str, before: int) -> str | None:
        """ "the relative said" → the description given when the relative was introduced."""
        earlier = [name for offset, word, name in self.descriptions if offset < before and word == head]
        return earlier[-1] if earlier else None

    def last_person(self, before: int, pronoun: str, speakers: list[tuple[int, str]]) -> str | None:
        """The person a "he"/"she" most likely means: the last one quoted or named before it whose
        pronoun is not known to differ."""
        wanted = "f" if pronoun.lower() == "she" else "m" if pronoun.lower() == "he" else None
        for offset, name in sorted([*self.mentions, *speakers], reverse=True):
            if offset < before and (wanted is None or self.gender.get(name, wanted) == wanted):
                return name
        return None


def _refers_back_to(span: Span) -> bool:
    """Whether a later "he"/"she" may mean this person: someone who acts in the sentence (subject or
    in apposition to one), not a name in passing ("her coach", "a company")."""
    if any(t.lower_ in _ORG_WORDS for t in span):
        return False
    root = span.root
    while root.dep_ in ("appos", "compound", "conj", "poss") and root.head is not root:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass", "ROOT") or span.root.dep_ in ("nsubj", "nsubjpass")


def _pronoun_after(doc: Doc, end: int) -> str:
    """The gender of the subject pronoun that next refers back, in this sentence or the next:
    "Dana Rusu, whose husband …, said …. She …" — possessives (her kitchen) are not counted, they
    often belong to someone else."""
    if end >= len(doc):
        return ""
    sentence = doc[end - 1].sent
    following = doc[sentence.end].sent if sentence.end < len(doc) else None
    for token in [*doc[end : sentence.end], *(following or [])]:
        if token.ent_type_ == "PERSON":
            return ""   # someone else is named first
        if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in ("she", "he"):
            return "f" if token.lower_ == "she" else "m"
    return ""


def _surname_key(word: str) -> str:
    return word.lower().removesuffix("’s").removesuffix("'s")


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isupper())


TITLE_WORDS = frozenset("""president vice prime minister secretary senator governor mayor councilmember councillor
councilor judge justice chief captain general colonel major lieutenant sergeant officer detective coach winger striker
goalkeeper manager director chairman chairwoman chair spokesman spokeswoman spokesperson ambassador commissioner
deputy finance foreign interior health defence defense justice economy energy trade labour labor education
opposition leader professor lawyer attorney prosecutor inspector superintendent father sister brother pope king queen
prince princess executive founder""".split())  # noqa: SIM905
_NAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "del", "la", "le", "bin", "al"})


def clean_person(name: str) -> str:
    """A person's name without honorifics or titles before it ("Councilmember Tanya Ruiz")."""
    parts = name.replace("’s", "").replace("'s", "").split()
    # "Deportivo Alcara coach Andrei Volkan": a title word starts the name afresh; "Bell shot back":
    # any other lower-case word ends it.
    name_parts: list[str] = []
    for part in parts:
        lowered = part.lower().rstrip(".")
        if lowered in HONORIFICS or lowered in TITLE_WORDS:
            name_parts = []
        elif part[:1].isupper() or (lowered in _NAME_PARTICLES and name_parts):
            name_parts.append(part)
        elif name_parts:
            break
    return " ".join(name_parts or parts)


def organization_name(name: str) -> str:
    """Canonical form of an organization's name: without a leading article."""
    return strip_article(name)


def strip_article(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def _person_spans(doc: Doc) -> list[tuple[int, int]]:
    """PERSON entities (grown over a first name the tagger left out: "Dr Tunde Alabi" tagged only
    "Alabi"), plus runs of two or more capitalized proper nouns left unlabeled."""
    spans = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" or _person_in_disguise(ent):
            start = ent.start
            while start > 0 and _bare_name_word(doc[start - 1]):
                start -= 1
            spans.append((start, ent.end))
    run: list[int] = []
    for token in [*doc, None]:
        if token is not None and token.pos_ == "PROPN" and token.text[:1].isupper() and not token.ent_type_:
            run.append(token.i)
            continue
        if len(run) >= 2 and _acts_like_person(doc[run[0] : run[-1] + 1]):
            spans.append((run[0], run[-1] + 1))
        run = []
    return sorted(spans)


def _acts_like_person(span: Span) -> bool:
    """An unlabeled proper name counts as a person when it acts like one: it is a subject, stands in
    apposition, or follows a title ("coach Andrei Volkan") — not "in Port Tarvas", not a company,
    not "Neighbouring Tarvenia"."""
    if any(t.lower_ in _ORG_WORDS for t in span) or span[0].lower_.endswith("ing"):
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.lower_ in TITLE_WORDS or before.lower_.rstrip(".") in HONORIFICS):
        return True
    return span.root.dep_ in ("nsubj", "nsubjpass", "appos")


_ORG_WORDS = _ORG_NOUNS | frozenset("""inc corp ltd llc plc co news times post wire press radio tv media open cup
league united city airlines air bank university school hospital watch rights international forum front
institute centre center services metals holdings partners systems energy mining foods motors s.a. ag gmbh corps
river valley province region city town bridge port street square mountains island""".split())  # noqa: SIM905


def _person_in_disguise(ent: Span) -> bool:
    """A name the tagger called an organization or place: "champion Nadia Petrovic" (a title word
    before it, two or three capitalized words, none of them an organization's)."""
    if ent.label_ not in ("ORG", "GPE", "NORP") or not 2 <= len(ent) <= 3:
        return False
    if any(t.lower_ in _ORG_WORDS or not t.text[:1].isupper() or t.pos_ != "PROPN" for t in ent):
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and (before.lower_ in TITLE_WORDS or before.pos_ == "NOUN" or before.lower_ in HONORIFICS):
        return True
    return ent.root.dep_ == "nsubj" and _pronoun_after(ent.doc, ent.end) != ""   # "Hana Ilves carried …; she …"


def _bare_name_word(token: Token) -> bool:
    """A capitalized word just before a tagged name that the tagger left out ("Olamide Bakare")."""
    return (token.text[:1].isupper() and token.text.isalpha() and not token.ent_type_
            and token.pos_ in ("PROPN", "NOUN", "ADJ", "VERB") and token.i != token.sent.start
            and token.lower_.rstrip(".") not in HONORIFICS | TITLE_WORDS)


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
    return doc[start:end], doc[token.left_edge.i : start].text


def _mention_span(token: Token, cue: Token) -> Span:
    titled = titled_name_in(token)
    if titled is not None and token.ent_type_ != "PERSON":
        return titled[0]
    """The words naming the speaker: a person's name (the one in apposition when the subject is a
    description: "his lawyer, Selin Avcı"), an organization, a pronoun, or the description."""
    doc = token.doc
    if token.pos_ not in ("PROPN", "PRON") and token.ent_type_ not in ("PERSON", "ORG"):
        # "his lawyer, Selin Avcı, said"; "The head of the hauliers’ association, Bruno Teller, said"
        for child in token.subtree:
            after_comma = doc[child.left_edge.i - 1].text == ","
            if child.dep_ == "appos" and _is_name(child) and child.i > token.i and after_comma:
                return _name_within(child)
    if token.pos_ == "PRON":
        return doc[token.i : token.i + 1]
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "FAC"):
        ent = next(e for e in doc.ents if e.start <= token.i < e.end)
        start, end = ent.start, min(ent.end, cue.i if cue.i > ent.start else ent.end)
        while len(ent) == 1 and start > 0 and _bare_name_word(doc[start - 1]):   # "Olamide Bakare"
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
        elif before.text in ("’s", "'s") and start - 2 >= token.left_edge.i and doc[start - 2].text[:1].isupper():
            start -= 2   # "Women’s Voices Watch"
        else:
            break
    if start > 0 and doc[start - 1].lower_ in HONORIFICS:
        start -= 1
    return doc[start : _name_tail(token) + 1]


_NAME_LINKS = {"for", "of", "against", "without", "on", "in"}


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


def resolve(span: Span, names: NameIndex, speakers: list[tuple[int, str]]) -> Mention:
    text = span.text
    if span.root.pos_ == "PRON" or text.lower() in PRONOUNS:
        return _resolve_pronoun(span, names, speakers)
    if len(span) >= 2 and span[0].lower_.endswith("ing") and all(t.pos_ == "PROPN" for t in span[1:]):
        place = span.doc[span.start + 1 : span.end]   # "Neighbouring Tarvenia said"
        return Mention(place.start_char, place.end_char, place.text, place.text, "organization")
    if _EPITHET.match(text):   # "the 34-year-old told a news conference": the person just named
        name = names.last_person(span.start_char, "", speakers) or text
        return Mention(span.start_char, span.end_char, text, name, "person")
    tail = _name_at_end(span)
    if tail and not _has_org_word(span):   # "Deportivo Alcara coach Andrei Volkan"
        return Mention(span.start_char, span.end_char, text, names.person(tail, span.start_char), "person")
    if span.root.pos_ == "NOUN" and span.root.text.islower():   # "Hamdan’s mother", "the relative"
        return _resolve_description(span, names)
    known_surname = _surname_key(span[-1].text) in names.people and span[-1].text[:1].isupper()
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
    if organization is None and any(t.ent_type_ in _ORG_LABELS for t in span):
        ents = [e for e in span.doc.ents if e.start >= span.start and e.end <= span.end]
        whole = all(t.pos_ in ("PROPN", "DET", "PART", "ADJ") or t.text in ("’s", "'s") for t in span)
        organization = organization_name(_without_leading_modifiers(span if whole or not ents else ents[0]))
    if organization:
        return Mention(span.start_char, span.end_char, text, organization, "organization")
    if len(span) == 1 and text[:1].isupper() and text.isalpha() and span.root.pos_ == "PROPN" \
            and span.root.tag_ != "NNPS":
        return Mention(span.start_char, span.end_char, text, names.person(text, span.start_char), "person")
    return Mention(span.start_char, span.end_char, text, _description(text), "description")


def _resolve_description(span: Span, names: NameIndex) -> Mention:
    text = span.text
    head = span.root.lower_
    definite = span[0].lower_ in ("the", "its", "their")
    if definite and len(span) == 2:   # "the witness" … "identified only as Witness D-7"
        coded = re.search(rf"\b{re.escape(span.root.text.capitalize())} [A-Z0-9][\w-]*\d[\w-]*", span.doc.text)
        if coded:
            return Mention(span.start_char, span.end_char, text, coded.group(), "person")
    organization = names.organization(strip_article(text), span.start_char, head, definite=definite)
    if organization is None and any(t.ent_type_ == "ORG" for t in span) and span.root.ent_type_ == "ORG":
        organization = strip_article(text)
    trailing = _trailing_name(span)
    if organization is None and trailing and any(w.lower() in _ORG_WORDS for w in trailing.split()):
        organization = trailing
    if organization:
        return Mention(span.start_char, span.end_char, text, organization, "organization")
    if definite and len(span) <= 3:
        earlier = names.earlier_description(head, span.start_char)
        if earlier:
            return Mention(span.start_char, span.end_char, text, earlier, "description")
    name = _description(text)
    for word in {head, span[-1].lower_}:   # the parse may head "twelve human rights … organisations" on "rights"
        names.descriptions.append((span.start_char, word, name))
    return Mention(span.start_char, span.end_char, text, name, "description")


def _without_leading_modifiers(span: Span) -> str:
    """ "Neighbouring Tarvenia" → "Tarvenia"."""
    tokens = list(span)
    while len(tokens) > 1 and (tokens[0].pos_ in ("ADJ", "VERB") or tokens[0].lower_.endswith("ing")) \
            and tokens[1].pos_ == "PROPN":
        tokens = tokens[1:]
    return span.doc[tokens[0].i : span.end].text


def _has_org_word(span: Span) -> bool:
    return any(t.lower_ in _ORG_WORDS for t in span)


def _name_at_end(span: Span) -> str | None:
    """Two or more capitalized proper nouns closing the span after a lower-case title word."""
    tokens = list(span)
    run = 0
    while run < len(tokens) and tokens[-1 - run].pos_ == "PROPN" and tokens[-1 - run].text[:1].isupper():
        run += 1
    if run < 2 or run == len(tokens) or not tokens[-1 - run].text.islower():
        return None
    if tokens[-1 - run].lower_ in _NAME_LINKS and run + 1 < len(tokens) and tokens[-2 - run].pos_ == "PROPN":
        return None   # "Justice for North Korea" is one organisation's name, not a person's
    return " ".join(t.text for t in tokens[len(tokens) - run :])


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
    return _surname_key(span[-1].text) in names.people or len(span) >= 2


def _resolve_pronoun(span: Span, names: NameIndex, speakers: list[tuple[int, str]]) -> Mention:
    text = span.text
    if text.lower() in ("he", "she"):
        name = names.last_person(span.start_char, text, speakers) or text
        return Mention(span.start_char, span.end_char, text, name, "person")
    earlier = [name for offset, name in names.organizations if offset < span.start_char]
    name = earlier[-1] if earlier else text
    return Mention(span.start_char, span.end_char, text, name, "organization" if earlier else "description")


def _description(text: str) -> str:
    text = strip_article(text) if text.lower().startswith("the ") else text
    if re.match(r"[A-Z]\w+(?:’s|'s) ", text):   # "Hamdan’s mother" keeps the name's capital
        return text
    return text[:1].lower() + text[1:]


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
