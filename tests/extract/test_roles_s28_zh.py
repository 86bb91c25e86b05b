"""Session 28 (zh): alliance members as bulletins list them: 等首批23所高校加入联盟 (a first batch counted
between 等 and the verb); 联合会由A、B等N所高校组成 (an association spoken of by its head word); and a count
of one group of members joined to another (国内25所高校和…31所高校组成) is no total. Every sentence and
name is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _roles(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, int]]]:
    bulletin = Bulletin(text=text, language="zh", published=dt.date(2026, 8, 20), origin="test")
    record = extract_bulletin(bulletin)
    roles = {(r.member.name, r.role) for r in record.roles}
    return roles, {(c.role, c.count) for c in record.role_counts}


@pytest.mark.parametrize("batch", ["首批", "第一批"])
def test_members_joining_as_a_counted_first_batch(batch: str) -> None:
    text = (
        "8月18日，由云南大学发起成立的南亚东南亚大学联盟在昆明举行成立大会。"
        f"老挝国立大学、仰光大学、河内国家大学等{batch}23所高校加入联盟。"
    )
    roles, _ = _roles(text)
    assert {("老挝国立大学", "member"), ("仰光大学", "member"), ("河内国家大学", "member")} <= roles


@pytest.mark.parametrize("head", ["联合会", "该联合会", "协会"])
def test_an_association_spoken_of_by_its_head_word_is_made_up_of_its_members(head: str) -> None:
    text = f"5月28日，中国—中东欧国家高校联合会年会在宁波举行。{head}由宁波大学、格但斯克工业大学等56所高校组成。"
    roles, counts = _roles(text)
    assert {("宁波大学", "member"), ("格但斯克工业大学", "member")} <= roles
    assert ("member", 56) in counts


def test_a_count_of_one_group_of_members_is_no_total() -> None:
    text = (
        "5月28日，中国—中东欧国家高校联合会年会在宁波举行。"
        "该联合会由宁波大学等国内25所高校和中东欧国家的31所高校组成，秘书处设在宁波大学。"
    )
    roles, counts = _roles(text)
    assert ("宁波大学", "member") in roles
    assert counts == set()


@pytest.mark.parametrize("seat", ["联盟理事长单位", "联盟秘书长单位"])
def test_a_meeting_organised_by_an_institution_named_with_its_seat(seat: str) -> None:
    text = f"7月3日至4日，中俄交通大学联盟2026年年会在哈尔滨举行。年会由{seat}东北林业大学主办。"
    roles, _ = _roles(text)
    assert ("东北林业大学", "organizer") in roles
