# ruff: noqa: E501  (probes are whole sentences, one a line)
"""Events and roles, session 24 (w2e): a later short mention of an event (首届论坛, 第二届论坛, 本届论坛)
points to the event named before; a name is not cut inside a word the segmenter splits (可/持续); an
event role needs a sentence that speaks of the event; guidance told of the alliance is the alliance's.
Made-up passages in the genre's ways, with near-misses."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin
from schemas import BulletinRecord

PUBLISHED = dt.date(2025, 11, 20)


def _record(text: str, language: str = "zh") -> BulletinRecord:
    return extract_bulletin(Bulletin(text=text, language=language, published=PUBLISHED, origin="test"))


def _event_names(record: BulletinRecord) -> set[str]:
    return {e.name for e in record.events if e.name}


def _roles(record: BulletinRecord) -> set[tuple[str, str, str]]:
    return {(r.member.name, r.role, r.organization.name) for r in record.roles}


# -- an ordinal or a demonstrative before the head word refers back: no name of its own ---------------


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("首届论坛", "首届长江职业教育合作论坛"),
        ("本届论坛", "首届长江职业教育合作论坛"),
        ("第二届论坛", "第二届长江职业教育合作论坛"),
        ("本次论坛", "2025长江职业教育合作论坛"),
        ("此次研讨会", "2025中外合作办学质量研讨会"),
        ("第十四届年会", "丝路大学联盟第十四届年会"),
    ],
)
def test_a_later_short_mention_points_to_the_named_event(short: str, full: str) -> None:
    text = f"11月19日，{full}在武汉举行。{short}由武汉大学和华中科技大学联合主办，湖北大学协办。"
    record = _record(text)
    assert short not in _event_names(record)
    assert full in _event_names(record)
    roles = _roles(record)
    assert ("武汉大学", "organizer", full) in roles
    assert ("湖北大学", "co_organizer", full) in roles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("11月19日，第三届中德职业教育合作论坛在南昌举行。", "第三届中德职业教育合作论坛"),
        ("南昌大学利兹学院11月17日举行首届毕业典礼。", "首届毕业典礼"),  # (a head word with more in its word)
    ],
)
def test_an_ordinal_before_more_than_a_bare_head_stays_in_the_name(text: str, name: str) -> None:
    assert name in _event_names(_record(text))


# -- a compound the segmenter cuts after a boundary character (可/持续) stays in the name ------------


@pytest.mark.parametrize(
    "name",
    [
        "2025中德高校可持续建筑论坛",
        "全球可持续城市峰会",
        "中英可持续农业创新论坛",
        "2026中欧可再生能源教育论坛",
        "首届中法可循环经济研讨会",
    ],
)
def test_a_name_is_not_cut_inside_a_compound(name: str) -> None:
    record = _record(f"6月11日，{name}在斯图加特举行。论坛由斯图加特大学主办。")
    assert name in _event_names(record)


def test_a_modal_ke_before_a_verb_still_stops_the_name() -> None:
    # 可 as "may" before another verb still ends what stands before the name
    record = _record("6月11日，学生可参加2025中德职业教育论坛。")
    assert not any(n.startswith(("学生", "可")) for n in _event_names(record))


# -- an event role needs a sentence that speaks of the event --------------------------------------


@pytest.mark.parametrize(
    "later",
    [
        "根据协议，两校每年互派不少于10名博士生，由双方导师联合指导。",
        "根据续签的协议，学生在两校各学习一年，完成双方共同指导的学位论文后，可获得两校的硕士学位。",
        "按照协议，两校学生由双方教师共同指导，并得到两校的支持。",
    ],
)
def test_a_role_word_in_a_sentence_of_something_else_gives_no_event_role(later: str) -> None:
    text = (
        "11月19日，首届中欧智能制造教育论坛在武汉举行。"
        "会谈后，华中科技大学与亚琛工业大学签署《博士生联合培养协议》。双方商定扩大交换规模。" + later
    )
    assert not [r for r in _record(text).roles if r.organization.name == "首届中欧智能制造教育论坛"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "11月19日，首届长江教育论坛在武汉举行。论坛由武汉大学主办，湖北省教育厅指导。",
            "zh",
            ("湖北省教育厅", "other", "首届长江教育论坛"),
        ),
        (
            "11月19日，首届长江教育论坛在武汉举行。来自20所高校的代表参加。本次活动由武汉大学主办。",
            "zh",
            ("武汉大学", "organizer", "首届长江教育论坛"),
        ),
        (
            "The 2025 Poyang Lake Education Forum opened in Nanchang on May 8. The event was hosted by Nanchang University. It was supported by the Jiangxi Provincial Department of Education.",
            "en",
            ("Jiangxi Provincial Department of Education", "other", "2025 Poyang Lake Education Forum"),
        ),
    ],
)
def test_a_sentence_speaking_of_the_event_or_following_it_keeps_its_roles(
    text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _roles(_record(text, language))


def test_an_english_sentence_of_something_else_gives_no_event_role() -> None:
    text = (
        "The 2025 Poyang Lake Education Forum opened in Nanchang on May 8. Nanchang University and Jiangxi "
        "Normal University signed an agreement. The two universities will set up a joint institute. Under the "
        "agreement, students will be jointly supervised by both universities and supported by the Jiangxi "
        "Provincial Department of Education."
    )
    assert not _record(text, "en").roles


# -- guidance told of the alliance (its clause opens with it) is the alliance's --------------------


@pytest.mark.parametrize(
    "clause",
    [
        "记者在现场了解到，联盟在湖北省教育厅指导下组建",
        "据介绍，联盟在湖北省教育厅指导下成立",
        "会上获悉，该联盟由湖北省教育厅指导",
    ],
)
def test_guidance_of_the_alliance_is_not_the_forums(clause: str) -> None:
    text = (
        "19日，中欧智能制造教育联盟成立大会暨首届中欧智能制造教育论坛在武汉举行。"
        "联盟由华中科技大学与亚琛工业大学共同发起。" + clause + "，今后将开展课程共建。"
    )
    roles = _roles(_record(text))
    assert ("湖北省教育厅", "other", "中欧智能制造教育联盟") in roles
    assert ("湖北省教育厅", "other", "首届中欧智能制造教育论坛") not in roles


def test_guidance_of_the_forum_stays_the_forums() -> None:
    text = "19日，中欧智能制造教育联盟成立大会暨首届中欧智能制造教育论坛在武汉举行。记者了解到，论坛在湖北省教育厅指导下举办。"
    roles = _roles(_record(text))
    assert ("湖北省教育厅", "other", "首届中欧智能制造教育论坛") in roles


# -- the members as the object of a verb (推动成员高校之间的…) make no seat of the subject -------------


@pytest.mark.parametrize(
    "clause",
    [
        "武汉大学表示，将推动成员高校之间的学分互认",
        "武汉大学表示，将促进成员单位间的交流",
        "武汉大学将加强成员高校之间的联合科研",
        "武汉大学将带动成员高校开展联合培养",
        "武汉大学将鼓励成员高校互派教师",
    ],
)
def test_members_as_an_object_give_the_subject_no_seat(clause: str) -> None:
    text = "中俄综合性大学联盟由北京大学和莫斯科国立大学于2011年共同发起。" + clause + "。"
    assert ("武汉大学", "member", "中俄综合性大学联盟") not in _roles(_record(text))


@pytest.mark.parametrize(
    "clause",
    ["武汉大学加入中俄综合性大学联盟，成为成员高校", "武汉大学是中俄综合性大学联盟的成员高校"],
)
def test_a_member_told_as_such_keeps_its_seat(clause: str) -> None:
    text = "中俄综合性大学联盟由北京大学和莫斯科国立大学于2011年共同发起。" + clause + "。"
    assert ("武汉大学", "member", "中俄综合性大学联盟") in _roles(_record(text))


# -- a seat taken over in a clause that opens with its verb: the subject of the clause before ----------


@pytest.mark.parametrize(
    "sentence",
    [
        "在闭幕式上，武汉大学从莫斯科国立大学手中接过会旗，正式接任联盟轮值主席单位，任期两年。",
        "武汉大学从莫斯科国立大学手中接过会旗，接任联盟轮值主席单位。",
        "会上，武汉大学代表发言，随后接任联盟轮值主席单位。",
        "武汉大学接过会旗，并正式接任联盟轮值主席单位。",
    ],
)
def test_a_seat_taken_over_after_a_clause_goes_to_its_subject(sentence: str) -> None:
    text = "中俄综合性大学联盟第十四届校长论坛在长沙举行。" + sentence
    roles = _roles(_record(text))
    assert ("武汉大学", "chair", "中俄综合性大学联盟") in roles
    assert ("莫斯科国立大学", "chair", "中俄综合性大学联盟") not in roles


def test_a_seat_after_a_handing_clause_goes_to_no_one_of_it() -> None:
    # (A将会旗交给B，正式接任: the taker is B, not the clause's subject; told so, no guess)
    text = "中俄综合性大学联盟第十四届校长论坛在长沙举行。会上，莫斯科国立大学将会旗交给武汉大学，正式接任联盟轮值主席单位。"
    assert ("莫斯科国立大学", "chair", "中俄综合性大学联盟") not in _roles(_record(text))


# -- every form of "take over" a rotating seat --------------------------------------------------------


@pytest.mark.parametrize(
    "verb",
    [
        "has taken over the rotating presidency of",
        "will take over the rotating presidency of",
        "took over the rotating presidency of",
        "has taken over the rotating chair of",
        "will take over as rotating chair of",
    ],
)
def test_a_rotating_seat_taken_over_in_any_form(verb: str) -> None:
    text = f"Tohoku University {verb} the China-Japan University Consortium for Low-Carbon Engineering from Dalian University of Technology."
    roles = _roles(_record(text, "en"))
    assert ("Tohoku University", "chair", "China-Japan University Consortium for Low-Carbon Engineering") in roles
    assert not [r for r in roles if r[0] == "Dalian University of Technology" and r[1] == "chair"]
