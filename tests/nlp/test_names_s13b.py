"""How bulletins write names, session 13's second probes: a country word before a listed foreign
name (英国 + 皇家农业大学) is its country, not a word of another name; real foreign partners the
gazetteer now lists; a Chinese university's joint institute named after its foreign partner
("Yunnan University Curtin Institute")."""

from __future__ import annotations

import pytest

from pipeline.link.gazetteer import load_gazetteer

ZH_COUNTRY_BEFORE_LISTED = [
    # a listed foreign name of generic words only: the country before it is still only a cue
    ("江西财经大学与英国皇家北方音乐学院开展交流。", "皇家北方音乐学院", "GB"),
    ("华中农业大学与英国哈珀亚当斯大学签署合作意向书。", "哈珀亚当斯大学", "GB"),
    ("江西农业大学与泰国清迈皇家大学签署合作协议。", "清迈皇家大学", "TH"),
    ("江西师范大学与俄罗斯乌拉尔国立林业技术大学签署合作备忘录。", "乌拉尔国立林业技术大学", "RU"),
    ("南昌大学与意大利帕维亚大学签署合作协议。", "帕维亚大学", "IT"),
    ("江西理工大学与越南芹苴大学签署合作协议。", "芹苴大学", "VN"),
    ("江西财经大学与新加坡义安理工学院开展交流。", "义安理工学院", "SG"),
    ("南昌航空大学与澳大利亚博士山学院签署合作备忘录。", "博士山学院", "AU"),
    ("江西农业大学与新西兰怀卡托理工学院签署合作协议。", "怀卡托理工学院", "NZ"),
]


@pytest.mark.parametrize(("text", "name", "country"), ZH_COUNTRY_BEFORE_LISTED)
def test_a_country_before_a_listed_foreign_name_is_its_country(extract, text, name, country):
    found = {i.name: i.country for i in extract(text, "zh").institutions}
    assert found.get(name) == country
    assert not [n for n in found if n != name and n.endswith(name)]  # no country-led copy of it


def test_a_listed_royal_name_drops_the_country_written_before_it_and_keeps_its_country(extract):
    # 皇家 makes a name proper (the corpus gold writes 皇家农业大学); the country cut off still says whose it is
    found = {i.name: i.country for i in extract("南昌大学与英国皇家农业大学签署合作协议。", "zh").institutions}
    assert found.get("皇家农业大学") == "GB"
    assert "英国皇家农业大学" not in found


def test_a_country_before_a_listed_chinese_name_still_makes_another_name(extract):
    # 美国 + 西北大学 (a Chinese university's name) is Northwestern University, in the US
    found = {i.name: i.country for i in extract("江西农业大学代表团访问了美国西北大学。", "zh").institutions}
    assert "江西农业大学" in found
    assert "US" in found.values()


EN_LISTED_PARTNERS = [
    ("Nanchang University signed an agreement with the University of Pavia on 3 May.", "University of Pavia", "IT"),
    (
        "Jiangxi Agricultural University hosted a delegation from Ural State Forest Engineering University.",
        "Ural State Forest Engineering University",
        "RU",
    ),
    ("Nanchang University and the Royal Agricultural University signed an MoU.", "Royal Agricultural University", "GB"),
    ("A delegation from Moi University visited Jiangxi Agricultural University.", "Moi University", "KE"),
    ("Nanchang University and Can Tho University signed an agreement.", "Can Tho University", "VN"),
    ("Yunnan University and Universitas Brawijaya signed an agreement.", "Universitas Brawijaya", "ID"),
    ("Jiangxi Normal University signed an MoU with the University of Georgia on 2 May.", "University of Georgia", "US"),
    ("The Ohio University delegation arrived in Nanchang on Monday.", "Ohio University", "US"),
]


@pytest.mark.parametrize(("text", "name", "country"), EN_LISTED_PARTNERS)
def test_a_listed_foreign_partner_has_its_country(extract, text, name, country):
    found = {i.name: i.country for i in extract(text, "en").institutions}
    assert found.get(name) == country


@pytest.mark.parametrize(
    "name",
    [
        "Ural State Forest Engineering University",
        "University of Pavia",
        "Royal Agricultural University",
        "英国皇家农业大学",
    ],
)
def test_the_partners_bulletins_name_are_listed_with_a_country(name):
    entry = load_gazetteer().lookup(name)
    assert entry is not None and entry.country not in (None, "CN")


EN_JOINT_AFTER_PARTNER = [
    # a unit named after a listed foreign partner, right after a listed Chinese university
    ("Teachers from Yunnan University Curtin Institute visited Perth last week.", "Yunnan University Curtin Institute"),
    ("Yunnan University Curtin Institute enrolled 200 students in 2025.", "Yunnan University Curtin Institute"),
    ("Nanchang University Pavia College held its first graduation on 20 June.", "Nanchang University Pavia College"),
]


@pytest.mark.parametrize(("text", "name"), EN_JOINT_AFTER_PARTNER)
def test_a_unit_named_after_a_foreign_partner_is_its_hosts_joint_institute(extract, text, name):
    found = {i.name: (i.kind, i.country) for i in extract(text, "en").institutions}
    assert found.get(name) == ("joint_institute", "CN")
    assert not [n for n in found if n != name and name.endswith(n)]  # no cut tail ("Curtin Institute")


@pytest.mark.parametrize(
    "text",
    [
        "Nanchang University Business School hosted the meeting.",
        "Nanchang University Confucius Institute staff returned.",
    ],
)
def test_a_unit_not_named_after_a_partner_is_no_joint_institute(extract, text):
    found = {i.name: i.kind for i in extract(text, "en").institutions}
    assert "joint_institute" not in found.values()
