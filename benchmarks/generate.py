"""Generate a synthetic report collection with planted text reuse and exact ground truth.

Real collections have no complete truth, so reuse detection is measured on synthetic prose where
every copied passage was put there on purpose and its spans are known to the character. Prose is
drawn from a fixed pseudo-word vocabulary (Zipf frequencies) mixed with real English function
words, so unrelated documents share only chance n-grams, as unrelated news articles do.

Output (offsets are Python str code points into `text`):
  docs-00000.jsonl ...  {"id", "text", "outlet", "published"}, 10,000 documents per shard
  truth.jsonl           {"src", "src_start", "src_end", "dst", "dst_start", "dst_end", "kind"}
  boilerplate.jsonl     {"doc", "start", "end"}: shared footers, which are never truth

Runs in one streaming pass: only a window of recent documents is kept as candidate sources.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TextIO

import numpy as np

from synthtext import (
    FOOTERS,
    OUTLETS,
    Vocabulary,
    build_vocabulary,
    near_edit,
    prose,
    quote_sentence,
    reword,
)

SHARD_SIZE = 10_000
POOL_SIZE = 2_000  # recent documents kept as candidate sources (bounds memory)
DERIVED_SHARE = 0.34  # some attempts find no free source text; ~30% end up derived
WHOLLY_SHARE = 0.10  # of derived documents
TWO_SOURCES_SHARE = 0.15
FOOTER_SHARE = 0.10  # of all documents
FOOTER_RATE = min(1.0, FOOTER_SHARE * len(OUTLETS) / len(FOOTERS))  # within a footer outlet
START_AT_ZERO_SHARE = 0.30
KINDS = ("verbatim", "near", "short_quote", "paraphrase", "reordered")
KIND_WEIGHTS = np.array([0.28, 0.28, 0.16, 0.16, 0.12])
FIRST_DATE = date(2018, 1, 1)
_SENTENCE_END = re.compile(r"[.][\"”]?(?=\s|$)")


@dataclass
class Source:
    """A generated document kept for later documents to copy from.

    `used` holds character spans already copied out (or planted in); new copies avoid them so that
    two documents derived from one source never share text the truth does not list.
    """

    doc_id: str
    text: str
    body_end: int  # where the footer starts, or len(text): footers are never copied
    published: date
    used: list[tuple[int, int]] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    sent_starts: list[int] = field(default_factory=list)  # token indices
    sent_ends: list[int] = field(default_factory=list)

    def tokenize(self) -> None:
        """Index tokens and sentences lazily: most documents are never used as a source."""
        if self.starts:
            return
        body = self.text[: self.body_end]
        tokens = list(re.finditer(r"\S+", body))
        self.starts = [m.start() for m in tokens]
        self.ends = [m.end() for m in tokens]
        stops = [m.end() for m in _SENTENCE_END.finditer(body)]
        self.sent_ends = np.searchsorted(self.ends, stops).tolist()
        self.sent_starts = [0] + [k + 1 for k in self.sent_ends if k + 1 < len(tokens)]

    def is_free(self, start: int, end: int) -> bool:
        return all(end + 2 <= s or start >= e + 2 for s, e in self.used)

    def claim(self, i: int, j: int) -> tuple[int, int] | None:
        """Reserve tokens i..j (inclusive) if their text is unused; return the character span."""
        start, end = self.starts[i], self.ends[j]
        if not self.is_free(start, end):
            return None
        self.used.append((start, end))
        return start, end

    def pick(self, rng: np.random.Generator, lo: int, hi: int, snap: bool,
             one_paragraph: bool = False) -> tuple[int, int] | None:
        """Claim a random unused run of lo..hi words, widened to whole sentences when `snap`,
        kept inside one paragraph when `one_paragraph` (a quotation does not span paragraphs)."""
        self.tokenize()
        n = len(self.starts)
        if n < lo:
            return None
        length = int(rng.integers(lo, min(hi, n) + 1))
        for _ in range(8):
            i = int(rng.integers(0, n - length + 1))
            j = i + length - 1
            if snap and self.sent_ends:
                si = self.sent_starts[bisect.bisect_right(self.sent_starts, i) - 1]
                k = bisect.bisect_left(self.sent_ends, j)
                sj = self.sent_ends[k] if k < len(self.sent_ends) else n - 1
                if sj - si < hi * 1.5:
                    i, j = si, sj
            if one_paragraph and "\n" in self.text[self.starts[i] : self.ends[j]]:
                continue
            span = self.claim(i, j)
            if span:
                return span
        return None

    def pick_sentences(self, rng: np.random.Generator, count: int) -> tuple[int, int] | None:
        """Claim `count` consecutive whole sentences, for paraphrase."""
        self.tokenize()
        total = min(len(self.sent_starts), len(self.sent_ends))
        if total < count:
            return None
        for _ in range(8):
            k = int(rng.integers(0, total - count + 1))
            if self.sent_ends[k] - self.sent_starts[k] < 7:  # a fragment, not a sentence
                continue
            span = self.claim(self.sent_starts[k], self.sent_ends[k + count - 1])
            if span:
                return span
        return None


@dataclass
class Planted:
    """A piece of a derived document: its text and the truth spans inside it (relative offsets)."""

    text: str
    spans: list[tuple[int, int, Source, int, int, str]]  # dst_start, dst_end, src, start, end, kind


def plant_verbatim(rng: np.random.Generator, vocab: Vocabulary, src: Source) -> list[Planted]:
    span = src.pick(rng, 40, 150, snap=rng.random() < 0.7)
    if span is None:
        return []
    text = src.text[span[0] : span[1]]
    return [Planted(text, [(0, len(text), src, *span, "verbatim")])]


def plant_near(rng: np.random.Generator, vocab: Vocabulary, src: Source) -> list[Planted]:
    span = src.pick(rng, 40, 150, snap=rng.random() < 0.7)
    if span is None:
        return []
    text = near_edit(rng, vocab, src.text[span[0] : span[1]], max_rate=0.2)
    return [Planted(text, [(0, len(text), src, *span, "near")])]


def plant_reordered(rng: np.random.Generator, vocab: Vocabulary, src: Source) -> list[Planted]:
    """Two or three copied passages, returned in the reverse of their order in the source."""
    spans = [src.pick(rng, 20, 60, snap=rng.random() < 0.5) for _ in range(int(rng.integers(2, 4)))]
    spans = sorted(s for s in spans if s)
    if len(spans) < 2:
        return []
    pieces = [src.text[s:e] for s, e in spans]
    return [Planted(t, [(0, len(t), src, s, e, "reordered")]) for t, (s, e) in zip(pieces, spans, strict=True)][::-1]


def _some_words(rng: np.random.Generator) -> int:
    """None, or enough words for a real sentence (a one-word "sentence" is no prose)."""
    n = int(rng.integers(0, 40))
    return n if n >= 8 else 0


def plant_short_quote(rng: np.random.Generator, vocab: Vocabulary, src: Source) -> list[Planted]:
    """10-40 copied words inside “…” in the middle of a new sentence, within a new paragraph."""
    span = src.pick(rng, 10, 40, snap=False, one_paragraph=True)
    if span is None:
        return []
    start, end = span
    while start < end and src.text[start] in "\"“‘'":
        start += 1
    while end > start and src.text[end - 1] in ".,;:\"”’'":
        end -= 1
    before = prose(rng, vocab, _some_words(rng))
    sentence, offset = quote_sentence(rng, vocab, src.text[start:end])
    after = prose(rng, vocab, _some_words(rng))
    lead = before + " " if before else ""
    text = lead + sentence + (" " + after if after else "")
    dst = len(lead) + offset
    return [Planted(text, [(dst, dst + end - start, src, start, end, "short_quote")])]


def plant_paraphrase(rng: np.random.Generator, vocab: Vocabulary, src: Source) -> list[Planted]:
    span = src.pick_sentences(rng, int(rng.integers(1, 3)))
    if span is None:
        return []
    text = reword(rng, vocab, src.text[span[0] : span[1]])
    return [Planted(text, [(0, len(text), src, *span, "paraphrase")])]


PLANTERS = {
    "verbatim": plant_verbatim,
    "near": plant_near,
    "short_quote": plant_short_quote,
    "paraphrase": plant_paraphrase,
    "reordered": plant_reordered,
}


def plant_wholly(rng: np.random.Generator, vocab: Vocabulary, src: Source) -> list[Planted]:
    """Copy a fresh source's whole body in 1-3 paragraph-aligned chunks, some lightly edited."""
    body = src.text[: src.body_end]
    if src.used or len(body) < 400:
        return []
    breaks = [m.start() for m in re.finditer("\n\n", body)]
    cuts = sorted(rng.choice(breaks, size=min(len(breaks), int(rng.integers(0, 3))), replace=False))
    bounds = [0, *[int(c) for c in cuts], len(body)]
    planted = []
    for s, e in itertools.pairwise(bounds):
        s += 2 if s else 0
        if rng.random() < 0.5:
            text, kind = body[s:e], "verbatim"
        else:
            text, kind = near_edit(rng, vocab, body[s:e], max_rate=0.08), "near"
        planted.append(Planted(text, [(0, len(text), src, s, e, kind)]))
    src.used.append((0, len(body)))
    return planted


