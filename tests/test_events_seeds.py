"""Events, incidents and facts in the model case (../shared/seeds/; skipped when absent). No seed
text is copied: the checks name only sources, types, dates and counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.facts.files import events_for_files
from sourcetrace.settings import Settings

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")
HRW, JFNK, RFA = "Human Rights Watch", "Justice for North Korea", "Radio Free Asia"


@pytest.fixture(scope="module")
def result() -> dict:
    files = [next(SEEDS.glob("002_*.txt")), next(SEEDS.glob("000_*.txt"))]   # release first, then article
    return events_for_files(files, Settings(workers=1))


def fact(incident: dict, attribute: str) -> dict:
    return next(f for f in incident["facts"] if f["attribute"] == attribute)


def value(found: dict, label: str) -> dict:
    return next(v for v in found["values"] if v["value"] == label)


def incident_dated(result: dict, start: str, end: str, type_name: str | None = None) -> dict:
    matches = [i for i in result["incidents"] if i["date"] and (i["date"]["start"], i["date"]["end"]) == (start, end)
               and type_name in (None, i["type"])]
    assert len(matches) == 1, [(i["type"], i["date"]) for i in result["incidents"]]
    return matches[0]


def test_one_incident_the_seven_detained_in_liaoning_on_april_28(result) -> None:
    main = incident_dated(result, "2019-04-28", "2019-04-28")
    assert main["type"] == "detention"
    assert {file_index for file_index, _ in main["events"]} == {0, 1}
    assert [v["value"] for v in fact(main, "count")["values"]] == ["7"]
    places = [v["value"] for v in fact(main, "place")["values"]]
    assert any(p.startswith("Liaoning") and p.endswith("China") for p in places)


def test_ten_year_old_and_pre_teen_girl_are_a_refinement(result) -> None:
    participants = fact(incident_dated(result, "2019-04-28", "2019-04-28"), "participants")
    assert {v["value"] for v in participants["values"]} == {"10-year-old", "pre-teen"}
    assert participants["conflict"] == "refinement"


def test_the_date_stands_on_human_rights_watch_alone(result) -> None:
    day = value(fact(incident_dated(result, "2019-04-28", "2019-04-28"), "date"), "2019-04-28")
    assert {s["stands_for"] for s in day["sources"]} == {HRW}
    article = [s for s in day["sources"] if s["file_index"] == 1]
    assert article and all(s["echo_of"] == 0 for s in article)


def test_the_arrest_of_the_seven_also_stands_on_justice_for_north_korea(result) -> None:
    main = incident_dated(result, "2019-04-28", "2019-04-28")
    seven = value(fact(main, "count"), "7")
    assert {s["stands_for"] for s in seven["sources"]} == {HRW, JFNK}
    assert fact(main, "count")["independent_sources"] == 2


@pytest.mark.parametrize(("start", "end"), [("2017-07-01", "2017-07-31"), ("2017-11-01", "2017-11-30")])
def test_the_2017_cases_are_incidents_of_their_own_on_rfa_alone(result, start: str, end: str) -> None:
    case = incident_dated(result, start, end)
    assert {s["stands_for"] for f in case["facts"] for v in f["values"] for s in v["sources"]} == {RFA}
    assert all(f["independent_sources"] == 1 for f in case["facts"])


def test_yunnan_case_counts_five_deaths(result) -> None:
    assert [v["value"] for v in fact(incident_dated(result, "2017-07-01", "2017-07-31"), "count")["values"]] == ["5"]


def test_the_2010_decree_is_a_policy_event_of_2010(result) -> None:
    decrees = [e for d in result["documents"] for e in d["events"] if e["type"] == "policy"
               and e["date"] and e["date"]["start"] == "2010-01-01"]
    assert len(decrees) == 2 and all(e["date"]["precision"] == "year" for e in decrees)
    assert len(incident_dated(result, "2010-01-01", "2010-12-31", "policy")["events"]) == 2


def test_should_not_forcibly_deport_did_not_happen(result) -> None:
    release = result["documents"][0]["events"]
    deport = [e for e in release if e["trigger"]["text"] == "deport"]
    assert deport and not deport[0]["happened"] and deport[0]["type"] == "forced_return"
