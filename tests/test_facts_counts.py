"""How many people an event happened to: lists, asides, pronouns, companions and shared counts."""

from datetime import date

import pytest

from sourcetrace.facts.events import Event, extract, parse
from sourcetrace.nlp import load

PUBLISHED = date(2021, 6, 10)


def count_of_event(text: str, type_name: str, trigger: str | None = None) -> int | None:
    events: list[Event] = [e for e in extract(parse(load(), text), PUBLISHED).events if e.type == type_name
                           and (trigger is None or e.trigger_text == trigger)]
    assert len(events) == 1, [(e.type, e.trigger_text) for e in events]
    return events[0].count.value if events[0].count else None


@pytest.mark.parametrize(("sentence", "value"), [
    ("The seven, six women and a 9-year-old boy, were detained by border police on Sunday.", 7),
    ("The four — editor Dara Velk, reporters Ion Marsh and Tomas Brill, and camera operator Liv Ash — were "
     "arrested in Varno.", 4),
    ("Officers apprehended the group — four women, two men and a 12-year-old boy — near the river.", 7),
    ("Police arrested three reporters — the editor of the weekly, Anna Pol, and two of her colleagues — on Friday.",
     3),
])
def test_a_list_that_spells_out_a_group_counts_the_group(sentence: str, value: int) -> None:
    assert count_of_event(sentence, "detention") == value


def test_ages_and_asides_are_not_people() -> None:
    assert count_of_event("Tarik Vell, 31, and Omar Rusk, 28, were arrested in May.", "detention") == 2
    assert count_of_event("Mira Dole and her son, a young child, drowned when the boat capsized.", "death") == 2


def test_number_words_with_hyphens() -> None:
    assert count_of_event("Twenty-three detainees were freed last week.", "release") == 23


def test_a_pronoun_in_a_list_is_one_person() -> None:
    assert count_of_event("Officers arrested him and three friends on Tuesday.", "detention") == 4


def test_companions_are_victims_too() -> None:
    assert count_of_event("Tarik Vell had been arrested with two friends in the old town, they said.",
                          "detention") == 3
    assert count_of_event("A woman was also deported, along with at least 30 people, the group said.",
                          "forced_return") == 31


@pytest.mark.parametrize("sentence", [
    "No one has been arrested.",
    "Officials said that no one was detained during the protest.",
    "The ministry denied that any protester had been detained.",
])
def test_nobody_is_no_count(sentence: str) -> None:
    assert count_of_event(sentence, "detention") is None


def test_a_pronoun_counts_one_only_when_the_sentence_names_the_person() -> None:
    assert count_of_event("The group urged Vell's family to stay calm and called on Moravia to release him.",
                          "release") == 1
    assert count_of_event("They beat him until he fainted, his sister said.", "torture") is None


def test_first_person_in_a_quotation_is_the_named_speaker() -> None:
    assert count_of_event("“In Varno they imprisoned me for carrying a flag,” Tarik Vell said.",
                          "imprisonment") == 1


def test_a_subset_clause_keeps_its_own_quantity() -> None:
    text = "Police deported dozens of migrants, several of whom were later jailed."
    assert count_of_event(text, "imprisonment") is None
    assert count_of_event(text, "forced_return") == 12


def test_the_number_put_on_a_group() -> None:
    assert count_of_event("The ministry has put the number of people detained at 43.", "detention") == 43


def test_a_shared_count_needs_agreement() -> None:
    text = "His mother saw two men in plain clothes seize him at the gate."
    assert count_of_event(text, "detention") is None
    assert count_of_event("Both men said interrogators beat them after their arrest.", "torture") == 2


def test_a_named_group_keeps_its_own_none() -> None:
    text = "Police arrested hundreds of migrants in Sfax and expelled some of them to the border."
    assert count_of_event(text, "detention") == 100
    assert count_of_event(text, "forced_return") is None


def test_people_facing_a_risk_are_counted() -> None:
    assert count_of_event("The 16 now face a real risk of torture, the experts said.", "torture") == 16


def test_headline_participles_read_as_passive() -> None:
    assert count_of_event("Student blogger deported from Moravia\n\nMore text follows here.", "forced_return") == 1
