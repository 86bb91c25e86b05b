"""Session 28 (zh2): Chinese rules that generalise to bulletins not seen before: organisers named by their
seats in an alliance, Japanese names after a title, a country word before 国立大学 in a hosted institute's
name, a past year's facts reported at a meeting. Every sentence is made up; the institutions are real."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin
from schemas import BulletinRecord


def _record(text: str, published: dt.date = dt.date(2026, 5, 8)) -> BulletinRecord:
    return extract_bulletin(Bulletin(text=text, language="zh", published=published, origin="test"))


@pytest.mark.parametrize("joiner", ["和", "、", "与"])
def test_each_seat_of_a_list_names_an_organiser(joiner: str) -> None:
    record = _record(
        "2026年4月18日，由中外合作办学联盟理事长单位上海纽约大学"
        f"{joiner}副理事长单位宁波诺丁汉大学共同主办的第三届中外合作大学教学研讨会在宁波举行。"
    )
    roles = {(r.role, r.member.name) for r in record.roles}
    assert {("organizer", "上海纽约大学"), ("organizer", "宁波诺丁汉大学")} <= roles
    assert {("chair", "上海纽约大学"), ("vice_chair", "宁波诺丁汉大学")} <= roles


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("日本东北大学校长植木俊哉一行访问南京大学，双方就研究生联合培养进行了交流。", "植木俊哉"),
        ("日本京都大学副校长山口正人到访浙江大学。", "山口正人"),
        ("日本早稻田大学教授石川浩二在复旦大学作学术报告。", "石川浩二"),
    ],
)
def test_a_japanese_name_after_a_title(sentence: str, name: str) -> None:
    assert name in {p.name for p in _record("2026年3月10日，" + sentence).people}


@pytest.mark.parametrize("country", ["老挝", "白俄罗斯"])
def test_a_country_before_a_national_university_names_its_confucius_institute(country: str) -> None:
    record = _record(f"2026年5月6日，{country}国立大学孔子学院中方院长张伟访问昆明理工大学。")
    names = {i.name for i in record.institutions}
    assert f"{country}国立大学孔子学院" in names
    assert "国立大学孔子学院" not in names
    assert {p.name: p.organization.name for p in record.people if p.organization}["张伟"] == (
        f"{country}国立大学孔子学院"
    )


@pytest.mark.parametrize("verb", ["通报了", "总结了", "回顾了"])
def test_a_past_year_s_signings_reported_at_a_meeting_take_no_day(verb: str) -> None:
    record = _record(
        "1月15日，南昌大学召开2026年国际化工作推进会。"
        f"会议{verb}2025年学校国际合作交流工作情况：南昌大学与英国利兹大学签署了合作备忘录，"
        "接待了澳大利亚莫纳什大学代表团来访。",
        published=dt.date(2026, 1, 16),
    )
    events = {(e.kind, e.date) for e in record.events}
    assert ("conference", "2026-01-15") in events
    assert ("signing", None) in events
    assert ("signing", "2026-01-15") not in events


@pytest.mark.parametrize("office", ["学校国际交流合作处", "国际合作与交流处"])
def test_a_topic_after_an_officer_and_jiu_is_no_institution(office: str) -> None:
    record = _record(f"2026年5月6日，张伟访问昆明理工大学，与{office}负责人就孔子学院建设进行了座谈。")
    assert {i.name for i in record.institutions} == {"昆明理工大学"}
