"""Session 21 (qa): gazetteer entries of universities in the Arab world and in Ningxia, as bulletins
name them (a name the linker must read whole, a country the text does not give)."""

import pytest


def sides(record) -> set[tuple[str, str | None, str, str | None]]:
    countries = {i.name: i.country for i in record.institutions}
    return {
        (p.chinese.name, countries.get(p.chinese.name), p.foreign.name, countries.get(p.foreign.name))
        for p in record.partnerships
    }


LINKED_PAIRS = [
    # 苏丹卡布斯大学: 苏丹 is the Sultan of the name, no country word (Sudan) to strip
    (
        "11月24日，宁夏医科大学与阿曼苏丹卡布斯大学签署合作协议。",
        {("宁夏医科大学", "CN", "苏丹卡布斯大学", "OM")},
    ),
    # a Chinese university the text gives no country for, and a foreign one
    (
        "11月24日，北方民族大学与约旦大学签署合作备忘录。",
        {("北方民族大学", "CN", "约旦大学", "JO")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LINKED_PAIRS)
def test_pairs_linked_with_their_countries_s21_qa(extract, text, expected):
    assert sides(extract(text, "zh")) == expected


def test_arab_universities_have_their_countries_s21_qa(extract):
    record = extract(
        "Delegations from Sultan Qaboos University, the University of Khartoum and the University of Baghdad "
        "visited Ningxia University on Monday.",
        "en",
    )
    countries = {i.name: i.country for i in record.institutions}
    assert countries["Sultan Qaboos University"] == "OM"
    assert countries["University of Khartoum"] == "SD"
    assert countries["University of Baghdad"] == "IQ"
