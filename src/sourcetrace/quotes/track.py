"""Quote tracking: the same utterance followed across the collection, with every change flagged.

Quotes are grouped by shared word trigrams (tolerant of typography, punctuation, truncation,
ellipses, bracketed insertions and a quote cut in pieces). A quote attributed to a person or
organization is also looked for in the documents that person or organization wrote: a release is
its author's own words, so "…,” HRW said" is checked against HRW's release. Each version is then
compared word by word with the group's fullest earliest version and given a severity.

Reads: quotes, entities, documents. Writes: quote_groups, quote_variants (rebuilt each run:
linear in the number of quotes).
"""

from __future__ import annotations

import difflib
import json
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

from sourcetrace.authors import author_names, expand_name
from sourcetrace.quotes.marks import find_quoted

ALGORITHM = "quotes.track.v1"
_BRACKETS = re.compile(r"\[[^\]]*\]|\.\.\.|…")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_MIN_WORDS = 4
_MIN_SHARED = 0.6          # of the shorter version's trigrams
_AUTHOR_MATCH = 85.0       # rapidfuzz partial ratio for the author's own prose
SEVERITIES = ("same", "typographic", "truncated", "words changed", "meaning changed")
_NEGATIONS = frozenset({"not", "no", "never", "n't", "none", "nobody", "nothing", "neither", "nor", "without"})
_QUALIFIERS = frozenset("""very extremely highly deeply little much many most more less few several some all every
only just almost nearly barely hardly always often sometimes rarely seriously gravely grave severe severely
serious possible possibly probably likely allegedly reportedly apparently clearly entirely completely totally
partly partially largely mainly mostly nutritious adequate inadequate""".split())  # noqa: SIM905
_QUALIFIER_SUFFIXES = ("ous", "ive", "ful", "less", "able", "ible", "ly", "est")
_NUMBERS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve hundred thousand million".split()  # noqa: SIM905
)


@dataclass
class Version:
    """One version of an utterance: a quote, or the author's prose it comes from."""

    doc_id: int
    start: int
    end: int
    text: str
    quote_id: int | None
    speaker: str | None
    published: str | None

    @property
    def words(self) -> list[str]:
        return [w.lower().replace("’", "'") for w in _WORD.findall(_BRACKETS.sub(" ", self.text))]


def rebuild_groups(db: sqlite3.Connection) -> int:
    versions = list(_quoted_versions(db))
    groups = _group(versions)
    with db:
        db.execute("DELETE FROM quote_variants")
        db.execute("DELETE FROM quote_groups")
        for members in groups:
            members = members + _author_versions(db, members)
            _write_group(db, members)
    return len(groups)


def _quoted_versions(db: sqlite3.Connection):
    """Direct quotes whole; mixed quotes by their quoted fragments (the writer's own words are not
    the speaker's)."""
    rows = db.execute(
        """SELECT q.id, q.doc_id, q.start, q.end, q.kind, e.name, d.published,
                  substr(d.text, q.start + 1, q.end - q.start)
           FROM quotes q JOIN documents d ON d.id = q.doc_id LEFT JOIN entities e ON e.id = q.entity_id
           WHERE q.kind IN ('direct', 'mixed') ORDER BY q.id""")
    for quote_id, doc_id, start, end, kind, speaker, published, text in rows:
        if kind == "direct":
            yield Version(doc_id, start, end, text, quote_id, speaker, published)
            continue
        for fragment in find_quoted(text):
            yield Version(doc_id, start + fragment.start, start + fragment.end, text[fragment.start : fragment.end],
                          quote_id, speaker, published)


