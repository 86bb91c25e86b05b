"""Byline lines that name the kind of page before its day ('Press Release | 23 October 2026'), and
the date labels content systems print ('录入时间：', 'Last updated:', 'Posted by ... | <day>')."""

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


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("录入时间：2025-03-12", dt.date(2025, 3, 12)),
        ("添加时间：2025-03-12 10:00", dt.date(2025, 3, 12)),
        ("更新日期：2025-03-12", dt.date(2025, 3, 12)),
        ("发稿时间：2025年3月12日", dt.date(2025, 3, 12)),
        ("Last updated: 12 March 2025", dt.date(2025, 3, 12)),
        ("Date posted: March 12, 2025", dt.date(2025, 3, 12)),
        ("Issued on 12 March 2025", dt.date(2025, 3, 12)),
        ("Posted by International Office | 2025-03-04", dt.date(2025, 3, 4)),
    ],
)
def test_content_system_date_labels_give_the_publication_stamp(line: str, day: dt.date) -> None:
    byline = read_byline(line)
    assert byline is not None and byline.stamp is not None
    assert byline.stamp.day == day
    assert byline.credited_source is None and byline.editor is None  # a poster is no source


@pytest.mark.parametrize(
    "line",
    [
        "Issued by the Ministry of Education",
        "Last updated: yesterday",
        "Posted by the office on 12 March 2025, it says.",
    ],
)
def test_those_labels_in_prose_are_text(line: str) -> None:
    assert read_byline(line) is None
