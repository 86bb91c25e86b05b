"""Session 27 (zh): alliance members as Chinese bulletins name them: "X是Y联盟成员" (成员 right after the
alliance's name), and a list of members after 包括 that opens with a counted class left unnamed
(包括湖北高校15所及A、B等5所海外高校), also where the role word's sentence named another body in an
earlier clause. Every sentence and name is made up for these tests."""

from __future__ import annotations

import datetime as dt

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin

_ALLIANCE = "长江高校国际合作联盟"


def _members(text: str) -> set[str]:
    bulletin = Bulletin(text=text, language="zh", published=dt.date(2026, 11, 20), origin="test")
    record = extract_bulletin(bulletin)
    return {r.member.name for r in record.roles if r.organization.name == _ALLIANCE and r.role == "member"}


def test_a_university_that_is_a_member_of_a_named_alliance() -> None:
    text = "11月18日，长江高校国际合作联盟在武汉举行年会。据了解，利兹大学创建于1904年，是长江高校国际合作联盟成员。"
    assert _members(text) == {"利兹大学"}


def test_members_listed_after_a_counted_class_left_unnamed() -> None:
    text = (
        "11月18日，长江高校国际合作联盟在武汉成立。联盟首批成员单位共20家，"
        "包括湖北高校15所及英国利兹大学、法国里昂大学等5所海外高校。"
    )
    assert _members(text) == {"利兹大学", "里昂大学"}


def test_members_listed_in_the_role_word_s_own_clause() -> None:
    text = (
        "11月18日，长江高校国际合作联盟在武汉成立。联盟由武汉大学牵头组建，首批成员单位共20家，"
        "包括湖北高校15所及利兹大学、里昂大学等5所海外高校。"
    )
    assert {"利兹大学", "里昂大学"} <= _members(text)


def test_a_delegation_s_members_are_no_alliance_members() -> None:
    text = "11月18日，长江高校国际合作联盟在武汉举行年会。利兹大学代表团成员参观了武汉大学实验室。"
    assert _members(text) == set()
