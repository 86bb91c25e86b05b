"""People named before an office whose organisation is a lower-case reference to an institution
named before ("Chen Lan, Vice President of the university"), and the first office of a chain."""

from __future__ import annotations

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _record(text: str, site_name: str | None = None):
    bulletin = Bulletin(
        text=text, url="http://www.example.org/news/1.html", site_name=site_name, published="2025-05-20"
    )
    return extract_bulletin(bulletin)


def _people(record) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.title, p.organization.name if p.organization else None) for p in record.people}


def test_an_office_of_the_university_is_at_the_university_named_before():
    record = _record(
        "A delegation led by Professor Zhou Min, President of Westlake Normal University, visited Canada. "
        "Chen Lan, Vice President of the university, was in the delegation."
    )
    assert _people(record)["Chen Lan"] == ("Vice President", "Westlake Normal University")


def test_an_office_of_the_college_without_a_college_named_has_no_organisation():
    record = _record("Nanchang University signed an agreement. Anna Berg, Director of the college, attended.")
    assert _people(record).get("Anna Berg", (None, None))[1] != "Nanchang University"
