"""Session 25 (qn): institutions named after a unit, jointly built colleges, acronyms' countries,
and the GENRE.md institution phenomena. Every sentence is made up for these tests (the bodies are
invented or unlisted); each rule has a near-miss it must not fire on."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin
from schemas.records import BulletinRecord


def _record(text: str, language: str = "en") -> BulletinRecord:
    bulletin = Bulletin(text=text, language=language, url=None, published=dt.date(2026, 5, 10), origin="test")
    return extract_bulletin(bulletin)


def _names(text: str, language: str = "en") -> dict[str, str | None]:
    return {i.name: i.country for i in _record(text, language).institutions}


# -- a university whose own name has an "of", after a unit and its "of" -----------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hunan University signed an agreement with the School of Engineering of Eastbrook University of "
         "Applied Sciences.", "Eastbrook University of Applied Sciences"),
        ("Professor Anna Lind, Dean of the School of Electrical, Electronic and Computer Engineering of "
         "Northland University of Applied Sciences, visited Hunan University on May 8.",
         "Northland University of Applied Sciences"),
        ("Hunan University signed a memorandum with the College of Business of the University of Applied "
         "Sciences of Westhaven.", "University of Applied Sciences of Westhaven"),
    ],
)
def test_the_university_after_a_unit_keeps_its_own_of(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert not any(n.startswith(("School of", "College of")) for n in names)


def test_a_unit_of_a_unit_names_no_university() -> None:
    names = _names("Hunan University welcomed the School of Design of College of Applied Arts of Westhaven.")
    assert "College of Applied Arts of Westhaven" not in names
