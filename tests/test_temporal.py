"""Relative dates resolved against the publication date and the date stated before them."""

from datetime import date

import pytest

from sourcetrace.facts.temporal import EXPRESSION, DateValue, month, resolve, year

PUBLISHED = date(2019, 5, 14)   # a Tuesday


@pytest.mark.parametrize(("expression", "label", "precision"), [
    ("April 28", "2019-04-28", "day"),
    ("on April 28, 2019", "2019-04-28", "day"),
    ("28 April 2019", "2019-04-28", "day"),
    ("May 30", "2018-05-30", "day"),               # after publication: the year before
    ("April 2019", "2019-04", "month"),
    ("in December", "2018-12", "month"),
    ("last month", "2019-04", "month"),
    ("2010", "2010", "year"),
    ("last year", "2018", "year"),
    ("this year", "2019", "year"),
    ("early April", "2019-04-01/2019-04-10", "range"),
    ("mid-April", "2019-04-11/2019-04-20", "range"),
    ("late April", "2019-04-21/2019-04-30", "range"),
    ("late February 2016", "2016-02-21/2016-02-29", "range"),
    ("yesterday", "2019-05-13", "day"),
    ("today", "2019-05-14", "day"),
    ("on Monday", "2019-05-13", "day"),
    ("Tuesday", "2019-05-07", "day"),               # never the publication day itself
    ("last week", "2019-05-07/2019-05-13", "range"),
    ("in recent weeks", "2019-04-16/2019-05-14", "range"),
    ("in recent months", "2019-02-13/2019-05-14", "range"),
    ("two days ago", "2019-05-12", "day"),
    ("in April last year", "2018-04", "month"),
    ("March this year", "2019-03", "month"),
    ("last April", "2019-04", "month"),
    ("last October", "2018-10", "month"),
])
def test_resolved_against_publication(expression: str, label: str, precision: str) -> None:
    value = resolve(expression, PUBLISHED)
    assert value is not None and (value.label(), value.precision) == (label, precision)


@pytest.mark.parametrize(("expression", "anchor", "label"), [
    ("a month earlier", month(2017, 12), "2017-11"),
    ("in December that same year", DateValue(date(2017, 7, 1), date(2017, 7, 31), "month"), "2017-12"),
    ("that year", year(2014), "2014"),
    ("two days later", DateValue(date(2019, 4, 28), date(2019, 4, 28), "day"), "2019-04-30"),
    ("the following year", year(2019), "2020"),
    ("that month", month(2022, 7), "2022-07"),
    ("three days later", month(2023, 11), "2023-11"),       # keeping that date's precision
    ("the following day", month(2022, 3), "2022-03"),
    ("the same month", DateValue(date(2019, 4, 28), date(2019, 4, 28), "day"), "2019-04"),
    ("a year later", month(2016, 4), "2017-04"),             # a month a year on is still a month
    ("a year later", year(2016), "2017"),
])
def test_resolved_against_the_date_before(expression: str, anchor: DateValue, label: str) -> None:
    value = resolve(expression, PUBLISHED, anchor)
    assert value is not None and value.label() == label


def test_without_a_publication_date_only_full_dates_resolve() -> None:
    assert resolve("April 28", None) is None
    assert resolve("last year", None) is None
    assert resolve("April 28, 2019", None).label() == "2019-04-28"


@pytest.mark.parametrize("vague", ["recently", "in the past", "for years", "the weekend"])
def test_vague_words_give_no_date(vague: str) -> None:
    assert resolve(vague, PUBLISHED) is None


def test_expressions_found_in_text_and_numbers_left_alone() -> None:
    text = ("In December that same year, 2010 people were detained a month earlier; "
            "on 28 April 2019 and last week, police in 2019, arrested 1,986 men.")
    found = [m.group(0) for m in EXPRESSION.finditer(text)]
    assert found == ["December that same year", "a month earlier", "28 April 2019", "last week", "2019"]


@pytest.mark.parametrize("expression", ["four months after", "two days later"])
def test_time_after_an_unknown_moment_is_never_counted_from_today(expression: str) -> None:
    """"Four months after the shipwreck, families still wait": the count starts at the shipwreck."""
    assert resolve(expression, PUBLISHED) is None


def test_a_march_in_lower_case_is_a_protest_not_a_month() -> None:
    from sourcetrace.facts.timing import time_mentions

    found = time_mentions("Police arrested 60 students at the march on Thursday.", PUBLISHED)
    assert [m.text for m in found] == ["on Thursday"]
