"""The `events FILE... --format json` contract: golden files on the examples, and its exact shape.

Outside evaluators run this command on files we never see; a change here breaks them. Regenerate
the golden file on purpose with SOURCETRACE_UPDATE_GOLDEN=1 and say so in the commit.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_cli_contract import EXAMPLES, assert_matches_golden, cli

FILES = [EXAMPLES / "a1_release.txt", EXAMPLES / "a3_news_wire.html"]
EVENT_KEYS = {"type", "happened", "trigger", "date", "place", "count", "participants"}
PRECISIONS = {"day", "month", "year", "range"}


@pytest.fixture(scope="module")
def produced() -> dict:
    result = cli("events", *map(str, FILES), "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_events_json_matches_golden(produced: dict) -> None:
    relative = {**produced, "documents": [{**d, "file": Path(d["file"]).name} for d in produced["documents"]]}
    assert_matches_golden(relative, "events_a1_release_a3_news_wire.json")


def test_documents_follow_the_files_given(produced: dict) -> None:
    assert [Path(d["file"]).name for d in produced["documents"]] == [f.name for f in FILES]
    assert set(produced) == {"documents", "incidents"}


def _check_span(span: object, text: str | None = None) -> None:
    assert isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span) and span[0] < span[1]


def test_every_event_has_the_contract_shape(produced: dict) -> None:
    for document in produced["documents"]:
        assert set(document) == {"file", "events"}
        for event in document["events"]:
            assert set(event) == EVENT_KEYS
            assert isinstance(event["type"], str) and isinstance(event["happened"], bool)
            assert set(event["trigger"]) == {"start", "end", "text"}
            if event["date"] is not None:
                assert set(event["date"]) == {"start", "end", "precision", "span"}
                assert event["date"]["precision"] in PRECISIONS and event["date"]["start"] <= event["date"]["end"]
                _check_span(event["date"]["span"])
            if event["place"] is not None:
                assert set(event["place"]) == {"name", "country", "span"}
                _check_span(event["place"]["span"])
            if event["count"] is not None:
                assert set(event["count"]) == {"value", "span"} and isinstance(event["count"]["value"], int)
            for participant in event["participants"]:
                assert set(participant) == {"role", "text", "start", "end"}


def test_trigger_offsets_are_code_points_into_the_file_text(produced: dict) -> None:
    text = FILES[0].read_text(encoding="utf-8")
    for event in produced["documents"][0]["events"]:
        trigger = event["trigger"]
        assert text[trigger["start"] : trigger["end"]] == trigger["text"]


def test_every_incident_has_the_contract_shape(produced: dict) -> None:
    assert produced["incidents"]
    for incident in produced["incidents"]:
        assert set(incident) == {"type", "date", "events", "facts"}
        for file_index, event_index in incident["events"]:
            assert produced["documents"][file_index]["events"][event_index]
        for fact in incident["facts"]:
            assert set(fact) == {"attribute", "values", "independent_sources", "conflict", "conservative"}
            assert fact["conflict"] in {"none", "refinement", "conflict"}
            assert fact["independent_sources"] >= 1
            for value in fact["values"]:
                assert set(value) == {"value", "sources"}
                for source in value["sources"]:
                    assert set(source) == {"file_index", "start", "end", "stands_for", "echo_of"}
                    assert source["echo_of"] is None or isinstance(source["echo_of"], int)


def test_a_bad_file_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x00\x01\x02" * 50)
    result = cli("events", str(broken), str(FILES[0]), "--format", "json")
    assert result.returncode == 2
    assert "broken.txt" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    data = json.loads(result.stdout)
    assert data["documents"][0]["events"] == [] and data["documents"][1]["events"]
