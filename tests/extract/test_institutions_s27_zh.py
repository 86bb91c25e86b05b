"""Session 27 (zh): a university's affiliated school (附属中学, 第二附属中学, 附属外国语学校) is a
school of its own, named with its university's name and in its country (GUIDE-zh: 中学, 学校 are
schools; a 学院 inside a university is a unit, a school affiliated to it is not). Every sentence and
name is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _institutions(text: str) -> dict[str, tuple[str, str | None]]:
    bulletin = Bulletin(text=text, language="zh", published=dt.date(2026, 11, 20), origin="test")
    record = extract_bulletin(bulletin)
    return {i.name: (i.kind, i.country) for i in record.institutions}


@pytest.mark.parametrize(
    ("sentence", "school"),
    [
        ("11月12日，上海外国语大学附属外国语学校与法国巴黎亨利四世中学签署合作协议。", "上海外国语大学附属外国语学校"),
        ("11月11日，华东师范大学第二附属中学与美国圣保罗中学签署友好学校协议。", "华东师范大学第二附属中学"),
        ("11月10日，清华大学附属小学与英国伊顿公学签署合作备忘录。", "清华大学附属小学"),
        ("11月9日，南京师范大学附属实验学校校长王红会见了新加坡莱佛士书院代表团。", "南京师范大学附属实验学校"),
    ],
)
def test_a_school_affiliated_to_a_university_is_a_school_of_its_own(sentence: str, school: str) -> None:
    institutions = _institutions(sentence)
    assert institutions[school] == ("school", "CN")
    university = school[: school.index("大学") + 2]
    assert university not in institutions  # (named only as part of its school's name)


def test_a_school_of_a_university_abroad_is_in_its_country() -> None:
    institutions = _institutions("11月8日，筑波大学附属中学代表团访问杭州第二中学。")
    assert institutions["筑波大学附属中学"] == ("school", "JP")


def test_a_college_a_chinese_and_a_foreign_body_built_together_is_their_joint_institute() -> None:
    institutions = _institutions(
        "当地时间11月13日，由温州职业技术学院与肯尼亚内罗毕理工学院合作共建的“东非工匠学院”在内罗毕揭牌。"
    )
    assert institutions["东非工匠学院"][0] == "joint_institute"


def test_a_college_two_chinese_bodies_built_together_is_no_joint_institute() -> None:
    institutions = _institutions("11月13日，由温州职业技术学院与温州大学合作共建的“瓯江工匠学院”揭牌。")
    assert institutions.get("瓯江工匠学院", ("college",))[0] != "joint_institute"


@pytest.mark.parametrize("described", ["本国大学", "这类大学"])
def test_a_university_referred_to_by_its_country_or_class_is_no_name(described: str) -> None:
    institutions = _institutions(
        f"11月5日，泰国高等教育部副部长率团访问浙江大学。她表示，泰方鼓励{described}与中国大学建立更紧密的合作。"
    )
    assert described not in institutions
