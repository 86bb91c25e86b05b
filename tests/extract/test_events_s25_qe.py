# ruff: noqa: E501  (probes are whole sentences, one a line)
"""Events and partnerships, session 25 (qe): made-up passages in the genre's ways (dates, one
happening told twice, a delegation's trip, documents in book-title marks), each with what a careful
reader takes from them."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin
from schemas.records import BulletinRecord

PUBLISHED = dt.date(2025, 11, 20)  # a Thursday


def _record(text: str, language: str, published: dt.date = PUBLISHED) -> BulletinRecord:
    return extract_bulletin(Bulletin(text=text, language=language, published=published, origin="test"))


def _conferences(text: str, language: str, published: dt.date = PUBLISHED) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.name) for e in _record(text, language, published).events if e.kind == "conference"]


def _pairs(text: str, language: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(p.chinese.name, p.foreign.name, p.kind, p.date) for p in _record(text, language).partnerships]


# -- the days a year in an event's name reads: a day after the page's, a plan --------------------------


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        # a day after the page's in its year is last year's, with or without a year in the name
        # (an earlier year in a name dates a day before the page's too: tests/extract/test_events_people.py)
        ("12月3日，2024中国—东盟教育交流周在贵阳开幕。", "zh", "2024-12-03"),
        ("The 2024 China-ASEAN Education Week opened in Guiyang on December 3.", "en", "2024-12-03"),
        # a later year in the name of a plan still places it
        ("2026年中英职业教育合作对话会将于3月3日在南昌举行。", "zh", "2026-03-03"),
        ("The 2026 China-Britain Vocational Education Dialogue will be held in Nanchang on March 3.", "en", "2026-03-03"),
    ],
)
def test_the_days_a_names_year_still_reads(text: str, language: str, date: str) -> None:
    assert [d for d, _ in _conferences(text, language)] == [date]


# -- a pair anaphor after the sides its sentence names speaks of them -----------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("11月10日至16日，江西师范大学代表团访问英国。访问期间，代表团先后到访利兹大学和布里斯托大学，与两校商讨合作事宜。", "zh"),
        ("11月10日至16日，江西师范大学代表团访问英国。访问期间，代表团到访了利兹大学、布里斯托大学，并与两校就学生交流进行了会谈。", "zh"),
        ("A delegation from Jiangxi Normal University visited the UK from November 10 to 16. During the visit, the delegation called on the University of Leeds and the University of Bristol and held talks with both universities.", "en"),
    ],
)
def test_a_delegation_calling_on_two_schools_told_as_the_two_pairs_each(text: str, language: str) -> None:
    # (a pair told only in a "during the visit" clause of a trip of several days: no day)
    foreign = {"zh": ("利兹大学", "布里斯托大学"), "en": ("University of Leeds", "University of Bristol")}[language]
    chinese = "江西师范大学" if language == "zh" else "Jiangxi Normal University"
    assert sorted(_pairs(text, language)) == sorted((chinese, f, "talks", None) for f in foreign)


def test_a_dated_call_on_two_schools_takes_its_day() -> None:
    text = "11月12日，南昌大学代表团到访德国海德堡大学和法国巴黎大学，与两校就学生交换进行了交流。"
    assert [(p[1], p[3]) for p in _pairs(text, "zh")] == [("海德堡大学", "2025-11-12"), ("巴黎大学", "2025-11-12")]


def test_two_foreign_sides_and_their_pair_anaphor_make_no_pair_with_a_chinese_side() -> None:
    text = "11月3日，南昌大学代表团访问英国。英国利兹大学与英国布里斯托大学签署合作协议，双方将互派学生。"
    assert all(p[1] not in {"布里斯托大学"} for p in _pairs(text, "zh"))


# -- two signings in one sentence, each pair on its own day, the second told from the first ------------


@pytest.mark.parametrize(
    ("text", "language", "days"),
    [
        ("11月12日，南昌大学与英国利兹大学签署合作协议，两天后，江西师范大学与英国布里斯托大学签署合作备忘录。", "zh", ("2025-11-12", "2025-11-14")),
        ("Nanchang University signed an agreement with the University of Leeds on November 12, and Jiangxi Normal University signed a memorandum of understanding with the University of Bristol two days later.", "en", ("2025-11-12", "2025-11-14")),
        ("On Monday, Nanchang University signed an agreement with the University of Leeds, and on Wednesday, Jiangxi Normal University signed a memorandum of understanding with the University of Bristol.", "en", ("2025-11-17", "2025-11-19")),
        ("11月12日，南昌大学与英国利兹大学签署合作协议，14日，江西师范大学与英国布里斯托大学签署合作备忘录。", "zh", ("2025-11-12", "2025-11-14")),
    ],
)
def test_two_pairs_of_one_sentence_each_take_their_day(text: str, language: str, days: tuple[str, str]) -> None:
    assert tuple(p[3] for p in _pairs(text, language)) == days


# -- what two sides found together is no third side: their joint institute --------------------------------


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("江西师范大学与英国利兹大学合作举办利兹学院。", "zh", ("江西师范大学", "利兹大学", "joint_institute", None)),
        ("2019年，江西师范大学与英国利兹大学合作举办的利兹学院获教育部批准。", "zh", ("江西师范大学", "利兹大学", "joint_institute", None)),
        ("Jiangxi Normal University and the University of Leeds jointly run Leeds College.", "en", ("Jiangxi Normal University", "University of Leeds", "joint_institute", None)),
        # a signed document is the kind; what it founds is its topic
        ("11月12日，江西师范大学与英国利兹大学签署关于共建利兹学院的协议。", "zh", ("江西师范大学", "利兹大学", "agreement", "2025-11-12")),
        ("11月12日，江西师范大学与英国利兹大学签署《关于合作举办利兹学院的协议》。", "zh", ("江西师范大学", "利兹大学", "agreement", "2025-11-12")),
    ],
)
def test_an_institute_two_sides_found_together_is_theirs_not_a_side(text: str, language: str, pair: tuple) -> None:
    assert _pairs(text, language) == [pair]


def test_a_college_that_signs_is_still_a_side() -> None:
    assert [p[1] for p in _pairs("江西师范大学与英国利兹学院签署合作协议。", "zh")] == ["利兹学院"]


# -- two happenings of one clause, each told with its own day -----------------------------------------------


def _dated(text: str, language: str) -> list[tuple[str, str | None]]:
    return sorted((e.kind, e.date) for e in _record(text, language).events)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A delegation from Nanchang University visited the University of Leeds on November 3 and signed a memorandum of understanding with it on November 4.", "en"),
        ("A delegation from Nanchang University visited the University of Leeds on November 3 and signed a memorandum of understanding with it the next day.", "en"),
        ("南昌大学代表团11月3日访问英国利兹大学，4日双方签署合作备忘录。", "zh"),
        ("11月3日，南昌大学代表团访问英国利兹大学，次日双方签署合作备忘录。", "zh"),
    ],
)
def test_a_visit_and_a_signing_of_one_sentence_take_their_own_days(text: str, language: str) -> None:
    assert _dated(text, language) == [("signing", "2025-11-04"), ("visit", "2025-11-03")]


# -- a side named again further on in its sentence: the words of each of its mentions ----------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("11月12日，江西师范大学代表团先后访问了利兹大学、布里斯托大学，并与利兹大学签署合作协议。", "zh"),
        ("11月12日，江西师范大学与利兹大学、布里斯托大学签署合作备忘录，并与利兹大学续签合作协议。", "zh"),
        ("On November 12, the delegation from Jiangxi Normal University visited the University of Leeds and the University of Bristol, and signed a cooperation agreement with the University of Leeds.", "en"),
    ],
)
def test_a_side_named_again_takes_the_kind_of_its_later_mention(text: str, language: str) -> None:
    kinds = {p[1]: p[2] for p in _pairs(text, language)}
    leeds, bristol = ("利兹大学", "布里斯托大学") if language == "zh" else ("University of Leeds", "University of Bristol")
    assert kinds[leeds] == "agreement"
    assert kinds[bristol] in {"talks", "mou"}
