"""parse_published: page stamps as aware datetimes (Beijing time when no zone is given)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.dates import BEIJING, parse_published


def beijing(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=BEIJING)


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("2025 12/18 10:25:15", beijing(2025, 12, 18, 10, 25, 15)),
        ("2025-11-18 16:20:51", beijing(2025, 11, 18, 16, 20, 51)),
        ("2025/11/18", beijing(2025, 11, 18)),
        ("2025.11.18", beijing(2025, 11, 18)),
        ("2025年11月18日 09:30", beijing(2025, 11, 18, 9, 30)),
        ("2025年11月18日", beijing(2025, 11, 18)),
        ("2025年11月18日09:30", beijing(2025, 11, 18, 9, 30)),
        ("２０２５年１１月１８日", beijing(2025, 11, 18)),
        ("02.04.2022 14:30", beijing(2022, 4, 2, 14, 30)),
        ("16-01-2025 10:30", beijing(2025, 1, 16, 10, 30)),
        ("发布时间:16-01-2025 10:30浏览次数:12", beijing(2025, 1, 16, 10, 30)),
        ("Updated: 2025-06-03 09:12", beijing(2025, 6, 3, 9, 12)),
        ("Dec 18, 2025", beijing(2025, 12, 18)),
        ("Dec. 18, 2025", beijing(2025, 12, 18)),
        ("18 December 2025", beijing(2025, 12, 18)),
        ("December 18, 2025 10:02", beijing(2025, 12, 18, 10, 2)),
        ("December 18, 2025 at 3:05 PM", beijing(2025, 12, 18, 15, 5)),
        ("发布时间:2023-10-09", beijing(2023, 10, 9)),
        ("发布者:admin发布时间:2023-10-09浏览次数:128", beijing(2023, 10, 9)),
        ("Source : Date :2021-06-01 Hits :", beijing(2021, 6, 1)),
        ("2025-03-02 09:15:07来源:某某日报编辑:李明责编:王芳", beijing(2025, 3, 2, 9, 15, 7)),
        ("来源:某省教育厅 发布:2024-05-06", beijing(2024, 5, 6)),
        ("18/12/2025", beijing(2025, 12, 18)),
        ("12/18/2025", beijing(2025, 12, 18)),
    ],
)
def test_stamp_formats(stamp: str, expected: dt.datetime) -> None:
    parsed = parse_published(stamp)
    assert parsed == expected
    assert parsed is not None and parsed.utcoffset() == dt.timedelta(hours=8)


def test_iso_with_utc_zone_keeps_the_zone() -> None:
    parsed = parse_published("2025-11-18T08:00:00Z")
    assert parsed == dt.datetime(2025, 11, 18, 8, tzinfo=dt.UTC)
    assert parsed is not None and parsed.utcoffset() == dt.timedelta(0)


def test_iso_with_offset_keeps_the_offset() -> None:
    parsed = parse_published("2025-11-18T10:25:15-05:00")
    assert parsed is not None
    assert parsed.utcoffset() == dt.timedelta(hours=-5)
    assert parsed.hour == 10


def test_iso_with_fraction_and_compact_offset() -> None:
    parsed = parse_published("2025-11-18T10:25:15.123+0800")
    assert parsed == beijing(2025, 11, 18, 10, 25, 15)


def test_result_is_always_aware() -> None:
    for stamp in ("2025-11-18", "Dec 18, 2025", "02.04.2022 14:30"):
        parsed = parse_published(stamp)
        assert parsed is not None and parsed.tzinfo is not None


@pytest.mark.parametrize(
    "stamp",
    [
        "",
        "字体:大 中 小",
        "2025",
        "浏览次数:128",
        "2025-13-45",
        "2025年2月30日",
        "04/05/2025",
        "Hits: 12",
        "16-01.2025 10:30",
    ],
)
def test_no_readable_day_gives_none(stamp: str) -> None:
    assert parse_published(stamp) is None


def test_broken_time_keeps_the_day() -> None:
    assert parse_published("2025-11-18 25:61") == beijing(2025, 11, 18)


def test_first_stamp_wins_when_several() -> None:
    assert parse_published("发布:2024-05-06 更新:2024-05-07") == beijing(2024, 5, 6)


def test_english_and_numeric_stamps_compete_by_position() -> None:
    assert parse_published("Posted Dec 18, 2025 (updated 2025-12-20)") == beijing(2025, 12, 18)


@pytest.mark.parametrize(
    ("stamp", "hours"),
    [
        ("2025-11-18 10:00 UTC+8", 8),
        ("2025-11-18 10:00 GMT-5", -5),
        ("2025-11-18 10:00 (Beijing Time)", 8),
        ("2025-11-18 10:00 CST", 8),
        ("2025-11-18 10:00 UTC", 0),
        ("2025-11-18T10:00:00+0530", 5.5),
    ],
)
def test_written_zones(stamp: str, hours: float) -> None:
    parsed = parse_published(stamp)
    assert parsed is not None and (parsed.hour, parsed.minute) == (10, 0)
    assert parsed.utcoffset() == dt.timedelta(hours=hours)


def test_chinese_clock_words() -> None:
    assert parse_published("2025年11月18日10点30分") == beijing(2025, 11, 18, 10, 30)


def test_chinese_numeral_stamp() -> None:
    assert parse_published("二〇二五年十一月十八日") == beijing(2025, 11, 18)
