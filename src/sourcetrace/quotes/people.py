"""Who and what a document names, to resolve speaker mentions against: people (full names, the
surnames and honorifics that stand for them, their roles, ages and gender as the text gives them)
and organizations (names, acronyms defined or derived, the kind of organization a name says).

The index is built once per document from spaCy's entities and parse, grown where the small model
splits or mis-tags names ("al-Hashimi", "Luca di Stefano" left unlabeled, "Halloran" tagged a place).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from sourcetrace.quotes import names as names_
from sourcetrace.quotes.names import HONORIFICS, PARTICLES, is_shortened, leads_name, surname_key
from sourcetrace.quotes.profiles import PERSON_ROLES, age_after, role_fit, role_gender, roles_of
from sourcetrace.quotes.vocabulary import (
    COMPANY_LIKE,
    GROUP_LIKE,
    NAME_STOP,
    ORG_NOUNS,
    ORG_WORDS,
    STANDS_FOR_LAST_ORG,
    TITLE_WORDS,
)

_DEFINED_ACRONYM = re.compile(
    r"((?:[A-Z][\w’'-]+)(?:\s+(?:of|for|and|the|on|against|[A-Z][\w’'-]+))+)\s*\(([A-Z]{2,7})\)")


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
    roles: dict[str, list[str]] = field(default_factory=dict)            # full name → role phrases
    ages: dict[str, int] = field(default_factory=dict)                   # full name → age given

    @classmethod
    def of(cls, doc: Doc) -> NameIndex:
        index, text = cls(), doc.text
        spans = _person_spans(doc)
        for start, end in spans:
            index.add_person(doc[start:end].text, doc[start].idx)
        inside = {i for start, end in spans for i in range(start, end)}
        for token in doc:   # a surname standing alone ("Neves dismissed …") is a mention too
            if token.i not in inside and surname_key(token.text) in index.people and _stands_alone(token):
                spans.append((token.i, token.i + 1))
        votes: dict[str, list[str]] = {}
        tagged_starts = {ent.start for ent in doc.ents if ent.label_ == "PERSON"}
        for start, end in sorted(spans):
            name = index.person(doc[start:end].text, doc[start].idx)
            if start in tagged_starts or any(doc[i].ent_type_ == "PERSON" for i in range(start, end)):
                index.tagged.add(name)
            if _refers_back_to(doc[start:end]) and not _quoted(text, doc[start].idx):
                index.mentions.append((doc[start].idx, name))
            votes.setdefault(name, []).append(_pronoun_after(doc, end))
            index.profile(doc, start, end, name)
        for name, seen in votes.items():
            female, male = seen.count("f"), seen.count("m")
            if female != male:
                index.gender[name] = "f" if female > male else "m"
        for name, roles in index.roles.items():   # "his daughter, Layla …" outweighs a pronoun after her
            if role_gender(roles):
                index.gender[name] = role_gender(roles)
        people = {name for names in index.people.values() for _, name in names}
        for ent in doc.ents:
            if ent.label_ == "ORG" and not _person_in_disguise(ent) and clean_person(ent.text) not in people \
                    and not (len(ent) == 1 and surname_key(ent.text) in index.people):   # "Holloway" tagged ORG
                index.organizations.append((ent.start_char, organization_name(ent.text)))
        for match in _DEFINED_ACRONYM.finditer(doc.text):   # "Pressfront International (PFI)"
            index.aliases[match.group(2)] = organization_name(match.group(1))
            index.organizations.append((match.start(), organization_name(match.group(1))))
        return index

    def profile(self, doc: Doc, start: int, end: int, name: str) -> None:
        """Note the roles and age the text gives the person named at tokens [start, end)."""
        self.roles.setdefault(name, []).extend(roles_of(doc, start, end))
        age = age_after(_words_after(doc, end), 0)
        if age is not None:
            self.ages[name] = age

    def add_person(self, name: str, offset: int) -> None:
        parts = clean_person(name).split()
        if len(parts) >= 2:
            self.people.setdefault(surname_key(parts[-1]), []).append((offset, " ".join(parts)))

    def person(self, name: str, offset: int, gender: str = "") -> str:
        """The full name a shorter mention stands for: of the people it may mean (same surname,
        "Van Aalst" ending "Jonas van Aalst", "Kim" opening "Kim Min-jun"), those whose known gender
        fits `gender` (from an honorific); of these the one named last before `offset` (Ruth and
        Joseph Adeyemi in one story), else the first named."""
        parts = clean_person(name).split()
        if not parts:
            return name
        known = self._namesakes(parts)
        if not known:
            return " ".join(parts)
        if gender:   # those known to be of that gender, else those not known to differ
            sure = [(at, full) for at, full in known if self.gender.get(full) == gender]
            known = sure or [(at, full) for at, full in known if self.gender.get(full, gender) == gender] or known
        earlier = [full for at, full in known if at <= offset]
        return earlier[-1] if earlier else known[0][1]

    def knows(self, name: str) -> bool:
        """Whether `name` is, or stands for, a person named in the document ("Choi" for "Choi Min-seo")."""
        parts = clean_person(name).split()
        return bool(parts) and bool(self._namesakes(parts) or " ".join(parts) in self._full_names())

    def _full_names(self) -> set[str]:
        return {full for _, full in self._everyone()}

    def _namesakes(self, parts: list[str]) -> list[tuple[int, str]]:
        if len(parts) >= 2:
            return [(at, full) for at, full in self._everyone() if is_shortened(parts, full.split())]
        same_surname = self.people.get(surname_key(parts[-1]), [])
        return same_surname or [(at, full) for at, full in self._everyone() if leads_name(parts[0], full.split())]

    def organization(self, mention: str, before: int, head: str | None = None, *, definite: bool = False) -> str | None:
        words = [w for w in mention.split() if w.lower() not in NAME_STOP]
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
        if head in STANDS_FOR_LAST_ORG and definite and len(words) == 1:   # "the manufacturer", no more
            earlier = [name for offset, name in sorted(self.organizations) if offset < before]
            fitting = [name for name in earlier if not self._acronym_of_known(name)]
            ranked = sorted(range(len(fitting)), key=lambda i: (_kind_fit(head, fitting[i]), i))
            return fitting[ranked[-1]] if fitting and _kind_fit(head, fitting[ranked[-1]]) else \
                (earlier[-1] if earlier else None)
        return None

    def _acronym_of_known(self, name: str) -> bool:
        """ "DCA" after "Digital Communications Authority (DCA)": the acronym says no kind, its name does."""
        named = (known for _, known in self.organizations)
        return name.isupper() and (name in self.aliases or any(_initials(known) == name for known in named))

    def add_organization(self, offset: int, name: str) -> None:
        """An organization that spoke: "the HSU" and "the union" may stand for it later, although the
        tagger did not call it an organization ("the Haneul Shipbuilders’ Union" as a title)."""
        if all(known != name for _, known in self.organizations):
            self.organizations.append((offset, name))

    def earlier_description(self, head: str, before: int, words: set[str] | frozenset[str] = frozenset()) -> str | None:
        """ "the relative said" → the description given when the relative was introduced; every word
        of the mention must be in it ("the weather service" is not "the regional fire service")."""
        earlier = [name for offset, word, name in self.descriptions if offset < before and word == head
                   and words <= set(re.findall(r"[\w’'-]+", name.lower()))]
        return earlier[-1] if earlier else None

    def add_description(self, offset: int, head: str, name: str) -> None:
        self.descriptions.append((offset, head, name))

    def last_person(self, before: int, gender: str, speakers: list[tuple[int, str]],
                    age: int | None = None) -> str | None:
        """The person a "he"/"she" (or "the 54-year-old") most likely means: the last one quoted or
        named before it whose gender (and age) is not known to differ."""
        for offset, name in sorted([*self.mentions, *speakers], reverse=True):
            if offset < before and (not gender or self.gender.get(name, gender) == gender) \
                    and (age is None or self.ages.get(name, age) == age):
                return name
        return None

    def person_of_age(self, age: int, before: int) -> str | None:
        """ "the 58-year-old" → the person last named before it with that age given."""
        named = [(at, full) for at, full in self._everyone() if at < before and self.ages.get(full) == age]
        return named[-1][1] if named else None

    def person_in_role(self, head: str, before: int, speakers: list[tuple[int, str]]) -> str | None:
        """ "the lawyer" → the person named before it with that role (the same word before a synonym:
        "the former diplomat" → "a former ambassador"), the latest among equals."""
        fits = [(role_fit(head, self.roles.get(full, [])), at, full)
                for at, full in [*self._everyone(), *speakers] if at < before]
        best = max(fits, default=(0, 0, ""))
        return best[2] if best[0] else None

    def _everyone(self) -> list[tuple[int, str]]:
        return sorted(named for named_list in self.people.values() for named in named_list)


def one_person_described(name: str) -> bool:
    """An unnamed speaker that a later "he"/"she" may mean: one person described ("a 31-year-old
    worker at the same factory", "Hamdan’s mother"), not a group ("a coalition of …", "residents")."""
    words = name.split()
    phrase = list(itertools.takewhile(lambda word: word.lower() not in _AFTER_HEAD, words))
    if len(words) < 2 or not phrase or phrase[-1].lower() in ORG_WORDS:   # "a port inspector", not "a rights group"
        return False
    if words[0].lower() in ("a", "an", "one"):
        return words[1].lower() not in ("few", "number", "dozen", "couple", "handful")
    return bool(re.match(r"\w+(?:’s|'s) \w+$", name))


_AFTER_HEAD = frozenset({"of", "at", "in", "from", "on", "who", "with", "near", "for"})


def _words_after(doc: Doc, end: int) -> str:
    """The few words after token `end` as written (Doc.text would join the whole document)."""
    return "".join(token.text_with_ws for token in doc[end : end + 6])


def _quoted(text: str, offset: int) -> bool:
    """Whether `offset` lies inside quotation marks of its paragraph: "“Merdan sold his car,” he
    said" — the speaker talks of Merdan, so "he" is not Merdan."""
    paragraph = text[text.rfind("\n", 0, offset) + 1 : offset]
    german = "„" in paragraph   # „…“ closes with the mark English opens with
    opened = paragraph.count("„") + paragraph.count("«") + (0 if german else paragraph.count("“"))
    closed = paragraph.count("”") + paragraph.count("»") + (paragraph.count("“") if german else 0)
    return opened > closed or paragraph.count('"') % 2 == 1


def _stands_alone(token: Token) -> bool:
    """A capitalized word that can be a surname on its own, however the small model tagged it
    ("Halloran addressed reporters" as a place, "Ilves laughs" as a plural noun), but not a word
    of a longer name ("Halloran Foundation")."""
    if not token.text[:1].isupper() or token.pos_ not in ("PROPN", "NOUN"):
        return False
    return token.ent_type_ in ("", "PERSON") or next(
        (len(ent) == 1 for ent in token.doc.ents if ent.start <= token.i < ent.end), False)


def _refers_back_to(span: Span) -> bool:
    """Whether a later "he"/"she" may mean this person: someone who acts in the sentence (subject or
    in apposition to one), not a name in passing ("her coach", "a company")."""
    if any(t.lower_ in ORG_WORDS for t in span):
        return False
    root = span.root
    while root.dep_ in ("appos", "compound", "conj", "poss") and root.head is not root:
        root = root.head
    if root.dep_ in ("nsubj", "nsubjpass", "ROOT") or span.root.dep_ in ("nsubj", "nsubjpass"):
        return True
    # "Tomasz Wielicki, EMC’s field coordinator, was …": a name opening its sentence and followed
    # by a comma is its subject, however the parser attached it
    opening = span.start == span.sent.start or all(t.is_punct for t in span.doc[span.sent.start : span.start])
    return opening and span.end < len(span.doc) and span.doc[span.end].text == ","


def _pronoun_after(doc: Doc, end: int) -> str:
    """The gender of the subject pronoun that next refers back, in this sentence or the next:
    "Dana Rusu, whose husband …, said …. She …" — possessives (her kitchen) are not counted, they
    often belong to someone else."""
    if end >= len(doc):
        return ""
    sentence = doc[end - 1].sent
    following = doc[sentence.end].sent if sentence.end < len(doc) else None
    quoting = False   # "“He came home …,” she said": a pronoun inside a quote is someone the speaker talks of
    weaker = ""   # "Velen raised a fist as guards led her out": an object in the same sentence, if nothing better
    for token in [*doc[end : sentence.end], *(following or [])]:
        if token.text in _OPENING_MARKS or token.text in _CLOSING_MARKS or token.text == '"':
            quoting = token.text in _OPENING_MARKS or (token.text == '"' and not quoting)
            continue
        if quoting:
            continue
        if token.ent_type_ == "PERSON":
            return weaker   # someone else is named first
        if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in ("she", "he"):
            return "f" if token.lower_ == "she" else "m"
        if not weaker and token.i < sentence.end and token.lower_ in ("her", "him") and token.dep_ in ("dobj", "pobj"):
            weaker = "f" if token.lower_ == "her" else "m"
    return weaker


_OPENING_MARKS = frozenset("“„«")
_CLOSING_MARKS = frozenset("”»")


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isupper())


