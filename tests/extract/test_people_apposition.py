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


def test_a_chain_opened_by_the_pages_own_office_takes_that_office_first():
    record = _record(
        "3月2日，我会组织代表团赴泰国访问。代表团由我会会长、赣江省教育厅原副厅长周明带队。",
        site_name="赣江教育对外交流协会",
    )
    assert _people(record)["周明"] == ("会长", "赣江教育对外交流协会")


def test_a_chain_of_two_bodies_without_the_pages_word_is_no_chain():
    record = _record("省教育厅厅长、南昌大学校长王明出席。")
    assert _people(record)["王明"][0] == "校长"


def test_a_title_joined_to_a_longer_noun_is_no_person():
    record = _record("全省40余所中学的校长和升学指导老师参加交流会。南昌大学副校长和军出席会议。")
    people = _people(record)
    assert "和升学" not in people
    assert people["和军"] == ("副校长", "南昌大学")
