"""Synthetic English-looking prose and the edits that disguise copied text, for generate.py.

The vocabulary is fixed (its own seed), so a synonym means the same thing in every collection;
only document content depends on the caller's seed. Words are sampled with numpy in bulk because
a 100k-document collection is 60 million words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

FUNCTION_WORDS = (  # 191 frequent English words, roughly most frequent first
    "the", "of", "and", "to", "a", "in", "that", "is", "was", "he", "for", "it", "with", "as", "his", "on", "be",
    "at", "by", "I", "this", "had", "not", "are", "but", "from", "or", "have", "an", "they", "which", "one", "you",
    "were", "her", "all", "she", "there", "would", "their", "we", "him", "been", "has", "when", "who", "will",
    "more", "no", "if", "out", "so", "said", "what", "up", "its", "about", "into", "than", "them", "can", "only",
    "other", "new", "some", "could", "time", "these", "two", "may", "then", "do", "first", "any", "my", "now",
    "such", "like", "our", "over", "even", "most", "made", "after", "also", "did", "many", "before", "must",
    "through", "back", "years", "where", "much", "your", "way", "well", "down", "should", "because", "each", "just",
    "those", "people", "how", "too", "little", "state", "good", "very", "make", "world", "still", "own", "see",
    "men", "work", "long", "get", "here", "between", "both", "life", "being", "under", "never", "day", "same",
    "another", "know", "while", "last", "might", "us", "great", "old", "year", "off", "come", "since", "against",
    "go", "came", "right", "used", "take", "three", "it's", "don't", "didn't", "can't", "won't", "isn't", "that's",
    "there's", "they're", "wasn't", "every", "few", "why", "upon", "without", "within", "however", "though",
    "although", "yet", "whether", "among", "around", "during", "until", "across", "toward", "per", "either", "nor",
    "shall", "whose", "whom", "themselves", "himself", "itself", "almost", "perhaps", "rather", "quite", "already",
    "again", "often", "always",
)
FUNCTION_SWAPS = {
    "the": "a", "a": "the", "in": "within", "on": "upon", "to": "toward", "of": "from",
    "with": "alongside", "that": "which", "which": "that", "but": "yet", "was": "had been",
    "is": "remains", "were": "had been", "about": "around", "after": "following",
    "before": "ahead of", "because": "since", "many": "numerous", "also": "as well",
}
REAL_SURNAMES = (
    "Robertson", "Kim", "Lee", "Park", "Choi", "Hassan", "Novak", "Silva", "Okafor", "Mendez", "Larsen", "Dubois",
    "Rossi", "Tanaka", "Kowalski", "Ahmed", "Nguyen", "Petrov", "Fischer", "Haddad", "Moreau", "Jensen", "Ortiz",
    "Sato",
)
SAY_VERBS = ("said", "wrote", "told reporters", "added", "stated", "insisted", "warned")
FOOTERS = (
    "Subscribe to our newsletter for the latest updates on human rights and the people who defend "
    "them. Sign up today and receive our weekly briefing every Monday morning, free of charge.",
    "This article is published under a Creative Commons licence. You may republish it for free, "
    "online or in print, provided you credit the author and link back to the original story.",
    "Support independent journalism. Our reporting is funded by readers like you, and every "
    "contribution, big or small, helps us keep our work free for everyone. Donate now to help.",
)
OUTLETS = tuple(f"The {a} {b}" for a in ("Daily", "Morning", "Evening", "Weekly", "Northern",
                                          "Coastal") for b in ("Herald", "Ledger", "Courier", "Post"))
ABBREVIATIONS = frozenset(("mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "no", "vs", "etc", "inc", "co"))
_ONSETS = ("b", "bl", "br", "c", "ch", "cr", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "pl",
           "pr", "r", "s", "sh", "sl", "st", "t", "th", "tr", "v", "w", "z", "")
_NUCLEI = ("a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ea", "ou", "io", "ee")
_CODAS = ["", "", "", "n", "r", "s", "l", "m", "nd", "st", "t", "ck", "rn"]
_LEAD = "\"“‘'"
_TRAIL = ".,;:\"”’'"
SHARES = (0.47, 0.47, 0.04, 0.02)  # function words, content words, names, numbers


@dataclass(frozen=True)
class Vocabulary:
    """Surface forms with sampling tables; `synonym` maps each content word to its partner."""

    words: np.ndarray  # object array: form used mid-sentence
    capital: np.ndarray  # object array: form used at a sentence start
    cdf: np.ndarray
    content: np.ndarray  # indices of content words
    content_cdf: np.ndarray
    synonym: dict[str, str]
    names: frozenset[str]

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        return np.searchsorted(self.cdf, rng.random(n), side="right")

    def sample_content(self, rng: np.random.Generator, n: int) -> np.ndarray:
        return self.content[np.searchsorted(self.content_cdf, rng.random(n), side="right")]

    def word(self, rng: np.random.Generator) -> str:
        return str(self.words[self.sample_content(rng, 1)[0]])


def _cdf(weights: np.ndarray) -> np.ndarray:
    cdf = np.cumsum(weights / weights.sum())
    cdf[-1] = 1.0  # rng.random() < 1.0, so searchsorted never runs past the end
    return cdf


def _pseudo_words(rng: np.random.Generator, count: int, taken: set[str]) -> list[str]:
    """Unique syllable words, shorter ones tending to rank first, as frequent English words do."""
    words: dict[str, None] = {}
    while len(words) < count:
        n = 4 * count
        syllables = rng.choice([1, 2, 3], size=n, p=[0.25, 0.5, 0.25])
        parts = [rng.integers(0, len(t), size=(n, 3)) for t in (_ONSETS, _NUCLEI, _CODAS)]
        for k in range(n):
            word = "".join(_ONSETS[parts[0][k, s]] + _NUCLEI[parts[1][k, s]] + _CODAS[parts[2][k, s]]
                           for s in range(syllables[k]))
            if len(word) > 2 and word not in taken and word not in ABBREVIATIONS:
                words[word] = None
    chosen = list(words)[:count]
    noise = rng.random(count) * 4
    return [chosen[k] for k in np.argsort([len(w) + d for w, d in zip(chosen, noise, strict=True)], kind="stable")]


def _numbers() -> list[str]:
    years = [str(y) for y in range(1985, 2025)]
    thousands = [f"{k},{m:03d}" for k in range(1, 20) for m in (0, 200, 500, 750)]
    return [str(i) for i in range(2, 100)] + years + thousands + [f"{i}%" for i in range(5, 95, 5)]


@lru_cache(maxsize=1)
def build_vocabulary(size: int = 50_000) -> Vocabulary:
    """The fixed vocabulary: function words, Zipf content words, names and numbers."""
    rng = np.random.default_rng(20190514)
    taken = {w.lower() for w in (*FUNCTION_WORDS, *REAL_SURNAMES)}
    content = _pseudo_words(rng, size, taken)
    names = [*REAL_SURNAMES, *[w.capitalize() for w in _pseudo_words(rng, 1500, taken | set(content))]]
    numbers = _numbers()
    groups = (FUNCTION_WORDS, content, names, numbers)
    exponents = (0.9, 1.05, 0.8, 0.0)  # content: Zipf-Mandelbrot, flattened top (offset)
    weights = [share * _zipf(len(g), a) for share, g, a in zip(SHARES, groups, exponents, strict=True)]
    words = np.array([w for g in groups for w in g], dtype=object)
    capital = np.array([w[0].upper() + w[1:] for w in words], dtype=object)
    first = len(FUNCTION_WORDS)
    content_idx = np.arange(first, first + len(content))
    synonym = {content[k]: content[k ^ 1] for k in range(len(content) - len(content) % 2)}
    return Vocabulary(words, capital, _cdf(np.concatenate(weights)), content_idx,
                      _cdf(weights[1]), synonym, frozenset(names))


def _zipf(n: int, exponent: float) -> np.ndarray:
    weights = 1.0 / (np.arange(n) + 8.0) ** exponent
    return weights / weights.sum()


def _sentence_cuts(rng: np.random.Generator, n: int) -> list[int]:
    """Exclusive end index of each sentence: 12-30 words, no runt sentence at the end."""
    lengths = rng.integers(12, 31, size=n // 12 + 2)
    cuts = [int(c) for c in np.cumsum(lengths) if c < n]
    if cuts and n - cuts[-1] < 8:
        cuts.pop()
    return [*cuts, n]


def prose(rng: np.random.Generator, vocab: Vocabulary, n_words: int, curly: bool = False) -> str:
    """Paragraphs (2-5 sentences) of new text; `curly` picks the outlet's quote style."""
    if n_words <= 0:
        return ""
    ids = vocab.sample(rng, n_words)
    cuts = _sentence_cuts(rng, n_words)
    ends = np.array(cuts) - 1
    ids[ends] = vocab.sample_content(rng, len(cuts))  # "a." would read as an abbreviation
    words = vocab.words[ids].tolist()
    starts = [0, *cuts[:-1]]
    capitals = vocab.capital[ids[starts]].tolist()
    commas = (np.array(starts) + 3 + rng.random(len(cuts)) * (ends - np.array(starts) - 6)).astype(int)
    has_comma = (rng.random(len(cuts)) < 0.6) & (ends - np.array(starts) >= 10)
    quoted = rng.random(len(cuts)) < 0.04
    opening, closing = ("“", "”") if curly else ('"', '"')
    sentences = []
    for s, e, cap, c, comma, quote in zip(starts, cuts, capitals, commas.tolist(), has_comma, quoted, strict=True):
        words[s] = opening + cap if quote else cap
        if comma:
            words[c] += ","
        words[e - 1] += "." + closing if quote else "."
        sentences.append(" ".join(words[s:e]))
    paragraphs, k = [], 0
    for size in rng.integers(2, 6, size=len(sentences)).tolist():
        if k >= len(sentences):
            break
        paragraphs.append(" ".join(sentences[k : k + size]))
        k += size
    text = "\n\n".join(paragraphs)
    return text.replace("'", "’") if curly else text


