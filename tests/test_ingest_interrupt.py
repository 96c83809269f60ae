"""An interrupted `sourcetrace add` loses at most the batch in flight; running it again finishes the job.

Each test runs the real CLI in a subprocess, waits until the store holds some documents, interrupts
it (SIGKILL, or Ctrl-C), runs the same command again, and compares the store with an uninterrupted
run of the same command on the same files.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

CLI = [sys.executable, "-c", "from sourcetrace.cli import main; main()"]
TIMEOUT = 120           # seconds for any one subprocess; a hang fails the test instead of the suite
KILL_AT_DOCUMENTS = 100
FIRST_CORPUS = 3000     # JSONL records; tripled when ingest finishes before it can be interrupted
ATTEMPTS = 4


@dataclass(frozen=True)
class Interrupted:
    db: Path
    folder: Path
    returncode: int
    stderr: str
    stored: int         # documents in the store when the process stopped
    corpus: int         # JSONL records written


def make_corpus(folder: Path, count: int) -> Path:
    """`count` short distinct JSONL reports, plus a few .txt files (one repeats a JSONL text)."""
    folder.mkdir(parents=True)
    with (folder / "wire.jsonl").open("w", encoding="utf-8") as stream:
        for i in range(count):
            record = {"id": f"wire-{i}", "title": f"Report {i}",
                      "text": f"Report {i}: {i % 97} people were seen near checkpoint {i % 13} on the road "
                              f"north, witnesses told reporter {i // 7}."}
            stream.write(json.dumps(record) + "\n")
    (folder / "a_release.txt").write_text("14 May 2019\nSeven people were detained near the border.\n")
    (folder / "b_repeat.txt").write_text(
        "Report 0: 0 people were seen near checkpoint 0 on the road north, witnesses told reporter 0.")
    (folder / "notes").mkdir()
    (folder / "notes" / "c_note.txt").write_text("A relative said the family had not heard from them.\n")
    return folder


def command(db: Path, folder: Path) -> list[str]:
    return [*CLI, "--db", str(db), "add", str(folder), "--set", "batch_size=50"]


def run_to_completion(db: Path, folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(command(db, folder), capture_output=True, text=True, timeout=TIMEOUT, cwd=db.parent,
                          check=False)


def stored_documents(db: Path) -> int:
    """Documents committed so far, read without disturbing the writer (0 until the schema exists)."""
    try:
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return 0
    try:
        return int(connection.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        connection.close()


def _default_sigint() -> None:
    # A child inherits an ignored SIGINT from a runner started in the background; Ctrl-C needs the default.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _stop_group(process: subprocess.Popen) -> None:
    """Kill what is left of the process group we started (pool workers outlive a SIGKILLed parent)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    if process.poll() is None:
        process.wait(timeout=TIMEOUT)


def interrupt_once(db: Path, folder: Path, sig: signal.Signals, corpus: int) -> Interrupted | None:
    """Start `add`, interrupt it once KILL_AT_DOCUMENTS are stored; None when it finished first."""
    log = db.with_suffix(".stderr")
    with log.open("w") as stderr:
        process = subprocess.Popen(command(db, folder), stdout=subprocess.DEVNULL, stderr=stderr, cwd=db.parent,
                                   start_new_session=True, preexec_fn=_default_sigint)
    try:
        deadline = time.monotonic() + TIMEOUT
        while stored_documents(db) < KILL_AT_DOCUMENTS:
            if process.poll() is not None:
                return None
            if time.monotonic() > deadline:
                pytest.fail(f"no {KILL_AT_DOCUMENTS} documents stored after {TIMEOUT} s")
            time.sleep(0.005)
        if sig == signal.SIGINT:
            os.killpg(process.pid, signal.SIGINT)  # Ctrl-C reaches the whole foreground group
        else:
            process.send_signal(sig)
        returncode = process.wait(timeout=TIMEOUT)
    finally:
        _stop_group(process)
    stored = stored_documents(db)
    if returncode == 0 or stored >= corpus:
        return None  # it finished before the signal landed
    return Interrupted(db, folder, returncode, log.read_text(), stored, corpus)


def interrupted_run(tmp_path: Path, sig: signal.Signals) -> Interrupted:
    corpus = FIRST_CORPUS
    for attempt in range(ATTEMPTS):
        folder = make_corpus(tmp_path / f"corpus{attempt}", corpus)
        outcome = interrupt_once(tmp_path / f"interrupted{attempt}.db", folder, sig, corpus)
        if outcome is not None:
            return outcome
        corpus *= 3
    pytest.skip(f"ingest always finished before it could be interrupted (last try: {corpus // 3} records)")


def snapshot(db: Path) -> tuple[int, list[tuple[str, str]]]:
    """(document count, sorted (content_hash, origin) pairs) of a finished store."""
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        documents = connection.execute("SELECT count(*) FROM documents").fetchone()[0]
        pairs = connection.execute(
            "SELECT d.content_hash, o.origin FROM origins o JOIN documents d ON d.id = o.doc_id").fetchall()
        repeated = connection.execute("SELECT origin FROM origins GROUP BY origin HAVING count(*) > 1").fetchall()
        orphans = connection.execute(
            "SELECT count(*) FROM documents WHERE id NOT IN (SELECT doc_id FROM origins)").fetchone()[0]
    finally:
        connection.close()
    assert repeated == [], "an origin is stored twice"
    assert orphans == 0, "a document without any origin"
    return documents, sorted(pairs)


def finish_and_compare(run: Interrupted, tmp_path: Path) -> None:
    again = run_to_completion(run.db, run.folder)
    assert again.returncode == 0, again.stderr
    reference = tmp_path / "reference.db"
    whole = run_to_completion(reference, run.folder)
    assert whole.returncode == 0, whole.stderr
    finished, expected = snapshot(run.db), snapshot(reference)
    assert finished[0] == expected[0] == run.corpus + 2  # b_repeat.txt repeats a JSONL record
    assert finished == expected
    assert len(expected[1]) == run.corpus + 3


def test_sigkill_mid_ingest_then_rerun_matches_uninterrupted_run(tmp_path):
    run = interrupted_run(tmp_path, signal.SIGKILL)
    assert run.returncode == -signal.SIGKILL
    assert KILL_AT_DOCUMENTS <= run.stored < run.corpus
    finish_and_compare(run, tmp_path)


def test_ctrl_c_mid_ingest_exits_130_and_rerun_matches_uninterrupted_run(tmp_path):
    run = interrupted_run(tmp_path, signal.SIGINT)
    assert run.returncode == 130, run.stderr
    finish_and_compare(run, tmp_path)


def test_ctrl_c_mid_ingest_says_how_to_finish(tmp_path):
    run = interrupted_run(tmp_path, signal.SIGINT)
    assert "interrupted; run the same command again to finish" in run.stderr
