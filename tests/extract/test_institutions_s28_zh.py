"""Session 28 (zh): 孔子学院 names a body only after its foreign host: after a country alone
(俄罗斯孔子学院联席会议, that country's institutes) or a Chinese university (兰州大学孔子学院工作会议, that
university's work on them) it names none. Every sentence and name is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _institutions(text: str) -> list[str]:
    bulletin = Bulletin(text=text, language="zh", published=dt.date(2026, 12, 5), origin="test")
    return [i.name for i in extract_bulletin(bulletin).institutions]


@pytest.mark.parametrize(
    "sentence",
    [
        "12月2日至3日，2026年俄罗斯孔子学院联席会议在喀山举行。",
        "12月2日，泰国孔子学院院长工作会议在曼谷召开。",
    ],
)
def test_a_country_s_confucius_institutes_are_no_body(sentence: str) -> None:
    assert _institutions(sentence) == []


def test_a_chinese_university_s_confucius_institute_work_is_no_body() -> None:
    assert _institutions("10月17日，兰州大学孔子学院工作会议在榆中校区召开。") == ["兰州大学"]


@pytest.mark.parametrize(
    "unit",
    ["园艺与植物保护学院", "食品与营养科学学院", "汉语言文化学院", "华文学院", "前沿交叉科学研究院", "东北亚研究中心"],
)
def test_a_university_s_schools_named_by_fields_are_no_bodies(unit: str) -> None:
    text = f"10月12日，日本东北大学代表团访问吉林大学，参观了学校{unit}。"
    assert _institutions(text) == ["东北大学", "吉林大学"]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("德国巴伐利亚州文化部", "巴伐利亚州文化部"),
        ("德国巴登-符腾堡州科学、研究和艺术部", "巴登-符腾堡州科学、研究和艺术部"),
        ("德国巴登符腾堡州文化部", "巴登符腾堡州文化部"),
    ],
)
def test_a_foreign_state_s_ministry_named_by_its_fields(written: str, name: str) -> None:
    bulletin = Bulletin(
        text=f"9月16日，天津市教育委员会与{written}签署职业教育合作协议。",
        language="zh",
        published=dt.date(2026, 9, 18),
        origin="test",
    )
    found = {i.name: (i.kind, i.country) for i in extract_bulletin(bulletin).institutions}
    assert found[name] == ("government", "DE")