def choose_sources(rng: np.random.Generator, pool: list[Source]) -> list[Source]:
    count = 2 if rng.random() < TWO_SOURCES_SHARE and len(pool) > 1 else 1
    picks = rng.choice(len(pool), size=count, replace=False)
    return [pool[int(k)] for k in picks]


def plant_partial(rng: np.random.Generator, vocab: Vocabulary, sources: list[Source]) -> list[Planted]:
    """1-4 passages of mixed kinds; reordered groups stay in reverse source order."""
    groups = []
    for _ in range(int(rng.integers(1, 5))):
        kind = KINDS[int(rng.choice(len(KINDS), p=KIND_WEIGHTS))]
        src = sources[int(rng.integers(0, len(sources)))]
        group = PLANTERS[kind](rng, vocab, src)
        if group:
            groups.append(group)
    order = rng.permutation(len(groups))
    return [piece for k in order for piece in groups[int(k)]]


def layout(rng: np.random.Generator, vocab: Vocabulary, planted: list[Planted], new_words: int,
           at_zero: bool, curly: bool) -> tuple[str, list[tuple[int, int, Source, int, int, str]]]:
    """Interleave planted pieces with `new_words` of new paragraphs; return text and truth spans."""
    shares = rng.dirichlet(np.ones(len(planted) + 1))
    if at_zero:
        shares[0] = 0.0
    gaps = [int(new_words * s) for s in shares / shares.sum()]
    parts: list[str] = []
    spans = []
    offset = 0
    for k, gap in enumerate(gaps):
        if gap >= 8:
            parts.append(prose(rng, vocab, gap, curly))
            offset += len(parts[-1]) + 2
        if k < len(planted):
            piece = planted[k]
            spans += [(offset + a, offset + b, *rest) for a, b, *rest in piece.spans]
            parts.append(piece.text)
            offset += len(piece.text) + 2
    return "\n\n".join(parts), spans


