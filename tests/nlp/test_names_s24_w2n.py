"""Session 24 (w2n): where an English institution name ends. A country after a proper name's own
"of" is an apposition ("University of Kent of the United Kingdom"); an "in" after a body's "for"
goes on naming what it is for when an activity follows ("... Cooperation in Running Schools"); a
country right after a head closes an official name ("Natural Resources Institute Finland"). The
bodies are invented or written in new ways; each rule has near-misses it must not fire on."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _names(text: str, language: str = "en") -> dict[str, str | None]:
    bulletin = Bulletin(text=text, language=language, url=None, published=dt.date(2026, 5, 10), origin="test")
    return {i.name: i.country for i in extract_bulletin(bulletin).institutions}


# -- a country after a proper name's "of": an apposition, kept as the country ------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Hunan University signed an agreement with the University of Valmora of the Netherlands.",
         "University of Valmora", "NL"),
        ("Delegates from the University of Tartu of Estonia visited Hunan University.", "University of Tartu", "EE"),
        ("Nanchang University and the University of Porto of Portugal launched a joint programme.",
         "University of Porto", "PT"),
        ("A joint institute run by Henan University and the University of Kent of the United Kingdom opened.",
         "University of Kent", "GB"),
    ],
)
def test_a_country_after_a_proper_names_of_is_no_part_of_it(text: str, name: str, country: str) -> None:
    names = _names(text)
    assert names.get(name) == country
    assert not any(n.startswith(name + " of") for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # fields before the country: the country is the name's own
        ("The University of Science and Technology of China hosted the meeting.",
         "University of Science and Technology of China"),
        ("Hunan University signed with the University of Electronic Science and Technology of China.",
         "University of Electronic Science and Technology of China"),
        # a descriptive head alone takes its country
        ("Hunan University signed with the National University of Singapore.", "National University of Singapore"),
        ("Hunan University signed with the Technological University of the Philippines.",
         "Technological University of the Philippines"),
    ],
)
def test_a_country_the_name_needs_stays_in_it(text: str, name: str) -> None:
    assert name in _names(text)


# -- "in" + an activity after a body's "for" --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Henan Association for Sino-Foreign Cooperation in Running Schools met in Zhengzhou.",
         "Henan Association for Sino-Foreign Cooperation in Running Schools"),
        ("The Jiangxi Centre for Excellence in Teaching and Learning opened on Monday.",
         "Jiangxi Centre for Excellence in Teaching and Learning"),
        ("Members of the Hubei Society for Research in Education met Nanchang University.",
         "Hubei Society for Research in Education"),
        ("Organizers: Shanxi Association for International Cooperation in Managing Schools, Shanxi University",
         "Shanxi Association for International Cooperation in Managing Schools"),
    ],
)
def test_in_an_activity_goes_on_naming_what_a_body_is_for(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Zhejiang Association for Sino-Foreign Cooperation in Zhengzhou met on Monday.",
         "Zhejiang Association for Sino-Foreign Cooperation"),
        ("The Henan Association for International Exchange in Beijing met on Monday.",
         "Henan Association for International Exchange"),
        ("The Henan Association for International Exchange in March elected a new council.",
         "Henan Association for International Exchange"),
        ("The Hubei Association for International Exchange in Finland opened an office.",
         "Hubei Association for International Exchange"),
    ],
)
def test_a_place_or_a_date_after_in_ends_the_name(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert not any(n.startswith(name + " in") for n in names)


def test_in_after_a_name_with_no_for_is_not_crossed() -> None:
    assert "Nanchang University" in _names("Nanchang University in Running Schools was praised.")


# -- a country closing an official name ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The network counts the University of Helsinki and the Natural Resources Institute Finland (Luke).",
         "Natural Resources Institute Finland", "FI"),
        ("Hunan University signed with the Valmora Research Institute Norway, a state body.",
         "Valmora Research Institute Norway", "NO"),
        ("The Valmora Forest Institute Sweden and the University of Helsinki joined the network.",
         "Valmora Forest Institute Sweden", "SE"),
        ("Hunan University signed with the Valmora Research Institute Norway on Monday.",
         "Valmora Research Institute Norway", "NO"),
    ],
)
def test_a_country_right_after_the_head_closes_the_name(text: str, name: str, country: str) -> None:
    assert _names(text).get(name) == country


@pytest.mark.parametrize(
    ("text", "name", "not_kept"),
    [
        # two countries listed after a name: they are no part of it
        ("Hunan University Finland and Sweden signed a pact.", "Hunan University", "Hunan University Finland"),
        # a name going on after the country: the country opens the next name
        ("Hunan University signed with the Valmora Research Institute Norway-China Centre.",
         "Valmora Research Institute", "Valmora Research Institute Norway"),
    ],
)
def test_a_country_that_goes_on_is_not_closing_the_name(text: str, name: str, not_kept: str) -> None:
    names = _names(text)
    assert name in names
    assert not_kept not in names


# -- Chinese: a school or centre listed right after an internal unit is one too ------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("我校土木工程学院、建筑城规学院的6位教授作了报告。", "建筑城规学院"),
        ("代表团参观了慕尼黑工业大学建筑材料检测实验室和能源转型研究中心。", "能源转型研究中心"),
        ("代表团参观了德累斯顿工业大学的建筑机器人实验室和轻量化结构研究所。", "轻量化结构研究所"),
        ("代表团参观了南昌大学外国语学院、青山湖文化研究中心及鄱阳湖生态研究院。", "鄱阳湖生态研究院"),
    ],
)
def test_a_school_listed_after_an_internal_unit_is_a_unit(text: str, unit: str) -> None:
    assert unit not in _names(text, "zh")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a listed body after a unit: a party of its own
        ("南昌大学外国语学院和利兹大学签署合作协议。", "利兹大学"),
        ("代表团参观了南昌大学外国语学院和南昌大学玛丽女王学院。", "南昌大学玛丽女王学院"),
        # a list of bodies, none of them a unit
        ("南昌大学与江西师范大学、井冈山文化研究中心签署协议。", "井冈山文化研究中心"),
    ],
)
def test_a_body_listed_after_a_body_stays(text: str, name: str) -> None:
    assert name in _names(text, "zh")


# -- Chinese: a count or a verb with its result opens no name ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "高校与企业同在一个联盟里，课程设置可以更快跟上产业变化。",
        "湖北高校首次牵头组建一个联盟。",
        "两国成立了两个联盟。",
        "双方签署了关于继续合作办好孔子学院的补充协议。",
    ],
)
def test_a_count_or_a_verb_before_a_head_names_nothing(text: str) -> None:
    assert not any(name.startswith(("一个", "两个", "合作办好", "办好")) for name in _names(text, "zh"))


def test_a_name_after_a_verb_with_its_result_keeps_its_own_words() -> None:
    assert "中德智能制造联合实验室" in _names("双方将共同建好中德智能制造联合实验室。", "zh")


# -- a university's "for" after its own "of" place: the area of an office, not the name (session 27) --


@pytest.mark.parametrize(
    ("text", "name", "not_name"),
    [
        ("Professor Ana Lima, Vice-Rector of the University of Braga for Research, met the delegation.",
         "University of Braga", "University of Braga for Research"),
        ("The Pro-Rector of the University of Vilnius for Studies signed the agreement with Hunan University.",
         "University of Vilnius", "University of Vilnius for Studies"),
    ],
)
def test_a_university_s_for_after_its_place_is_an_office_s_area(text: str, name: str, not_name: str) -> None:
    names = _names(text)
    assert name in names and not_name not in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The University of Braga Centre for Asian Studies hosted the seminar.",
         "University of Braga Centre for Asian Studies"),  # a centre's own "for"
        ("Qilu University of Technology for Industry signed an agreement with the University of Leeds.",
         "Qilu University of Technology for Industry"),  # fields after "of": the "for" may go on
    ],
)
def test_a_for_of_a_centre_or_after_fields_goes_on_naming(text: str, name: str) -> None:
    assert name in _names(text)

