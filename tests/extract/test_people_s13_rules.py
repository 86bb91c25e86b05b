"""One test per rule added in session 13 to the people rules (pipeline/extract/people.py), each with
the case the rule must leave alone: name dots other than ·, lists sharing a title, 校领导 lists, a bare
title in a list on a third-person page, offices in brackets, plural offices before a list, an office's
unit with no body named, a university officer's organisation from the sentence before, "Its Director"."""

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


@pytest.mark.parametrize("dot", ["•", "‧", "・"])
def test_a_foreign_name_with_another_dot_is_read_as_with_the_middle_dot(dot):
    name = f"约翰{dot}史密斯"
    people = _people(f"哈洛大学副校长{name}一行访问南昌大学。", "zh")
    assert people == {name: ("副校长", "哈洛大学")}


def test_the_name_dots_are_data():
    dots, middle = rules._name_dots()
    assert "•" in dots and set(middle) == {"·"} and len(dots) == len(middle)


def test_names_listed_after_a_title_share_it_but_a_list_stops_at_a_title_after_a_name():
    people = _people("副校长王明、李华、张三副教授出席。", "zh", NCU_ZH)
    assert people["李华"] == ("副校长", "南昌大学")
    assert "张三" not in people or people["张三"][0] != "副校长"


def test_two_sides_joined_by_yu_share_no_title():
    people = _people("校长王明与李华签署协议。", "zh", NCU_ZH)
    assert "李华" not in people


def test_a_list_of_the_publishers_leaders_has_no_title():
    people = _people("校领导王晓燕、孙国平参加会见。", "zh", NCU_ZH)
    assert people == {"王晓燕": (None, "南昌大学"), "孙国平": (None, "南昌大学")}


def test_a_listed_name_ends_before_a_word_that_follows_names():
    text = "李华出席"
    institutions = rules._Institutions([], [])
    assert rules._listed_names(text, institutions, 0, first=True) == [(0, 2)]
    assert rules._listed_names("国际处处长", institutions, 0, first=True) == []


def test_a_bare_title_in_a_list_on_a_third_person_page_follows_the_member_before():
    people = _people("南昌大学党委副书记、校长李文华，副校长彭云出席签约仪式。", "zh")
    assert people["彭云"] == ("副校长", "南昌大学")


def test_a_bare_title_in_a_list_on_a_universitys_page_stays_the_publishers():
    people = _people("哈洛大学校长简·多伊，副校长王明出席签约仪式。", "zh", NCU_ZH)
    assert people["王明"] == ("副校长", "南昌大学")


def test_jianzheng_ends_a_name():
    assert "刘强" in _people("省教育厅副厅长刘强见证签约。", "zh")


def test_an_office_in_brackets_after_a_name_up_to_the_body_named_inside():
    people = _people("Dr. Jane Doe (Director of the International Office, Harlow University) spoke.", "en")
    assert people == {"Jane Doe": ("Director of the International Office", "Harlow University")}


def test_a_bracket_holding_no_office_gives_no_office():
    people = _people("Professor Jane Doe (Harlow University) spoke at the forum.", "en")
    assert people.get("Jane Doe", ("Professor", None))[0] == "Professor"


def test_a_plural_office_before_a_list_gives_each_name_the_office():
    people = _people("The guests were met by deans Wang Ming and Li Hua of Nanchang University.", "en")
    assert people == {"Wang Ming": ("dean", "Nanchang University"), "Li Hua": ("dean", "Nanchang University")}


def test_a_plural_office_before_no_names_gives_no_one():
    assert _people("Vice-presidents of ten universities from Nanchang and Harlow met.", "en") == {}


def test_an_office_of_a_unit_with_no_body_named_keeps_the_unit():
    people = _people("Professor John Smith, Dean of the School of Foreign Languages, spoke.", "en", NCU_EN)
    assert people["John Smith"] == ("Dean of the School of Foreign Languages", "Nanchang University")


def test_an_office_of_the_college_alone_is_no_unit():
    assert rules._unit_after_office(" of the College, spoke", 0) is None
    assert rules._unit_after_office(" of the Faculty of Arts, spoke", 0) is not None


def test_a_university_officer_is_of_the_one_university_the_sentence_before_names_left():
    people = _people(
        "Nanchang University signed an agreement with Harlow University on May 4. It was signed by "
        "Vice-Chancellor Jane Doe and NCU President Wang Ming.",
        "en",
    )
    assert people["Jane Doe"] == ("Vice-Chancellor", "Harlow University")


def test_a_government_officer_takes_no_university_from_the_sentence_before():
    people = _people(
        "Nanchang University showed its programmes at the fair. Vice Governor Sun Jianhua visited the stand.",
        "en",
    )
    assert people["Sun Jianhua"] == ("Vice Governor", None)


def test_its_office_opening_a_sentence_is_of_the_body_the_sentence_before_names_first():
    people = _people("Harlow University opened an office in Nanchang. Its Director, John Smith, spoke.", "en")
    assert people["John Smith"] == ("Director", "Harlow University")


def test_a_sentence_starts_after_a_full_stop_or_at_the_text_start():
    assert rules._sentence_start("Abc def. Ghi", 10) == 9
    assert rules._sentence_start("Abc def", 5) == 0


def test_a_director_is_no_rector():
    assert rules._academic_office().search("Director") is None
    assert rules._academic_office().search("Vice-Rector for Studies") is not None


def test_every_leader_list_word_holds_the_word_looked_for_first():
    for word in rules.word_list("zh", "person_leader_lists.txt"):
        assert rules._LEADERS in word
