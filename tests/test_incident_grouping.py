"""Matching cases across reports: what joins, what stays apart, and the guard against chaining."""

from __future__ import annotations

from datetime import date, timedelta

from sourcetrace.facts.incidents import Case, CaseEvent, group_cases
from sourcetrace.facts.temporal import DateValue, day, span


def _case(doc_id: int, when: DateValue | None, *, place: str = "Dandong", country: str | None = "China",
          names: frozenset[str] = frozenset({"kwon"}), type_name: str = "detention",
          published: date = date(2024, 6, 30)) -> Case:
    event = CaseEvent(doc_id * 10, doc_id, type_name, 0, 0, when, place, country, 3,
                      frozenset({"defectors"}), True, names)
    return Case(doc_id, 0, [event], published=published)


def _groups(cases: list[Case], related: set[tuple[int, int]] = frozenset()) -> list[set[int]]:
    return sorted(({c.doc_id for c in group} for group in group_cases(cases, set(related))), key=min)


def test_reports_of_one_arrest_join():
    cases = [_case(1, day(date(2024, 4, 28))), _case(2, day(date(2024, 4, 28))), _case(3, day(date(2024, 4, 29)))]
    assert _groups(cases) == [{1, 2, 3}]


def test_other_country_or_other_type_and_no_name_stay_apart():
    cases = [_case(1, day(date(2024, 4, 28))), _case(2, day(date(2024, 4, 28)), country="Laos", place="Vientiane"),
             _case(3, day(date(2024, 4, 28)), type_name="release", names=frozenset())]
    assert _groups(cases) == [{1}, {2}, {3}]


def test_a_case_of_unknown_country_is_found_by_its_evidence():
    cases = [_case(1, day(date(2024, 4, 28))), _case(2, day(date(2024, 4, 28)), country=None, place="the border")]
    assert _groups(cases) == [{1, 2}]


def test_similar_cases_months_apart_are_not_chained_through_a_vague_one():
    """January and April cases each match a report whose window spans both; they are not one incident."""
    january = _case(1, span(date(2024, 1, 1), date(2024, 1, 31)))
    vague = _case(2, span(date(2024, 1, 15), date(2024, 4, 30)))
    april = _case(3, span(date(2024, 4, 1), date(2024, 4, 30)))
    groups = _groups([january, vague, april])
    assert {1, 3} not in groups and not any({1, 3} <= group for group in groups)
    assert len(groups) == 2


def test_victims_words_leave_out_pronouns_and_function_words():
    """Reports of two different arrests both say "him": that is no evidence they tell one case."""
    from sourcetrace.facts.incidents import victim_words

    assert victim_words(["him and his brother", "those who fled with them"]) == {"brother", "fled"}


def test_a_case_without_a_country_takes_its_reports_countries() -> None:
    """A report about Laos whose arrest sentence names no place is not compared with a Chinese arrest."""
    laos_report = _case(2, day(date(2024, 4, 28)), country=None, place=None)
    older = Case(2, 1, [CaseEvent(21, 2, "release", 50, 1, day(date(2023, 1, 5)), "Vientiane", "Laos", None,
                                  frozenset(), True)], published=date(2024, 6, 30))
    groups = group_cases([_case(1, day(date(2024, 4, 28))), laos_report, older], set())
    assert not any({c.doc_id for c in group} == {1, 2} for group in groups)


def test_a_case_of_unknown_country_does_not_bridge_two_countries() -> None:
    """It may join the Chinese case or the Lao one, not both: one occurrence happened in one place."""
    china = _case(1, day(date(2024, 4, 28)))
    unknown = _case(2, day(date(2024, 4, 28)), country=None, place="the border")
    laos = _case(3, day(date(2024, 4, 28)), country="Laos", place="the border")
    groups = _groups([china, unknown, laos])
    assert not any({1, 3} <= group for group in groups)


def test_decrees_of_no_known_country_stay_apart() -> None:
    decrees = [_case(n, span(date(2010, 1, 1), date(2010, 12, 31)), country=None, place=None, names=frozenset(),
                     type_name="policy") for n in (1, 2)]
    assert _groups(decrees) == [{1}, {2}]
    in_china = [_case(n, span(date(2010, 1, 1), date(2010, 12, 31)), place=None, names=frozenset(),
                      type_name="policy") for n in (1, 2)]
    assert _groups(in_china) == [{1, 2}]


def test_without_a_date_name_or_text_in_common_much_else_must_agree() -> None:
    """Same country, type, town and victims' word but no date in common and no name: two of the
    many arrests a city sees; with the date agreeing as well, one."""
    undated = [_case(n, None, names=frozenset(), published=date(2024, 5, 2)) for n in (1, 2)]
    assert _groups(undated) == [{1}, {2}]
    dated = [_case(n, day(date(2024, 4, 28)), names=frozenset()) for n in (1, 2)]
    assert _groups(dated) == [{1, 2}]


