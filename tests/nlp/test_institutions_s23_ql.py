"""Session 23 (ql): an alliance's country from its seat as the text tells it, whose voice "the
institute" / "the college" is, and a listed acronym that spells the page's own name. Every sentence
is made up for these tests; each rule has a near-miss it must not fire on."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin
from schemas.records import BulletinRecord

_UNIVERSITY_PAGE = "https://en.ncu.edu.cn/a.htm"  # (the gazetteer's site of Nanchang University)
_NETWORK = "Glenmoor-Mekong University Network for Water Studies"
_FOUNDED = f"On May 6, the {_NETWORK} was founded in Vientiane by 14 universities from Laos, Thailand and China."
_FOUNDED_ZH = "5月6日，湄公河水资源高校联盟在万象成立，来自老挝、泰国和中国的14所高校加入。"


def _record(text: str, language: str = "en", url: str | None = None) -> BulletinRecord:
    bulletin = Bulletin(text=text, language=language, url=url, published=dt.date(2026, 5, 10), origin="test")
    return extract_bulletin(bulletin)


def _countries(text: str, language: str = "en", url: str | None = None) -> dict[str, str | None]:
    return {i.name: i.country for i in _record(text, language, url).institutions}


# -- an alliance's seat -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "seat",
    [
        "Its secretariat is based at Nanchang University.",
        "The network's secretariat will be located at Nanchang University.",
        "Nanchang University, the network's chair, also hosts its secretariat.",
    ],
)
def test_an_alliance_of_several_countries_is_where_its_secretariat_is(seat: str) -> None:
    assert _countries(f"{_FOUNDED} {seat}")[_NETWORK] == "CN"


def test_a_secretariat_of_another_body_in_a_proper_name_tells_no_seat() -> None:
    text = _FOUNDED.replace(".", ", with support from the ASEAN Secretariat in Jakarta.")
    assert _countries(text)[_NETWORK] is None


def test_the_alliance_s_secretariat_is_the_alliance_s_not_an_association_named_after_it() -> None:
    text = (
        f"{_FOUNDED} The Association of River Studies attended. "
        "The network's secretariat is based at Nanchang University."
    )
    countries = _countries(text)
    assert countries[_NETWORK] == "CN"
    assert countries["Association of River Studies"] is None


@pytest.mark.parametrize("seat", ["联盟秘书处设在南昌大学。", "南昌大学担任联盟秘书处。", "秘书处单位：南昌大学"])
def test_a_chinese_alliance_s_secretariat_tells_its_country(seat: str) -> None:
    assert _countries(_FOUNDED_ZH + seat, "zh")["湄公河水资源高校联盟"] == "CN"


def test_a_chinese_alliance_with_no_seat_told_keeps_no_country() -> None:
    assert _countries(_FOUNDED_ZH, "zh")["湄公河水资源高校联盟"] is None


def test_headquarters_written_before_the_alliance_is_its_seat() -> None:
    text = "5月6日，南昌大学与总部位于泰国曼谷的湄公河水资源高校联盟签署合作备忘录。"
    assert _countries(text, "zh")["湄公河水资源高校联盟"] == "TH"


# -- whose voice "the college" is -------------------------------------------------------------------


def _mentioned_as(text: str, url: str) -> dict[str, set[str]]:
    """Each institution's name with the words of its mentions."""
    return {i.name: {m.text for m in i.mentions} for i in _record(text, url=url).institutions}


def test_the_college_on_a_university_page_is_the_college_named_before() -> None:
    mentioned = _mentioned_as(
        "In 2019 the university and Glenmoor University opened the Glenmoor College at Nanchang University.\n\n"
        "Students of the college will spend a year in Glenmoor, and the university will fund ten places.",
        _UNIVERSITY_PAGE,
    )
    assert "the college" in mentioned["Glenmoor College at Nanchang University"]
    assert "the university" in mentioned["Nanchang University"]  # (the publisher is a university itself)


def test_the_college_with_no_college_named_before_stays_the_publisher() -> None:
    mentioned = _mentioned_as(
        "Students of the college will spend a year in Glenmoor. In 2019 the university and Glenmoor University "
        "opened the Glenmoor College at Nanchang University.",
        _UNIVERSITY_PAGE,
    )
    assert "the college" in mentioned["Nanchang University"]


# -- a listed acronym spelling a name of the page ---------------------------------------------------


def test_an_acronym_spelling_a_name_written_before_is_that_body_not_the_gazetteer_s() -> None:
    record = _record(
        "On Monday a delegation of Nanchang University visited Yarrow State University in Armenia. "
        "YSU Rector Anna Berg received the guests, and the two universities signed an exchange agreement."
    )
    names = {i.name: i.country for i in record.institutions}
    assert "YSU" not in names  # (the gazetteer's YSU is Yanshan University, in China)
    assert names["Yarrow State University"] == "AM"
    assert {(p.chinese.name, p.foreign.name) for p in record.partnerships} == {
        ("Nanchang University", "Yarrow State University")
    }


