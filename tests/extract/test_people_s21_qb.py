"""Session 21 (qb): people whose office names its body before them, in commas, with an honorific
before the name ("The President of the University of X, Professor Y"). Every sentence is made up
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    bulletin = Bulletin(text=text, language="en", published=dt.date(2026, 5, 10), origin="test")
    record = extract_bulletin(bulletin)
    return {p.name: (p.title, p.organization.name if p.organization else None) for p in record.people}


@pytest.mark.parametrize(
    ("text", "name", "title", "body"),
    [
        (
            "The President of the University of Glenmoor, Professor Alan Reid, welcomed the guests on May 8.",
            "Alan Reid",
            "President",
            "University of Glenmoor",
        ),
        (
            "On May 8, the rector of the Universidad de los Llanos Orientales, Dr. Marta Gil, signed the agreement.",
            "Marta Gil",
            "rector",
            "Universidad de los Llanos Orientales",
        ),
        (
            "Vice President and Provost of the University of Glenmoor, Prof. Alan Reid, met Nanchang University.",
            "Alan Reid",
            "Vice President",
            "University of Glenmoor",
        ),
    ],
)
def test_an_office_of_a_body_before_an_honorific_in_commas(text: str, name: str, title: str, body: str) -> None:
    assert _people(text)[name] == (title, body)


def test_a_body_before_names_in_commas_with_no_office_gives_no_office() -> None:
    people = _people("A delegation from the University of Glenmoor, Professor Alan Reid and Dr. Ruth Hale, visited.")
    assert people["Alan Reid"][0] in {None, "Professor"}