def test_weeks_apart_joins_do_not_walk_a_groups_time_forward() -> None:
    """Similar month-long windows starting 24 days apart, one after another: each overlaps the last,
    but the incident's time stays where it began instead of walking on with every join."""
    starts = [date(2024, 1, 1) + timedelta(days=24 * n) for n in range(5)]
    cases = [_case(n, span(start, start + timedelta(days=29))) for n, start in enumerate(starts, 1)]
    groups = _groups(cases)
    assert {1, 2} in groups or {1, 2, 3} in groups
    assert not any({1, 4} <= group or {1, 5} <= group for group in groups)


def test_a_case_told_over_years_needs_a_name_or_text_to_join() -> None:
    """An arrest in 2023 and a death now, told as one case, overlaps every month between: another
    report's case that shares only type, place, a word and the day of the death is not enough."""
    long_case = _case(1, span(date(2023, 3, 1), date(2024, 4, 28)), names=frozenset())
    long_case.events.append(CaseEvent(11, 1, "death", 5, 1, day(date(2024, 4, 28)), "Dandong", "China", 3,
                                      frozenset({"defectors"}), True))
    other = _case(2, day(date(2024, 4, 28)), names=frozenset())
    other.events[0].count = 4
    assert _groups([long_case, other]) == [{1}, {2}]
    named = [_case(1, span(date(2023, 3, 1), date(2024, 4, 28))), _case(2, day(date(2024, 4, 28)))]
    assert _groups(named) == [{1, 2}]


def _held_then_freed(doc_id: int, arrested: date, town: str, names: set[str]) -> Case:
    events = [CaseEvent(doc_id * 10 + n, doc_id, kind, n, 0, day(when), town, "Venezuela", 2,
                        frozenset({"journalists"}), True, frozenset(names))
              for n, (kind, when) in enumerate([("detention", arrested), ("release", arrested + timedelta(days=5))])]
    return Case(doc_id, 0, events, published=date(2025, 1, 25))


def test_two_arrests_of_one_week_in_other_towns_of_other_people_stay_apart_despite_shared_text() -> None:
    """Barquisimeto on the 14th, Maracaibo on the 16th: reports that share a paragraph of background
    are still two cases when each names its own people and town on its own day."""
    barquisimeto = _held_then_freed(1, date(2025, 1, 14), "Barquisimeto", {"pérez", "ríos"})
    maracaibo = _held_then_freed(2, date(2025, 1, 16), "Maracaibo", {"fuenmayor"})
    assert _groups([barquisimeto, maracaibo], {(1, 2)}) == [{1}, {2}]
    same_town = _held_then_freed(3, date(2025, 1, 16), "Barquisimeto", {"alvarado"})
    assert _groups([barquisimeto, same_town], {(1, 3)}) == [{1, 3}]


def test_initials_that_stand_for_a_name_are_victims_words() -> None:
    from sourcetrace.facts.incidents import victim_words

    assert victim_words(["the citizen R.N.F.", "Y.C.P. and L.A.M.R."]) == {"citizen", "r.n.f.", "y.c.p.", "l.a.m.r."}


def test_cases_naming_other_victims_at_other_times_stay_apart() -> None:
    """Urbina, arrested in Managua in July 2018, and Blandón, arrested there in September: two
    student leaders, two cases, however many words and places their reports share."""
    def arrest(doc_id: int, when: DateValue, victim: str) -> Case:
        event = CaseEvent(doc_id * 10, doc_id, "detention", 0, 0, when, "Managua", "Nicaragua", 1,
                          frozenset({"student", "leader", victim}), True, frozenset({victim}),
                          victims_named=frozenset({victim}))
        torture = CaseEvent(doc_id * 10 + 1, doc_id, "torture", 5, 0, None, "Managua", "Nicaragua", 1,
                            frozenset({"student", "leader"}), True)
        december = span(date(2018, 12, 1), date(2018, 12, 31))
        convicted = CaseEvent(doc_id * 10 + 2, doc_id, "imprisonment", 9, 0, december, "Managua", "Nicaragua", 1,
                              frozenset({"student", "leader"}), True)
        return Case(doc_id, 0, [event, torture, convicted], published=date(2019, 1, 10))

    july, september = span(date(2018, 7, 1), date(2018, 7, 31)), span(date(2018, 9, 1), date(2018, 9, 30))
    assert _groups([arrest(1, july, "urbina"), arrest(2, september, "blandón")]) == [{1}, {2}]
    assert _groups([arrest(1, july, "urbina"), arrest(3, july, "urbina")]) == [{1, 3}]
