"""Session 28 (zh): those who attend a meeting told before (参加会见, 陪同会见) report no meeting of their own,
even after a sentence of another day. Every sentence and name is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _events(text: str) -> list[tuple[str, str | None]]:
    bulletin = Bulletin(text=text, language="zh", published=dt.date(2026, 5, 20), origin="test")
    return [(e.kind, e.date) for e in extract_bulletin(bulletin).events]


@pytest.mark.parametrize("attending", ["参加会见", "陪同会见", "出席会见"])
def test_those_attending_the_meeting_told_before_report_no_visit(attending: str) -> None:
    text = (
        "5月18日，浙江省教育厅副厅长于永明会见了来访的新西兰奥克兰大学副校长Jim Roberts一行。\n\n"
        "19日，代表团访问浙江大学，与浙江大学签署了两校博士生联合培养协议。\n\n"
        f"省教育厅国际合作与交流处处长周强{attending}。"
    )
    assert _events(text) == [("visit", "2026-05-18"), ("signing", "2026-05-19")]


def test_a_signing_held_online_takes_no_place_from_a_later_sentence() -> None:
    text = (
        "本周三下午，我校与英国考文垂大学通过视频连线方式举行合作协议云签约仪式。"
        "校长乔旭、考文垂大学副校长Ian Dunn博士分别在南京和考文垂代表两校签署了《本科生“2+2”联合培养项目协议》。"
    )
    bulletin = Bulletin(
        text=text, language="zh", published=dt.date(2026, 3, 13), origin="test", url="https://news.njtech.edu.cn/a.htm"
    )
    events = [(e.kind, e.date, e.location) for e in extract_bulletin(bulletin).events]
    assert events == [("signing", "2026-03-11", None)]


@pytest.mark.parametrize("stretch", ["一年来", "过去一年", "过去的一年"])
def test_a_signing_told_in_a_year_s_review_has_no_day(stretch: str) -> None:
    text = (
        "1月9日，学校召开2026年外事工作会议。\n\n"
        f"会议总结了上一年度外事工作。{stretch}，学校与哈萨克斯坦萨特巴耶夫大学签署了合作备忘录。"
    )
    bulletin = Bulletin(
        text=text, language="zh", published=dt.date(2026, 1, 12), origin="test", url="https://news.jxust.edu.cn/a.htm"
    )
    record = extract_bulletin(bulletin)
    assert [(e.kind, e.date) for e in record.events if e.kind == "signing"] == [("signing", None)]
    assert [p.date for p in record.partnerships] == [None]
