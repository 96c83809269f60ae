"""Quotations in one document: direct, mixed and indirect, each with content, cue and speaker spans.

Direct quotes come from the quotation marks (marks.py); whether quoted words are an utterance or
a fragment (a scare quote, a title, a piece of reported speech) is read from what precedes them.
Reported speech comes from the cue verbs' clauses in the parse (cues.py); a reported clause that
holds quoted words is a mixed quote. Speakers are resolved within the document (speakers.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sourcetrace.quotes.cataphora import named_next, quote_just_before
from sourcetrace.quotes.cues import cue_span, is_cue, reported_clause, speaker_token
from sourcetrace.quotes.marks import Quoted, find_quoted
from sourcetrace.quotes.people import NameIndex, one_person_described
from sourcetrace.quotes.profiles import role_gender
from sourcetrace.quotes.speakers import PRONOUNS, Mention, appositive_titles, mention_span, mention_token, resolve
from sourcetrace.quotes.vocabulary import TITLE_WORDS

ALGORITHM = "quotes.extract.v1"
_BOUNDARY = re.compile(r"[.!?]\s|\n")
_CUE_WORD = re.compile(r"\b(said|says|say|told|tells|added|adds|wrote|writes|asked|replied|insisted|warned|"
                       r"argued|stated|noted|explained|declared|chanted|posted)\s*,?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Speaker:
    name: str
    start: int
    end: int
    kind: str
    titles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str
    kind: str                 # direct, indirect, mixed
    speaker: Speaker | None
    cue: Cue | None


_DATELINES = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z .'’-]{2,}(?:, [A-Z][\w .]*?\d{1,2})?,? (?:\([^)\n]{2,40}\) )?"   # MIRABEL, Sept 3 (Wire)
    r"|\(?[A-Z][\w .'’-]+, \d{1,2} [A-Z][a-z]+ \d{4}\)? )[-–—][ \t]",                           # (Harlow, 27 June 2023)
    re.MULTILINE)


def parse(nlp: Language, text: str) -> Doc:
    """Parse with datelines ("MIRABEL, Sept 3 (Meridian Wire) –", "(Harlow, 27 June 2023) –")
    blanked out: they are not part of the first sentence, and the parser takes their capitals for
    a subject. Blanking keeps every offset."""
    return nlp(_DATELINES.sub(lambda m: " " * len(m.group()), text))


@dataclass
class _Found:
    """A quotation found, its speaker not yet resolved (speakers resolve in reading order)."""

    start: int
    end: int
    kind: str
    cue: Token | None
    continues: bool = False   # a direct quote with no cue of its own, carrying on the previous one
    introducer: Token | None = None   # "She shook her head: “…”": the verb whose subject speaks, not a cue


def extract_from_doc(doc: Doc, text: str | None = None) -> list[Quote]:
    text = text if text is not None else doc.text
    names = NameIndex.of(doc)
    quoted = find_quoted(text)
    direct = [q for q in quoted if _is_utterance(text, q)]
    fragments = [q for q in quoted if q not in direct]
    used_cues: set[int] = set()
    found = _direct_quotes(doc, text, direct, quoted, used_cues)
    found += _reported_quotes(doc, text, direct, fragments, used_cues)
    quotes: list[Quote] = []
    previous_direct: Quote | None = None
    for item in sorted(found, key=lambda f: f.start):
        speaker = cue = None
        if item.cue is not None:
            cue = Cue(*cue_span(item.cue), text[slice(*cue_span(item.cue))])
            speaker = _speaker_for(doc, item.cue, quoted, names, quotes)
        elif item.continues and previous_direct is not None:
            speaker, cue = previous_direct.speaker, previous_direct.cue
        elif item.introducer is not None:
            speaker = _speaker_for(doc, item.introducer, quoted, names, quotes)
        quote = Quote(item.start, item.end, text[item.start : item.end], item.kind, speaker, cue)
        quotes.append(quote)
        if item.kind == "direct":
            previous_direct = quote
    return quotes


def _is_utterance(text: str, quoted: Quoted) -> bool:
    """Quoted words that are someone's utterance, not a fragment inside a sentence of the writer."""
    before = _clause_before(text, quoted.open_at)
    content = text[quoted.start : quoted.end]
    if not before or before.endswith(":") or _CUE_WORD.search(before):
        return True
    words = content.split()
    return len(words) >= 8 and content[:1].isupper() and content.rstrip()[-1:] in ".,!?…"


