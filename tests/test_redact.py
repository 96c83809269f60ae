# ruff: noqa: E501
"""People at risk never reach a redacted output; public figures stay named.

The report below is invented. The seeds case (when ../shared/seeds is present) checks the names the
issue lists, in every output: export, report, workbench pages and API, and search.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from sourcetrace.facts.redact import LOCATION_WITHHELD, Redactor
from sourcetrace.web import create_app

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
REPORT = """12 March 2023 Bangkok

Thai police arrested Mira Osei, a 17-year-old refugee, and her brother surnamed Adu in Chiang Mai on March 9, the Mekong Refuge Network said today. The two had been hiding in the Baan Suan guesthouse since January.

“Mira Osei must not be sent back,” said Lena Park, director of the Mekong Refuge Network. “Thailand should release her and her brother immediately.”

Osei fled her country in 2021 after her father was jailed, the group said.
"""
PRIVATE = ("Osei", "Adu", "her brother surnamed", "Baan Suan")
PUBLIC = ("Lena Park", "Mekong Refuge Network")


def test_redactor_replaces_names_surnames_relatives_and_places() -> None:
    redactor = Redactor([("person", "Mira Osei"), ("kin", "her brother surnamed Adu"), ("place", "Baan Suan")])
    text = redactor.text("Mira Osei and her brother surnamed Adu hid in Baan Suan; Osei was caught.")
    assert not any(word in text for word in PRIVATE)
    assert "[person at risk 1]" in text and LOCATION_WITHHELD in text
    assert redactor.hides("Osei") and not redactor.hides("the guesthouse")
    assert not Redactor([]).hides("Osei") and Redactor([]).text("Osei") == "Osei"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from sourcetrace.cli import main
    folder = tmp_path_factory.mktemp("redact")
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    db = folder / "store.db"
    for args in (["add", str(folder / "report.txt")], ["analyze"]):
        try:
            import sys
            sys.argv = ["sourcetrace", "--db", str(db), *args]
            main()
        except SystemExit as exc:
            assert not exc.code
    return db


def _assert_redacted(output: str) -> None:
    for word in PRIVATE:
        assert word not in output, word
    for name in PUBLIC:
        assert name in output, name


def test_export_json_and_csv_are_redacted(store: Path, run_cli) -> None:
    code, out, _ = run_cli("--db", store, "export", "--redact")
    assert code == 0
    assert json.loads(out)["redacted"] is True
    _assert_redacted(out)
    code, out, _ = run_cli("--db", store, "export", "--format", "csv", "--table", "facts", "--redact")
    assert code == 0 and "Osei" not in out


def test_without_redact_the_store_keeps_the_originals(store: Path, run_cli) -> None:
    code, out, _ = run_cli("--db", store, "export")
    assert code == 0 and "Osei" in out


def test_report_is_redacted_by_default(store: Path, run_cli, tmp_path: Path) -> None:
    output = tmp_path / "report.html"
    code, _, _ = run_cli("--db", store, "report", "-o", output)
    assert code == 0
    html = output.read_text(encoding="utf-8")
    assert "Incidents" in html and not any(word in html for word in PRIVATE)


def test_workbench_pages_api_and_search_are_redacted(store: Path) -> None:
    client = TestClient(create_app(store, redact=True))
    pages = ["/", "/documents/1", "/quotes", "/speakers", "/incidents", "/api/documents/1", "/api/quotes",
             "/api/incidents"]
    pages += [f"/incidents/{i['id']}" for i in client.get("/api/incidents").json()["incidents"]]
    for page in pages:
        body = client.get(page).text
        for word in PRIVATE:
            assert word not in body, (page, word)
    found = client.get("/api/documents", params={"q": "Osei"}).json()
    assert found["documents"] == [] and found["hidden_search"] is True
    assert client.get("/api/documents", params={"q": "guesthouse"}).json()["documents"]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")
def test_seeds_redacted_everywhere(tmp_path: Path, run_cli) -> None:
    db = tmp_path / "seeds.db"
    assert run_cli("--db", db, "add", SEEDS)[0] == 0
    assert run_cli("--db", db, "analyze")[0] == 0
    outputs = [run_cli("--db", db, "export", "--redact")[1]]
    for table in ("quotes", "speakers", "events", "facts"):
        outputs.append(run_cli("--db", db, "export", "--format", "csv", "--table", table, "--redact")[1])
    report = tmp_path / "report.html"
    run_cli("--db", db, "report", "-o", report)
    outputs.append(report.read_text(encoding="utf-8"))
    client = TestClient(create_app(db, redact=True))
    for page in ("/", "/documents/1", "/documents/2", "/quotes", "/speakers", "/incidents", "/incidents/1",
                 "/api/documents/1", "/api/documents/2"):
        outputs.append(client.get(page).text)
    for output in outputs:
        for private in ("Choi", "Kang", "her uncle surnamed"):
            assert private not in output
    together = "\n".join(outputs)
    for public in ("Phil Robertson", "Peter Jung", "Tomás Ojea Quintana"):
        assert public in together
