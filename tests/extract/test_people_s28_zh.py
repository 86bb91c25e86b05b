"""Session 28 (zh): a Confucius Institute's deans written with the bare word before their titles
(孔子学院中方院长A、外方院长B) are the institute's named before, their titles without the word; 该署副署长A is
the agency's named before; a transliterated name may open with a character Chinese surnames share (马丁内斯,
范德维尔德). Every sentence and name is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _people(text: str, url: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    bulletin = Bulletin(text=text, language="zh", published=dt.date(2026, 11, 25), origin="test", url=url)
    record = extract_bulletin(bulletin)
    return {p.name: (p.title, p.organization.name if p.organization else None) for p in record.people}


def test_the_deans_of_the_institute_named_before_on_a_university_s_page() -> None:
    text = (
        "11月20日，俄罗斯喀山联邦大学校长伊戈尔·马卡罗夫率团来访我校。\n\n"
        "喀山联邦大学孔子学院是我校与喀山联邦大学合作共建的孔子学院，于2007年揭牌运营。"
        "孔子学院中方院长刘芳、外方院长伊琳娜·彼得罗娃陪同来访。"
    )
    people = _people(text, url="https://news.hunnu.edu.cn/info/1002/9876.htm")
    assert people["刘芳"] == ("中方院长", "喀山联邦大学孔子学院")
    assert people["伊琳娜·彼得罗娃"] == ("外方院长", "喀山联邦大学孔子学院")


def test_the_institute_named_last_before_is_the_one() -> None:
    text = (
        "10月17日，泰国清迈大学孔子学院和越南河内大学孔子学院的代表来到昆明。会上，孔子学院中方院长王磊介绍了办学情况。"
    )
    assert _people(text)["王磊"] == ("中方院长", "河内大学孔子学院")


def test_that_agency_s_officer_is_the_agency_s() -> None:
    text = (
        "6月8日至14日，省教育厅副厅长潘漫率代表团访问芬兰。"
        "在芬兰国家教育署，代表团与该署副署长安妮·科斯基宁进行了会谈。"
    )
    assert _people(text)["安妮·科斯基宁"] == ("副署长", "芬兰国家教育署")


def test_that_ministry_s_and_that_embassy_s_officers_on_a_university_s_page() -> None:
    text = (
        "6月12日，我校代表团访问了老挝教育与体育部，与该部副部长坎潘·蓬马拉进行了会谈。"
        "6月13日，代表团拜会了中国驻老挝大使馆，与该馆教育参赞王立新交流。"
    )
    people = _people(text, url="https://news.jxnu.edu.cn/info/1002/5678.htm")
    assert people["坎潘·蓬马拉"] == ("副部长", "老挝教育与体育部")


@pytest.mark.parametrize(
    ("written", "name"),
    [("范德维尔德（Jan Vandevelde）一行", "范德维尔德"), ("马丁内斯（Carlos Martinez）", "马丁内斯")],
)
def test_a_transliterated_name_opening_like_a_chinese_surname(written: str, name: str) -> None:
    text = f"5月13日，比利时驻华大使馆教育参赞{written}访问华侨大学。"
    assert _people(text)[name] == ("教育参赞", "比利时驻华大使馆")


@pytest.mark.parametrize(
    "chain",
    ["校长助理宋伟", "校长助理、国际合作与交流处处长宋伟", "党委常委、国际合作与交流处处长宋伟"],
)
def test_the_first_office_of_a_chain_before_a_unit_s_office(chain: str) -> None:
    text = f"6月26日，{chain}会见了美国堪萨斯大学代表团。"
    title = chain.split("、")[0].removesuffix("宋伟")
    assert _people(text, url="https://news.henu.edu.cn/info/1002/5678.htm")["宋伟"] == (title, "河南大学")