def _clause_before(text: str, position: int) -> str:
    """The writer's words between the last sentence end (or paragraph start) and `position`."""
    start = text.rfind("\n", 0, position)
    for match in _BOUNDARY.finditer(text, max(0, position - 300), position):
        start = max(start, match.end() - 1)
    return text[start + 1 : position].strip()


def _inside(position: int, spans: list[Quoted]) -> bool:
    return any(q.start <= position < q.end for q in spans)


def _direct_quotes(doc: Doc, text: str, direct: list[Quoted], quoted: list[Quoted],
                   used_cues: set[int]) -> list[_Found]:
    found: list[_Found] = []
    for index, q in enumerate(direct):
        cue = _attribution_cue(doc, q, quoted)
        if cue is not None:
            used_cues.add(cue.i)
        continues = cue is None and index > 0 and (_continues(text, direct[index - 1], q) or _answers(text, q))
        introducer = (_colon_introducer(doc, text, q) or _paragraph_subject(doc, text, q)) \
            if cue is None and not continues else None
        found.append(_Found(q.start, q.end, "direct", cue, continues, introducer))
    return found


def _colon_introducer(doc: Doc, text: str, q: Quoted) -> Token | None:
    """The verb of a clause that introduces a quote with a colon, when it has a subject."""
    before = text[: q.open_at].rstrip()
    if not before.endswith(":"):
        return None
    span = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if span is None:
        return None
    sentence = span[0].sent
    verbs = [t for t in sentence if t.i < span[0].i and t.pos_ in ("VERB", "AUX")
             and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)]
    return verbs[-1] if verbs else None


def _paragraph_subject(doc: Doc, text: str, q: Quoted) -> Token | None:
    """A quote that is a paragraph of its own, with no cue, after a paragraph ending on a sentence
    about a named person ("Ilves, now 31, is one of them."): that person speaks. The verb returned
    stands in for a cue, as a colon's introducing clause does."""
    paragraph_start = text.rfind("\n", 0, q.open_at) + 1
    paragraph_end = text.find("\n", q.close_at)
    paragraph_end = len(text) if paragraph_end == -1 else paragraph_end
    if text[paragraph_start : q.open_at].strip() or text[q.close_at + 1 : paragraph_end].strip(" .") \
            or paragraph_start < 2:
        return None
    previous_end = len(text[:paragraph_start].rstrip())
    span = doc.char_span(previous_end - 1, previous_end, alignment_mode="expand")
    if span is None or text[previous_end - 1] not in ".!":
        return None
    sentence = span[0].sent
    subject = next((t for t in sentence.root.children if t.dep_ == "nsubj"), None)
    named = subject is not None and subject.pos_ in ("PROPN", "NOUN") and subject.text[:1].isupper()
    return sentence.root if named and not is_cue(sentence.root) else None


def _continues(text: str, earlier: Quoted, later: Quoted) -> bool:
    """A quote split around its attribution, or run on into the next paragraph, with no new cue."""
    between = text[earlier.close_at + 1 : later.open_at]
    return between.count("\n") <= 2 and len(between) < 200


def _answers(text: str, q: Quoted) -> bool:
    """An interview written up as questions and answers: a quote that makes up its own paragraph
    right after a paragraph asking a question ("What was the hardest year?") is the interviewee's."""
    paragraph_start = text.rfind("\n", 0, q.open_at) + 1
    if text[paragraph_start : q.open_at].strip() or paragraph_start < 2:
        return False
    previous_end = len(text[:paragraph_start].rstrip())
    question = text[text.rfind("\n", 0, previous_end) + 1 : previous_end].strip()
    return question.endswith("?") and not any(mark in question for mark in "“”\"«»„") and len(question) < 200


