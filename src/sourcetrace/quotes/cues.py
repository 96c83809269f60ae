"""Speech cues and the clauses they report, read off spaCy's dependency parse.

One vocabulary of cue verbs (in the forms news copy uses them) lives here, so extending it is a
one-line change; "according to" is handled as the prepositional cue it is.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

CUE_VERBS = frozenset("""
say says said saying tell tells told telling add adds added adding warn warns warned warning
urge urges urged urging call calls called calling point points pointed pointing state states stated
note notes noted noting insist insists insisted insisting argue argues argued arguing claim claims
claimed claiming write writes wrote writing ask asks asked asking explain explains explained
explaining reply replies replied replying describe describes described describing dismiss dismissed
accuse accuses accused accusing deny denies denied denying stress stresses stressed cautioned caution
question questioned recall recalls recalled announce announces announced suggest suggests suggested
promise promises promised maintain maintains maintained chant chanted chanting post posted posting
confirm confirms confirmed declare declares declared admit admits admitted acknowledge acknowledged
emphasise emphasised emphasize emphasized report reports reported testify testified complain
complained predict predicted estimate estimated shoot shot
""".split())   # noqa: SIM905
# A cue verb only reports speech with these particles ("called on", "pointed out", "shot back").
_NEEDS_PARTICLE = {"call": ("on", "for"), "calls": ("on", "for"), "called": ("on", "for"), "calling": ("on", "for"),
                   "point": ("out",), "points": ("out",), "pointed": ("out",), "pointing": ("out",),
                   "shoot": ("back",), "shot": ("back",)}
_ALSO_WITHOUT_PARTICLE = frozenset({"called", "calls", "call", "calling"})   # called the ruling "a betrayal"
_COMPLEMENTIZERS = frozenset({",", ":", "—", "–"})
# Cues whose object, not a clause, is what they report: "urged lawmakers to …", "called the ruling “…”".
_OBJECT_CUES = frozenset({"urg", "call", "ask", "accus", "describ", "dismiss", "warn", "promis"})


def is_cue(token: Token) -> bool:
    word = token.lower_
    if word == "asked" and token.dep_ == "advcl" and not any(c.dep_.startswith("nsubj") for c in token.children):
        return False   # "Asked whether he would stay, Harrow replied: …" introduces the question, not speech
    if word == "according" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
        return True
    if word not in CUE_VERBS or token.pos_ not in ("VERB", "AUX"):
        return False
    particles = _NEEDS_PARTICLE.get(word)
    return particles is None or word in _ALSO_WITHOUT_PARTICLE or _particle(token) is not None


def _particle(token: Token) -> Token | None:
    particles = _NEEDS_PARTICLE.get(token.lower_, ())
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.lower_ in particles:
        return following
    return None


def cue_span(token: Token) -> tuple[int, int]:
    """Character span of the cue: the verb with its particle, or "according to"."""
    end_token = token.doc[token.i + 1] if token.lower_ == "according" else _particle(token) or token
    return token.idx, end_token.idx + len(end_token)


def speaker_token(cue: Token) -> Token | None:
    """The grammatical speaker of a cue verb (its subject), or the object of "according to"."""
    if cue.lower_ == "according":
        to = cue.doc[cue.i + 1]
        return next((child for child in to.children if child.dep_ == "pobj"), None)
    for child in cue.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if (cue.dep_ in ("advcl", "xcomp", "acl") and cue.lower_.endswith("ing")) or cue.dep_ == "conj":
        # "…, warning that …" and "said … and noted that …": the speaker of the verb they hang on
        head = cue.head
        if head.pos_ in ("NOUN", "PROPN") and head.head.i != head.i:
            return _subject_of(head.head)   # "the group issued a statement saying that …": the group
        return speaker_token(head) if head.lower_ in CUE_VERBS else _subject_of(head)
    return None


def _subject_of(verb: Token) -> Token | None:
    return next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)


def reported_clause(cue: Token, sentence: Span) -> tuple[int, int] | None:
    """Token range [start, end) of what the cue reports, or None when it reports nothing."""
    if cue.lower_ == "according":
        return _around_according(cue, sentence)
    complements = [c for c in cue.children if c.dep_ in ("ccomp", "xcomp")]
    if complements:
        clause = complements[0]
        start = clause.left_edge.i
        objects = [c for c in cue.children if c.dep_ in ("dobj", "dative") and cue.i < c.i < clause.i]
        if objects and _stem(cue) in _OBJECT_CUES:   # "urged the government to protect …"
            start = objects[0].left_edge.i
        return _trim(cue.doc, start, clause.right_edge.i + 1)
    if _stem(cue) not in _OBJECT_CUES:
        return None   # "told a news conference", "posted on social media": no reported content
    objects = [c for c in cue.children if c.dep_ in ("dobj", "dative", "prep", "oprd", "attr") and c.i > cue.i]
    if not objects:
        return None
    start = (_particle(cue) or cue).i + 1
    end = max(child.right_edge.i for child in cue.children if child.i > cue.i) + 1
    return _trim(cue.doc, start, end)


def _stem(cue: Token) -> str:
    word = cue.lower_
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _around_according(cue: Token, sentence: Span) -> tuple[int, int] | None:
    phrase_start, phrase_end = cue.i, cue.right_edge.i + 1
    if phrase_start - sentence.start <= 1:     # "According to X, clause."
        return _trim(cue.doc, phrase_end, sentence.end)
    return _trim(cue.doc, sentence.start, phrase_start)     # "Clause, according to X."


def _trim(doc, start: int, end: int) -> tuple[int, int] | None:
    start, end = _within_paragraph(doc, start, end)
    # "said that it would …" drops the complementizer; "said that was untrue" keeps the pronoun
    while start < end and (doc[start].dep_ == "mark" or (doc[start].lower_ in _COMPLEMENTIZERS and doc[start].is_punct)
                           or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and ((doc[end - 1].is_punct and doc[end - 1].text not in "”»\"’“") or doc[end - 1].is_space):
        end -= 1
    return (start, end) if end - start >= 2 else None


def _within_paragraph(doc, start: int, end: int) -> tuple[int, int]:
    """Reported speech never runs over a line break (a headline, a dateline above it): keep the
    longer side of the first and last breaks."""
    breaks = [i for i in range(start, end) if "\n" in doc[i].text]
    if not breaks:
        return start, end
    first, last = breaks[0], breaks[-1]
    return (start, first) if first - start >= end - last - 1 else (last + 1, end)
