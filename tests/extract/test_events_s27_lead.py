"""Session 27 (lead): a year told in a speech does not stop the day told before. Sentences written
for the test."""

from __future__ import annotations

import datetime as dt

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _zh_events(text: str) -> set[tuple[str, str | None]]:
    bulletin = Bulletin(text=text, language="zh", url=None, published=dt.date(2026, 5, 20), origin="test")
    return {(e.kind, e.date) for e in extract_bulletin(bulletin).events}


def test_a_year_told_in_a_speech_does_not_stop_the_day_told_before() -> None:
    # the president's speech recalls 2018 and a place; the signing after the meeting is on the visit's day
    text = (
        "5月18日上午，芬兰奥卢大学副校长马蒂·科斯基一行访问我校。校长陈立会见了代表团。\n"
        "陈立表示，两校自2018年起联合培养硕士研究生，已有30余名学生赴奥卢学习。\n"
        "会见后，双方签署合作备忘录。"
    )
    assert ("signing", "2026-05-18") in _zh_events(text)


def test_a_year_told_by_the_sentence_itself_still_stops_the_day() -> None:
    text = (
        "5月18日上午，芬兰奥卢大学副校长马蒂·科斯基一行访问我校。\n"
        "2018年，两校在奥卢签署合作协议。\n"
        "双方还签署了学生交流协议。"
    )
    assert ("signing", "2026-05-18") not in _zh_events(text)
