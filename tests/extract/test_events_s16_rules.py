# ruff: noqa: E501  (passages are whole sentences)
"""Rules, session 16: a clause's own day (`_clause_day`), a retelling after its day (`_only_a_day`), a
trip's party opening a later day (`_party_opens`), visits at the same time elsewhere
(`_visits_elsewhere`), a name's later year (`_named_year_day`) and a length told in words."""

import datetime as dt

import pytest

from pipeline.dates import find_dates
from pipeline.extract.events import _clause_day, _draft, _only_a_day, _party_opens, _visits_elsewhere

PUBLISHED = dt.date(2025, 11, 20)


def _day_of(text: str, word: str, language: str) -> str | None:
    mentions = find_dates(text, language, PUBLISHED)
    day = _clause_day(text, 0, len(text), text.index(word), mentions)
    return None if day is None else day.date.isoformat()


@pytest.mark.parametrize(
    ("text", "word", "language", "day"),
    [
        ("经教育部11月3日批准设立的南昌大学中法学院，于11月15日在南昌举行揭牌仪式。", "批准", "zh", "2025-11-03"),
        ("经教育部11月3日批准设立的南昌大学中法学院，于11月15日在南昌举行揭牌仪式。", "揭牌", "zh", "2025-11-15"),
        ("11月3日，A与B签署合作备忘录，11月12日，两校又签署联合培养协议。", "又签署", "zh", "2025-11-12"),
        ("11月3日，A与B签署合作备忘录，11月12日，两校又签署联合培养协议。", "签署合作", "zh", "2025-11-03"),
        ("The institute, approved on November 3, held its opening on November 15.", "approved", "en", "2025-11-03"),
        ("The institute, approved on November 3, held its opening on November 15.", "opening", "en", "2025-11-15"),
        # a day that is no clause of its own does not date the clauses after it
        (
            "On Friday, the day before the conference, a delegation visited the university.",
            "delegation",
            "en",
            "2025-11-14",
        ),
        # (a comma inside a date is no clause's end)
        (
            "Following a memorandum signed on March 5, 2019, A signed an agreement on November 18.",
            "memorandum",
            "en",
            "2019-03-05",
        ),
        ("No day here, the two sides signed an agreement.", "signed", "en", None),
    ],
)
def test_a_trigger_takes_its_clauses_day(text, word, language, day):
    assert _day_of(text, word, language) == day


@pytest.mark.parametrize(
    ("text", "retold", "expected"),
    [
        ("11月30日，推进会在赣州召开。", "推进会在", True),
        ("11月30日上午，签约仪式在南昌举行。", "签约仪式在", True),
        ("11月30日，省教育厅召开推进会在赣州。", "推进会在", False),  # more than a day before it
        ("据悉，推进会在赣州召开。", "推进会在", False),  # no day
    ],
)
def test_a_retelling_may_open_after_its_day(text, retold, expected):
    before = text[: text.index(retold)]
    assert _only_a_day(before, 0, find_dates(text, "zh", PUBLISHED)) is expected


@pytest.mark.parametrize(
    ("text", "continues"),
    [
        ("11月18日，代表团访问江西师范大学。", True),
        ("次日上午，一行参观了学校实验室。", True),
        ("11月18日，利兹大学代表团访问江西师范大学。", False),
        ("the next day, the leeds delegation visited the school of education.", True),
        ("on november 11, the visiting delegation toured the campus.", True),
        ("on november 12, a delegation from kazan federal university visited nanchang university.", False),
        ("on november 12, the university received a delegation from kazan federal university.", False),
    ],
)
def test_a_later_day_told_of_the_party_itself(text, continues):
    assert _party_opens(text) is continues


def test_a_visit_at_the_same_time_is_not_at_the_frames_place():
    evidence = {"start": 0, "end": 1, "text": "同"}
    visit = _draft(("visit", None, None, None, "南昌", evidence, False, False, False))
    signing = _draft(("signing", None, None, None, "南昌", evidence, False, False, False))
    abroad = _draft(("visit", None, None, None, "俄罗斯", evidence, False, False, False))
    kept = _visits_elsewhere([visit, signing, abroad], "南昌")
    assert [e.location for e in kept] == [None, "南昌", "俄罗斯"]
    assert _visits_elsewhere([visit], None) == [visit]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a later year in a name told as past: the intake's, not the happening's
        ("11月8日，华东交通大学在吉隆坡举办2026年来华留学招生宣讲会。", "2025-11-08"),
        # a plan: the name's year places it
        ("2026年中英职业教育合作对话会将于3月3日在南昌举行。", "2026-03-03"),
        # an earlier year in a name still dates it ("the 2024 ... Conference ... on December 3")
        ("12月3日，2024中国—东盟教育交流周在贵阳开幕。", "2024-12-03"),
    ],
)
def test_a_names_year(extract, text, date):
    events = extract(text, "zh", published=PUBLISHED.isoformat()).events
    assert [e.date for e in events if e.kind == "conference"] == [date]


def test_a_length_in_words_makes_the_same_time_no_day(extract):
    text = "11月10日，2025中俄交通大学联盟论坛在南昌开幕。论坛为期两天，于11日下午闭幕。同期，南昌大学与喀山联邦大学签署合作协议。"
    signings = [e for e in extract(text, "zh", published=PUBLISHED.isoformat()).events if e.kind == "signing"]
    assert [(e.date, e.location) for e in signings] == [(None, "南昌")]
    one_day = "11月10日，2025中俄交通大学联盟论坛在南昌举行。同期，南昌大学与喀山联邦大学签署合作协议。"
    signings = [e for e in extract(one_day, "zh", published=PUBLISHED.isoformat()).events if e.kind == "signing"]
    assert [(e.date, e.location) for e in signings] == [("2025-11-10", "南昌")]
