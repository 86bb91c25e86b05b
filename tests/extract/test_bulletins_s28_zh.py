"""Session 28 (zh): whole bulletins written for these tests (tests/extract/bulletins_s28_zh/, one a style of
GENRE.md: 新华网 channels, 省教育厅, 高校新闻网), read as `extract` reads a .txt, and the facts this session's
rules fixed in them. Every sentence and name is made up; the institutions are real."""

from __future__ import annotations

from pathlib import Path

from pipeline.batch import extract_bulletin
from pipeline.parse.text import parse_text
from schemas import BulletinRecord

BULLETINS = Path(__file__).parent / "bulletins_s28_zh"


def _record(name: str) -> BulletinRecord:
    path = BULLETINS / f"{name}.txt"
    return extract_bulletin(parse_text(path.read_text(encoding="utf-8"), origin=str(path)))


def _people(record: BulletinRecord) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.title, p.organization.name if p.organization else None) for p in record.people}


def test_a_university_s_page_names_its_confucius_institute_s_deans() -> None:
    people = _people(_record("ci-deans-visit"))
    assert people["刘芳"] == ("中方院长", "喀山联邦大学孔子学院")
    assert people["伊琳娜·彼得罗娃"] == ("外方院长", "喀山联邦大学孔子学院")


def test_a_meeting_of_a_country_s_confucius_institutes() -> None:
    record = _record("ci-joint-meeting")
    assert "俄罗斯孔子学院" not in {i.name for i in record.institutions}
    assert _people(record)["李晓燕"] == ("中方院长", "喀山联邦大学孔子学院")


def test_a_chinese_university_s_confucius_institute_work_meeting() -> None:
    record = _record("ci-work-meeting")
    assert "兰州大学孔子学院" not in {i.name for i in record.institutions}
    assert _people(record)["马晓军"] == ("中方院长", "比什凯克人文大学孔子学院")


def test_an_official_meeting_a_delegation_and_those_attending() -> None:
    record = _record("official-meets")
    assert [(e.kind, e.date) for e in record.events] == [("visit", "2026-05-18"), ("signing", "2026-05-19")]


def test_members_joining_an_alliance_as_a_first_batch() -> None:
    record = _record("alliance-members-join")
    members = {r.member.name for r in record.roles if r.role == "member"}
    assert {"云南大学", "老挝国立大学", "仰光大学", "河内国家大学"} <= members


def test_a_federation_made_up_of_two_groups_of_universities() -> None:
    record = _record("federation-composed")
    assert ("宁波大学", "member") in {(r.member.name, r.role) for r in record.roles}
    assert record.role_counts == []


def test_a_university_s_own_school_is_no_body() -> None:
    record = _record("ci-dean-visits")
    assert "汉语言文化学院" not in {i.name for i in record.institutions}


def test_that_agency_s_officer_on_a_department_s_trip() -> None:
    assert _people(_record("department-trip-abroad"))["安妮·科斯基宁"] == ("副署长", "芬兰国家教育署")


def test_a_signing_held_online_is_placed_nowhere() -> None:
    record = _record("online-signing")
    assert [(e.kind, e.date, e.location) for e in record.events] == [("signing", "2026-03-11", None)]


def test_a_foreign_state_s_ministry_co_organising_a_forum() -> None:
    record = _record("state-ministry-forum")
    organisers = {r.member.name for r in record.roles if r.role == "organizer"}
    assert organisers == {"天津市教育委员会", "巴登-符腾堡州文化部"}