def quote_sentence(rng: np.random.Generator, vocab: Vocabulary, quote: str) -> tuple[str, int]:
    """A new sentence quoting `quote` in its middle; returns it and the offset of the quote."""
    name = REAL_SURNAMES[int(rng.integers(0, len(REAL_SURNAMES)))]
    verb = SAY_VERBS[int(rng.integers(0, len(SAY_VERBS)))]
    pre = " ".join([name, verb, *vocab.words[vocab.sample(rng, int(rng.integers(0, 5)))].tolist()])
    post = " ".join([*vocab.words[vocab.sample(rng, int(rng.integers(1, 7)))].tolist(), vocab.word(rng)])
    opening, closing = ("“", "”") if rng.random() < 0.8 else ('"', '"')
    return f"{pre} {opening}{quote}{closing} {post}.", len(pre) + 2


def split_token(token: str) -> tuple[str, str, str]:
    """Leading quotes, the word, trailing punctuation: edits change words, not punctuation."""
    a, b = 0, len(token)
    while a < b and token[a] in _LEAD:
        a += 1
    while b > a and token[b - 1] in _TRAIL:
        b -= 1
    return token[:a], token[a:b], token[b:]


def _like(new: str, old: str) -> str:
    return new[0].upper() + new[1:] if old[:1].isupper() and new else new