def _window_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _attribution_cue(doc: Doc, q: Quoted, quoted: list[Quoted]) -> Token | None:
    text = doc.text
    after_end = _next_boundary(text, q.close_at + 1)
    after = [t for t in _window_tokens(doc, q.close_at + 1, after_end) if not _inside(t.idx, quoted)]
    for token in after:
        if is_cue(token):
            return token
    before_start = q.open_at - len(_clause_before(text, q.open_at)) - 1
    before = [t for t in _window_tokens(doc, before_start, q.open_at) if not _inside(t.idx, quoted)]
    for token in reversed(before):
        if is_cue(token):
            return token
    return None


def _next_boundary(text: str, position: int) -> int:
    match = _BOUNDARY.search(text, position)
    stop = match.start() + 1 if match else len(text)
    next_quote = min((text.find(mark, position) for mark in "“„«\"‘" if text.find(mark, position) != -1),
                     default=len(text))
    return min(stop, next_quote)


def _speaker_for(doc: Doc, cue: Token, quoted: list[Quoted], names: NameIndex, earlier: list[Quote]) -> Speaker | None:
    token = speaker_token(cue)
    if token is not None:
        token = mention_token(cue, token)
    if token is None or _inside(token.idx, quoted):
        token = _inverted_object(cue) or _nearest_name(doc, cue, quoted)
    if token is None:
        return None
    span = mention_span(token, cue)
    speakers = [(q.speaker.start, q.speaker.name) for q in earlier
                if q.speaker and (q.speaker.kind == "person" or one_person_described(q.speaker.name))]
    mention = _forward(resolve(span, names, speakers), span, cue, names, quoted)
    mention = _replier(mention, cue, names, speakers, earlier)
    titles = tuple(appositive_titles(token))
    if mention.kind == "organization" and _titled_person(span, titles):
        # "Olamide Bakare, Mesland director of …": a job title makes a name tagged as a place a person
        mention = Mention(mention.start, mention.end, mention.text, names.person(span.text, span.start_char), "person")
    if mention.kind == "organization":
        names.add_organization(mention.start, mention.name)
    if mention.kind == "description" and role_gender([mention.name]):   # "a ministry spokeswoman" is a she
        names.gender.setdefault(mention.name, role_gender([mention.name]))
    if mention.kind == "person":
        names.add_person(mention.name, mention.start)   # "Choi Min-seo" tagged a place: "Choi" may follow
        for title in titles:
            names.titles.setdefault(mention.name, []).append(title)
    return Speaker(mention.name, mention.start, mention.end, mention.kind, titles)


def _forward(mention: Mention, span: Span, cue: Token, names: NameIndex, quoted: list[Quoted]) -> Mention:
    """ "“…,” she said. Amina Yusuf, 34, …": a pronoun that no one named before fits for sure (of a
    gender the text gives) stands for the person the next sentence introduces."""
    if mention.kind == "description" and span[0].lower_ in ("a", "an") and span.root.tag_ == "NN":
        later = named_next(cue, names, span.root.lower_)   # "A former city treasurer … Luca di Stefano, …"
        return Mention(mention.start, mention.end, mention.text, later, "person") if later else mention
    gender = {"she": "f", "he": "m"}.get(span.text.lower())
    if gender is None or not quote_just_before(span, cue):
        return mention
    named = _named_in_paragraph(span, names, gender, quoted)
    if named:   # "For Osaro Idemudia, …, the announcement was personal. “…,” he said."
        return Mention(mention.start, mention.end, mention.text, named, "person")
    if names.gender.get(mention.name) == gender:
        return mention
    later = named_next(cue, names)
    if later is None:
        return mention
    names.gender[later] = gender
    return Mention(mention.start, mention.end, mention.text, later, "person")


def _named_in_paragraph(span: Span, names: NameIndex, gender: str, quoted: list[Quoted]) -> str | None:
    """The one person the paragraph names before the quote a pronoun attributes, whatever their
    part in the sentence ("For Osaro Idemudia, …, the announcement was personal. “…,” he said."),
    when no one else is named there and their gender does not differ."""
    start = span.doc.text.rfind("\n", 0, span.start_char) + 1
    named = {full for people in names.people.values() for at, full in people
             if start <= at < span.start_char and not _inside(at, quoted)}
    if len(named) != 1:
        return None
    full = named.pop()
    return full if names.gender.get(full, gender) == gender else None


