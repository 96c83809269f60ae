"""Relations between two documents: coverage both ways, verdict, direction, evidence, confidence.

Verdicts follow the METER corpus: `wholly derived`, `partially derived`, `independent`. Direction
weighs several kinds of evidence, each recorded so a reader can check it: publication dates,
explicit attribution in one text to the other's author ("according to a May 14 announcement by
…", "HRW said"), copied words that stand in quotation marks on one side only, and containment
asymmetry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sourcetrace.authors import author_names, expand_name
from sourcetrace.reuse.align import Passage, PreparedText, covered_words
from sourcetrace.settings import Settings

ALGORITHM = "reuse.relations.v1"
_WEIGHTS = {"date": 0.45, "attribution": 0.4, "date reference": 0.3, "quotation": 0.3, "containment": 0.15}
_CUES = re.compile(r"\b(according to|said|says|reported|reports|told|pointed out|noted|cited|announcement|"
                   r"statement|release|report|quoted)\b", re.IGNORECASE)
_OPEN_QUOTES = "“«„"
_CLOSE_QUOTES = "”»"


@dataclass(frozen=True)
class DocumentMeta:
    """What direction-finding needs to know about a document beyond its text."""

    outlet: str | None = None
    byline: str | None = None
    published: str | None = None    # ISO date, YYYY-MM or YYYY
    precision: str = "unknown"


@dataclass(frozen=True)
class Evidence:
    kind: str
    favours: str       # "a" or "b": the side this evidence says is the source
    detail: str

    def as_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "favours": self.favours, "detail": self.detail}


@dataclass(frozen=True)
class Relation:
    a_covered: float
    b_covered: float
    verdict: str
    source: str | None             # "a", "b" or None
    confidence: float
    evidence: list[Evidence] = field(default_factory=list)


def relate(a: PreparedText, b: PreparedText, meta_a: DocumentMeta, meta_b: DocumentMeta,
           passages: list[Passage], settings: Settings) -> Relation:
    covered_a = covered_words(passages, len(a.tokens), "a")
    covered_b = covered_words(passages, len(b.tokens), "b")
    a_share = float(covered_a.mean()) if len(covered_a) else 0.0
    b_share = float(covered_b.mean()) if len(covered_b) else 0.0
    evidence = direction_evidence(a, b, meta_a, meta_b, passages, a_share, b_share)
    balance = sum(_WEIGHTS[e.kind] * (1 if e.favours == "a" else -1) for e in evidence)
    source = "a" if balance > 0 else "b" if balance < 0 else None
    derived_share = {"a": b_share, "b": a_share, None: max(a_share, b_share)}[source]
    aligned_words = int(min(covered_a.sum(), covered_b.sum()))
    verdict = _verdict(derived_share, aligned_words, passages, settings)
    if verdict == "independent":
        source = None
    confidence = round(min(0.99, abs(balance)), 2) if source else 0.0
    return Relation(round(a_share, 4), round(b_share, 4), verdict, source, confidence, evidence)


def _verdict(derived_share: float, aligned_words: int, passages: list[Passage], settings: Settings) -> str:
    if derived_share >= settings.wholly_derived_coverage:
        return "wholly derived"
    copied = [p for p in passages if p.kind != "paraphrase"]
    if derived_share >= settings.partial_min_coverage or (copied and aligned_words >= settings.partial_min_words):
        return "partially derived"
    return "independent"


def direction_evidence(a: PreparedText, b: PreparedText, meta_a: DocumentMeta, meta_b: DocumentMeta,
                       passages: list[Passage], a_share: float, b_share: float) -> list[Evidence]:
    evidence: list[Evidence] = []
    dated = _date_evidence(meta_a, meta_b)
    if dated:
        evidence.append(dated)
    names_a = author_names(a.text, meta_a.outlet, meta_a.byline)
    names_b = author_names(b.text, meta_b.outlet, meta_b.byline)
    # A name both claim (the agency whose copy both carry) says nothing about direction.
    shared = {n for n in names_a if expand_name(n) & names_b} | {n for n in names_b if expand_name(n) & names_a}
    evidence.extend(_attribution_evidence("a", names_a - shared, meta_a, b))
    evidence.extend(_attribution_evidence("b", names_b - shared, meta_b, a))
    evidence.extend(_republication_evidence(meta_a, meta_b, names_a, names_b))
    quoted = _quotation_evidence(a, b, passages)
    if quoted:
        evidence.append(quoted)
    if a_share >= 0.8 > b_share + 0.3:
        evidence.append(Evidence("containment", "b", f"{a_share:.0%} of a lies inside b, only {b_share:.0%} of b in a"))
    elif b_share >= 0.8 > a_share + 0.3:
        evidence.append(Evidence("containment", "a", f"{b_share:.0%} of b lies inside a, only {a_share:.0%} of a in b"))
    return evidence


def _date_evidence(meta_a: DocumentMeta, meta_b: DocumentMeta) -> Evidence | None:
    if not meta_a.published or not meta_b.published:
        return None
    length = min(len(meta_a.published), len(meta_b.published))   # compare at the coarser precision
    first, second = meta_a.published[:length], meta_b.published[:length]
    if first == second:
        return None
    earlier = "a" if first < second else "b"
    return Evidence("date", earlier, f"a published {meta_a.published}, b published {meta_b.published}")


def _attribution_evidence(side: str, names: set[str], meta: DocumentMeta, derived: PreparedText) -> list[Evidence]:
    """Evidence that `derived` credits the document on `side`: its author named with a cue, or its date."""
    found: list[Evidence] = []
    other = "b" if side == "a" else "a"
    for name in sorted(names, key=lambda n: (-len(n), n)):
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        sentence = next((s for s in _sentences_with(derived.text, pattern) if _CUES.search(s)), None)
        if sentence:
            found.append(Evidence("attribution", side, f"{other} credits {name!r}: “{_clip(sentence)}”"))
            break
    reference = _date_reference(meta, derived.text)
    if reference:
        found.append(Evidence("date reference", side, f"{other} cites a release of {meta.published}: "
                                                      f"“{_clip(reference)}”"))
    return found


def _republication_evidence(meta_a: DocumentMeta, meta_b: DocumentMeta, names_a: set[str],
                            names_b: set[str]) -> list[Evidence]:
    """A republisher bylines the agency whose copy it runs: b "by CPA" where a is CPA's own text."""
    found = []
    for side, meta, own_names in (("a", meta_b, names_a), ("b", meta_a, names_b)):
        byline = meta.byline
        if byline and meta.outlet and expand_name(byline) & own_names and not expand_name(meta.outlet) & own_names:
            other = "b" if side == "a" else "a"
            found.append(Evidence("attribution", side, f"{other} ({meta.outlet}) runs copy bylined {byline!r}, "
                                                       f"the author of {side}"))
    return found


