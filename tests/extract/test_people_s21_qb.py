"""Session 21 (qb): people whose office names its body before them, in commas, with an honorific
before the name ("The President of the University of X, Professor Y"). Every sentence is made up
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    bulletin = Bulletin(text=text, language="en", published=dt.date(2026, 5, 10), origin="test")
    record = extract_bulletin(bulletin)
    return {p.name: (p.title, p.organization.name if p.organization else None) for p in record.people}


@pytest.mark.parametrize(
    ("text", "name", "title", "body"),
    [
        (
            "The President of the University of Glenmoor, Professor Alan Reid, welcomed the guests on May 8.",
            "Alan Reid",
            "President",
            "University of Glenmoor",
        ),
        (
            "On May 8, the rector of the Universidad de los Llanos Orientales, Dr. Marta Gil, signed the agreement.",
            "Marta Gil",
            "rector",
            "Universidad de los Llanos Orientales",
        ),
        (
            "Vice President and Provost of the University of Glenmoor, Prof. Alan Reid, met Nanchang University.",
            "Alan Reid",
            "Vice President",
            "University of Glenmoor",
        ),
    ],
)
def test_an_office_of_a_body_before_an_honorific_in_commas(text: str, name: str, title: str, body: str) -> None:
    assert _people(text)[name] == (title, body)


def test_a_body_before_names_in_commas_with_no_office_gives_no_office() -> None:
    people = _people("A delegation from the University of Glenmoor, Professor Alan Reid and Dr. Ruth Hale, visited.")
    assert people["Alan Reid"][0] in {None, "Professor"}


def _people_zh(text: str) -> dict[str, tuple[str | None, str | None]]:
    bulletin = Bulletin(text=text, language="zh", published=dt.date(2026, 5, 10), origin="test")
    record = extract_bulletin(bulletin)
    return {p.name: (p.title, p.organization.name if p.organization else None) for p in record.people}


# a Tibetan name after its office: no Han surname opens it
def test_a_tibetan_name_after_an_office() -> None:
    people = _people_zh("5月8日，青海大学副校长洛桑多吉与西藏自治区教育厅副厅长次旦卓玛出席签约仪式。")
    assert people["洛桑多吉"] == ("副校长", "青海大学")
    assert people["次旦卓玛"] == ("副厅长", "西藏自治区教育厅")


# a transliterated name with a hyphen inside a part, and one ending before a verb of talks
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("5月8日，开罗大学副校长萨利姆·阿卜杜勒-卡迪尔一行访问我校。", "萨利姆·阿卜杜勒-卡迪尔"),
        ("5月8日，校长让-吕克·马丁与我校签署合作协议。", "让-吕克·马丁"),
        ("5月8日，代表团访问奥卢大学，与该校副校长佩卡·科斯基宁座谈。", "佩卡·科斯基宁"),
    ],
)
def test_transliterated_names_end_where_they_end(text: str, name: str) -> None:
    assert name in _people_zh(text)


# an agency's deputy head (副署长) of a body named by its head 教育署
def test_a_deputy_head_of_an_education_agency() -> None:
    people = _people_zh("5月8日，代表团在奥斯陆与挪威国家教育署副署长英格丽德·汉森会谈。")
    assert people["英格丽德·汉森"] == ("副署长", "挪威国家教育署")


# an international student named with a nationality (籍) and no office
def test_an_international_student_named_with_a_nationality() -> None:
    people = _people_zh("5月8日，南昌大学老挝籍博士研究生坎蓬·西萨瓦作为留学生代表发言。")
    assert people["坎蓬·西萨瓦"] == (None, "南昌大学")


def test_a_nationality_before_words_that_run_on_names_no_one() -> None:
    assert not _people_zh("5月8日，该校中国籍学生王明获奖较多。")


# the offices of a joint institute's two sides, written after each side's nationality; "its" office
# of the person listed right before is of that person's body
def test_the_offices_of_a_joint_institutes_sides() -> None:
    people = _people(
        "Glenmoor University and Hunan University opened the Confucius Institute at Glenmoor University in 2015. "
        "Maria Ruiz, the Chilean Director of the institute, and Chen Bo, its Chinese Co-Director, spoke on May 8."
    )
    assert people["Maria Ruiz"] == ("Chilean Director", "Confucius Institute at Glenmoor University")
    assert people["Chen Bo"] == ("Chinese Co-Director", "Confucius Institute at Glenmoor University")


def test_its_office_in_a_sentence_naming_no_body_has_none() -> None:
    people = _people("The ceremony ended at noon. Chen Bo, its Vice-President, spoke.")
    assert people.get("Chen Bo", (None, None))[1] is None


def test_a_confucius_institute_named_by_itself_is_a_joint_institute() -> None:
    bulletin = Bulletin(
        text="Glenmoor University and Hunan University run the Aurora Borealis Confucius Institute.",
        language="en",
        published=dt.date(2026, 5, 10),
        origin="test",
    )
    kinds = {i.name: i.kind for i in extract_bulletin(bulletin).institutions}
    assert kinds["Aurora Borealis Confucius Institute"] == "joint_institute"
