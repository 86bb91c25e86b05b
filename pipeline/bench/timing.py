"""Clocks and memory gauges for the bench.

Per-core figures use the process's CPU time: on a shared machine a neighbour's load
stretches wall time, not the CPU seconds our work takes. Multi-process figures use
wall time, with the machine's load average beside them.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


@dataclass
class Timing:
    """CPU and wall seconds spent on `docs` documents of `page_bytes` bytes of pages."""

    docs: int = 0
    page_bytes: int = 0
    cpu: float = 0.0
    wall: float = 0.0

    @property
    def per_second(self) -> float:
        return self.docs / self.cpu if self.cpu else float("inf")

    @property
    def mb_per_second(self) -> float:
        return self.page_bytes / 1e6 / self.cpu if self.cpu else float("inf")

    def add(self, other: Timing) -> Timing:
        return Timing(self.docs, self.page_bytes, self.cpu + other.cpu, self.wall + other.wall)

    def minus(self, other: Timing) -> Timing:
        return Timing(self.docs, self.page_bytes, max(self.cpu - other.cpu, 0.0), max(self.wall - other.wall, 0.0))


class Stopwatch:
    """Accumulates CPU and wall time over the `with` blocks it times."""

    def __init__(self) -> None:
        self.cpu = 0.0
        self.wall = 0.0

    def __enter__(self) -> Stopwatch:
        self._cpu, self._wall = time.process_time(), time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.cpu += time.process_time() - self._cpu
        self.wall += time.perf_counter() - self._wall

    def timing(self, docs: int, page_bytes: int) -> Timing:
        return Timing(docs, page_bytes, self.cpu, self.wall)


def timed_map(function: Callable[[T], R], items: Iterable[T]) -> tuple[list[R], Stopwatch]:
    watch = Stopwatch()
    with watch:
        results = [function(item) for item in items]
    return results, watch


def time_over(function: Callable[[T], object], items: list[T], page_bytes: int) -> Timing:
    """`function` over every item, as a Timing of len(items) documents of `page_bytes` bytes."""
    _, watch = timed_map(function, items)
    return watch.timing(len(items), page_bytes)


def load_average() -> float:
    return os.getloadavg()[0]


def tree_rss(pid: int) -> tuple[int, int]:
    """(total RSS of the process and all its descendants, number of processes), bytes."""
    total, count = 0, 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        rss = next((line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")), "0")
        total += int(rss) * 1024
        count += 1
        pending.extend(int(child) for child in children)
    return total, count


@dataclass
class MemoryWatch:
    """Samples the RSS of a process tree from a thread until stopped: peak and samples."""

    pid: int
    interval: float = 0.25
    peak: int = 0
    peak_processes: int = 0
    samples: list[tuple[float, int]] = field(default_factory=list)

    def __enter__(self) -> MemoryWatch:
        self._stop = threading.Event()
        self._started = time.perf_counter()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            rss, processes = tree_rss(self.pid)
            self.samples.append((time.perf_counter() - self._started, rss))
            if rss > self.peak:
                self.peak, self.peak_processes = rss, processes

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