def test_a_listed_acronym_whose_body_the_page_names_in_full_stays_listed() -> None:
    record = _record(
        "On Monday a delegation of Yanshan University visited Yarrow State University in Armenia. "
        "YSU Vice President Li Ming signed an exchange agreement with the host."
    )
    names = {i.name for i in record.institutions}
    assert "Yanshan University" in names
    assert {m.text for i in record.institutions if i.name == "Yanshan University" for m in i.mentions} == {
        "Yanshan University",
        "YSU",
    }


# -- more seat wordings, and a name of two sides ---------------------------------------------------


@pytest.mark.parametrize(
    "seat",
    [
        "The network, whose secretariat sits at Nanchang University, meets every year.",
        "Nanchang University was elected secretariat institution of the network.",
        "Nanchang University continues to host the network's permanent secretariat.",
        "Its officers are:\n\nChair\n\nUniversity of Glenmoor\n\nSecretariat\n\nNanchang University\n\nThey met.",
    ],
)
def test_more_wordings_of_a_secretariat_tell_the_seat(seat: str) -> None:
    assert _countries(f"{_FOUNDED}\n\n{seat}")[_NETWORK] == "CN"


def test_a_secretariat_handed_over_is_at_the_body_it_is_handed_to() -> None:
    text = _FOUNDED_ZH + "会上，江西农业大学将联盟秘书处工作交接给泰国清迈大学。"
    assert _countries(text, "zh")["湄公河水资源高校联盟"] == "TH"


def test_an_alliance_named_by_china_and_a_region_takes_no_country_from_the_region_s_name() -> None:
    name = "China-Latin America Vocational Education Alliance"
    text = f"On May 6, the {name} was founded in Shenzhen by 40 colleges from China and nine countries."
    assert _countries(text)[name] is None  # (not US, for "America")


# -- Chinese names the tokenizer glued to the words around them -------------------------------------


def test_a_mission_s_name_starts_with_the_state_it_represents() -> None:
    countries = _countries("21日，代表团拜会中国驻塔吉克斯坦大使馆，教育参赞王丽会见了代表团一行。", "zh")
    assert countries == {"中国驻塔吉克斯坦大使馆": "CN"}


def test_a_word_glued_to_a_joining_character_is_no_part_of_the_name_after_it() -> None:
    countries = _countries("首批成员单位共28家，包括首都高校21所及哥斯达黎加大学、哈瓦那大学。", "zh")
    assert countries["哥斯达黎加大学"] == "CR"
    assert "所及哥斯达黎加大学" not in countries


def test_a_listed_short_form_cut_out_of_a_longer_name_is_no_mention() -> None:
    assert "兰大" not in _countries("论坛期间，我校与文莱达鲁萨兰大学签署合作协议。", "zh")


def test_a_listed_short_form_before_a_word_starting_with_xue_stays() -> None:
    assert "兰大" in _countries("5月6日，兰大学子赴哈萨克斯坦开展交流。", "zh")


def test_a_name_opening_with_a_region_of_china_is_in_china_but_not_one_of_northeast_asia() -> None:
    countries = _countries("5月6日，东北电力大学与东北亚能源大学联盟签署合作协议。", "zh")
    assert countries["东北电力大学"] == "CN"
    assert countries["东北亚能源大学联盟"] is None


def test_china_with_its_province_in_brackets_is_one_side_of_an_alliance_of_several_countries() -> None:
    name = "China (Glenmoor)-ASEAN Teacher Education Alliance"
    founded = f"On May 6, the {name} was founded in Nanning by 30 universities."
    assert _countries(founded)[name] is None
    seat = (
        "Its council:\n\nChair institution\n\nGuangxi University\n\nSecretary-general institution\n\nGuangxi University"
    )
    assert _countries(f"{founded}\n\n{seat}")[name] == "CN"


def test_a_possessive_country_of_two_words_is_the_country() -> None:
    assert (
        _countries("On May 6, Hunan University signed an agreement with Costa Rica's Glenmoor Technical University.")[
            "Glenmoor Technical University"
        ]
        == "CR"
    )


def test_the_place_and_a_lower_case_head_refers_to_the_body_named_before() -> None:
    record = _record(
        "Coventry University renewed its agreement with Chongqing University of Technology. "
        "Professor Liu said the Chongqing university would send four candidates."
    )
    assert [i.name for i in record.institutions] == ["Coventry University", "Chongqing University of Technology"]
