"""Session 27 (zh, wave 2): where Chinese institutions are. Every sentence and name is made up
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _institutions(text: str) -> dict[str, tuple[str, str | None]]:
    bulletin = Bulletin(text=text, language="zh", published=dt.date(2026, 11, 20), origin="test")
    record = extract_bulletin(bulletin)
    return {i.name: (i.kind, i.country) for i in record.institutions}


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("当地时间11月12日，由宁波职业技术学院与肯尼亚蒙巴萨技术学院合作共建的“海丝技艺学院”在蒙巴萨揭牌。", "KE"),
        ("11月10日，由杭州科技职业技术学院与泰国清莱技术学院共建的“澜湄工匠学院”于泰国正式成立。", "TH"),
    ],
)
def test_a_joint_institute_opened_abroad_is_in_that_country(sentence: str, country: str) -> None:
    institutes = [c for kind, c in _institutions(sentence).values() if kind == "joint_institute"]
    assert institutes == [country]


def test_a_joint_institute_holding_an_event_abroad_is_not_placed_there() -> None:
    # (where it holds a fair is not where it stands)
    sentence = "11月12日，由宁波职业技术学院与肯尼亚蒙巴萨技术学院合作共建的“海丝技艺学院”在伦敦举办招生推介会。"
    institutes = [c for kind, c in _institutions(sentence).values() if kind == "joint_institute"]
    assert institutes and "GB" not in institutes


@pytest.mark.parametrize(
    "sentence",
    [
        "11月3日，香港中文大学代表团访问江西财经大学。",
        "联盟由南昌大学牵头，联合香港中文大学、澳门大学共同发起。",
    ],
)
def test_a_place_word_that_is_part_of_a_listed_name_stays_in_it(sentence: str) -> None:
    # (the Chinese University of Hong Kong: its English name holds Hong Kong after another country word)
    institutions = _institutions(sentence)
    assert institutions["香港中文大学"] == ("university", "HK")
    assert "中文大学" not in institutions


def _record(text: str, title: str):
    bulletin = Bulletin(text=text, title=title, language="zh", published=dt.date(2026, 11, 20), origin="test")
    return extract_bulletin(bulletin)


def test_a_short_form_of_a_name_only_the_headline_writes_is_that_institution() -> None:
    record = _record(
        "11月18日，校长王明会见了来访的爱大副校长安德鲁·史密斯一行，双方就联合培养博士研究生进行了会谈。",
        title="校长王明会见英国爱丁堡大学代表团",
    )
    names = {i.name: i.country for i in record.institutions}
    assert names.get("爱丁堡大学") == "GB"
    assert [p.organization.name for p in record.people if p.name == "安德鲁·史密斯"] == ["爱丁堡大学"]


def test_a_headline_name_does_not_make_a_word_of_the_body_its_short_form() -> None:
    # (爱心 holds 爱 but ends on no character of 大学: no short form)
    record = _record("11月18日，学校举办爱心义卖活动。", title="校长王明会见英国爱丁堡大学代表团")
    assert "爱丁堡大学" not in {i.name for i in record.institutions}
