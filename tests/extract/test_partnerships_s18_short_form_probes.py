"""Probes (session 18): a short name the page made of a name it wrote in full (浙外 of 浙江外国语学院,
江理工, 华交大, 俄师大: GENRE.md "Institutions" abbreviations) written as a side of a pair, before or
after 与/和/同. Each probe is made up in the way bulletins write, with the pair a careful reader takes
(the full names); the near-misses (a short form two names give, one written before its full name, a
place, 同事 after a short form, a short form as no side) must not change.

Left in session 18 (a resolver step reading the words around 与/和/同 cost the Chinese resolver 5-28%);
read since session 20 by the partnership extractor itself, only in a trigger sentence naming one side
(`PartnershipExtractor._with_short_form_side`)."""

import pytest
from support import pairs

SIDES = [
    (
        "浙江外国语学院代表团访问英国。10日，浙外与利兹大学签署合作协议。",
        {("浙江外国语学院", "利兹大学")},
    ),
    (
        "江西理工大学代表团访问俄罗斯。江理工与乌拉尔联邦大学续签合作协议。",
        {("江西理工大学", "乌拉尔联邦大学")},
    ),
    (
        "华东交通大学代表团访问德国。期间，华交大同德国亚琛工业大学签署备忘录。",
        {("华东交通大学", "亚琛工业大学")},
    ),
    (
        "浙江外国语学院代表团访问英国。利兹大学与浙外签署合作协议。",
        {("浙江外国语学院", "利兹大学")},
    ),
    (
        "江西新星职业技术学院代表团访问英国。江新职院与利兹大学签署合作协议。",
        {("江西新星职业技术学院", "利兹大学")},
    ),
]

# near-misses, and short forms the gazetteer lists (read already)
NEAR_MISSES = [
    (
        "俄罗斯国立师范大学代表团访问江西师范大学。江西师大和俄师大签署了合作备忘录。",
        {("江西师范大学", "俄罗斯国立师范大学")},
    ),
    (
        "南昌大学与南京大学签署协议。南大与利兹大学签署合作协议。",
        set(),
    ),
    (
        "浙外与利兹大学签署合作协议。浙江外国语学院代表团访问英国。",
        set(),
    ),
    (
        "浙江外国语学院代表团访问英国。浙江与英国的合作不断深化。",
        set(),
    ),
    (
        "浙江外国语学院代表团访问英国。浙外同事与利兹大学的老师进行了交流。",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIDES)
def test_short_form_as_a_side_s18(extract, text, expected):
    assert pairs(extract(text, "zh")) == expected


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES)
def test_no_pair_of_a_short_form_s18(extract, text, expected):
    assert pairs(extract(text, "zh")) == expected
