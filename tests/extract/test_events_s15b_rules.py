# ruff: noqa: E501  (passages are whole sentences)
"""Rules, session 15 (wave 2): a place told with a day is carried only to that day's happenings, the
days of a range told with it, the days after an arrival, and the lines under a city heading."""

import datetime as dt

import pytest

from pipeline.extract.events import Setting, _carried_to, _within


def _on(day: int, place: str | None = None, until: int | None = None) -> Setting:
    date = dt.date(2025, 11, day)
    last = dt.date(2025, 11, until) if until else None
    return Setting(date, f"11月{day}日", place, until is not None, False, last)


@pytest.mark.parametrize(
    ("own", "placed_by", "by_heading", "stays", "carried"),
    [
        (_on(12), _on(10, "Auckland"), False, False, False),  # another day: another happening's place
        (_on(12), _on(12, "Nanchang"), False, False, True),  # the same day
        (_on(11), _on(10, "Changsha", until=13), False, False, True),  # inside the range told with it
        (_on(14), _on(10, "Changsha", until=13), False, False, False),  # after the range
        (_on(11), _on(10, "Chengdu"), False, True, True),  # arrived the day before
        (_on(9), _on(10, "Chengdu"), False, True, False),  # before the arrival
        (_on(6), _on(5, "Kuala Lumpur"), True, False, True),  # under a city heading
        (_on(6), Setting(None, None, "Nanchang"), False, False, True),  # a place told without a day
        (_on(6), None, False, False, True),  # nothing told: nothing to drop
    ],
)
def test_a_place_is_carried_only_within_its_happening(own, placed_by, by_heading, stays, carried):
    assert _carried_to(own, placed_by, by_heading, stays) is carried


def test_a_range_covers_its_own_days_only():
    forum = _on(20, "Changsha", until=23)
    assert _within(_on(23), forum) and _within(_on(20), forum)
    assert not _within(_on(24), forum)
    assert not _within(_on(21), _on(20, "Changsha"))  # one day is no range
    assert not _within(_on(21), None)


PUBLISHED = "2025-11-20"


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        (
            "The delegation arrived in Chengdu on November 10. On November 11, the two universities signed a memorandum of understanding.",
            "en",
            "Chengdu",
        ),
        (
            "The delegation visited Chengdu on November 10. On November 11, the two universities signed a memorandum of understanding.",
            "en",
            None,
        ),
        ("代表团11月6日抵达赣州。11月7日，赣南医科大学与宋卡王子大学签署合作备忘录。", "zh", "赣州"),
        ("11月6日，代表团在赣州参观。11月7日，赣南医科大学与宋卡王子大学签署合作备忘录。", "zh", None),
    ],
)
def test_an_arrival_places_the_days_after_it(extract, text, language, place):  # (event_place_lasting.txt)
    signings = [e for e in extract(text, language, published=PUBLISHED).events if e.kind == "signing"]
    assert [e.location for e in signings] == [place]
