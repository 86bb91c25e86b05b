"""Byline lines that name the kind of page before its day ('Press Release | 23 October 2026')."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.parse.chrome import LineKind, read_byline, read_line


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Press Release | 23 October 2026", dt.date(2026, 10, 23)),
        ("PRESS RELEASE | Oct 23, 2026", dt.date(2026, 10, 23)),
        ("News Release: 2026-10-23", dt.date(2026, 10, 23)),
        ("Media Release | 3 March 2025", dt.date(2025, 3, 3)),
    ],
)
def test_a_page_kind_then_a_day_is_the_publication_stamp(line: str, day: dt.date) -> None:
    byline = read_byline(line)
    assert byline is not None and byline.stamp is not None
    assert byline.stamp.day == day
    assert read_line(line).kind is LineKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "Press Release: Alliance elects new council and welcomes nine members",
        "Press Release",
        "Press release issued by the alliance on 23 October 2026 after the meeting",
    ],
)
def test_a_page_kind_without_a_day_after_it_is_text(line: str) -> None:
    assert read_byline(line) is None
    assert read_line(line).kind is LineKind.TEXT
