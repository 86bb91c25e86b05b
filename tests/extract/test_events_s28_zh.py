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
