# ruff: noqa: E501  (probes are whole sentences, one a line)
"""Session 25 (qr): a chain of offices whose first is held in a body of the organisation named last keeps that
first office whole ("Deputy Secretary of the Party Committee and President of X" -> "Deputy Secretary of the
Party Committee"); in a row of offices written before names ("Provost A, Dean B and Registrar C of X") the
words after A's comma are the next person's office and name, not an office of A's. Every sentence and name is
made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    record = extract_bulletin(Bulletin(text=text, language="en", published=dt.date(2025, 11, 20), origin="test"))
    return {p.name: (p.title, p.organization.name if p.organization else None) for p in record.people}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Li Hua, Deputy Secretary of the Party Committee and President of Jiangxi Normal University, met the guests on November 6.",
            "Deputy Secretary of the Party Committee",
        ),
        (
            "The agreement was signed by Chen Jun, Director of the International Office and Professor of Physics at Nanchang University.",
            "Director of the International Office",
        ),
    ],
)
def test_the_first_office_of_a_chain_keeps_its_body_of_the_organisation(text: str, title: str) -> None:
    people = _people(text)
    name = text.split(",")[0].removeprefix("The agreement was signed by ")
    assert people[name][0] == title


@pytest.mark.parametrize(
    "text",
    [
        "The ceremony was attended by Provost John Brown, Dean Li Ming and Registrar Mary Jones of Ruritania State University.",
        "Present were Provost John Brown, Dean Li Ming, and Registrar Mary Jones of Ruritania State University.",
    ],
)
def test_offices_before_listed_names_are_each_their_own(text: str) -> None:
    people = _people(text)
    assert people["John Brown"][0] == "Provost"
    assert people["Li Ming"][0] == "Dean"
    assert people["Mary Jones"] == ("Registrar", "Ruritania State University")


def test_an_office_after_the_comma_with_its_body_stays_the_names() -> None:
    people = _people("Professor Helen Carter, Dean of the Faculty of Arts and Social Sciences at Ruritania State University, visited Nanchang University on November 5.")
    assert people["Helen Carter"] == ("Dean of the Faculty of Arts and Social Sciences", "Ruritania State University")


@pytest.mark.parametrize(
    "text",
    [
        "On November 18, the Education Counsellor of the Embassy of Hungary in China, Dr. Zsofia Nagy, visited Jiangxi Normal University.",
        "On November 18, Education Counsellor Zsofia Nagy of the Embassy of Hungary in China visited Jiangxi Normal University.",
    ],
)
def test_a_diplomats_education_office_before_the_name_stays_whole(text: str) -> None:
    assert _people(text)["Zsofia Nagy"] == ("Education Counsellor", "Embassy of Hungary in China")


@pytest.mark.parametrize(
    "text",
    [
        "Wang Jun, Secretary of the CPC Committee and Chairman of the University Council of Nanchang University, met the delegation on November 4.",
        "Attending the signing were Wang Jun, Party Secretary and Chairman of the Council of Nanchang University, and Tom Baker, Pro Vice-Chancellor of the University of Leeds.",
    ],
)
def test_a_universitys_council_in_a_chain_is_no_organisation_of_its_own(text: str) -> None:
    record = extract_bulletin(Bulletin(text=text, language="en", published=dt.date(2025, 11, 20), origin="test"))
    assert {i.name for i in record.institutions} <= {"Nanchang University", "University of Leeds"}
    assert _people(text)["Wang Jun"][1] == "Nanchang University"


def test_a_council_of_universities_stays_a_body() -> None:
    record = extract_bulletin(
        Bulletin(
            text="The Council of Ontario Universities and Nanchang University signed an agreement on November 4.",
            language="en",
            published=dt.date(2025, 11, 20),
            origin="test",
        )
    )
    assert "Council of Ontario Universities" in {i.name for i in record.institutions}


@pytest.mark.parametrize(
    ("offices", "first", "second"),
    [
        ("presidents of Nanchang University and Uppsala University respectively", "President", "President"),
        ("Vice-Presidents of Nanchang University and Uppsala University, respectively", "Vice-President", "Vice-President"),
        ("President of Nanchang University and Vice-Rector of Uppsala University respectively", "President", "Vice-Rector"),
    ],
)
def test_two_names_take_their_offices_and_bodies_respectively(offices: str, first: str, second: str) -> None:
    people = _people(f"The agreement was signed on November 5 by Liu Qiang and Anna Berg, {offices}.")
    assert people["Liu Qiang"] == (first, "Nanchang University")
    assert people["Anna Berg"] == (second, "Uppsala University")


def test_respectively_without_offices_gives_no_office() -> None:
    people = _people("Liu Qiang and Anna Berg, who lead Nanchang University and Uppsala University respectively, signed the agreement on November 5.")
    assert all(title is None or title == "Professor" for title, _ in people.values())
