"""Session 27 (zh, wave 2): Chinese signings as bulletins tell them. Every sentence and name is
made up for these tests."""

from __future__ import annotations

import datetime as dt

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _signing_days(text: str) -> list[str | None]:
    bulletin = Bulletin(text=text, language="zh", published=dt.date(2026, 11, 20), origin="test")
    record = extract_bulletin(bulletin)
    return [e.date for e in record.events if e.kind == "signing"]


def test_a_signing_of_other_parties_at_another_time_of_the_day_is_another_signing() -> None:
    text = (
        "11月12日上午，江西财经大学与英国邓迪大学签署合作协议。\n\n"
        "同日下午，南昌大学与澳大利亚格里菲斯大学签署合作备忘录。"
    )
    assert _signing_days(text) == ["2026-11-12", "2026-11-12"]


def test_the_same_parties_told_again_that_afternoon_are_the_same_signing() -> None:
    text = (
        "11月12日上午，江西财经大学与英国邓迪大学签署合作协议。\n\n"
        "同日下午，江西财经大学与邓迪大学签署的协议在两校官网公布。"
    )
    assert _signing_days(text) == ["2026-11-12"]
