"""Session 27 (zh): Chinese events as bulletins write them: a foreign delegation's trip to China
(访问中国, 赴中国) is a visit placed in China, as a trip to any other country is; 接见 reports a visit.
Every sentence and name is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _visits(text: str) -> list[tuple[str | None, str | None]]:
    bulletin = Bulletin(text=text, language="zh", published=dt.date(2026, 11, 20), origin="test")
    record = extract_bulletin(bulletin)
    return [(e.date, e.location) for e in record.events if e.kind == "visit"]


@pytest.mark.parametrize(
    "sentence",
    [
        "11月3日，泰国朱拉隆功大学代表团赴中国开展交流访问。",
        "11月3日至8日，波兰华沙大学校长率代表团访问中国，先后走访成都、重庆两地的高校。",
        "11月3日，日本东北大学副校长一行访问中国。",
    ],
)
def test_a_foreign_delegation_visiting_china_is_placed_there(sentence: str) -> None:
    assert _visits(sentence) == [("2026-11-03", "中国")]


def test_a_university_of_china_visited_is_no_place() -> None:
    assert _visits("11月5日，法国巴黎大学代表团访问中国人民大学。") == [("2026-11-05", None)]


def test_a_tour_of_china_and_another_country_has_no_place() -> None:
    assert _visits("11月3日至12日，英国利兹大学代表团访问中国、日本两国。") == [("2026-11-03", None)]


def test_an_official_who_receives_a_delegation_reports_a_visit() -> None:
    assert _visits("11月18日，湖南省教育厅厅长李明接见了新西兰奥克兰大学代表团。") == [("2026-11-18", None)]


def _signings(text: str) -> list[str | None]:
    bulletin = Bulletin(text=text, language="zh", published=dt.date(2026, 11, 20), origin="test")
    return [e.date for e in extract_bulletin(bulletin).events if e.kind == "signing"]


@pytest.mark.parametrize("verb", ["推动", "落实"])
def test_carrying_out_what_was_signed_is_no_signing(verb: str) -> None:
    text = (
        "11月18日，宁波大学与英国伯明翰大学签署合作协议。\n\n"
        "19日，美国罗切斯特大学代表团来访宁波大学，双方就学生交流进行了座谈。\n\n"
        f"近年来，学校已与30余所海外高校建立合作关系。下一步，学校将{verb}已签署协议尽快落地见效。"
    )
    assert _signings(text) == ["2026-11-18"]
