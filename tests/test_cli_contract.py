"""The `compare --format json` contract, guarded by golden files, and the CLI's --help everywhere.

A change in these outputs breaks outside evaluators: regenerate the golden files on purpose with
SOURCETRACE_UPDATE_GOLDEN=1 and say so in the commit.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
EXAMPLES = ROOT / "examples"
COMMANDS = ["add", "analyze", "show", "compare", "quotes", "events", "incidents", "incident", "speakers", "export",
            "report", "serve", "settings"]


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", "from sourcetrace.cli import main; main()", *args],
                          capture_output=True, text=True, cwd=cwd, timeout=120, check=False)


def assert_matches_golden(produced: dict, name: str) -> None:
    golden = GOLDEN / name
    if os.environ.get("SOURCETRACE_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(produced, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert produced == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("first", "second"), [("a1_release.txt", "a3_news_wire.html"),
                                                ("b1_wire.txt", "b2_republish.html")])
def test_compare_json_matches_golden(first: str, second: str) -> None:
    result = cli("compare", str(EXAMPLES / first), str(EXAMPLES / second), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert_matches_golden(json.loads(result.stdout), f"compare_{Path(first).stem}_{Path(second).stem}.json")


def test_compare_json_shape_and_offsets(tmp_path: Path) -> None:
    shared = ("The harbour master closed the northern pier on Monday after inspectors found deep cracks in "
              "three of its concrete pillars.")
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_bytes(b"\xef\xbb\xbf" + f"Caf\u00e9 \U0001f600 news.\r\n{shared}\r\n".encode())
    b.write_text(f"Other words first, entirely new.\n\n{shared} More.", encoding="utf-8")
    result = cli("compare", str(a), str(b), "--format", "json")
    data = json.loads(result.stdout)
    assert set(data) == {"passages", "relation"}
    assert {"verdict", "source", "a_covered", "b_covered", "evidence"} <= set(data["relation"])
    passage = data["passages"][0]
    assert set(passage) == {"a_start", "a_end", "b_start", "b_end", "kind", "score"}
    text_a = a.read_bytes().decode("utf-8")[1:]   # BOM stripped, \r\n kept
    text_b = b.read_text(encoding="utf-8")
    assert text_a[passage["a_start"] : passage["a_end"]] == text_b[passage["b_start"] : passage["b_end"]]
    assert passage["kind"] == "verbatim"


def test_compare_reports_a_non_utf8_encoding_on_stderr(tmp_path: Path) -> None:
    text = "Le maire a déclaré que la rivière était sortie de son lit à l'aube, près du pont de pierre."
    a = tmp_path / "latin.txt"
    a.write_bytes(text.encode("cp1252"))
    b = tmp_path / "b.txt"
    b.write_text(text, encoding="utf-8")
    result = cli("compare", str(a), str(b), "--format", "json")
    assert result.returncode == 0
    assert "latin.txt" in result.stderr and "decoded as" in result.stderr
    passage = json.loads(result.stdout)["passages"][0]
    assert passage["a_start"] == passage["b_start"]


def test_compare_missing_file_is_one_clear_line(tmp_path: Path) -> None:
    result = cli("compare", str(tmp_path / "nope.txt"), str(EXAMPLES / "a1_release.txt"))
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0
    assert "nope.txt" in result.stderr and "cannot read" in result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = cli(command, "--help")
    assert result.returncode == 0
    assert "Usage" in result.stdout


def test_add_analyze_show_export_round_trip(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    assert cli("--db", db, "add", str(EXAMPLES)).returncode == 0
    analyzed = cli("--db", db, "analyze")
    assert "12 reports, 8 independent sources" in analyzed.stdout
    shown = cli("show", "--db", db)
    assert "12 reports, 8 independent sources" in shown.stdout
    exported = json.loads(cli("export", "--db", db, "--format", "json").stdout)
    assert len(exported["documents"]) == 12 and exported["summary"]["independent_sources"] == 8
    assert all({"a_doc", "b_doc", "kind"} <= set(p) for p in exported["passages"])
    csv_text = cli("export", "--db", db, "--format", "csv", "--table", "passages").stdout
    assert csv_text.splitlines()[0] == "a_doc,a_start,a_end,b_doc,b_start,b_end,kind,score"


def test_analyze_without_a_store_says_so(tmp_path: Path) -> None:
    result = cli("--db", str(tmp_path / "none.db"), "analyze")
    assert result.returncode == 3
    assert "none.db" in result.stderr and "no store" in result.stderr


def test_bad_setting_is_refused_with_its_name(tmp_path: Path) -> None:
    result = cli("--db", str(tmp_path / "s.db"), "add", str(EXAMPLES), "--set", "no_such=1")
    assert result.returncode == 4 and "no_such" in result.stderr


@pytest.mark.parametrize("name", ["a1_release.txt", "a2_news_daily.html"])
def test_quotes_json_matches_golden(name: str) -> None:
    result = cli("quotes", str(EXAMPLES / name), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert_matches_golden(json.loads(result.stdout), f"quotes_{Path(name).stem}.json")


def test_quotes_json_shape_and_offsets(tmp_path: Path) -> None:
    path = tmp_path / "q.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "“We will rebuild the bridge by spring,” said Mayor Ana Kovač.\r\n".encode())
    data = json.loads(cli("quotes", str(path), "--format", "json").stdout)
    assert set(data) == {"quotes"}
    quote = data["quotes"][0]
    assert set(quote) == {"start", "end", "text", "kind", "speaker", "cue"}
    text = path.read_bytes().decode("utf-8")[1:]
    assert text[quote["start"] : quote["end"]] == quote["text"] == "We will rebuild the bridge by spring,"
    assert quote["kind"] == "direct"
    assert quote["speaker"]["name"] == "Ana Kovač"
    assert text[quote["speaker"]["start"] : quote["speaker"]["end"]].endswith("Ana Kovač")
    assert quote["cue"] == {"start": text.index("said"), "end": text.index("said") + 4, "text": "said"}
