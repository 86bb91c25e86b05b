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
