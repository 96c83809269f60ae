"""Fixtures shared by the test files: settings, a fresh store, and the CLI run in-process."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator

import pytest

from sourcetrace.cli import main
from sourcetrace.settings import Settings
from sourcetrace.store import Store, open_store


@pytest.fixture
def settings() -> Settings:
    """Default settings with one worker, so parsing runs in the test process."""
    return Settings.from_overrides({"workers": "1"})


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    with open_store(tmp_path / "store.db") as opened:
        yield opened


@pytest.fixture
def run_cli(capsys, monkeypatch) -> Callable[..., tuple[int, str, str]]:
    """Run `sourcetrace ARGS...` in this process; returns (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()  # drop anything printed before this run
        monkeypatch.setattr(sys, "argv", ["sourcetrace", *map(str, args)])
        try:
            main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        else:
            code = 0
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
