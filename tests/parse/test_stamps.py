"""Publication stamps in the formats pages print, as aware datetimes (Beijing by default)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.parse.stamps import find_stamp

BEIJING = dt.timezone(dt.timedelta(hours=8))


@pytest.mark.parametrize(
    ("value", "moment"),
    [
        ("2025 12/18 10:25:15", dt.datetime(2025, 12, 18, 10, 25, 15, tzinfo=BEIJING)),
        ("2025-11-18 16:20:51", dt.datetime(2025, 11, 18, 16, 20, 51, tzinfo=BEIJING)),
        ("2025年11月18日 09:30", dt.datetime(2025, 11, 18, 9, 30, tzinfo=BEIJING)),
        ("02.04.2022 14:30", dt.datetime(2022, 4, 2, 14, 30, tzinfo=BEIJING)),
        ("Updated: 2025-06-03 09:12", dt.datetime(2025, 6, 3, 9, 12, tzinfo=BEIJING)),
        ("2025-06-03T09:12:00Z", dt.datetime(2025, 6, 3, 9, 12, tzinfo=dt.UTC)),
        ("2025-06-03T09:12:00+08:00", dt.datetime(2025, 6, 3, 9, 12, tzinfo=BEIJING)),
        ("02/07/2025 16:20", dt.datetime(2025, 7, 2, 16, 20, tzinfo=BEIJING)),  # day first, as with dots
        ("June 3, 2025, 10:15", dt.datetime(2025, 6, 3, 10, 15, tzinfo=BEIJING)),
        ("02.07.2025, 16:20", dt.datetime(2025, 7, 2, 16, 20, tzinfo=BEIJING)),
        ("Posted June 3, 2025 at 2:15 pm", dt.datetime(2025, 6, 3, 14, 15, tzinfo=BEIJING)),
    ],
)
def test_stamps_with_a_time(value: str, moment: dt.datetime) -> None:
    stamp = find_stamp(value)
    assert stamp is not None
    assert stamp.moment == moment
    assert stamp.moment.utcoffset() == moment.utcoffset()


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("Dec 18, 2025", dt.date(2025, 12, 18)),
        ("2025年11月17日", dt.date(2025, 11, 17)),
        ("18 December 2025", dt.date(2025, 12, 18)),
        ("2023-10-09", dt.date(2023, 10, 9)),
    ],
)
def test_stamps_without_a_time_give_a_day_only(value: str, day: dt.date) -> None:
    stamp = find_stamp(value)
    assert stamp is not None
    assert stamp.day == day
    assert stamp.moment is None


@pytest.mark.parametrize("value", ["114日", "2025-13-45", "11月18日", "浏览次数:128", ""])
def test_garbled_or_yearless_values_are_not_stamps(value: str) -> None:
    assert find_stamp(value) is None


def test_stamp_position_inside_a_glued_byline() -> None:
    line = "发布者:admin发布时间:2023-10-09浏览次数:128"
    stamp = find_stamp(line)
    assert stamp is not None
    assert line[stamp.start : stamp.end] == "2023-10-09"


def test_a_number_after_the_day_is_no_time_of_it() -> None:
    stamp = find_stamp("June 3, 2025, 10 universities signed the declaration")
    assert stamp is not None and stamp.moment is None and stamp.end == len("June 3, 2025")
