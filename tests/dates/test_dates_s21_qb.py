"""Dates, session 21 (qb): a day without month after a later day of the same text. Read forward it
would fall in a later month after the page's date; it is a day before the one named (the report's
day comes first, the happening's after: "记者15日获悉，代表团于13日至14日访问…"). A day still to come
in the same month stays ahead. Every sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

from pipeline.dates import find_dates


def _days(text: str, language: str, published: dt.date) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(m.text, m.date, m.end_date) for m in find_dates(text, language, published)]


def test_a_day_told_after_a_later_report_day_is_before_it_not_in_the_next_month() -> None:
    days = _days("记者20日从云南大学获悉，老挝国立大学代表团于17日至18日访问该校。", "zh", dt.date(2026, 3, 21))
    assert ("17日至18日", dt.date(2026, 3, 17), dt.date(2026, 3, 18)) in days


def test_an_english_day_told_after_a_later_one_is_before_it() -> None:
    text = "The university said on the 20th that the delegation had visited on the 17th."
    days = _days(text, "en", dt.date(2026, 3, 21))
    assert [d for t, d, _ in days if "17" in t] == [dt.date(2026, 3, 17)]


def test_a_day_ahead_in_the_same_month_stays_ahead() -> None:
    days = _days("3月15日，代表团抵达昆明。论坛将于20日开幕。", "zh", dt.date(2026, 3, 16))
    assert ("20日", dt.date(2026, 3, 20), None) in days


def test_prose_moving_into_the_next_month_before_publication_stays() -> None:
    days = _days("3月30日，论坛开幕，4月2日代表团离开，3日返回。", "zh", dt.date(2026, 4, 8))
    assert ("3日", dt.date(2026, 4, 3), None) in days
    days = _days("3月30日，论坛开幕，2日闭幕。", "zh", dt.date(2026, 4, 8))
    assert ("2日", dt.date(2026, 4, 2), None) in days
