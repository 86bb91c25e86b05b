"""One test per rule added in session 14 to the people rules (pipeline/extract/people.py), each with
the case the rule must leave alone: unit names holding "and", a body given once for people named in a
row (English), offices read only for people (zh person_titles.txt), 博士 after a name, a name opening
the text before its title, a listed name sharing the institution of the one before (zh)."""

from __future__ import annotations

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin
from pipeline.extract import people as rules

NCU_ZH = "https://news.ncu.edu.cn/a.htm"
NCU_EN = "https://en.ncu.edu.cn/a.htm"


def _people(text: str, language: str, url: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    bulletin = Bulletin(text=text, language=language, url=url, published="2025-12-18")
    record = extract_bulletin(bulletin)
    return {p.name: (p.title, p.organization.name if p.organization else None) for p in record.people}


def test_a_unit_name_holding_and_stays_in_the_office_up_to_its_body():
    people = _people(
        "Professor Jane Doe, Dean of the Faculty of Arts and Social Sciences at Harlow University, spoke.", "en"
    )
    assert people == {"Jane Doe": ("Dean of the Faculty of Arts and Social Sciences", "Harlow University")}


def test_a_unit_name_holding_and_closing_the_clause_is_the_offices():
    people = _people("Professor Jane Doe, Dean of the Faculty of Arts and Social Sciences, spoke.", "en", NCU_EN)
    assert people == {"Jane Doe": ("Dean of the Faculty of Arts and Social Sciences", "Nanchang University")}


def test_an_and_joining_two_offices_is_no_unit_name():
    people = _people("Professor Jane Doe, Dean of Engineering and Provost of Harlow University, spoke.", "en")
    title, organisation = people["Jane Doe"]
    assert "Provost" not in (title or "") and organisation == "Harlow University"


def test_a_ministrys_department_holding_and_stays_out_of_the_office():
    text = (
        "Zhang Wen, Director of the Department of International Cooperation and Exchanges at the Ministry "
        "of Education, spoke."
    )
    assert _people(text, "en") == {"Zhang Wen": ("Director", "Ministry of Education")}


def test_a_name_with_no_office_before_and_shares_the_next_ones_body():
    people = _people("Professor Zhang Hui and Professor Wang Lu of Harlow University spoke.", "en", NCU_EN)
    assert people["Zhang Hui"] == ("Professor", "Harlow University")


def test_names_each_with_their_body_keep_their_own():
    people = _people("Professor Jane Doe of Harlow University and Professor Li Hua of Nanchang University spoke.", "en")
    assert people["Jane Doe"] == ("Professor", "Harlow University")


def test_a_name_with_an_office_does_not_take_the_body_after_the_next_name():
    people = _people("President Jane Doe and Professor Li Hua of Nanchang University spoke.", "en")
    assert people["Jane Doe"][1] != "Nanchang University"


def test_a_bare_office_accompanying_an_official_is_of_the_officials_body():
    text = (
        "Wang Ming, Director-General of the Jiangxi Provincial Department of Education, was accompanied by "
        "Ms Li Hua, Deputy Director-General."
    )
    assert _people(text, "en", NCU_EN)["Li Hua"] == (
        "Deputy Director-General",
        "Jiangxi Provincial Department of Education",
    )


def test_a_university_office_after_an_official_stays_the_publishers():
    text = (
        "Wang Ming, Director-General of the Jiangxi Provincial Department of Education, and Vice President "
        "Li Hua attended."
    )
    assert _people(text, "en", NCU_EN)["Li Hua"] == ("Vice President", "Nanchang University")


def test_a_bare_office_after_a_university_officer_is_not_given_a_government_body():
    text = "Jane Doe, President of Harlow University, was accompanied by Ms Li Hua, Deputy Director-General."
    assert _people(text, "en", NCU_EN)["Li Hua"][1] != "Harlow University"


def test_the_same_side_joiners_are_data_matched_whole():
    joiner = rules._same_side_joiner()
    assert joiner.fullmatch(", who was accompanied by ") and joiner.fullmatch(" and ")
    assert joiner.fullmatch(", met ") is None


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("中国驻英国大使馆教育处教育专员李安妮陪同来访。", "李安妮", "教育专员"),
        ("新加坡国立大学教务长陈立新教授出席。", "陈立新", "教务长"),
    ],
)
def test_offices_read_only_for_people_are_titles(text, name, title):
    assert _people(text, "zh")[name][0] == title


def test_the_people_offices_add_to_the_shared_ones():
    titles = rules._zh_titles()
    assert "副校长" in titles and "教育专员" in titles and len(titles) == len(set(titles))


def test_a_name_before_boshi_is_a_person_with_no_title():
    assert _people("江西师范大学王芳博士介绍了项目进展。", "zh") == {"王芳": (None, "江西师范大学")}


@pytest.mark.parametrize("text", ["王明博士生导师介绍了项目。", "王芳博士后出站。", "博士研究生代表发言。"])
def test_boshi_opening_a_longer_word_gives_no_person(text):
    assert _people(text, "zh") == {}


def test_a_name_opening_the_text_before_its_title_is_read():
    assert _people("李华副省长出席签约仪式并致辞。", "zh") == {"李华": ("副省长", None)}


def test_a_title_opening_the_text_with_no_name_gives_no_person():
    assert _people("副省长出席签约仪式。", "zh") == {}


def test_names_listed_with_ranks_share_the_institution_before():
    people = _people("南昌大学王明教授、李华副教授和张伟博士参加座谈。", "zh")
    assert people == {"王明": ("教授", "南昌大学"), "李华": ("副教授", "南昌大学"), "张伟": (None, "南昌大学")}


def test_two_offices_joined_by_he_are_not_one_list():
    assert _people("南昌大学王明校长和李华校长签署协议。", "zh")["李华"][1] != "南昌大学"


def test_offices_joined_by_jian_give_the_first():
    assert _people("哈洛大学常务副校长兼教务长Jane Doe致辞。", "zh") == {"Jane Doe": ("常务副校长", "哈洛大学")}


def test_a_title_opening_with_jian_stays_whole():
    assert _people("南昌大学兼职教授王明出席。", "zh") == {"王明": ("兼职教授", "南昌大学")}


def test_yuanshi_after_a_foreign_name_ends_the_name():
    assert _people("哈洛大学校长约翰·史密斯院士会见了代表团。", "zh") == {"约翰·史密斯": ("校长", "哈洛大学")}
