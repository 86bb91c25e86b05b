"""Session 25 (qn): institutions named after a unit, jointly built colleges, acronyms' countries,
and the GENRE.md institution phenomena. Every sentence is made up for these tests (the bodies are
invented or unlisted); each rule has a near-miss it must not fire on."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin
from schemas.records import BulletinRecord


def _record(text: str, language: str = "en") -> BulletinRecord:
    bulletin = Bulletin(text=text, language=language, url=None, published=dt.date(2026, 5, 10), origin="test")
    return extract_bulletin(bulletin)


def _names(text: str, language: str = "en") -> dict[str, str | None]:
    return {i.name: i.country for i in _record(text, language).institutions}


# -- a university whose own name has an "of", after a unit and its "of" -----------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hunan University signed an agreement with the School of Engineering of Eastbrook University of "
         "Applied Sciences.", "Eastbrook University of Applied Sciences"),
        ("Professor Anna Lind, Dean of the School of Electrical, Electronic and Computer Engineering of "
         "Northland University of Applied Sciences, visited Hunan University on May 8.",
         "Northland University of Applied Sciences"),
        ("Hunan University signed a memorandum with the College of Business of the University of Applied "
         "Sciences of Westhaven.", "University of Applied Sciences of Westhaven"),
    ],
)
def test_the_university_after_a_unit_keeps_its_own_of(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert not any(n.startswith(("School of", "College of")) for n in names)


def test_a_unit_of_a_unit_names_no_university() -> None:
    names = _names("Hunan University welcomed the School of Design of College of Applied Arts of Westhaven.")
    assert "College of Applied Arts of Westhaven" not in names


# -- a college two universities built together -------------------------------------------------


def _kinds(text: str, language: str) -> dict[str, tuple[str, str | None]]:
    return {i.name: (i.kind, i.country) for i in _record(text, language).institutions}


def _pairs(text: str, language: str) -> dict[tuple[str, str], str]:
    return {(p.chinese.name, p.foreign.name): p.kind for p in _record(text, language).partnerships}


@pytest.mark.parametrize(
    ("text", "institute", "pair"),
    [
        ("5月8日，南昌大学与鲁里塔尼亚国立大学共建的南昌大学鲁里塔尼亚学院揭牌。",
         "南昌大学鲁里塔尼亚学院", ("南昌大学", "鲁里塔尼亚国立大学")),
        ("湖南大学与西港大学合作共建的“湖南大学西港工程学院”正式招生。",
         "湖南大学西港工程学院", ("湖南大学", "西港大学")),
    ],
)
def test_a_college_built_with_a_foreign_partner_is_their_joint_institute_zh(
    text: str, institute: str, pair: tuple[str, str]
) -> None:
    assert _kinds(text, "zh").get(institute) == ("joint_institute", "CN")
    assert _pairs(text, "zh").get(pair) == "joint_institute"


@pytest.mark.parametrize(
    "text",
    [
        "南昌大学与华为技术有限公司共建的南昌大学华为信息学院正式揭牌。",
        "南昌大学与南昌市人民政府共建的南昌大学城市发展学院于5月9日成立。",
    ],
)
def test_a_college_built_with_a_company_or_a_city_stays_a_unit_zh(text: str) -> None:
    assert not any(kind == "joint_institute" for kind, _ in _kinds(text, "zh").values())


@pytest.mark.parametrize(
    ("text", "institute", "pair"),
    [
        ("Hunan University and Westhaven State University jointly established the Hunan University "
         "Westhaven College.", "Hunan University Westhaven College",
         ("Hunan University", "Westhaven State University")),
        ("The Westport Agricultural Institute, a college jointly built by Hunan University and Westport "
         "University, opened on May 9.", "Westport Agricultural Institute",
         ("Hunan University", "Westport University")),
        ("The Ruritania College of Hunan University, jointly established by Hunan University and "
         "Ruritania State University, was inaugurated.", "Ruritania College of Hunan University",
         ("Hunan University", "Ruritania State University")),
    ],
)
def test_a_college_built_jointly_is_their_joint_institute_en(text: str, institute: str, pair: tuple[str, str]) -> None:
    assert _kinds(text, "en").get(institute) == ("joint_institute", "CN")
    assert _pairs(text, "en").get(pair) == "joint_institute"


def test_a_school_built_with_a_company_is_no_joint_institute_en() -> None:
    text = ("The Smart Manufacturing School, jointly established by Hunan University and Huawei "
            "Technologies Co., Ltd., opened on May 9.")
    assert not any(kind == "joint_institute" for kind, _ in _kinds(text, "en").values())


# -- a preposition jieba glues on a foreign name of which one character is left ------------------


def test_a_preposition_glued_on_an_unknown_name_is_no_part_of_it() -> None:
    names = _names("南昌大学与芬威克理工大学合作举办本科教育项目。", "zh")
    assert "芬威克理工大学" in names
    assert "与芬威克理工大学" not in names


# -- an acronym defined later is where its full name is --------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("On May 8, a delegation from Japan led by the president of WTU visited Hunan University. The two "
         "sides discussed cooperation between Hunan University and Westhaven Technical University (WTU), "
         "a university in Canada.", "Westhaven Technical University", "CA"),
        ("In Berlin, the Hunan University delegation to Germany held talks with KSTU. Kestrel Sound Technical "
         "University (KSTU) is located in Perth, Australia.", "Kestrel Sound Technical University", "AU"),
    ],
)
def test_an_acronym_takes_its_full_names_country_not_the_visits(text: str, name: str, country: str) -> None:
    record = _record(text)
    countries = {i.name: i.country for i in record.institutions}
    assert countries.get(name) == country
    assert all(p.foreign_country in (None, country) for p in record.partnerships)


def test_a_described_place_of_another_body_is_not_read() -> None:
    # lower-case words only between a name and its "in": "a partner of Y in Z" describes no place of X
    text = "Hunan University signed with Westhaven Technical University, a partner of Kestrel College in Canada."
    assert _names(text).get("Westhaven Technical University") != "CA"


def test_an_apposition_opens_the_name_a_short_form_stands_for_zh() -> None:
    names = _names("5月8日，湖南大学代表团与KSU进行了会谈。KSU即澳大利亚凯斯特尔州立大学。", "zh")
    assert names.get("凯斯特尔州立大学") == "AU"
    assert not any(n.startswith("即") for n in names)


# -- GENRE.md's institution phenomena --------------------------------------------------------------


def test_a_country_with_its_de_before_a_foreign_name_zh() -> None:
    names = _names("5月8日，澳洲凯斯特尔大学代表团访问湖南大学。5月9日，湖南大学与英国的西港大学签署合作备忘录。", "zh")
    assert names.get("西港大学") == "GB"


def test_a_short_form_of_a_foreign_name_before_a_word_of_time_is_that_body_zh() -> None:
    text = ("5月8日，白俄罗斯国立农业技术大学校长一行抵达长沙，出席中白教育论坛。"
            "5月9日，湖南大学与白俄农大就2+2本科双学位项目签署协议。")
    pairs = _pairs(text, "zh")
    assert pairs.get(("湖南大学", "白俄罗斯国立农业技术大学")) == "agreement"


# -- a foreign university right before its unit's fields (Chinese) ---------------------------------


@pytest.mark.parametrize(
    ("text", "university"),
    [
        ("5月8日，俄罗斯西港联邦大学化学学院院长伊万·彼得罗夫一行访问湖南大学。", "西港联邦大学"),
        ("5月9日，俄罗斯东湾联邦大学物理与天文学院院长访问湖南大学。", "东湾联邦大学"),
        ("5月11日，俄罗斯南湾国立大学语文与传媒学院代表团访问湖南大学。", "南湾国立大学"),
    ],
)
def test_the_university_before_its_units_fields_is_the_institution_zh(text: str, university: str) -> None:
    names = _names(text, "zh")
    assert names.get(university) == "RU"
    assert not any(n.endswith("学院") for n in names)


def test_a_school_named_by_a_place_after_a_joiner_stays_a_body_zh() -> None:
    # after 与 a school named by a place is a body of its own, not the last field of a list
    names = _names("5月9日，俄罗斯东湾联邦大学与喀山国立医学院签署合作协议。", "zh")
    assert "喀山国立医学院" in names