def make_wholly(rng: np.random.Generator, vocab: Vocabulary, pool: list[Source],
                curly: bool) -> tuple[str, list] | None:
    """A document >= 80% copied from one source, with one new paragraph so it is no duplicate."""
    fresh = [src for src in pool[-50:] if not src.used]  # a cheap sample of the window
    if not fresh:
        return None
    planted = plant_wholly(rng, vocab, fresh[int(rng.integers(0, len(fresh)))])
    if not planted:
        return None
    copied = sum(len(p.text.split()) for p in planted)
    extra = prose(rng, vocab, int(rng.integers(12, max(13, copied // 6))), curly)
    if rng.random() < 0.5:
        planted.append(Planted(extra, []))
    else:
        planted.insert(0, Planted(extra, []))
    return layout(rng, vocab, planted, 0, at_zero=True, curly=curly)


def make_document(rng: np.random.Generator, vocab: Vocabulary, pool: list[Source],
                  n_words: int) -> tuple[str, list]:
    """Text and truth spans of one document: derived from the pool or wholly new."""
    curly = bool(rng.random() < 0.5)
    if pool and rng.random() < DERIVED_SHARE:
        if rng.random() < WHOLLY_SHARE:
            made = make_wholly(rng, vocab, pool, curly)
            if made:
                return made
        planted = plant_partial(rng, vocab, choose_sources(rng, pool))
        if planted:
            new_words = max(n_words - sum(len(p.text.split()) for p in planted), 30)
            return layout(rng, vocab, planted, new_words, rng.random() < START_AT_ZERO_SHARE, curly)
    return prose(rng, vocab, n_words, curly), []


class Writer:
    """Sharded JSONL documents plus the truth and boilerplate files, written as generated."""

    def __init__(self, out: Path) -> None:
        out.mkdir(parents=True, exist_ok=True)
        self.out = out
        self.shard: TextIO | None = None
        self.count = 0
        self.truth = (out / "truth.jsonl").open("w", encoding="utf-8")
        self.boilerplate = (out / "boilerplate.jsonl").open("w", encoding="utf-8")

    def document(self, record: dict) -> None:
        if self.count % SHARD_SIZE == 0:
            if self.shard:
                self.shard.close()
            name = f"docs-{self.count // SHARD_SIZE:05d}.jsonl"
            self.shard = (self.out / name).open("w", encoding="utf-8")
        assert self.shard is not None
        self.shard.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.count += 1

    def close(self) -> None:
        for handle in (self.shard, self.truth, self.boilerplate):
            if handle:
                handle.close()


def generate(n_docs: int, out: Path, seed: int = 0, words: int = 600) -> Counter:
    """Write the collection to `out`; return counts of planted passages per kind (and footers)."""
    rng = np.random.default_rng(seed)
    vocab = build_vocabulary()
    span_days = int(np.clip(n_docs // 40, 90, 3650))
    width = max(6, len(str(n_docs - 1)))
    pool: list[Source] = []
    counts: Counter = Counter()
    writer = Writer(out)
    try:
        for i in range(n_docs):
            doc_id = f"d{i:0{width}d}"
            n_words = int(rng.integers(int(words * 0.6), int(words * 1.4) + 1))
            text, spans = make_document(rng, vocab, pool, n_words)
            published = FIRST_DATE + timedelta(days=i * span_days // n_docs)
            if spans:
                latest = max(src.published for _, _, src, *_ in spans)
                published = max(published, latest) + timedelta(days=int(rng.integers(1, 8)))
            body_end = len(text)
            # A footer is an outlet's own furniture: the first few outlets stamp theirs on some articles.
            outlet_index = int(rng.integers(0, len(OUTLETS)))
            outlet = OUTLETS[outlet_index]
            if outlet_index < len(FOOTERS) and rng.random() < FOOTER_RATE:
                text += "\n\n" + FOOTERS[outlet_index]
                writer.boilerplate.write(json.dumps({"doc": doc_id, "start": body_end + 2, "end": len(text)}) + "\n")
                counts["boilerplate"] += 1
            for dst_start, dst_end, src, src_start, src_end, kind in spans:
                writer.truth.write(json.dumps({
                    "src": src.doc_id, "src_start": src_start, "src_end": src_end,
                    "dst": doc_id, "dst_start": dst_start, "dst_end": dst_end, "kind": kind}) + "\n")
                counts[kind] += 1
            counts["derived"] += bool(spans)
            writer.document({"id": doc_id, "text": text, "outlet": outlet, "published": published.isoformat()})
            source = Source(doc_id, text, body_end, published, used=[(s, e) for s, e, *_ in spans])
            if len(pool) < POOL_SIZE:
                pool.append(source)
            else:
                pool[i % POOL_SIZE] = source
    finally:
        writer.close()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, required=True, help="number of documents")
    parser.add_argument("--out", type=Path, required=True, help="output directory")
    parser.add_argument("--seed", type=int, default=0, help="random seed (same seed, same files)")
    parser.add_argument("--words", type=int, default=600, help="mean words per document")
    args = parser.parse_args()
    counts = generate(args.docs, args.out, args.seed, args.words)
    print(json.dumps({"docs": args.docs, **dict(sorted(counts.items()))}))


if __name__ == "__main__":
    main()
