# ruff: noqa: E501  (probes are whole sentences, one a line)
"""Dates, session 25 (qe): "the day after" / "the day before" is a day counted from the day last named
only where its clause ends there; followed by a happening ("the day after the forum opened") it
counts from that happening, which no day gives."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.dates import find_dates

PUBLISHED = dt.date(2025, 11, 20)


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.date.isoformat() if m.date else None) for m in find_dates(text, "en", PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "On November 3, the two universities signed a memorandum, the day after the forum opened.",
        "On November 3, the delegation arrived in Leeds. The day before the summit, it met the Vice-Chancellor.",
    ],
)
def test_the_day_after_a_happening_is_no_day_of_its_own(text: str) -> None:
    assert _read(text) == [("November 3", "2025-11-03")]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("On November 3, the delegation arrived in Leeds. The day after, the two sides signed a memorandum.", ("The day after", "2025-11-04")),
        ("On November 3, the delegation arrived in Leeds; it signed the memorandum the day after.", ("the day after", "2025-11-04")),
        ("On November 3, the delegation arrived in Leeds, having met its hosts the day before.", ("the day before", "2025-11-02")),
        ("On November 3, the delegation arrived in Leeds and signed a memorandum the next day.", ("the next day", "2025-11-04")),
    ],
)
def test_the_day_after_ending_its_clause_counts_from_the_day_named(text: str, second: tuple[str, str]) -> None:
    assert _read(text) == [("November 3", "2025-11-03"), second]
