"""Session 27 (zh): the organisation of a person whose title follows a reference to another body: 该校
with the office's description between (该校负责国际事务的副校长), and a name whose short form the page
declares in brackets before the title (X大学（以下简称“X大”）第一副校长). Every sentence and name is made up
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    bulletin = Bulletin(text=text, language="zh", published=dt.date(2026, 11, 20), origin="test")
    record = extract_bulletin(bulletin)
    return {p.name: (p.title, p.organization.name if p.organization else None) for p in record.people}


@pytest.mark.parametrize("described", ["负责国际事务的", "分管外事工作的"])
def test_that_university_s_officer_with_the_office_described(described: str) -> None:
    text = f"重庆交通大学新闻网讯 11月10日，我校代表团访问德国亚琛工业大学，与该校{described}副校长克劳斯·韦伯会谈。"
    assert _people(text)["克劳斯·韦伯"] == ("副校长", "亚琛工业大学")


def test_a_title_after_a_declared_short_form_is_the_named_body_s() -> None:
    text = "11月11日，俄罗斯喀山联邦大学（以下简称“喀大”）第一副校长伊万·彼得罗夫一行访问湖南师范大学。"
    assert _people(text)["伊万·彼得罗夫"] == ("第一副校长", "喀山联邦大学")
