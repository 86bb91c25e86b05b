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


def test_a_role_of_the_sub_forum_named_in_its_sentence_is_no_role_of_the_forum() -> None:
    # GUIDE: a sub-forum is no event of its own, and undertaking it is not hosting the whole forum
    text = "10月15日，第四届中国—东盟教育合作论坛在南宁举行。同期举办的职业教育分论坛由南宁职业技术学院承办。"
    assert _roles(text, "zh") == set()


_ALLIANCE = "Belt and Road Vocational Education Alliance"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chengdu Polytechnic serves as the chair institution and houses the alliance's secretariat.",
            {"chair", "secretariat"},
        ),
        (
            f"The {_ALLIANCE} was initiated in 2017 by Chengdu Polytechnic (CDP), which hosts its secretariat and "
            "serves as its chair institution.",
            {"member", "secretariat", "chair"},
        ),
        (
            f"The {_ALLIANCE} was founded in 2019 by Chengdu Polytechnic, which hosts its secretariat and serves as "
            "its chair institution.",
            {"member", "secretariat", "chair"},
        ),
    ],
)
def test_secretariat_and_chair_wordings(sentence: str, expected: set[str]) -> None:
    text = f"The {_ALLIANCE} was launched in Chengdu on Monday. It has 40 member institutions.\n\n{sentence}"
    roles = {role for owner, _, role in _roles(text, "en") if owner == _ALLIANCE}
    assert expected <= roles


def test_an_officials_words_on_the_members_make_his_body_none() -> None:
    text = (
        f"The {_ALLIANCE} held its annual meeting in Chengdu on Monday. Chengdu Polytechnic chairs the alliance.\n\n"
        "Wang Lei, deputy director of the Sichuan Provincial Department of Education, said the province would fund "
        "exchanges for students from the alliance's member universities.\n\n"
        "Sichuan Normal University said it had become a member of the alliance."
    )
    roles = _roles(text, "en")
    assert not any(member == "Sichuan Provincial Department of Education" for _, member, _ in roles)
    assert (_ALLIANCE, "Sichuan Normal University", "member") in roles


def test_the_councils_chairman_recalling_the_members_makes_no_member() -> None:
    text = (
        f"The {_ALLIANCE} held its annual meeting in Chengdu on Monday. Chengdu Polytechnic chairs the alliance.\n\n"
        "Opening the meeting, Zhou Ping, President of Sichuan University and Chairman of the Alliance Council, "
        "recalled that the alliance's members had trained 5,000 technicians."
    )
    members = {member for _, member, role in _roles(text, "en") if role == "member"}
    assert members == set()


_DEPARTMENT = "Hainan Provincial Department of Education"
_CONFERENCE = "2026 Hainan International Education Exchange Conference"


def _roles_on_own_page(text: str, publisher: str) -> set[tuple[str, str, str]]:
    bulletin = Bulletin(
        text=text,
        language="en",
        published=dt.date(2026, 5, 14),
        origin="test",
        credited_source=publisher,
        site_name=publisher,
    )
    return {(r.organization.name, r.member.name, r.role) for r in extract_bulletin(bulletin).roles}


@pytest.mark.parametrize(
    "opening",
    [
        f"On May 12, the Department held the {_CONFERENCE} in Haikou. The conference was co-organized by Hainan "
        "University.",
        f"The {_CONFERENCE} opened in Haikou on May 12. The conference was hosted by the Department and undertaken by "
        "Hainan University.",
    ],
)
def test_the_publishers_own_voice_organises_its_event(opening: str) -> None:
    text = f"{opening}\n\nSchools are asked to register their exchange programmes with the Department by June 1."
    assert (_CONFERENCE, _DEPARTMENT, "organizer") in _roles_on_own_page(text, _DEPARTMENT)


def test_a_units_department_is_no_voice_of_the_publisher() -> None:
    text = (
        f"On May 12, the Department of International Cooperation of Hainan University held the {_CONFERENCE} in "
        "Haikou.\n\nSchools are asked to register their exchange programmes with the Department by June 1."
    )
    assert not any(member == _DEPARTMENT for _, member, _ in _roles_on_own_page(text, _DEPARTMENT))


_ALLIANCE_ZH = "中国—中亚职业教育联盟"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("天津中德应用技术大学担任理事长单位并承担联盟秘书处工作。", {"chair", "secretariat"}),
        ("天津中德应用技术大学负责联盟秘书处日常工作。", {"secretariat"}),
        ("天津中德应用技术大学为理事长单位，联盟秘书处设在天津中德应用技术大学。", {"chair", "secretariat"}),
    ],
)
def test_secretariat_wordings_in_chinese(sentence: str, expected: set[str]) -> None:
    text = f"10月12日，{_ALLIANCE_ZH}在天津成立。首批成员单位32家。{sentence}"
    roles = _roles(text, "zh")
    held = {role for owner, member, role in roles if owner == _ALLIANCE_ZH and member == "天津中德应用技术大学"}
    assert held == expected
    assert all(owner == _ALLIANCE_ZH for owner, _, _ in roles)  # (no alliance named 承担联盟)
