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


def _signings(text: str) -> list[tuple[str | None, str | None]]:
    bulletin = Bulletin(text=text, language="zh", published=dt.date(2026, 11, 20), origin="test")
    record = extract_bulletin(bulletin)
    return [(p.foreign.name, p.date) for p in record.partnerships]


def test_during_a_forum_of_several_days_after_its_opening_day_is_no_day() -> None:
    # (the opening's day told between: 论坛期间 still means the forum's days, not that one)
    text = (
        "11月3日至5日，第五届中国—北欧高校合作论坛在南昌举行。\n\n"
        "4日上午举行开幕式。省教育厅副厅长王明在致辞中表示，希望深化合作。\n\n"
        "论坛期间，南昌大学与芬兰坦佩雷大学签署校际合作协议。"
    )
    assert _signing_days(text) == [None]
    assert _signings(text) == [("坦佩雷大学", None)]


def test_during_the_meeting_refers_to_a_conference_of_several_days() -> None:
    text = (
        "11月3日至5日，2026江西省教育国际交流大会在南昌举行。\n\n"
        "省教育厅副厅长王明在4日的开幕式上说，希望深化合作。\n\n"
        "会议期间，南昌大学与芬兰坦佩雷大学签署校际合作协议。"
    )
    assert _signing_days(text) == [None]


def test_a_forum_attended_on_a_trip_of_several_days_keeps_its_own_day() -> None:
    # (the days are the trip's; the forum is told later on one day of them)
    text = (
        "11月3日至9日，校长王明率团访问芬兰，走访了3所高校并出席中芬教育合作论坛。\n\n"
        "6日，中芬教育合作论坛在赫尔辛基举行。论坛期间，我校与坦佩雷大学签署合作备忘录。"
    )
    assert "2026-11-06" in _signing_days(text)


def test_a_trip_told_as_at_the_same_time_takes_no_day_from_the_sentence_before() -> None:
    text = (
        "11月12日，英国邓迪大学代表团访问江西财经大学，双方签署合作协议。\n\n"
        "同期，江西财经大学副校长王明率团访问法国里昂大学，双方就联合培养研究生达成合作意向。"
    )
    bulletin = Bulletin(text=text, language="zh", published=dt.date(2026, 11, 20), origin="test")
    record = extract_bulletin(bulletin)
    assert [p.date for p in record.partnerships if p.foreign.name == "里昂大学"] == [None]


def test_an_approval_told_as_earlier_is_another_approval() -> None:
    text = (
        "近日，教育部公布中外合作办学项目审批结果，我省一个本科教育项目获批：九江学院与英国邓迪大学合作举办会计学专业本科教育项目。\n\n"
        "此前，江西财经大学与澳大利亚格里菲斯大学合作举办的数字智能学院已获教育部批准设立。"
    )
    bulletin = Bulletin(text=text, language="zh", published=dt.date(2026, 11, 20), origin="test")
    record = extract_bulletin(bulletin)
    assert [e.kind for e in record.events].count("approval") == 2
