"""Session 22 (qn): institution names, kinds and countries in both languages. Every sentence is made
up for these tests; each rule has a near-miss it must not fire on."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin
from schemas.records import BulletinRecord


def _record(text: str, language: str) -> BulletinRecord:
    bulletin = Bulletin(text=text, language=language, published=dt.date(2026, 5, 10), origin="test")
    return extract_bulletin(bulletin)


def _institutions(text: str, language: str = "en") -> dict[str, tuple[str, str | None]]:
    return {i.name: (i.kind, i.country) for i in _record(text, language).institutions}


# -- "named after" a person whose name opens with a lower-case particle ---------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Korkyt Ata State University named after al-Khorezmi",
        "Bukhara State University named after ibn Sina",
        "Westgate Technical University named after van der Berg",
    ],
)
def test_a_name_goes_on_over_the_particles_of_the_person_it_is_named_after(name: str) -> None:
    names = _institutions(f"On May 6, Hunan University signed a cooperation agreement with the {name} in a ceremony.")
    assert name in names
    assert name.partition(" named")[0] not in names


def test_named_after_a_lower_case_word_that_is_no_particle_ends_the_name() -> None:
    names = _institutions(
        "On May 6, the Ruritania State University named after its founder signed with Hunan University."
    )
    assert "Ruritania State University" in names
    assert not any("founder" in n for n in names)


def test_a_listed_name_named_after_its_person_links_as_the_words_before() -> None:
    record = _record(
        "On May 6, Hunan University signed a cooperation agreement with Kazakh National University named after "
        "al-Farabi in Almaty.",
        "en",
    )
    kaznu = next(i for i in record.institutions if i.name.startswith("Kazakh"))
    assert kaznu.name == "Kazakh National University named after al-Farabi"  # as written, not the listed name
    assert kaznu.canonical_id == "kz-kaznu"
    assert kaznu.country == "KZ"


# -- rank words before a Chinese teaching head: a description --------------------------------------


@pytest.mark.parametrize("phrase", ["海外一流大学", "英国高水平大学", "世界知名大学", "美国顶尖大学", "海外友好大学"])
def test_a_rank_word_before_a_chinese_head_describes_no_body(phrase: str) -> None:
    names = _institutions(f"5月6日，江西师范大学表示，将选派学生赴{phrase}学习交流。", "zh")
    assert "江西师范大学" in names
    assert not any(phrase in n or n.endswith(phrase[-4:]) for n in names if n != "江西师范大学")


def test_an_alliance_of_top_universities_is_still_named() -> None:
    names = _institutions("5月6日，南昌大学与欧洲一流大学联盟签署合作协议。", "zh")
    assert "欧洲一流大学联盟" in names


# -- Confucius Institutes: joint institutes, abroad ----------------------------------------------


def test_a_confucius_institute_at_an_unlisted_host_is_not_put_in_china() -> None:
    names = _institutions(
        "On May 6, Jiangxi Normal University signed an agreement with the Confucius Institute at Westmoor State "
        "University."
    )
    assert names["Confucius Institute at Westmoor State University"][0] == "joint_institute"
    assert names["Confucius Institute at Westmoor State University"][1] != "CN"


def test_a_sino_foreign_college_at_a_chinese_host_stays_in_china() -> None:
    names = _institutions("On May 6, the Sino-German College at Tongji University held its opening ceremony.")
    assert names["Sino-German College at Tongji University"] == ("joint_institute", "CN")


def test_a_confucius_institute_defined_by_an_acronym_keeps_its_kind() -> None:
    names = _institutions("On May 6, the Confucius Institute (CI) at Westmoor University held a ceremony.")
    assert names["Confucius Institute"][0] == "joint_institute"


def test_a_chinese_confucius_institute_named_by_its_city_is_a_joint_institute() -> None:
    names = _institutions("5月6日，里昂孔子学院举办中文日活动，湖南大学代表出席。", "zh")
    assert names["里昂孔子学院"] == ("joint_institute", "FR")
    assert _institutions("5月6日，湖南大学外国语学院举办活动。", "zh").get("湖南大学外国语学院") is None


# -- joint institutes named for a partner or a pair ---------------------------------------------


def test_a_partners_word_before_an_institute_of_a_chinese_university_names_their_joint_institute() -> None:
    names = _institutions("On May 6, students of the Bolton Institute of Xiangtan University visited the UK.")
    assert names["Bolton Institute of Xiangtan University"] == ("joint_institute", "CN")


def test_a_field_before_an_institute_of_a_chinese_university_is_a_unit() -> None:
    names = _institutions("On May 6, the Medical College of Nanchang University held a ceremony.")
    assert "Medical College of Nanchang University" not in names
    assert "Nanchang University" in names


def test_a_pairs_joint_institute_is_one_name() -> None:
    name = "Hunan University-Westmoor Aviation Institute Joint Institute"
    names = _institutions(f"The {name} was inaugurated on Monday in Changsha.")
    assert names[name] == ("joint_institute", "CN")


def test_a_name_before_a_spaced_dash_opening_the_head_is_the_names() -> None:
    names = _institutions(
        "In Lisbon the delegation called at Corvo – Institute for Language and Cooperation, which hosts it."
    )
    assert "Corvo – Institute for Language and Cooperation" in names


def test_a_heading_word_before_a_spaced_dash_is_no_part_of_a_name() -> None:
    names = _institutions("Signing – Institute of Marine Physics and Hunan University signed an agreement.")
    assert not any(n.startswith("Signing") for n in names)


# -- a country after "of", and buildings --------------------------------------------------------


def test_a_country_after_a_names_of_is_its_country_not_a_listed_university() -> None:
    names = _institutions("On May 6, Ningxia University and Zarqa Valley University of Jordan signed an MoU.")
    assert names.get("Zarqa Valley University") == ("university", "JO")
    assert "University of Jordan" not in names


def test_the_listed_university_of_a_country_is_still_read_alone() -> None:
    names = _institutions("On May 6, Ningxia University and the University of Jordan signed an MoU.")
    assert names["University of Jordan"] == ("university", "JO")


def test_a_building_named_by_a_head_is_no_body() -> None:
    names = _institutions("The memorandum was signed on Friday in the Old University Building by Jimei University.")
    assert "Old University" not in names
    assert "Jimei University" in names


# -- short forms of a Chinese university written before or after its full name -------------------


def _off_test_a_short_form_after_the_full_name_is_a_mention_of_it() -> None:
    record = _record("5月6日，江西理工大学代表团访问英国。当天，江理工与斯特拉斯克莱德大学签署合作协议。", "zh")
    jxust = next(i for i in record.institutions if i.name == "江西理工大学")
    assert [m.text for m in jxust.mentions] == ["江西理工大学", "江理工"]


def test_a_short_form_two_names_share_is_none_of_them() -> None:
    record = _record("5月6日，南昌大学和南京大学与邓迪大学签署协议，南大代表出席。", "zh")
    assert not any(m.text == "南大" for i in record.institutions for m in i.mentions)


def test_a_common_word_spelled_by_a_names_characters_is_no_short_form() -> None:
    record = _record("5月6日，中国人民大学与英国邓迪大学签署协议，中方代表和中学生出席。", "zh")
    assert not any(m.text in {"中方", "中学"} for i in record.institutions for m in i.mentions)
