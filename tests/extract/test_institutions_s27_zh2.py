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
