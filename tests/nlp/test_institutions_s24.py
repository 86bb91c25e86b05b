"""Session 24 (qi): names of descriptive words that their place completes, 与 between the fields a
body is named by, a Latin brand opening an alliance's name, centres named by their use, a kind of
school described, a generic name before a listed acronym. Every sentence is made up for these tests
(the bodies are invented or unlisted); each rule has a near-miss it must not fire on."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _names(text: str, language: str = "en") -> dict[str, str | None]:
    bulletin = Bulletin(text=text, language=language, url=None, published=dt.date(2026, 5, 10), origin="test")
    return {i.name: i.country for i in extract_bulletin(bulletin).institutions}


# -- a descriptive school name takes its place ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Hunan University signed an agreement with the University of Economics in Katowice.",
         "University of Economics in Katowice", "PL"),
        ("Delegates of the Agricultural University of Tirana visited Hunan University.",
         "Agricultural University of Tirana", "AL"),
        ("Hunan University hosted the Pedagogical University in Kraków and the Medical University of Bulgaria.",
         "Medical University of Bulgaria", "BG"),
        ("The Technological University of Uruguay signed a memorandum with Hunan University.",
         "Technological University of Uruguay", "UY"),
    ],
)
def test_a_name_of_descriptive_words_keeps_its_place(text: str, name: str, country: str) -> None:
    assert _names(text).get(name) == country


@pytest.mark.parametrize(
    ("text", "kept", "not_kept"),
    [
        # a proper name: the country after its "of" is a cue, no part of it
        ("Makerere University of Uganda signed an agreement with Hunan University.",
         "Makerere University", "Makerere University of Uganda"),
        # the head alone refers to a body named before: "in Coventry" is where it is
        ("Hunan University's delegation spent Monday at the University in Coventry.",
         "Hunan University", "University in Coventry"),
        # a country after "in" is a cue, not the name
        ("Hunan University signed with the University of Economics in Poland.",
         "Hunan University", "University of Economics in Poland"),
    ],
)
def test_a_place_does_not_join_a_proper_name_or_a_bare_head(text: str, kept: str, not_kept: str) -> None:
    names = _names(text)
    assert kept in names
    assert not_kept not in names


# -- 与 between the fields a body is named by ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我校与瑞士伯尔尼设计与艺术大学签署合作协议。", "伯尔尼设计与艺术大学"),
        ("我校与德国科隆应用科学与艺术大学签署合作协议。", "科隆应用科学与艺术大学"),
        ("开幕式上，中国—东盟医学与健康教育联盟正式成立。", "中国—东盟医学与健康教育联盟"),
        ("中国—中亚语言与区域国别教育联盟在西安成立。", "中国—中亚语言与区域国别教育联盟"),
    ],
)
def test_with_between_disciplines_is_inside_the_name(text: str, name: str) -> None:
    assert name in _names(text, "zh")


def test_with_between_two_names_still_parts_them() -> None:
    names = _names("南昌大学与江西师范大学签署合作协议。", "zh")
    assert {"南昌大学", "江西师范大学"} <= set(names)


# -- a Latin brand glued before an alliance's name ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("阿尔伯塔大学是U15加拿大研究型大学联盟成员。", "U15加拿大研究型大学联盟"),
        ("南昌大学加入了G7应用型大学联盟。", "G7应用型大学联盟"),
    ],
)
def test_a_glued_latin_brand_opens_an_alliance_s_name(text: str, name: str) -> None:
    assert name in _names(text, "zh")


def test_a_number_glued_before_an_alliance_is_no_brand() -> None:
    names = _names("南昌大学加入了5G产业联盟。", "zh")
    assert not any(n.startswith("5G") for n in names)


# -- centres named by their use; units after a glued 校 -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "双方在国际学术交流中心签署合作协议。",
        "代表团参观了英语语言实训中心和会议中心。",
        "活动由校国际教育学院承办。",
        "本次培训由校继续教育学院组织。",
    ],
)
def test_a_centre_named_by_its_use_or_a_unit_of_this_school_is_no_institution(text: str) -> None:
    assert _names(text, "zh") == {}


def test_a_research_centre_named_by_two_sides_stays() -> None:
    assert "中泰语言文化联合研究中心" in _names("中泰语言文化联合研究中心在我校揭牌。", "zh")


# -- a kind of school described ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我校是国内最早系统引进德国应用科学大学办学模式的高校之一。",
        "学校借鉴美国社区学院经验，开展职业教育。",
        "双方将参照应用技术大学模式开展合作。",
    ],
)
def test_a_kind_of_school_alone_or_after_a_country_is_no_name(text: str) -> None:
    assert _names(text, "zh") == {}


def test_a_school_of_that_kind_named_by_its_place_is_a_name() -> None:
    assert "奥斯纳布吕克应用科学大学" in _names("我校与德国奥斯纳布吕克应用科学大学签约。", "zh")


# -- office words make a unit's name generic -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The visitors met staff of the International Partnerships Office.",
        "Officials of the Student Mobility Office attended the ceremony.",
        "Teachers of the Media and Arts School joined the talks.",
    ],
)
def test_an_office_or_school_named_by_its_business_is_no_institution(text: str) -> None:
    assert _names(text) == {}


# -- a generic name before a listed acronym in brackets ---------------------------------------------


def test_a_generic_name_before_a_listed_acronym_is_that_body_as_written() -> None:
    text = "The joint programme would need the approval of the Council of Higher Education (YÖK) in Ankara."
    assert _names(text) == {"Council of Higher Education": "TR"}


def test_a_generic_name_that_is_none_of_the_acronym_s_names_stays_out() -> None:
    text = "The joint programme would need the approval of the Board of Regents (YÖK) in Ankara."
    names = _names(text)
    assert "Board of Regents" not in names