def toggle_typography(text: str) -> str:
    """Straight quotes and apostrophes become curly, or curly become straight."""
    if "'" in text or '"' in text:
        parts = text.replace("'", "’").split('"')
        return "".join(p + ("“" if k % 2 == 0 else "”") for k, p in enumerate(parts[:-1])) + parts[-1]
    return text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'}))


def _edit(rng: np.random.Generator, vocab: Vocabulary, toks: list[str], seps: list[str], pos: int) -> None:
    """One random word edit at `pos`: substitute, delete, insert after, or toggle a comma."""
    lead, core, trail = split_token(toks[pos])
    op = int(rng.integers(0, 4))
    if op == 1 and len(toks) > 2 and "." not in trail:
        del toks[pos]
        del seps[pos if pos < len(seps) - 1 else pos - 1]
        seps[-1] = ""
    elif op == 2:
        toks.insert(pos + 1, vocab.word(rng))
        seps.insert(pos + 1, seps[pos])
        seps[pos] = " "
    elif op == 3 and trail in ("", ","):
        toks[pos] = lead + core + ("" if trail else ",")
    else:
        toks[pos] = lead + _like(vocab.word(rng), core) + trail


def _attribute(rng: np.random.Generator, toks: list[str], seps: list[str]) -> None:
    """Insert `, said Robertson,` after a word near the middle that ends no sentence."""
    for m in range(len(toks) // 2, len(toks) - 2):
        if split_token(toks[m])[2] == "":
            name = REAL_SURNAMES[int(rng.integers(0, len(REAL_SURNAMES)))]
            toks[m + 1 : m + 1] = ["said", name + ","]
            seps[m : m + 1] = [" ", " ", seps[m]]
            toks[m] += ","
            return


def near_edit(rng: np.random.Generator, vocab: Vocabulary, text: str, max_rate: float) -> str:
    """Edit up to `max_rate` of the words (at least one), sometimes adding an attribution."""
    parts = re.split(r"(\s+)", text)
    toks, seps = parts[0::2], [*parts[1::2], ""]
    budget = max(1, int(rng.uniform(0.2, 1.0) * max_rate * len(toks)))
    attribute = budget >= 3 and rng.random() < 0.3
    count = budget - 2 if attribute else budget
    for pos in sorted(rng.choice(len(toks), size=count, replace=False).tolist(), reverse=True):
        _edit(rng, vocab, toks, seps, pos)
    if attribute:
        _attribute(rng, toks, seps)
    edited = "".join(t + s for t, s in zip(toks, seps, strict=True))
    return toggle_typography(edited) if rng.random() < 0.3 else edited


def _swap_clauses(tokens: list[str], names: frozenset[str]) -> list[str]:
    """`A, B.` becomes `B, a.`: the clause order changes, the words do not."""
    commas = [k for k in range(2, len(tokens) - 3) if tokens[k].endswith(",")]
    if not commas or any(ch in t for t in tokens for ch in "\"“”"):
        return tokens
    c = commas[len(commas) // 2]
    first, second = tokens[: c + 1], tokens[c + 1 :]
    head = first[0]
    if split_token(head)[1] not in names and head != "I" and not head[:1].isdigit():
        head = head[:1].lower() + head[1:]
    second = [_like(second[0], "X"), *second[1:-1], second[-1].rstrip(".") + ","]
    return [*second, head, *first[1:-1], first[-1].rstrip(",") + "."]


def _reword_sentence(rng: np.random.Generator, vocab: Vocabulary, tokens: list[str]) -> str:
    """Synonyms for 30-50% (at least one) of the content words, some function words swapped."""
    parts = [split_token(tok) for tok in tokens]
    content = [k for k, (_, core, _) in enumerate(parts)
               if core not in vocab.names and core.lower() in vocab.synonym]
    size = max(1, round(rng.uniform(0.3, 0.5) * len(content))) if content else 0
    chosen = set(rng.choice(content, size=size, replace=False).tolist()) if size else set()
    out = []
    for k, ((lead, core, trail), u) in enumerate(zip(parts, rng.random(len(parts)).tolist(), strict=True)):
        low = core.lower()
        if k in chosen:
            core = _like(vocab.synonym[low], core)
        elif low in FUNCTION_SWAPS and u < 0.35:
            core = _like(FUNCTION_SWAPS[low], core)
        out.append(lead + core + trail)
    return " ".join(_swap_clauses(out, vocab.names) if rng.random() < 0.7 else out)


def reword(rng: np.random.Generator, vocab: Vocabulary, text: str) -> str:
    """Paraphrase whole sentences: synonyms for 30-50% of content words, other function words,
    clauses swapped around a comma; names and numbers are kept."""
    sentences, current = [], []
    for tok in text.split():
        current.append(tok)
        if re.search(r"[.][\"”]?$", tok):
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return " ".join(_reword_sentence(rng, vocab, s) for s in sentences)
