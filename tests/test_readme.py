"""The README's CLI reference is generated from --help; this test fails when it is stale.

Regenerate on purpose with SOURCETRACE_UPDATE_README=1.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
COMMANDS = ["", "add", "analyze", "show", "compare", "quotes", "speakers", "export", "report", "serve", "settings"]
START, END = "<!-- cli-reference:start -->", "<!-- cli-reference:end -->"


def help_text(command: str) -> str:
    args = [command, "--help"] if command else ["--help"]
    result = subprocess.run([sys.executable, "-c", "from sourcetrace.cli import main; main()", *args],
                            capture_output=True, text=True, check=True, env={**os.environ, "COLUMNS": "100"})
    return result.stdout.rstrip()


def reference() -> str:
    parts = []
    for command in COMMANDS:
        title = f"sourcetrace {command}".rstrip()
        parts.append(f"### `{title}`\n\n```\n{help_text(command)}\n```\n")
    return "\n".join(parts)


def test_readme_cli_reference_is_current() -> None:
    text = README.read_text(encoding="utf-8")
    before, rest = text.split(START, 1)
    _, after = rest.split(END, 1)
    expected = f"{before}{START}\n{reference()}{END}{after}"
    if os.environ.get("SOURCETRACE_UPDATE_README"):
        README.write_text(expected, encoding="utf-8")
    assert text == expected, "stale README CLI reference: SOURCETRACE_UPDATE_README=1 pytest tests/test_readme.py"


def test_readme_opens_with_the_two_commands() -> None:
    head = README.read_text(encoding="utf-8").split("\n\n", 3)[1]
    assert "make demo" in head and "make test" in head