def _sentences_with(text: str, pattern: re.Pattern[str]) -> list[str]:
    out = []
    for match in pattern.finditer(text):
        start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        end_candidates = [i for i in (text.find(".", match.end()), text.find("\n", match.end())) if i != -1]
        end = min(end_candidates) if end_candidates else len(text)
        out.append(text[start:end].strip())
    return out


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")


def _date_reference(meta: DocumentMeta, derived_text: str) -> str | None:
    """ "a May 14 announcement": the other text names this document's day of publication."""
    if meta.precision != "day" or not meta.published:
        return None
    month = _MONTH_NAMES[int(meta.published[5:7]) - 1]
    day = int(meta.published[8:10])
    pattern = re.compile(rf"\b(?:{month}|{month[:3]}\.?) {day}\b|\b{day} (?:{month}|{month[:3]})\b")
    for sentence in _sentences_with(derived_text, pattern):
        if re.search(r"\b(announcement|statement|release|report|said|according)\b", sentence, re.I):
            return sentence
    return None


def _quotation_evidence(a: PreparedText, b: PreparedText, passages: list[Passage]) -> Evidence | None:
    """Words quoted on one side but plain prose on the other were copied from the plain side."""
    votes = {"a": 0, "b": 0}
    for passage in passages:
        if passage.kind == "paraphrase":
            continue
        in_a = inside_quotation(a.text, (passage.a_start + passage.a_end) // 2)
        in_b = inside_quotation(b.text, (passage.b_start + passage.b_end) // 2)
        if in_b and not in_a:
            votes["a"] += 1
        elif in_a and not in_b:
            votes["b"] += 1
    if votes["a"] == votes["b"]:
        return None
    source = "a" if votes["a"] > votes["b"] else "b"
    derived = "b" if source == "a" else "a"
    count = votes[source]
    return Evidence("quotation", source, f"{count} passage(s) quoted in {derived} stand as plain text in {source}")


def inside_quotation(text: str, position: int) -> bool:
    """Whether `position` lies between an opening and closing quotation mark in its paragraph."""
    start = text.rfind("\n", 0, position) + 1
    before = text[start:position]
    curly = sum(before.count(c) for c in _OPEN_QUOTES) - sum(before.count(c) for c in _CLOSE_QUOTES)
    return curly > 0 or before.count('"') % 2 == 1


def _clip(sentence: str, limit: int = 120) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"

