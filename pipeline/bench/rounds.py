"""Interleaved rounds: the figures that form a ratio, measured side by side on the same pages.

The machine is shared and its speed moves by half between one minute and the next, so a
ratio of two figures measured minutes apart carries that drift. Here each round times
every measurement once over the same pages (CPU time of this process), interleaved: the
pages are cut into slices of a batch, and each slice goes through every measurement in
turn, so the measurements alternate every second or so rather than once a round. The
order turns by one from slice to slice and starts elsewhere in each round, so that no
measurement always runs first. A ratio is taken within each round (both sides saw the
same stretch of machine time) and its median over the rounds is the figure reported.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pipeline.bench.timing import Timing, load_average

END_TO_END = "end to end"
STACK_PARTS = ("trafilatura", "spaCy NER")
Measure = Callable[[slice], Timing]  # times one measurement over a slice of the sample's pages


@dataclass
class Round:
    """One round: each measurement's timing over all the pages, the order of its first slice (then
    turned by one a slice), the load average before and after it."""

    order: tuple[str, ...]
    timings: dict[str, Timing]
    load_before: float
    load_after: float

    def total(self, names: Sequence[str]) -> Timing | None:
        """The named timings summed (a floor or a stack of several parts); None if one is missing."""
        if not names or any(name not in self.timings for name in names):
            return None
        total = self.timings[names[0]]
        for name in names[1:]:
            total = total.add(self.timings[name])
        return total


def rotation(names: Sequence[str], number: int, rounds: int) -> tuple[str, ...]:
    """The order of round `number` of `rounds`: the list rotated so the first places spread over it."""
    shift = number * len(names) // rounds if rounds else 0
    return turned(names, shift)


def turned(names: Sequence[str], shift: int) -> tuple[str, ...]:
    shift %= len(names) or 1
    return tuple(names[shift:]) + tuple(names[:shift])


def slices(count: int, size: int) -> list[slice]:
    """`count` pages cut into slices of `size` (the last one shorter)."""
    return [slice(start, min(start + size, count)) for start in range(0, count, size)]


def run_rounds(measures: dict[str, Measure], rounds: int, parts: list[slice],
               on_round: Callable[[Round], None] | None = None) -> list[Round]:
    """Time every measurement once per round over all `parts` of the pages, slice by slice, `rounds` times."""
    done = []
    for number in range(rounds):
        order = rotation(list(measures), number, rounds)
        before = load_average()
        timings: dict[str, list[Timing]] = {name: [] for name in order}
        for offset, part in enumerate(parts):
            for name in turned(order, offset):
                timings[name].append(measures[name](part))
        done.append(Round(order, {name: pages_sum(found) for name, found in timings.items()}, before, load_average()))
        if on_round:
            on_round(done[-1])
    return done


def pages_sum(timings: Sequence[Timing]) -> Timing:
    """Timings of disjoint sets of pages as one: documents, bytes and seconds added."""
    return Timing(sum(t.docs for t in timings), sum(t.page_bytes for t in timings),
                  sum(t.cpu for t in timings), sum(t.wall for t in timings))


def series(rounds: Sequence[Round], names: Sequence[str]) -> list[Timing]:
    """Per round, the named timings summed; empty when a round lacks one of them."""
    totals = [round_.total(names) for round_ in rounds]
    return [] if not totals or None in totals else totals  # type: ignore[return-value]


def median_timing(timings: Sequence[Timing]) -> Timing | None:
    """The median round's figures (CPU and wall seconds each the median over the rounds)."""
    if not timings:
        return None
    first = timings[0]
    return Timing(first.docs, first.page_bytes, statistics.median(t.cpu for t in timings),
                  statistics.median(t.wall for t in timings))


def speed_ratios(numerators: Sequence[Timing], denominators: Sequence[Timing]) -> list[float]:
    """Per round, the numerator's speed over the denominator's (same pages: their CPU times inverted)."""
    return [top.per_second / bottom.per_second for top, bottom in zip(numerators, denominators, strict=True)]
