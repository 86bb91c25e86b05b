"""Session 28 (zh2): whole bulletins written for these tests (tests/extract/bulletins_s28_zh2/, in styles of
GENRE.md: 省教育厅, 高校新闻网, 二级学院网站), read as `extract` reads a .txt, and the facts this session's
rules fixed in them. Every sentence and name of a person is made up; the institutions are real."""

from __future__ import annotations

from pathlib import Path

from pipeline.batch import extract_bulletin
from pipeline.parse.text import parse_text
from schemas import BulletinRecord

BULLETINS = Path(__file__).parent / "bulletins_s28_zh2"


def _record(name: str) -> BulletinRecord:
    path = BULLETINS / f"{name}.txt"
    return extract_bulletin(parse_text(path.read_text(encoding="utf-8"), origin=str(path)))


def test_a_clause_of_the_same_subject_with_a_new_partner() -> None:
    # '…与泰国大城技术学院签署…，与中国电建集团国际工程有限公司签署校企合作框架协议': the company is the
    # college's partner, no side of the Thai college
    pairs = {(p.chinese.name, p.foreign.name) for p in _record("luban-workshop").partnerships}
    assert pairs == {("天津渤海职业技术学院", "大城技术学院")}


def test_a_standing_cooperation_told_on_a_visit_takes_no_day() -> None:
    # '四川大学与法国巴黎萨克雷大学、里昂高等师范学校等高校保持着长期合作': no happening of the visit's day
    record = _record("embassy-education-section")
    dates = {p.foreign.name: p.date for p in record.partnerships}
    assert dates["巴黎萨克雷大学"] is None
    assert dates["里昂高等师范学校"] is None
    assert [(e.kind, e.date) for e in record.events] == [("visit", "2026-03-11")]
