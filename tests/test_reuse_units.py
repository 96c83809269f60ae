"""Unit tests of the reuse stage's parts: fingerprints, candidates, relations, families, siblings."""

from __future__ import annotations

import numpy as np

from sourcetrace.authors import author_names
from sourcetrace.reuse.align import prepare
from sourcetrace.reuse.candidates import boilerplate_threshold, find_candidates
from sourcetrace.reuse.compare import compare_prepared
from sourcetrace.reuse.fingerprints import fingerprints, winnow
from sourcetrace.reuse.relations import DocumentMeta, inside_quotation
from sourcetrace.settings import Settings
from sourcetrace.store import open_store
from sourcetrace.text import words_only

SETTINGS = Settings()
SYLLABLES = "ka lo mi ren tas vel dor fin gal hus jem kor lin mas nor pel quin rus sol tem".split()  # noqa: SIM905


def invented_text(seed: int, words: int = 150) -> str:
    """Random prose over a vocabulary of 8,000 invented words: unrelated texts share no runs."""
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(SYLLABLES), size=(words, 3))
    chosen = ["".join(SYLLABLES[i] for i in row) for row in picks]
    return " ".join(" ".join(chosen[i : i + 12]).capitalize() + "." for i in range(0, words, 12))


def test_winnowing_keeps_one_minimum_per_window() -> None:
    hashes = np.array([5, 3, 9, 1, 7, 8, 2], dtype=np.uint64)
    positions = winnow(hashes, 3)
    assert list(positions) == [1, 3, 6]
    for start in range(len(hashes) - 2):
        assert any(start <= p < start + 3 for p in positions)


def test_fingerprints_are_stable_and_skip_stopword_only_ngrams() -> None:
    text = "of the and to in " * 5 + "the harbour pilot boarded the ferry at dawn"
    first, positions = fingerprints(words_only(text), 4, 3)
    second, _ = fingerprints(words_only(text), 4, 3)
    assert np.array_equal(first, second)
    assert positions.min() >= 17   # nothing from the stopword-only run at the start


def _store_with(tmp_path, texts: dict[int, tuple[str, str | None]]):
    store = open_store(tmp_path / "s.db")
    for doc_id, (text, outlet) in texts.items():
        store.db.execute("INSERT INTO documents(id, content_hash, text, outlet, format, word_count, added_at) "
                         "VALUES (?, ?, ?, ?, 'txt', 1, 'now')", (doc_id, f"h{doc_id}", text, outlet))
        hashes, positions = fingerprints(words_only(text), SETTINGS.fingerprint_ngram, SETTINGS.winnow_window)
        store.db.execute("INSERT INTO fingerprints VALUES (?, ?, ?, 'v1')",
                         (doc_id, hashes.astype("<u8").tobytes(), positions.astype("<u4").tobytes()))
    store.db.commit()
    return store


def test_candidates_pair_only_documents_sharing_text(tmp_path) -> None:
    shared = invented_text(99, 40)
    texts = {i: (invented_text(i), None) for i in range(1, 9)}
    texts[3] = (texts[3][0] + " " + shared, None)
    texts[7] = (shared + " " + texts[7][0], None)
    with _store_with(tmp_path, texts) as store:
        found = find_candidates(store.db, np.arange(1, 9, dtype=np.uint32), SETTINGS)
    assert [tuple(map(int, pair)) for pair in found.pairs] == [(3, 7)]


def test_text_in_many_documents_of_one_outlet_is_boilerplate(tmp_path) -> None:
    footer = "Subscribe to the Harbour Gazette newsletter for daily tide tables and shipping notices every morning."
    texts = {i: (invented_text(i) + " " + footer, "Harbour Gazette") for i in range(1, 7)}
    with _store_with(tmp_path, texts) as store:
        found = find_candidates(store.db, np.arange(1, 7, dtype=np.uint32), SETTINGS)
    assert len(found.pairs) == 0 and len(found.boilerplate) > 0


def test_text_echoed_by_many_outlets_stays_reuse(tmp_path) -> None:
    release = invented_text(500, 60)
    texts = {i: (invented_text(i) + " " + release, f"Outlet {i}") for i in range(1, 7)}
    with _store_with(tmp_path, texts) as store:
        found = find_candidates(store.db, np.arange(1, 7, dtype=np.uint32), SETTINGS)
    assert len(found.pairs) == 15   # every pair of the six echoes


def test_boilerplate_threshold_grows_with_the_collection() -> None:
    assert boilerplate_threshold(1000, SETTINGS) == SETTINGS.boilerplate_min_docs
    assert boilerplate_threshold(1_000_000, SETTINGS) == 5000


def _relation(a: str, b: str, meta_a: DocumentMeta, meta_b: DocumentMeta):
    return compare_prepared(prepare(a, SETTINGS), prepare(b, SETTINGS), meta_a, meta_b, SETTINGS).relation


def test_republication_is_wholly_derived_and_dated_source_wins() -> None:
    story = invented_text(7, 200)
    relation = _relation(story, story + " An editor's note was added.", DocumentMeta(published="2024-03-01"),
                         DocumentMeta(published="2024-03-02"))
    assert relation.verdict == "wholly derived" and relation.source == "a"
    assert [e.kind for e in relation.evidence] == ["date"]


def test_attribution_in_the_derived_text_gives_direction_without_dates() -> None:
    release = ("The Coastal Rights Forum said today that nine fishermen were held at the port of Varna for "
               "three days without access to lawyers or interpreters, and called for their release.")
    article = ("Nine fishermen were held at the port of Varna for three days without access to lawyers or "
               "interpreters, the Coastal Rights Forum said in a statement.")
    relation = _relation(release, article, DocumentMeta(), DocumentMeta())
    assert relation.source == "a"
    assert any(e.kind == "attribution" and "Coastal Rights Forum" in e.detail for e in relation.evidence)


def test_one_shared_short_quote_alone_is_independent() -> None:
    quote = "we will rebuild every house that the river took from us this spring"
    a = invented_text(1) + f" The mayor said “{quote}” at the meeting."
    b = invented_text(2) + f" “{quote},” the mayor told the crowd."
    relation = _relation(a, b, DocumentMeta(), DocumentMeta())
    assert relation.verdict == "independent" and relation.source is None


def test_author_names_include_acronyms_and_wire_datelines() -> None:
    assert {"Refuge Defence Network", "RDN"} <= author_names(
        "Kazakhstan must halt the deportation, Refuge Defence Network (RDN) said today.")
    assert "CPA" in author_names("BRAGA, Portugal (CPA) - Floods swept the town.")


def test_inside_quotation_follows_curly_and_straight_marks() -> None:
    text = 'He said “we stay here” and left. She said "we go" too.'
    assert inside_quotation(text, text.index("stay"))
    assert not inside_quotation(text, text.index("left"))
    assert inside_quotation(text, text.index("go"))
