"""Genre probes, session 20 (resolver, institution reading): a hosted institute known by its host's
acronym is one institute; a host the patterns cut at a lower-case word is named whole; "the Institute"
and "Director of the Institute" on a university's page; a state body on a foreign publisher's page; an
academy of sciences; a province's namesake of a national association; descriptions that are no names;
国立 after a country; units listed as units; research bodies and state institutes from the gazetteer.
Every sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin
from schemas import BulletinRecord


def _run(text: str, language: str, url: str | None = None) -> BulletinRecord:
    bulletin = Bulletin(text=text, language=language, url=url, published=dt.date(2025, 12, 18), origin="test")
    return extract_bulletin(bulletin)


def _named(record: BulletinRecord) -> dict[str, tuple[str, str | None]]:
    return {i.name: (i.kind, i.country) for i in record.institutions}


# (a Kenyan university's own site: the publisher is abroad)
KENYAN_SITE = "https://news.uonbi.ac.ke/2025/12/agreement"

HOSTED_BY_ACRONYM = (
    "Ateneo de Manila University (ADMU) and Xiamen University renewed their agreement on the Confucius "
    "Institute at the Ateneo de Manila University on Monday. Dr. Maria Santos, Director of the Confucius "
    "Institute at ADMU, and Prof. Wang Lei, the Chinese Director of the Institute, attended."
)


def test_a_hosted_institute_at_a_host_the_patterns_cut_is_named_whole_in_its_hosts_country() -> None:
    named = _named(_run(HOSTED_BY_ACRONYM, "en"))
    assert named["Confucius Institute at the Ateneo de Manila University"] == ("joint_institute", "PH")
    assert not any(name.endswith("Ateneo") or name == "Confucius Institute" for name in named)


def test_a_hosted_institute_named_by_its_hosts_acronym_is_the_same_institute() -> None:
    record = _run(HOSTED_BY_ACRONYM, "en")
    institutes = [i for i in record.institutions if "Confucius Institute" in i.name]
    assert [i.name for i in institutes] == ["Confucius Institute at the Ateneo de Manila University"]
    assert "Confucius Institute at ADMU" in [m.text for m in institutes[0].mentions]


def test_director_of_the_institute_is_a_title_not_an_institution() -> None:
    record = _run(HOSTED_BY_ACRONYM, "en")
    assert not any("Director" in i.name for i in record.institutions)
    people = {p.name: p.organization.name if p.organization else None for p in record.people}
    assert people.get("Wang Lei") == "Confucius Institute at the Ateneo de Manila University"


def test_the_institute_on_a_universitys_page_is_the_hosted_institute_it_names() -> None:
    text = (
        "The University of Nairobi and Tianjin Normal University opened a new classroom of the Confucius "
        "Institute at the University of Nairobi on Monday. The Institute now teaches 3,000 learners."
    )
    record = _run(text, "en", KENYAN_SITE)
    institute = next(i for i in record.institutions if i.name.startswith("Confucius Institute"))
    assert "The Institute" in [m.text for m in institute.mentions]
    assert (institute.kind, institute.country) == ("joint_institute", "KE")
    university = next(i for i in record.institutions if i.canonical_id == "ke-uon")
    assert "The Institute" not in [m.text for m in university.mentions]


def test_a_state_body_without_its_state_on_a_foreign_publishers_page_is_of_the_publishers_country() -> None:
    text = (
        "The University of Nairobi will train 200 teachers of Chinese under a programme of the Ministry of "
        "Higher Education, Science and Innovation."
    )
    assert _named(_run(text, "en", KENYAN_SITE))["Ministry of Higher Education, Science and Innovation"] == (
        "government",
        "KE",
    )


def test_a_state_body_without_its_state_on_a_page_of_no_publisher_gets_no_country_from_it() -> None:
    text = "The programme is run under the Ministry of Higher Education, Science and Innovation."
    named = _named(_run(text, "en"))
    assert named["Ministry of Higher Education, Science and Innovation"][1] is None


@pytest.mark.parametrize(
    "name", ["Guangxi Academy of Fishery Sciences", "Yunnan Academy of Tropical Agricultural Sciences"]
)
def test_an_academy_of_some_sciences_does_research(name: str) -> None:
    text = f"Yunnan University signed a research agreement with the {name} on Tuesday."
    assert _named(_run(text, "en"))[name][0] == "research_institute"


def test_a_teaching_academy_stays_a_university() -> None:
    text = "Yunnan University signed an agreement with the Odesa National Maritime Academy on Tuesday."
    assert _named(_run(text, "en"))["Odesa National Maritime Academy"][0] == "university"


def test_a_provinces_namesake_of_a_national_association_is_kept_whole_in_china() -> None:
    text = "论坛由浙江省教育厅主办，浙江省教育国际交流协会协办，中国教育国际交流协会给予指导。"
    record = _run(text, "zh")
    named = _named(record)
    assert named["浙江省教育国际交流协会"] == ("alliance", "CN")
    assert "教育国际交流协会" not in named
    national = next(i for i in record.institutions if i.canonical_id == "cn-ceaie")
    assert [m.text for m in national.mentions] == ["中国教育国际交流协会"]


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("会上，来宾介绍说，该校是一所历史悠久的综合性大学，与南昌大学有多年合作。", "综合性大学"),
        ("他介绍，学校是一所以理工为主、多学科协调发展的教学研究型大学，与南昌大学有多年合作。", "教学研究型大学"),
    ],
)
def test_a_kind_of_university_described_is_no_institution(text: str, description: str) -> None:
    record = _run(text, "zh")
    named = _named(record)
    assert description not in named
    assert "南昌大学" in named
    assert not record.partnerships


def test_a_name_opening_with_national_after_a_country_keeps_the_country() -> None:
    text = "12月3日，蒙古国立农业大学代表团访问内蒙古农业大学，双方签署合作协议。"
    named = _named(_run(text, "zh"))
    assert "蒙古国立农业大学" in named
    assert not any(name.startswith("立") for name in named)


def test_a_school_in_a_list_the_text_closes_as_units_is_a_unit() -> None:
    text = "南昌大学国际合作与交流处、外国语学院、生态文明学院等单位负责人参加会见。"
    named = _named(_run(text, "zh"))
    assert "生态文明学院" not in named
    assert "南昌大学" in named


def test_a_named_college_before_a_list_closing_word_stays_an_institution() -> None:
    text = "九江职业技术学院、南昌大学等单位参加了本次论坛。"
    assert "九江职业技术学院" in _named(_run(text, "zh"))


@pytest.mark.parametrize(
    ("language", "text", "name", "kind", "country"),
    [
        (
            "en",
            "Jilin University signed an agreement with the Northeast Institute of Geography and Agroecology.",
            "Northeast Institute of Geography and Agroecology",
            "research_institute",
            "CN",
        ),
        (
            "zh",
            "兰州大学与中国科学院西北高原生物研究所签署合作协议。",
            "中国科学院西北高原生物研究所",
            "research_institute",
            "CN",
        ),
        (
            "en",
            "A delegation of Yunnan University called at the headquarters of the Instituto Cervantes in Madrid.",
            "Instituto Cervantes",
            "government",
            "ES",
        ),
        ("zh", "云南大学代表团访问了歌德学院总部。", "歌德学院", "government", "DE"),
    ],
)
def test_research_bodies_and_state_institutes_abroad_are_listed(language, text, name, kind, country) -> None:
    assert _named(_run(text, language))[name] == (kind, country)
