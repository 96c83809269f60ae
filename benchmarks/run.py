"""End-to-end reuse benchmark: generate planted collections, run `add` + `analyze`, score.

    python benchmarks/run.py --sizes 1000 10000 100000

Prints, per size: documents/second for each step and in all, peak resident memory of the whole
process tree (main process plus workers, sampled every 0.1 s from /proc), and recall/precision per
kind from score.py. Collections are cached under benchmarks/out/ (ignored by git).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate
from score import score

OUT = Path(__file__).resolve().parent / "out"
CLI = [sys.executable, "-c", "from sourcetrace.cli import main; main()"]


def tree_rss_bytes(pid: int) -> int:
    """Resident memory of a process and all its descendants (Linux /proc)."""
    total = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")) * 1024
            for task in Path(f"/proc/{current}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, StopIteration, ValueError):
            continue
    return total


def timed(command: list[str]) -> tuple[float, int]:
    """Run a command; return (seconds, peak tree RSS in bytes)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss_bytes(process.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command[3:])} failed ({process.returncode}): {stderr.strip()}")
    print(f"  {stdout.strip()}", file=sys.stderr)
    return time.perf_counter() - started, peak


def run_size(docs: int, seed: int) -> dict:
    folder = OUT / f"planted-{docs}"
    if not (folder / "truth.jsonl").exists():
        folder.mkdir(parents=True, exist_ok=True)
        generate(docs, folder, seed=seed)
    db = folder / "store.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shards = sorted(str(p) for p in folder.glob("docs-*.jsonl"))
    add_seconds, add_peak = timed([*CLI, "--db", str(db), "add", *shards])
    analyze_seconds, analyze_peak = timed([*CLI, "--db", str(db), "analyze", "--stages", "reuse"])
    result = score(folder, db, check_text=docs <= 10_000)
    total = add_seconds + analyze_seconds
    return {
        "docs": docs,
        "add_s": round(add_seconds, 1),
        "analyze_s": round(analyze_seconds, 1),
        "total_s": round(total, 1),
        "docs_per_s": round(docs / total),
        "peak_rss_mb": round(max(add_peak, analyze_peak) / 2**20),
        "recall": {k: v["recall"] for k, v in result["recall"].items()},
        "precision": {k: v["precision"] for k, v in result["precision"].items()},
        "boilerplate_fp": sum(v.get("boilerplate_fp", 0) for v in result["precision"].values()),
        "pairs": result["pairs"],
    }


def table(rows: list[dict]) -> str:
    kinds = ["verbatim", "near", "reordered", "short_quote", "paraphrase"]
    head = (
        "| docs | add s | analyze s | total s | docs/s | peak RSS MB | "
        + " | ".join(f"recall {k}" for k in kinds)
        + " | precision | boilerplate FP |"
    )
    lines = [head, "|" + " ---: |" * (head.count("|") - 1)]
    for row in rows:
        recalls = " | ".join(f"{row['recall'].get(k) or 0:.3f}" for k in kinds)
        lines.append(
            f"| {row['docs']:,} | {row['add_s']} | {row['analyze_s']} | {row['total_s']} | {row['docs_per_s']:,} "
            f"| {row['peak_rss_mb']:,} | {recalls} | {row['precision']['all']:.3f} "
            f"| {row['boilerplate_fp']} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the raw figures as JSON too")
    args = parser.parse_args()
    rows = []
    for size in args.sizes:
        print(f"{size:,} documents …", file=sys.stderr)
        rows.append(run_size(size, args.seed))
    print(f"machine: {os.cpu_count()} cores")
    print(table(rows))
    if args.json:
        print(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
