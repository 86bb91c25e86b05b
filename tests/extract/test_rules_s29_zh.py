"""Session 29 (zh): Chinese rules that describe how bulletins are written, each shown on sentences written
for the test (names of persons made up, institutions real): a Japanese given name of three characters, a
copied WeChat header line, a signing that is only a talk's topic."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin
from pipeline.parse.text import parse_text
from schemas import BulletinRecord


def _record(text: str, published: dt.date = dt.date(2026, 5, 8)) -> BulletinRecord:
    return extract_bulletin(Bulletin(text=text, language="zh", published=published, origin="test"))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("4月20日，日本御茶水女子大学副校长森田由纪子一行来访湖南大学。", "森田由纪子"),
        ("4月20日，日本早稻田大学国际部部长佐佐木千代子一行访问复旦大学。", "佐佐木千代子"),
        ("4月20日，日本东北大学教授山口健太郎在南京大学作学术报告。", "山口健太郎"),
        ("4月20日，日本立命馆大学副校长松原洋子一行到访四川大学。", "松原洋子"),
    ],
)
def test_a_japanese_given_name_of_three_characters(sentence: str, name: str) -> None:
    people = {p.name for p in _record(sentence).people}
    assert name in people
    assert name[:-1] not in people


def test_a_chinese_name_before_a_following_word_keeps_two_characters() -> None:
    # (the surname 山口 with a given name of one character, then 子 opening no name's end: no run-on)
    people = {p.name for p in _record("4月20日，日本东北大学副校长山口明出席签约仪式。").people}
    assert "山口明" in people


@pytest.mark.parametrize(
    "header",
    [
        "原创 国际处 江西理工大学国际交流 2025-05-12 18:30 江西",
        "原创 江西理工大学国际交流 2025年05月12日 18:30",
        "江西理工大学国际交流 2025-05-12 18:30 江西",
    ],
)
def test_a_copied_wechat_header_gives_the_day_and_the_account(header: str) -> None:
    page = (
        "我校与俄罗斯乌拉尔联邦大学签署合作协议\n"
        f"{header}\n"
        "　　5月9日，我校副校长李伟率团访问俄罗斯乌拉尔联邦大学，并代表学校签署两校合作协议。\n"
    )
    bulletin = parse_text(page, origin="wechat.txt")
    assert bulletin.published == dt.date(2025, 5, 12)
    assert bulletin.published_at is not None and bulletin.published_at.hour == 18
    assert "2025-05-12" not in bulletin.text and "原创" not in bulletin.text
    record = extract_bulletin(bulletin)
    assert {(p.chinese.name, p.foreign.name) for p in record.partnerships} == {("江西理工大学", "乌拉尔联邦大学")}
    # no original mark and no region after the time, or a byline label for the account: no header
    for line in ("国际处 2025-05-12 18:30", "来源 2025-05-12 18:30 江西"):
        assert parse_text(page.replace(header, line), origin="page.txt").site_name is None


@pytest.mark.parametrize(
    ("sentence", "closing"),
    [
        ("双方就签署校际交流协议进行了深入会谈。", "进行"),
        ("双方围绕签订学生交换协议交换意见。", "交换意见"),
        ("两校就续签合作协议达成共识。", "达成"),
    ],
)
def test_a_signing_that_is_a_talk_s_topic_is_no_signing(sentence: str, closing: str) -> None:
    record = _record(f"4月16日，日本御茶水女子大学代表团来访江西师范大学。{sentence}")
    assert closing in sentence
    assert {(p.foreign.name, p.kind) for p in record.partnerships} == {("御茶水女子大学", "talks")}
    assert "signing" not in {e.kind for e in record.events}
    # signed after the talks (就此: thereupon), it is a signing
    record = _record("4月16日，日本御茶水女子大学代表团来访江西师范大学。双方进行了会谈，并就此签署了校际交流协议。")
    assert {(p.foreign.name, p.kind) for p in record.partnerships} == {("御茶水女子大学", "agreement")}
    assert "signing" in {e.kind for e in record.events}


@pytest.mark.parametrize("unit", ["商务外语学院", "国际贸易学院", "经贸学院"])
def test_a_school_named_by_trade_fields_is_a_unit(unit: str) -> None:
    # a college's own page: 我院's schools (商务外语学院) are its units, not institutions (GUIDE-zh)
    record = _record(
        "3月12日，泰国宣素那他皇家大学代表团来访江西外语外贸职业学院。"
        f"副院长周琳及国际交流合作处、{unit}负责人参加会见。",
        published=dt.date(2026, 3, 14),
    )
    assert {i.name for i in record.institutions} == {"宣素那他皇家大学", "江西外语外贸职业学院"}


@pytest.mark.parametrize("bodies", ["各设区市教育局、各高校", "各市教育局、各市外办", "各有关市教育局"])
def test_every_body_of_a_level_names_none(bodies: str) -> None:
    # 各设区市教育局: the bureaus of all the cities attending a provincial meeting, no institution
    record = _record(
        f"12月16日，全省教育外事工作会议在南昌召开。省教育厅副厅长王明出席。{bodies}负责同志参加会议。",
        published=dt.date(2026, 12, 18),
    )
    assert {i.name for i in record.institutions} == {"省教育厅"}


@pytest.mark.parametrize(("town", "verb"), [("塞图巴尔", "举行"), ("库斯塔奈", "举办"), ("维塞乌", "签署")])
def test_an_unlisted_foreign_town_before_the_verb_places_the_happening(town: str, verb: str) -> None:
    # a town written in transliteration's characters alone, right before the happening's verb
    sentence = {
        "举行": "葡萄牙鲁班工坊启动仪式在{town}举行。",
        "举办": "2026年中国—中亚职业教育论坛在{town}举办。",
        "签署": "江西应用技术职业学院与葡萄牙维塞乌理工学院在{town}签署合作备忘录。",
    }[verb].format(town=town)
    record = _record(f"5月6日，{sentence}")
    assert [e.location for e in record.events] == [town]
    # a venue written in Chinese words is no place
    venue = _record(f"5月6日，{sentence.replace(town, '图书馆报告厅')}")
    assert [e.location for e in venue.events] == [None]
