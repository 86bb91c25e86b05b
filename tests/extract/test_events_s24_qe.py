# ruff: noqa: E501  (probes are whole sentences, one a line)
"""Events, session 24 (qe): made-up passages in the genre's ways, each with the events a careful reader
takes from them (kind, date, name, location), and near-misses the readings must not fire on."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin

Found = list[tuple[str, str | None, str | None, str | None]]
PUBLISHED = dt.date(2025, 11, 20)


def _events(text: str, language: str, published: dt.date = PUBLISHED) -> Found:
    bulletin = Bulletin(text=text, language=language, published=published, origin="test")
    return [(e.kind, e.date, e.name, e.location) for e in extract_bulletin(bulletin).events]


def _of_kind(events: Found, kind: str) -> Found:
    return [e for e in events if e[0] == kind]


# -- an approval told in passing beside the sentence's own happening is background -------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("经教育部批准设立的南昌大学利兹学院于11月17日揭牌成立。", "zh"),
        ("11月17日，经教育部批准设立的南昌大学利兹学院举行揭牌仪式。", "zh"),
        ("The Nanchang University Leeds Institute, approved by the Ministry of Education, was inaugurated on November 17.", "en"),
    ],
)
def test_an_approval_told_as_an_attribute_of_a_founded_institute_is_background(text: str, language: str) -> None:
    events = _events(text, language)
    assert _of_kind(events, "approval") == [("approval", None, None, None)]
    founded = _of_kind(events, "establishment")
    assert [(e[1], e[2]) for e in founded] == [("2025-11-17", "Nanchang University Leeds Institute" if language == "en" else "南昌大学利兹学院")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("南昌大学利兹学院于2019年经教育部批准设立，11月17日举行首届毕业典礼。", "zh"),
        ("The Nanchang University Leeds Institute, which was approved by the Ministry of Education in 2019, held its first graduation ceremony on November 17.", "en"),
        ("On November 17, the Nanchang University Leeds Institute, approved by China's Ministry of Education in 2019, held its first graduation ceremony.", "en"),
        ("Approved by the Ministry of Education in 2019, the Nanchang University Leeds Institute held its first graduation ceremony on November 17.", "en"),
    ],
)
def test_an_approval_placed_in_a_year_beside_a_dated_ceremony_is_background(text: str, language: str) -> None:
    events = _events(text, language)
    assert _of_kind(events, "approval") == [("approval", None, None, None)]
    assert [e[1] for e in _of_kind(events, "other")] == ["2025-11-17"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the approval is the sentence's news: its day
        ("11月17日，教育部批准南昌大学与英国利兹大学合作举办南昌大学利兹学院。", "zh"),
        ("On November 17, the Ministry of Education approved the Nanchang University Leeds Institute, a joint institute of Nanchang University and the University of Leeds.", "en"),
        ("The institute, approved by the Ministry of Education on November 17, will enrol its first 120 students next autumn.", "en"),
        ("教育部于11月17日批准设立的南昌大学利兹学院将于明年招生。", "zh"),
    ],
)
def test_an_approval_told_with_its_own_day_keeps_it(text: str, language: str) -> None:
    assert _of_kind(_events(text, language), "approval") == [("approval", "2025-11-17", None, None)]


# -- a founding or a signing in a relative clause placed in a year or month is background -------------


def test_a_founding_in_a_relative_clause_of_a_year_is_background() -> None:
    text = "On November 17, Nanchang University and the University of Leeds, which launched the Nanchang University Leeds Institute in 2019, signed a new agreement."
    events = _events(text, "en")
    assert ("establishment", None, "Nanchang University Leeds Institute", None) in events
    assert ("signing", "2025-11-17", None, None) in events


@pytest.mark.parametrize("when", ["in Sept. 2019", "in September 2019", "in 2019"])
def test_a_renewal_of_an_agreement_first_signed_in_a_month_is_two_signings(when: str) -> None:
    text = f"On November 17, Nanchang University renewed its agreement with the University of Leeds, which was first signed {when}."
    signings = _of_kind(_events(text, "en"), "signing")
    assert sorted(signings, key=str) == sorted([("signing", "2025-11-17", None, None), ("signing", None, None, None)], key=str)


# -- a trip abroad told by "toured" or "led a delegation to" -------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A Central South University delegation led by Vice-President Li Wei toured Australia from November 10 to 14.",
        "From November 10 to 14, President Li Wei led a delegation to Australia.",
        "From November 10 to 14, Vice-President Li Wei headed a delegation to Australia, calling on three universities.",
        "From November 10 to 14, President Li Wei led a delegation to visit Australia.",
    ],
)
def test_a_trip_to_one_country_is_placed_there(sentence: str) -> None:
    assert _of_kind(_events(sentence, "en"), "visit") == [("visit", "2025-11-10", None, "Australia")]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("From November 10 to 14, President Li Wei led a delegation to Australia and New Zealand.", "en"),
        ("From November 10 to 14, a delegation of Central South University visited Germany, France, and Italy.", "en"),
        ("11月10日至14日，校长李伟率团访问德国、法国和意大利，先后走访了5所高校。", "zh"),
    ],
)
def test_a_trip_to_several_countries_named_has_no_one_place(sentence: str, language: str) -> None:
    assert _of_kind(_events(sentence, language), "visit") == [("visit", "2025-11-10", None, None)]


def test_touring_laboratories_is_no_trip_abroad() -> None:
    text = "On November 17, a delegation from the University of Leeds visited Nanchang University in Nanchang. The delegation also toured the university's food science laboratories."
    assert _of_kind(_events(text, "en"), "visit") == [("visit", "2025-11-17", None, "Nanchang")]


# -- a happening told apart from those before it -------------------------------------------------------


@pytest.mark.parametrize("opening", ["Separately,", "In another development,"])
def test_a_signing_told_separately_takes_no_day_told_before(opening: str) -> None:
    text = (
        "On Friday, a delegation from Kyungpook National University visited Anhui Normal University in Wuhu.\n\n"
        f"{opening} Anhui Polytechnic University has signed a memorandum of understanding with Kazakh-British Technical University."
    )
    assert _of_kind(_events(text, "en"), "signing") == [("signing", None, None, None)]


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("On 7 October, Deakin University and Jiangxi Normal University signed an agreement. In a separate online ceremony the same day, Deakin University and East China University of Technology signed a student exchange agreement.", "en", 2),
        ("10月7日，南昌大学与英国利兹大学签署合作协议。在另一场签约仪式上，江西师范大学与英国诺丁汉大学签署合作备忘录。", "zh", 2),
        # near-misses: told on the same day without a word telling them apart, one ceremony (the corpus's gold)
        ("On 7 October, Deakin University and Jiangxi Normal University signed an agreement. The same day, Deakin University and East China University of Technology signed a student exchange agreement.", "en", 1),
        ("10月7日，南昌大学与英国利兹大学签署合作协议。同日，江西师范大学与英国诺丁汉大学签署合作备忘录。", "zh", 1),
    ],
)
def test_a_signing_in_a_separate_ceremony_on_the_same_day_is_another(text: str, language: str, count: int) -> None:
    signings = _of_kind(_events(text, language, dt.date(2026, 10, 8)), "signing")
    assert signings == [("signing", "2026-10-07", None, None)] * count


# -- a joint body named after both parents across a dash -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("11月4日上午，华东交通大学—莫斯科国立交通大学轨道交通联合研究中心揭牌仪式在我校举行。", "华东交通大学—莫斯科国立交通大学轨道交通联合研究中心"),
        ("11月4日，华东交通大学—莫斯科国立交通大学轨道交通联合研究中心正式揭牌成立。", "华东交通大学—莫斯科国立交通大学轨道交通联合研究中心"),
        # near-miss: the parents named in a clause before the body are no part of its name
        ("11月4日，华东交通大学与莫斯科国立交通大学共建的轨道交通联合研究中心正式揭牌成立。", "轨道交通联合研究中心"),
    ],
)
def test_a_joint_bodys_name_runs_over_the_dash_after_its_first_parent(text: str, name: str) -> None:
    founded = _of_kind(_events(text, "zh"), "establishment")
    assert [(e[1], e[2]) for e in founded] == [("2025-11-04", name)]
