"""Names that a reading would cut short: a state body named by generic words and owned by its
country in the possessive, a unit of a diplomatic mission (the unit is the party)."""

from __future__ import annotations

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _record(text: str):
    return extract_bulletin(Bulletin(text=text, url="http://www.example.com/news/1.html", published="2025-05-20"))


def _names(record) -> list[str]:
    return [i.name for i in record.institutions]


def test_a_generic_office_owned_by_a_country_is_named_whole_and_again_without_its_owner():
    record = _record(
        "The seminar was supported by Cambodia's Office of the Higher Education Commission. "
        "Anna Berg, Secretary-General of the Office of the Higher Education Commission, spoke."
    )
    assert "Office of the Higher Education Commission" in _names(record)
    assert "Higher Education Commission" not in _names(record)
    [person] = [p for p in record.people if p.name == "Anna Berg"]
    assert person.organization is not None
    assert person.organization.name == "Office of the Higher Education Commission"


def test_generic_words_without_a_country_owner_name_no_body():
    record = _record("The Office of the Vice President received the guests at Nanchang University.")
    assert not any(name.startswith("Office of") for name in _names(record))


def test_an_education_section_of_an_embassy_is_the_party_not_the_embassy():
    record = _record(
        "Zhang Li, Counsellor of the Education Section of the Ruritanian Embassy in Beijing, attended the forum."
    )
    assert _names(record) == ["Education Section of the Ruritanian Embassy in Beijing"]
    [person] = record.people
    assert person.organization is not None and person.organization.name == _names(record)[0]


def test_a_joint_institute_at_its_university_still_names_the_university():
    record = _record("Queen Mary College at Nanchang University admitted its first students.")
    assert "Nanchang University" in _names(record)
