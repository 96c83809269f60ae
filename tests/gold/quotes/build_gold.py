"""Build the quotation gold set (``tests/gold/quotes/NNN_<style>.json``) from marked-up sources.

The documents are invented (people, organisations, places and events) and live in
``_wire.py``, ``_ngo.py`` and ``_news.py`` as text with inline markup, so that nobody
counts offsets by hand. Each marker carries the number(s) of the quote(s) it belongs to:

    [[N:...]]   content span of quote N
    {{N:...}}   cue span (``said``, ``according to`` ...)
    <<N:...>>   source span (the speaker mention nearest the cue)

A span shared by several quotes lists them all: ``{{3,4:said}} <<3,4:Robertson>>`` for a
quote split around its attribution. Markers may nest (the parser is a plain stack),
but content spans of one document never overlap. Per document, ``quotes`` maps each number to
``(kind, speaker, tags)``: the canonical speaker (``None`` when it cannot be determined)
and hand-assigned hard-case tags from ``MANUAL_TAGS``. Mechanical tags (speaker position,
pronoun, split, multi-paragraph ...) are derived here, then all tags go to ``notes``.

Run ``python tests/gold/quotes/build_gold.py`` to rewrite the JSON files and print a
summary; ``tests/test_quotes_gold.py`` checks that the files are what this script builds.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
SOURCE_MODULES = ("_wire.py", "_ngo.py", "_news.py")
STYLES = ("wire", "ngo", "news")
KINDS = ("direct", "indirect", "mixed")

MANUAL_TAGS = frozenset(
    {
        "title-apposition",  # "said X, title of Org"
        "title-prefix",  # "Finance Minister X said"
        "nested",  # a quote inside the quote
        "org-speaker",  # an organisation (or its document) speaks
        "alias",  # mention differs from the canonical name (acronym, short or other name)
        "epithet",  # "the 34-year-old said"
        "written",  # wrote, posted, letter, statement on social media
        "present-tense",  # says, insists, maintains
        "that-pronoun",  # "said that was untrue": "that" is the subject, part of content
        "indirect-question",  # "asked why ..."
        "document-speaker",  # "the letter stated"
        "foreign-language",  # quote not in English
        "mixed-typography",  # several quotation-mark styles in one document
    }
)

OPEN = re.compile(r"(\[\[|\{\{|<<)(\d+(?:,\d+)*):")
CLOSE = {"[[": "]]", "{{": "}}", "<<": ">>"}
ROLE = {"[[": "content", "{{": "cue", "<<": "source"}
OPENERS = "“\"«‘„‚'"
CLOSERS = "”\"»’“‘'"
DOUBLE_MARKS = '“”«»„"'
PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them"}
SENTENCE_BREAK = re.compile(r"[.!?][’”\"'‘“»]?\s+[\"“‘'„«]?[A-Z0-9]")


class GoldError(ValueError):
    """A marked-up source is malformed; the message names the document."""


def parse_markup(markup: str, doc_id: str) -> tuple[str, list[tuple[str, tuple[int, ...], int, int]]]:
    """Strip the markup; return the plain text and (role, quote numbers, start, end) spans."""
    out: list[str] = []
    stack: list[tuple[str, tuple[int, ...], int]] = []
    spans: list[tuple[str, tuple[int, ...], int, int]] = []
    i = 0
    while i < len(markup):
        m = OPEN.match(markup, i)
        if m:
            ids = tuple(int(x) for x in m.group(2).split(","))
            stack.append((m.group(1), ids, len(out)))
            i = m.end()
            continue
        two = markup[i : i + 2]
        if stack and two == CLOSE[stack[-1][0]]:
            opener, ids, start = stack.pop()
            spans.append((ROLE[opener], ids, start, len(out)))
            i += 2
            continue
        if two in ("]]", "}}", ">>") or two in CLOSE:
            raise GoldError(f"{doc_id}: stray marker {two!r} near {markup[max(0, i - 40) : i + 10]!r}")
        out.append(markup[i])
        i += 1
    if stack:
        raise GoldError(f"{doc_id}: unclosed marker {stack[-1][0]}{stack[-1][1]}")
    return "".join(out), spans


def _span(text: str, start: int, end: int) -> dict:
    return {"start": start, "end": end, "text": text[start:end]}


def _opener_before(text: str, start: int) -> int | None:
    """Index of the opening mark just before ``start`` (spaces allowed in between)."""
    j = start - 1
    while j >= 0 and text[j] in " \u00a0\u202f":
        j -= 1
    return j if j >= 0 and text[j] in OPENERS else None


def _closer_after(text: str, end: int) -> bool:
    j = end
    while j < len(text) and text[j] in " \u00a0\u202f":
        j += 1
    return j < len(text) and text[j] in CLOSERS


def _check_quote(doc_id: str, num: int, q: dict, text: str) -> None:
    content = q["content"]["text"]
    where = f"{doc_id} quote {num}"
    if content != content.strip():
        raise GoldError(f"{where}: content has outer whitespace: {content!r}")
    if q["kind"] == "direct":
        if _opener_before(text, q["content"]["start"]) is None or not _closer_after(text, q["content"]["end"]):
            raise GoldError(f"{where}: direct content is not enclosed in quotation marks: {content!r}")
    elif q["kind"] == "indirect":
        if any(c in DOUBLE_MARKS for c in content):
            raise GoldError(f"{where}: indirect content holds quotation marks: {content!r}")
    elif not any(c in OPENERS for c in content):
        raise GoldError(f"{where}: mixed content has no quoted fragment: {content!r}")
    if q["source"] is not None and q["speaker"] is None:
        raise GoldError(f"{where}: a source mention needs a speaker")


def _check_layout(doc_id: str, text: str, quotes: list[dict]) -> None:
    """Paragraphs separated by one blank line; cues and sources outside every quoted content."""
    if "\n\n\n" in text or "\n" in text.replace("\n\n", ""):
        raise GoldError(f"{doc_id}: paragraphs must be separated by exactly one blank line")
    contents = [(q["content"]["start"], q["content"]["end"]) for q in quotes]
    for q in quotes:
        for role in ("cue", "source"):
            span = q[role]
            if span is not None and any(s < span["end"] and span["start"] < e for s, e in contents):
                raise GoldError(f"{doc_id}: {role} {span['text']!r} lies inside a content span")


def _fragment_count(body: str) -> int:
    """Quoted fragments in a mixed quote (German „…“ closes with “, so count openers only)."""
    count = body.count("„") + body.count("«") + body.count("‚") + body.count('"') // 2
    if "„" not in body:
        count += body.count("“")
    if "‚" not in body:
        count += len(re.findall(r"(?<!\w)‘", body))
    return count


def unannotated_marks(doc: dict) -> int:
    """Quotation marks outside every quote: scare quotes, titles, names (distractors)."""
    covered = [(q["content"]["start"] - 2, q["content"]["end"] + 2) for q in doc["quotes"]]
    text = doc["text"]
    hits = [m.start() for m in re.finditer(r"[«„]|“(?=\w)|(?<!\w)‘(?=\w)|(?<![\w.,])\"(?=\w)", text)]
    return sum(1 for i in hits if not any(a <= i < b for a, b in covered))


def _auto_tags(q: dict, text: str) -> list[str]:
    tags = []
    content, cue, source = q["content"], q["cue"], q["source"]
    body = content["text"]
    if source is None:
        tags.append("no-source" if q["speaker"] is None else "continuation")
    else:
        tags.append("speaker-before" if source["end"] <= content["start"] else "speaker-after")
        if source["text"].lower() in PRONOUNS:
            tags.append("pronoun")
        if q["speaker"] and q["speaker"][0].islower():
            tags.append("unnamed-speaker")
    if cue is None and source is not None:
        tags.append("no-cue")
    if cue is not None:
        verb = cue["text"].lower()
        if verb == "according to":
            tags.append("according-to")
        elif source is not None and cue["end"] <= source["start"]:
            tags.append("inverted")
        if verb.split()[0].endswith("ing") and verb != "according to":
            tags.append("participle-cue")
        if verb == "told" and text[cue["end"] :].lstrip().startswith("reporters"):
            tags.append("told-reporters")
        if source is not None:
            gap = max(cue["start"] - source["end"], source["start"] - cue["end"])
            if gap > 25:
                tags.append("long-distance")
    if "\n\n" in body:
        tags.append("multi-paragraph")
    if q["kind"] == "direct":
        opener = _opener_before(text, content["start"])
        if SENTENCE_BREAK.search(body):
            tags.append("multi-sentence")
        if "?" in body:
            tags.append("question")
        if opener is not None and text[:opener].rstrip().endswith(":"):
            tags.append("colon-intro")
        if opener is not None and text[opener] in "‘'" and re.search(r"\w[’']\w", body):
            tags.append("apostrophe-in-single-quotes")
    else:
        if cue is not None and cue["start"] >= content["end"]:
            tags.append("indirect-inverted")
        if q["kind"] == "mixed" and _fragment_count(body) >= 2:
            tags.append("fragment-multiple")
    return tags


def build_document(num: int, style: str, markup: str, meta: dict) -> dict:
    """Turn one marked-up source into the gold JSON object (validated)."""
    doc_id = f"{num:03d}_{style}"
    if style not in STYLES:
        raise GoldError(f"{doc_id}: unknown style {style!r}")
    text, spans = parse_markup(markup.strip("\n"), doc_id)
    by_quote: dict[int, dict[str, list[tuple[int, int]]]] = {}
    for role, ids, start, end in spans:
        for n in ids:
            if n not in meta:
                raise GoldError(f"{doc_id}: marker for quote {n} without metadata")
            by_quote.setdefault(n, {}).setdefault(role, []).append((start, end))
    quotes = []
    for n, (kind, speaker, tags) in meta.items():
        roles = by_quote.get(n, {})
        if kind not in KINDS:
            raise GoldError(f"{doc_id} quote {n}: unknown kind {kind!r}")
        if len(roles.get("content", [])) != 1 or len(roles.get("cue", [])) > 1 or len(roles.get("source", [])) > 1:
            raise GoldError(f"{doc_id} quote {n}: needs one content and at most one cue and source: {roles}")
        manual = [t for t in tags.split(",") if t.strip()]
        manual = [t.strip() for t in manual]
        unknown = set(manual) - MANUAL_TAGS
        if unknown:
            raise GoldError(f"{doc_id} quote {n}: unknown tags {sorted(unknown)}")
        q = {
            "kind": kind,
            "content": _span(text, *roles["content"][0]),
            "cue": _span(text, *roles["cue"][0]) if roles.get("cue") else None,
            "source": _span(text, *roles["source"][0]) if roles.get("source") else None,
            "speaker": speaker,
        }
        _check_quote(doc_id, n, q, text)
        q["_manual"] = manual
        quotes.append(q)
    quotes.sort(key=lambda q: q["content"]["start"])
    for a, b in itertools.pairwise(quotes):
        if b["content"]["start"] < a["content"]["end"]:
            raise GoldError(f"{doc_id}: overlapping contents {a['content']['text']!r} / {b['content']['text']!r}")
    _check_layout(doc_id, text, quotes)
    _add_notes(quotes, text)
    return {"id": doc_id, "style": style, "text": text, "quotes": quotes}


def _add_notes(quotes: list[dict], text: str) -> None:
    """Join manual and derived tags into ``notes`` (split and two-speaker need all quotes)."""
    cue_users = Counter((q["cue"]["start"], q["cue"]["end"]) for q in quotes if q["cue"])
    speakers_in_paragraph: dict[int, set[str]] = {}
    for q in quotes:
        paragraph = text.count("\n\n", 0, q["content"]["start"])
        if q["speaker"]:
            speakers_in_paragraph.setdefault(paragraph, set()).add(q["speaker"])
    for q in quotes:
        tags = q.pop("_manual") + _auto_tags(q, text)
        if q["kind"] == "direct" and q["cue"] and cue_users[(q["cue"]["start"], q["cue"]["end"])] > 1:
            tags.append("split")
        if len(speakers_in_paragraph.get(text.count("\n\n", 0, q["content"]["start"]), ())) > 1:
            tags.append("two-speakers")
        q["notes"] = ", ".join(dict.fromkeys(tags))


def _load(name: str, folder: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"quotes_gold_{name[1:-3]}", folder / name)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_all(folder: Path = HERE) -> dict[str, dict]:
    """Every gold document of the set in `folder`, keyed by its file name."""
    docs: dict[str, dict] = {}
    for name in SOURCE_MODULES:
        for num, style, markup, meta in _load(name, folder).DOCS:
            doc = build_document(num, style, markup, meta)
            filename = f"{doc['id']}.json"
            if filename in docs:
                raise GoldError(f"{doc['id']}: duplicate document number")
            docs[filename] = doc
    return dict(sorted(docs.items()))


def dump(doc: dict) -> str:
    """The exact serialisation the JSON files are written in."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def summary(docs: dict[str, dict]) -> str:
    """Counts per style, kind, tag, quotation-mark style and cue."""
    quotes = [q for d in docs.values() for q in d["quotes"]]
    distractors = sum(unannotated_marks(d) for d in docs.values())
    lines = [f"documents: {len(docs)}  quotes: {len(quotes)}  unannotated quoted strings: {distractors}"]
    count_sets = {
        "style": Counter(d["style"] for d in docs.values()),
        "kind": Counter(q["kind"] for q in quotes),
        "tag": Counter(t for q in quotes for t in q["notes"].split(", ") if t),
        "cue": Counter(q["cue"]["text"].lower() for q in quotes if q["cue"]),
    }
    marks: Counter[str] = Counter()
    for d in docs.values():
        for q in d["quotes"]:
            if q["kind"] == "direct":
                j = _opener_before(d["text"], q["content"]["start"])
                marks[d["text"][j] if j is not None else "?"] += 1
            elif q["kind"] == "mixed":
                marks["(mixed) " + next(c for c in q["content"]["text"] if c in OPENERS)] += 1
    count_sets["opening mark"] = marks
    for title, counter in count_sets.items():
        lines.append(f"\n{title}:")
        lines.extend(f"  {n:4d}  {key}" for key, n in counter.most_common())
    return "\n".join(lines)


def main(folder: Path = HERE) -> int:
    """Rewrite the JSON files of the set in `folder` (the held-out set reuses this builder)."""
    docs = build_all(folder)
    for stale in folder.glob("[0-9][0-9][0-9]_*.json"):
        if stale.name not in docs:
            stale.unlink()
    for filename, doc in docs.items():
        (folder / filename).write_text(dump(doc), encoding="utf-8")
    print(summary(docs))
    return 0


if __name__ == "__main__":   # another set in the same format: pass its folder
    sys.exit(main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE))
