"""Session 25 (w2r): an event's roles given after a part of it was named (学生分论坛, a "sub-forum") are the
whole event's unless the role's sentence names the part; an article's own line listing the roles as a
sentence (本次论坛主办单位：X；承办单位：Y；协办单位：Z。) is article text, not a site footer. Every sentence
and name is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _roles(text: str, language: str) -> set[tuple[str, str, str]]:
    bulletin = Bulletin(text=text, language=language, published=dt.date(2025, 12, 9), origin="test")
    record = extract_bulletin(bulletin)
    return {(r.organization.name, r.member.name, r.role) for r in record.roles}


_FORUM_ZH = "第三届中国—中亚职业教育合作论坛"


@pytest.mark.parametrize(
    "closing",
    [
        "论坛由新疆维吾尔自治区教育厅主办，新疆大学承办，石河子大学、新疆师范大学协办。",
        "本次论坛主办单位：新疆维吾尔自治区教育厅；承办单位：新疆大学；协办单位：石河子大学、新疆师范大学。",
    ],
)
def test_roles_after_a_sub_forum_are_the_forums(closing: str) -> None:
    text = (
        f"12月5日，{_FORUM_ZH}在乌鲁木齐开幕。来自五国的80余所院校参会。\n\n"
        "6日下午的教师发展分论坛上，与会代表交流了双师型教师培养经验。\n\n" + closing
    )
    roles = _roles(text, "zh")
    assert (_FORUM_ZH, "新疆维吾尔自治区教育厅", "organizer") in roles
    assert (_FORUM_ZH, "新疆大学", "host") in roles
    assert (_FORUM_ZH, "石河子大学", "co_organizer") in roles
    assert (_FORUM_ZH, "新疆师范大学", "co_organizer") in roles
    assert not any("分论坛" in owner for owner, _, _ in roles)


def test_a_role_of_the_sub_forum_named_in_its_sentence_stays_its() -> None:
    text = "10月15日，第四届中国—东盟教育合作论坛在南宁举行。同期举办的职业教育分论坛由南宁职业技术学院承办。"
    roles = _roles(text, "zh")
    assert ("职业教育分论坛", "南宁职业技术学院", "host") in roles
