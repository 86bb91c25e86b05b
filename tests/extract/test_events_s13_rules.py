"""Unit tests of session 13's event rules: visits on different days, happenings dated months before
the page, named events of an earlier year, trips of several days."""

import datetime as dt

import pytest

from pipeline.dates import DateMention
from pipeline.extract.events import (
    _RANGE_WORDS,
    EventName,
    _Draft,
    _first_trip_word,
    _months_before,
    _named_in_an_earlier_year,
    _one_trip,
)
from pipeline.extract.spans import Hit


def _visit(date: str | None, date_text: str | None, text: str) -> _Draft:
    return _Draft("visit", None, date, date_text, None, {"start": 0, "end": len(text), "text": text})


@pytest.mark.parametrize(
    ("first", "later", "one"),
    [
        # two delegations, two days
        (
            _visit("2025-11-18", "Nov. 18", "On Nov. 18, a delegation from X visited the university."),
            _visit("2025-11-19", "Wednesday", "On Wednesday, Y received a delegation from Z."),
            False,
        ),
        # one day, or a mention without a day: one visit
        (_visit("2025-11-18", "Nov. 18", "a delegation visited"), _visit("2025-11-18", "Nov. 18", "met"), True),
        (_visit("2025-11-18", "Nov. 18", "a delegation visited"), _visit(None, None, "held talks"), True),
        # a trip told as a range, then a day inside it
        (
            _visit("2025-10-14", "10月14日至16日", "代表团访问湖南"),
            _visit("2025-10-15", "10月15日", "到访中南大学"),
            True,
        ),
        # a day before the range is another visit
        (_visit("2025-10-14", "10月14日至16日", "代表团访问湖南"), _visit("2025-10-13", "本周一", "举行会晤"), False),
        # told as several days, or the later told as more of the trip
        (_visit("2025-11-17", "Monday", "began a three-day visit"), _visit("2025-11-19", "Wednesday", "toured"), True),
        (_visit("2025-11-17", "11月17日", "一行抵达"), _visit("2025-11-19", "19日", "访问期间，代表团还参观了"), True),
        (
            _visit("2025-11-17", "Monday", "arrived"),
            _visit("2025-11-19", "Wednesday", "The delegation also visited Y."),
            True,
        ),
    ],
)
def test_one_trip(first, later, one):
    assert _one_trip(first, later) is one


@pytest.mark.parametrize(
    ("text", "is_range"),
    [
        ("10月14日至16日", True),
        ("from May 7 to 12", True),
        ("7-9 May", True),
        ("2025-11-18", False),
        ("Nov. 18", False),
    ],
)
def test_range_words(text, is_range):
    assert (_RANGE_WORDS.search(text) is not None) is is_range


def _month(year: int, month: int) -> DateMention:
    return DateMention(0, 10, "a month", dt.date(year, month, 1), kind="month")


@pytest.mark.parametrize(
    ("mentions", "published", "before"),
    [
        ([_month(2024, 4)], dt.date(2025, 11, 21), True),
        ([_month(2025, 11)], dt.date(2025, 11, 21), False),  # "in November" on a November page: maybe the day's
        ([_month(2024, 4), DateMention(0, 5, "Nov. 18", dt.date(2025, 11, 18))], dt.date(2025, 11, 21), False),
        ([], dt.date(2025, 11, 21), False),
        ([_month(2024, 4)], None, False),
    ],
)
def test_months_before(mentions, published, before):
    assert _months_before(mentions, published) is before


def test_named_in_an_earlier_year():
    names = [EventName(0, 30, "2024 China-South Asia Education Ministers' Roundtable")]
    assert _named_in_an_earlier_year(names, dt.date(2025, 12, 2))
    assert not _named_in_an_earlier_year(names, dt.date(2024, 6, 2))
    assert not _named_in_an_earlier_year([EventName(0, 10, "Study in Yunnan Fair")], dt.date(2025, 12, 2))


def test_first_trip_word():
    hits = [Hit(30, 32, "出席", "conference"), Hit(12, 14, "赴", "trip"), Hit(20, 22, "访问", "visit")]
    assert _first_trip_word(hits) == 12
    assert _first_trip_word([Hit(0, 4, "举办", "conference")]) is None
