"""ingest/dates.py: publication dates with their precision, from metadata or the dateline."""

from __future__ import annotations

import pytest

from sourcetrace.ingest.dates import NO_DATE, PublicationDate, from_metadata, from_text

# --- from_metadata --------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [
    ("2019-05-14T09:30:00+09:00", PublicationDate("2019-05-14", "day", "metadata")),
    ("2019-05-14", PublicationDate("2019-05-14", "day", "metadata")),
    ("2019-05", PublicationDate("2019-05", "month", "metadata")),
    ("2019", PublicationDate("2019", "year", "metadata")),
])
def test_metadata_iso_forms_keep_their_precision(value, expected):
    assert from_metadata(value) == expected


def test_metadata_written_date_is_parsed_to_day():
    assert from_metadata("Tuesday, 14 May 2019") == PublicationDate("2019-05-14", "day", "metadata")


@pytest.mark.parametrize("value", ["garbage", "no date here at all", "", "   ", None])
def test_metadata_garbage_is_unknown(value):
    assert from_metadata(value) == NO_DATE


def test_metadata_impossible_calendar_date_is_unknown():
    assert from_metadata("2019-13-45") == NO_DATE


def test_metadata_relative_word_is_unknown():
    assert from_metadata("yesterday") == NO_DATE


# --- from_text ------------------------------------------------------------------------------

def test_dateline_day_month_year_on_first_line():
    text = "14 May 2019 New York\nSeven North Koreans were detained in China, the group said."
    assert from_text(text) == PublicationDate("2019-05-14", "day", "text")


def test_dateline_month_day_comma_year():
    text = "SEOUL, May 14, 2019\nSeven people were detained."
    assert from_text(text) == PublicationDate("2019-05-14", "day", "text")


def test_dateline_after_a_headline_line():
    text = "Seven detained near border\n\n14 May 2019\nPolice gave no reason."
    assert from_text(text).iso == "2019-05-14"


def test_date_inside_long_body_sentence_is_not_the_dateline():
    text = ("Seven detained near border\n"
            "The rights group said that on 3 March 2017 two other people from the same village "
            "had been caught by police and sent back across the river.")
    assert from_text(text) == NO_DATE


def test_date_below_the_first_lines_is_not_the_dateline():
    text = "Headline\nLine two\nLine three\nLine four\n14 May 2019\nBody."
    assert from_text(text) == NO_DATE


def test_text_without_date_is_unknown():
    assert from_text("Seven detained\nPolice gave no reason.") == NO_DATE
