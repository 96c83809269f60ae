"""Alignment of one pair: every planted kind of reuse is found, with exact offsets."""

from __future__ import annotations

import pytest

from sourcetrace.reuse.align import prepare
from sourcetrace.reuse.compare import compare_prepared
from sourcetrace.reuse.relations import DocumentMeta
from sourcetrace.settings import Settings

SETTINGS = Settings()

COPIED = ("The river authority opened all four sluice gates on Tuesday night after the water level at "
          "the Varnel weir rose above the red mark for the first time since the spring of 1998.")
QUOTE = "we will not leave a single family without a roof over their heads this winter"
FILLER_A = ("Farmers in the lowlands began moving cattle to higher pastures. Schools in three villages "
            "stayed closed while teachers helped to fill sandbags along the embankment.")
FILLER_B = ("A local baker handed out bread to volunteers. Engineers from the capital arrived with pumps "
            "and generators, and the regional hospital postponed routine operations.")


def passages_between(a: str, b: str):
    comparison = compare_prepared(prepare(a, SETTINGS), prepare(b, SETTINGS), DocumentMeta(), DocumentMeta(),
                                  SETTINGS)
    return comparison.passages


def only(passages, kind: str | None = None):
    assert len(passages) == 1, passages
    if kind:
        assert passages[0].kind == kind
    return passages[0]


def test_verbatim_passage_has_exact_offsets_on_both_sides() -> None:
    a = f"{FILLER_A} {COPIED}"
    b = f"{FILLER_B}\n\n{COPIED} The mayor thanked the volunteers."
    passage = only(passages_between(a, b), "verbatim")
    assert a[passage.a_start : passage.a_end] == COPIED[:-1]   # words, not the final full stop
    assert b[passage.b_start : passage.b_end] == COPIED[:-1]


def test_passage_at_the_very_start_of_a_document_is_found() -> None:
    passage = only(passages_between(COPIED + " " + FILLER_A, FILLER_B + " " + COPIED))
    assert passage.a_start == 0


def test_typography_changes_make_a_near_passage() -> None:
    a = f"{FILLER_A} “{QUOTE},” she said, adding that help was on its way to every affected village."
    b = f"{FILLER_B} \"{QUOTE}\", she said, adding that help was on its way to every affected village."
    passage = only(passages_between(a, b), "near")
    assert passage.score >= 0.95


def test_inserted_attribution_and_changed_word_make_a_near_passage() -> None:
    a = f"{FILLER_A} {COPIED}"
    edited = COPIED.replace("on Tuesday night", "on Tuesday evening, said Robertson,").replace("four", "all")
    b = f"{FILLER_B} {edited}"
    passage = only(passages_between(a, b), "near")
    assert 0.6 <= passage.score < 1.0
    assert b[passage.b_start : passage.b_end].startswith("The river authority")


def test_short_quote_embedded_in_new_text_is_found() -> None:
    a = f"{FILLER_A} The minister said {QUOTE}, speaking at the town hall."
    b = f"{FILLER_B} Officials promised that “{QUOTE}” as the clean-up began."
    passage = only(passages_between(a, b), "verbatim")
    assert b[passage.b_start : passage.b_end] == QUOTE


def test_reordered_paragraphs_are_each_found() -> None:
    second = ("Rescue crews reached the stranded hamlet of Osterby by boat shortly before midnight and "
              "carried eleven elderly residents to the sports hall in Mernau.")
    a = f"{COPIED}\n\n{FILLER_A}\n\n{second}"
    b = f"{second}\n\n{FILLER_B}\n\n{COPIED}"
    found = passages_between(a, b)
    assert len(found) == 2
    assert {a[p.a_start : p.a_end][:20] for p in found} == {COPIED[:20], second[:20]}


def test_paraphrased_sentence_is_found_beside_copied_material() -> None:
    original = ("Police arrested fourteen protesters outside the parliament building on Friday after clashes "
                "with security guards.")
    reworded = ("Fourteen demonstrators were detained by police on Friday following clashes with guards outside "
                "the parliament building.")
    a = f"{COPIED}\n\n{FILLER_A}\n\n{original}"
    b = f"{COPIED}\n\n{FILLER_B}\n\n{reworded}"
    kinds = {p.kind: p for p in passages_between(a, b)}
    assert set(kinds) == {"verbatim", "paraphrase"}
    paraphrase = kinds["paraphrase"]
    assert a[paraphrase.a_start : paraphrase.a_end] == original[:-1]
    assert b[paraphrase.b_start : paraphrase.b_end] == reworded[:-1]


def test_reworded_sentence_keeping_a_long_phrase_is_near_or_paraphrase() -> None:
    original = "The regional court sentenced the former mayor to six years in prison for taking bribes."
    reworded = "Builders had bribed the former mayor, whom the regional court sentenced to six years in prison."
    b = f"{COPIED}\n\n{reworded}"
    found = passages_between(f"{COPIED}\n\n{original}", b)
    where = b.index("regional court")
    covering = [p for p in found if p.b_start <= where < p.b_end]
    assert covering and covering[0].kind in ("near", "paraphrase")


def test_unrelated_texts_share_nothing() -> None:
    assert passages_between(FILLER_A, FILLER_B) == []


def test_common_phrases_alone_are_not_reuse() -> None:
    a = "It is one of the most important things in the world, according to the report."
    b = "According to the report, it is one of the most expensive cities in the world."
    assert passages_between(a, b) == []


@pytest.mark.parametrize("separator", ["\n", "\r\n"])
def test_offsets_are_code_points_with_non_ascii_text(separator: str) -> None:
    prefix = f"Zürich — 𝒜 note: “ünïcödé” façade.{separator}" * 3
    a = prefix + COPIED
    b = "Élan 🙂 " + COPIED
    passage = only(passages_between(a, b))
    assert a[passage.a_start : passage.a_end] == b[passage.b_start : passage.b_end]