_REPLIES = frozenset({"replied", "replies", "answered", "answers", "responded", "responds"})


def _replier(mention: Mention, cue: Token, names: NameIndex, speakers: list[tuple[int, str]],
             earlier: list[Quote]) -> Mention:
    """ "Judge Sorel asked the witness whether …. “Once,” he replied.": who replies is not who just
    asked, but the one before of the pronoun's gender (often the unnamed witness quoted before)."""
    gender = {"she": "f", "he": "m"}.get(mention.text.lower())
    asked = earlier[-1] if earlier else None
    if gender is None or cue.lower_ not in _REPLIES or asked is None or asked.speaker is None \
            or asked.speaker.name != mention.name or asked.cue is None or not asked.cue.text.lower().startswith("ask"):
        return mention
    others = [(at, name) for at, name in speakers if name != mention.name]
    for offset, name in sorted([*names.mentions, *others], reverse=True):
        if offset < mention.start and name != mention.name and names.gender.get(name, gender) == gender:
            kind = "person" if names.knows(name) else "description"
            return Mention(mention.start, mention.end, mention.text, name, kind)
    return mention


def _titled_person(span: Span, titles: tuple[str, ...]) -> bool:
    proper = all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in span) and len(span) <= 3
    return proper and any(word.lower() in TITLE_WORDS for title in titles for word in title.split())


def _inverted_object(cue: Token) -> Token | None:
    """ "“…?” asked the moderator, Ines Wolter.": right after a closing mark the parser may take the
    speaker of an inverted cue for its object."""
    doc = cue.doc
    if cue.i < 1 or doc[cue.i - 1].text not in "”“»\"’" or cue.i + 1 >= len(doc):
        return None
    return next((c for c in cue.rights if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                 and c.left_edge.i == cue.i + 1), None)


def _nearest_name(doc: Doc, cue: Token, quoted: list[Quoted]) -> Token | None:
    """When the parse gives no subject: the noun just before the cue ("Analysts said"), else the
    closest name or pronoun in the cue's clause."""
    left = doc[cue.i - 1] if cue.i > 0 else None
    if left is not None and left.pos_ in ("NOUN", "PROPN") and "\n" not in left.whitespace_ and left.text.isalpha():
        return left
    if left is not None and left.lower_ == "old" and doc[left.i - 1].text == "-":   # "the 67-year-old said"
        return left
    addressee = cue.lower_ in ("told", "tell", "tells", "telling")   # "told Meridian Wire": not the speaker
    candidates = [t for t in cue.sent if not _inside(t.idx, quoted) and not (addressee and t.i > cue.i)
                  and (t.ent_type_ in ("PERSON", "ORG", "NORP") or t.lower_ in PRONOUNS)]
    if not candidates:
        return None
    return min(candidates, key=lambda t: (abs(t.i - cue.i), t.i < cue.i))


def _reported_quotes(doc: Doc, text: str, direct: list[Quoted], fragments: list[Quoted],
                     used_cues: set[int]) -> list[_Found]:
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []
    for sentence in doc.sents:
        for token in sentence:
            if not is_cue(token) or _inside(token.idx, direct) or token.i in used_cues:
                continue
            clause = reported_clause(token, sentence)
            if clause is None:
                continue
            start = doc[clause[0]].idx
            end = doc[clause[1] - 1].idx + len(doc[clause[1] - 1])
            if any(q.open_at < end and start <= q.close_at for q in direct):
                continue   # the attribution of a direct quote, not reported speech of its own
            if any(s < end and start < e for s, e in taken):
                continue
            held = [f for f in fragments if f.start < end and start < f.end]
            if held:   # the content runs to the closing mark of a quoted fragment the parse cut short
                start = min(start, min(f.open_at for f in held))
                end = max(end, max(f.close_at + 1 if f.closed else f.end for f in held))
            found.append(_Found(start, end, "mixed" if held else "indirect", token))
            taken.append((start, end))
    return found
