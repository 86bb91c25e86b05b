"""Session 22 (qr): whose voice "the institute" is on a university's page, the place a delegation
reaches ("flew north to X, where ..."), a unit named in full after an office, a person named first
with no office and later with one, and diplomats' ranks. Every sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin

_UNIVERSITY_PAGE = "https://en.ncu.edu.cn/a.htm"  # (the gazetteer's site of Nanchang University)


def _people(text: str, language: str = "en", url: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    bulletin = Bulletin(text=text, language=language, url=url, published=dt.date(2026, 5, 10), origin="test")
    record = extract_bulletin(bulletin)
    return {p.name: (p.title, p.organization.name if p.organization else None) for p in record.people}


def test_the_institute_on_a_university_page_is_the_institute_named_before() -> None:
    people = _people(
        "The two universities run the Glenmoor Lakes Confucius Institute, which opened in 2012.\n\n"
        "Maria Holt, the Scottish director of the institute, and Li Qiang, its Chinese director, "
        "presented the plans for the spring.",
        url=_UNIVERSITY_PAGE,
    )
    assert people["Maria Holt"][1] == "Glenmoor Lakes Confucius Institute"
    assert people["Li Qiang"][1] == "Glenmoor Lakes Confucius Institute"


def test_the_institute_with_no_institute_named_before_stays_the_publisher() -> None:
    people = _people(
        "The institute has 300 students.\n\n"
        "Maria Holt, the Scottish director of the institute, welcomed the guests. The Glenmoor Lakes "
        "Confucius Institute, which opened in 2012, will hold a film week in May.",
        url=_UNIVERSITY_PAGE,
    )
    assert people["Maria Holt"][1] == "Nanchang University"


def test_a_person_met_where_a_delegation_flew_to() -> None:
    people = _people(
        "On Tuesday the delegation flew north to the University of Glenmoor, where it discussed a summer "
        "course with Rector Anna Berg and members of the Faculty of Law.",
        url=_UNIVERSITY_PAGE,
    )
    assert people["Anna Berg"] == ("Rector", "University of Glenmoor")


def test_a_person_met_in_a_clause_after_the_visit_is_not_the_visited_body_s() -> None:
    people = _people(
        "On Tuesday the delegation flew north to the University of Glenmoor, where it toured the library, "
        "and later met Rector Anna Berg.",
        url=_UNIVERSITY_PAGE,
    )
    assert people["Anna Berg"][1] != "University of Glenmoor"


def test_a_unit_named_in_full_after_an_office_at_a_body_called_at() -> None:
    people = _people(
        "On Thursday the delegation called at the Glenmoor College of Technology (GCT) in Paola, where it "
        "held talks with Dr Mark Hale, Director of the Institute of Marine Engineering, on ship design.",
        url=_UNIVERSITY_PAGE,
    )
    assert people["Mark Hale"] == ("Director of the Institute of Marine Engineering", "Glenmoor College of Technology")


def test_a_person_named_first_in_a_caption_takes_the_office_given_later() -> None:
    people = _people(
        "Prof. Anna Berg and Prof. Li Qiang exchange the signed agreement.\n\n"
        "The agreement was signed on Friday by Prof. Anna Berg, Pro-Rector for Research of the University of "
        "Glenmoor, and Prof. Li Qiang, Vice President of Jiangxi Normal University.",
    )
    assert people["Anna Berg"][0] == "Pro-Rector for Research"
    assert people["Li Qiang"] == ("Vice President", "Jiangxi Normal University")


def test_an_office_named_first_is_kept_over_a_later_form_of_address() -> None:
    people = _people(
        "Vice President Li Qiang of Jiangxi Normal University met the guests.\n\n"
        "Prof. Li Qiang said the two sides would meet again in June.",
    )
    assert people["Li Qiang"] == ("Vice President", "Jiangxi Normal University")


def test_a_diplomat_s_rank_before_a_name() -> None:
    people = _people("3月5日，法国驻华大使馆教育处二等秘书马丽娜·杜邦一行来访南昌大学。", language="zh")
    assert people["马丽娜·杜邦"] == ("二等秘书", "法国驻华大使馆教育处")


def test_a_secretary_of_a_unit_is_no_diplomat_s_rank() -> None:
    people = _people("3月5日，南昌大学国际合作与交流处秘书王芳陪同来宾参观校园。", language="zh")
    assert people.get("王芳", (None, None))[0] != "二等秘书"


def test_an_office_before_the_honorifics_wins_over_an_apposition_after_the_name() -> None:
    people = _people(
        "Vice Rector Prof. Dr. Anna Berg, the Dean of the Maritime Faculty and academics from the Institute "
        "of Marine Sciences also attended the meeting.",
        url=_UNIVERSITY_PAGE,
    )
    assert people["Anna Berg"][0] == "Vice Rector"


def test_an_honorific_alone_before_the_name_keeps_the_office_after_it() -> None:
    people = _people(
        "Prof. Dr. Anna Berg, the Dean of the Maritime Faculty, attended the meeting.", url=_UNIVERSITY_PAGE
    )
    assert people["Anna Berg"][0] == "Dean of the Maritime Faculty"


def test_a_university_office_on_a_government_body_s_page_is_not_the_body_s() -> None:
    bulletin = Bulletin(
        text="Register your plans with the Department by May 1.\n\nVice President Li Qiang said it would grow.",
        language="en",
        site_name="Glenmoor Provincial Department of Education",
        published=dt.date(2026, 5, 10),
        origin="test",
    )
    people = {p.name: p for p in extract_bulletin(bulletin).people}
    assert people["Li Qiang"].organization is None


def test_an_official_on_a_government_body_s_page_is_the_body_s() -> None:
    bulletin = Bulletin(
        text="Register your plans with the Department by May 1.\n\nDeputy Director-General Li Qiang spoke.",
        language="en",
        site_name="Glenmoor Provincial Department of Education",
        published=dt.date(2026, 5, 10),
        origin="test",
    )
    people = {p.name: p for p in extract_bulletin(bulletin).people}
    assert people["Li Qiang"].organization is not None
    assert people["Li Qiang"].organization.name == "Glenmoor Provincial Department of Education"
