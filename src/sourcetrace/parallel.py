"""Ordered parallel map with a bounded queue: both cores busy, memory bounded however long the input."""

from __future__ import annotations

import contextlib
import ctypes
import functools
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

In = TypeVar("In")
Out = TypeVar("Out")


def worker_count(requested: int) -> int:
    """0 means one worker per available core."""
    if requested > 0:
        return requested
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


_PR_SET_PDEATHSIG = 1


def _worker_start(initializer: Callable[..., None] | None, initargs: tuple) -> None:
    """Workers leave Ctrl-C to the main process, and die with it if it is killed (no orphans
    waiting forever on a queue nobody will fill)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(OSError, AttributeError):  # prctl exists on Linux only
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if initializer:
        initializer(*initargs)


def ordered_map(func: Callable[[In], Out], items: Iterable[In], workers: int, max_pending: int = 64,
                initializer: Callable[..., None] | None = None, initargs: tuple = ()) -> Iterator[Out]:
    """Yield func(item) in input order; at most `max_pending` items are in flight at once.

    With one worker the work runs in this process, which keeps small jobs fast and tracebacks plain.
    """
    if workers <= 1:
        if initializer:
            initializer(*initargs)
        for item in items:
            yield func(item)
        return
    pending: deque[Future[Out]] = deque()
    with ProcessPoolExecutor(max_workers=workers, initializer=_worker_start, initargs=(initializer, initargs)) as pool:
        for item in items:
            pending.append(pool.submit(func, item))
            if len(pending) >= max_pending:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _apply_each(func: Callable[[In], Out], chunk: list[In]) -> list[Out]:
    return [func(item) for item in chunk]


def chunked(items: Iterable[In], size: int) -> Iterator[list[In]]:
    chunk: list[In] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ordered_map_chunked(func: Callable[[In], Out], items: Iterable[In], workers: int, chunk_size: int,
                        max_pending: int = 16, initializer: Callable[..., None] | None = None,
                        initargs: tuple = ()) -> Iterator[Out]:
    """`ordered_map` for many small items: they travel to workers in chunks, so the cost of a task
    (a future, two pickles) is paid once per chunk rather than once per item."""
    apply = functools.partial(_apply_each, func)
    for results in ordered_map(apply, chunked(items, chunk_size), workers, max_pending, initializer, initargs):
        yield from results