def _trigrams(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def _group(versions: list[Version]) -> list[list[Version]]:
    """Union of versions sharing most trigrams of the shorter one (an index, never all pairs)."""
    grams = [_trigrams(v.words) if len(v.words) >= _MIN_WORDS else set() for v in versions]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    parent = list(range(len(versions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, mine in enumerate(grams):
        shared: dict[int, int] = defaultdict(int)
        for gram in mine:
            for j in index[gram]:
                shared[j] += 1
            index[gram].append(i)
        for j, count in shared.items():
            if count >= _MIN_SHARED * min(len(mine), len(grams[j])) and versions[i].doc_id != versions[j].doc_id:
                parent[find(i)] = find(j)
    members: dict[int, list[Version]] = defaultdict(list)
    for i, version in enumerate(versions):
        if grams[i]:
            members[find(i)].append(version)
    return list(members.values())


def _author_versions(db: sqlite3.Connection, members: list[Version]) -> list[Version]:
    """The author's own words: a quote attributed to X, found as prose in a document X wrote."""
    speakers = {name for v in members if v.speaker for name in expand_name(v.speaker)}
    have = {v.doc_id for v in members}
    found = []
    longest = max(members, key=lambda v: len(v.words))
    for doc_id, text, published in _documents_by(db, speakers):
        if doc_id in have:
            continue
        match = fuzz.partial_ratio_alignment(longest.text, text, processor=str.lower, score_cutoff=_AUTHOR_MATCH)
        if match is None:
            continue
        start, end = _snap_to_words(text, match.dest_start, match.dest_end)
        found.append(Version(doc_id, start, end, text[start:end], None, None, published))
    return found


def _documents_by(db: sqlite3.Connection, speakers: set[str]):
    if not speakers:
        return
    for doc_id, text, outlet, byline, published in db.execute(
            "SELECT id, text, outlet, byline, published FROM documents"):
        if author_names(text, outlet, byline) & speakers:
            yield doc_id, text, published


def _snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


def _base(members: list[Version]) -> Version:
    """The fullest earliest version: the author's prose, else the earliest dated, then the longest."""
    return min(members, key=lambda v: (v.quote_id is not None, v.published or "9999", -len(v.words), v.doc_id))


def _write_group(db: sqlite3.Connection, members: list[Version]) -> None:
    base = _base(members)
    earliest = min(members, key=lambda v: (v.published or "9999", v.doc_id))
    speakers = sorted({v.speaker for v in members if v.speaker})
    compared = [(v, compare_versions(base, v)) for v in members]
    worst = max((severity for _, (severity, _, _) in compared), key=SEVERITIES.index)
    cursor = db.execute(
        "INSERT INTO quote_groups(base_doc, base_start, base_end, earliest_doc, speakers, speaker_conflict, "
        "worst_severity, variants) VALUES (?,?,?,?,?,?,?,?)",
        (base.doc_id, base.start, base.end, earliest.doc_id, json.dumps(speakers), int(_conflicting(speakers)), worst,
         len(compared)))
    db.executemany(
        "INSERT INTO quote_variants(group_id, doc_id, start, end, quote_id, speaker, severity, changes, diff) "
        "VALUES (?,?,?,?,?,?,?,?,?)",
        [(cursor.lastrowid, v.doc_id, v.start, v.end, v.quote_id, v.speaker, severity, json.dumps(changes),
          json.dumps(diff, ensure_ascii=False)) for v, (severity, changes, diff) in compared])


def _conflicting(speakers: list[str]) -> bool:
    """Different speakers, not counting one name and its acronym or surname-only form."""
    distinct: list[str] = []
    for name in speakers:
        if not any(expand_name(name) & expand_name(other) or name.split()[-1] == other.split()[-1]
                   for other in distinct):
            distinct.append(name)
    return len(distinct) > 1


def compare_versions(base: Version, variant: Version) -> tuple[str, list[str], list[list[str]]]:
    """(severity, changes, word diff) of a variant against the base version."""
    if variant is base or " ".join(variant.text.split()) == " ".join(base.text.split()):
        return "same", [], []
    base_words, words = base.words, variant.words
    if base_words == words:
        return "typographic", ["punctuation or typography"], []
    matcher = difflib.SequenceMatcher(None, base_words, words, autojunk=False)
    diff = [[op, " ".join(base_words[i1:i2]), " ".join(words[j1:j2])]
            for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"]
    opcodes = [o for o in matcher.get_opcodes() if o[0] != "equal"]
    if all(op == "delete" and (i1 == 0 or i2 == len(base_words)) for op, i1, i2, _, _ in opcodes):
        return "truncated", [f"{len(base_words) - len(words)} words left out"], diff   # cut at an end
    names = _capitalized(base.text) | _capitalized(variant.text)
    changes = [change for op, old, new in diff for change in _meaning_changes(op, old.split(), new.split(), names)]
    if changes:
        return "meaning changed", changes, diff
    return "words changed", ["words changed"], diff


def _capitalized(text: str) -> set[str]:
    """Words written with a capital inside a sentence: names, whose change changes the meaning."""
    found = set()
    for match in re.finditer(r"(?<![.!?“\"‘'] )(?<!^)\b([A-Z][\w’'-]+)", text):
        if match.start() > 0 and not re.search(r"[.!?“\"‘]\s*$", text[: match.start()]):
            found.add(match.group(1).lower().replace("’", "'"))
    return found


def _meaning_changes(op: str, old: list[str], new: list[str], names: set[str] = frozenset()) -> list[str]:
    changes = []
    dropped, added = set(old) - set(new), set(new) - set(old)
    verb = {"delete": "dropped", "insert": "added"}.get(op, "changed")
    for word in sorted(dropped | added):
        where = "dropped" if word in dropped and op != "replace" else "added" if op != "replace" else verb
        if word in _NEGATIONS:
            changes.append(f"negation {where}: {word!r}")
        elif word.isdigit() or word in _NUMBERS:
            changes.append(f"number {where}: {word!r}")
        elif word in _QUALIFIERS or (len(word) > 4 and word.endswith(_QUALIFIER_SUFFIXES)):
            changes.append(f"qualifier {where}: {word!r}")
        elif word in names:
            changes.append(f"name {where}: {word!r}")
    return changes
