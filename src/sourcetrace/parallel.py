"""Ordered parallel map with a bounded queue: both cores busy, memory bounded however long the input."""

from __future__ import annotations

import os
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
    with ProcessPoolExecutor(max_workers=workers, initializer=initializer, initargs=initargs) as pool:
        for item in items:
            pending.append(pool.submit(func, item))
            if len(pending) >= max_pending:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