def clean_person(name: str) -> str:
    """A person's name without honorifics or titles before it ("Councilmember Tanya Ruiz")."""
    return names_.clean_person(name, TITLE_WORDS)


def organization_name(name: str) -> str:
    """Canonical form of an organization's name: without a leading article or an acronym after it
    ("The Fernhaven Pilots' Association (FPA")."""
    return strip_article(re.sub(r"\s*\([^)]*\)?$", "", name))


def _kind_fit(head: str, name: str) -> int:
    """How well "the <head>" may stand for the organization `name`: 2 its name says it is of that
    kind ("Refuge Defence Network" for "the organisation"), 1 its name does not say ("Internal
    Affairs"), 0 it says another kind ("Interior Ministry" for "the group")."""
    kinds = {word.lower() for word in name.split()} & (ORG_NOUNS | GROUP_LIKE | COMPANY_LIKE)
    family = GROUP_LIKE if head in GROUP_LIKE else COMPANY_LIKE if head in COMPANY_LIKE else {head}
    return 2 if kinds & family else 0 if kinds else 1


def strip_article(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def _person_spans(doc: Doc) -> list[tuple[int, int]]:
    """PERSON entities (grown over a first name the tagger left out: "Dr Tunde Alabi" tagged only
    "Alabi"), plus runs of two or more capitalized proper nouns left unlabeled ("Luca di Stefano":
    a particle may sit inside the run); each grown over the pieces the tokenizer split off."""
    spans = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" or _person_in_disguise(ent):
            start = ent.start
            while start > 0 and bare_name_word(doc[start - 1]):
                start -= 1
            spans.append(widen_name(doc, start, ent.end))
    run: list[int] = []
    for token in [*doc, None]:
        if token is not None and not token.ent_type_ and (
                (token.pos_ == "PROPN" and token.text[:1].isupper()) or (run and _particle_inside(token))):
            run.append(token.i)
            continue
        if len(run) >= 2 and _acts_like_person(doc[run[0] : run[-1] + 1]):
            spans.append(widen_name(doc, run[0], run[-1] + 1))
        run = []
    return _merge_touching(sorted(set(spans)))


def _merge_touching(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One name tagged as two ("Ana Lucía" + "Ferreira Gómez") is one span; a span inside
    another is dropped."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _particle_inside(token: Token) -> bool:
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ in PARTICLES and following is not None and following.text[:1].isupper()


def widen_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A name span grown over what the tokenizer split off: hyphenated parts ("Okonkwo-Reyes",
    "Soo-ah", "al-Hashimi") and particles before it ("di Stefano", "van der Berg")."""
    while start >= 2 and _glued_hyphen(doc, start - 1):
        start -= 2
    while end + 1 < len(doc) and _glued_hyphen(doc, end):
        end += 2
    particle_at = start
    while start > 0 and doc[start - 1].lower_ in PARTICLES and doc[start - 1].text.islower():
        start -= 1
    while start < particle_at and start > 0 and _given_name(doc[start - 1]):   # "Tomas van der Weide"
        start -= 1
    return start, end


def _given_name(token: Token) -> bool:
    return (token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha
            and token.lower_ not in TITLE_WORDS and token.lower_.rstrip(".") not in HONORIFICS)


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """Whether token `i` is a hyphen joining the words either side of it without spaces."""
    return (0 < i < len(doc) - 1 and doc[i].text in ("-", "‑") and not doc[i - 1].whitespace_
            and not doc[i].whitespace_ and doc[i - 1].is_alpha and doc[i + 1].is_alpha)


def _acts_like_person(span: Span) -> bool:
    """An unlabeled proper name counts as a person when it acts like one: it is a subject, stands in
    apposition, or follows a title ("coach Andrei Volkan") — not "in Port Tarvas", not a company,
    not "Neighbouring Tarvenia"."""
    if any(t.lower_ in ORG_WORDS for t in span) or span[0].lower_.endswith("ing"):
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.lower_ in TITLE_WORDS or before.lower_.rstrip(".") in HONORIFICS):
        return True
    return span.root.dep_ in ("nsubj", "nsubjpass", "appos")


def _person_in_disguise(ent: Span) -> bool:
    """A name the tagger called an organization or place: "champion Nadia Petrovic" (a title word
    before it, two or three capitalized words, none of them an organization's)."""
    if ent.label_ not in ("ORG", "GPE", "NORP") or not 2 <= len(ent) <= 3:
        return False
    if any(t.lower_ in ORG_WORDS or not t.text[:1].isupper() or t.pos_ != "PROPN" for t in ent):
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and (before.lower_ in TITLE_WORDS or before.pos_ == "NOUN" or before.lower_ in HONORIFICS):
        return True
    if ent.root.dep_ == "appos" and ent.root.head.lower_ in PERSON_ROLES:   # "The third candidate, Olaf Brenning"
        return True
    if age_after(_words_after(ent.doc, ent.end), 0) is not None:   # "Marta Lenk, 67, said"
        return True
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ not in ORG_WORDS and c.i > ent.end
           and any(d.lower_ in ("a", "an") for d in c.lefts) for c in ent.root.children):
        return True   # "Osaro Idemudia, a descendant of …": someone, not something
    return ent.root.dep_ == "nsubj" and _pronoun_after(ent.doc, ent.end) != ""   # "Hana Ilves carried …; she …"


def bare_name_word(token: Token) -> bool:
    """A capitalized word just before a tagged name that the tagger left out ("Olamide Bakare")."""
    return (token.text[:1].isupper() and token.text.isalpha() and not token.ent_type_
            and token.pos_ in ("PROPN", "NOUN", "ADJ", "VERB") and token.i != token.sent.start
            and token.lower_.rstrip(".") not in HONORIFICS | TITLE_WORDS)
