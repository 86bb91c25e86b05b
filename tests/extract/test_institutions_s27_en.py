"""Session 27 (en): an alliance's name goes on past "in" over a field told with a generic word, on
sentences written for the tests."""

import pytest


@pytest.mark.parametrize(
    "name",
    [
        "Shanxi Alliance for International Exchange in Higher Education",
        "Shanxi Consortium for Cooperation in Vocational Education",
    ],
)
def test_a_field_after_in_with_a_generic_word_stays_in_the_name(extract, name):
    record = extract(f"The {name} was launched in Taiyuan on Tuesday with 20 member universities.", "en")
    assert [i.name for i in record.institutions] == [name]
    assert [(e.kind, e.name) for e in record.events] == [("establishment", name)]


def test_a_place_after_in_stays_out_of_the_name(extract):
    record = extract("The Shanxi Alliance for International Exchange in Taiyuan held its first meeting.", "en")
    assert [i.name for i in record.institutions] == ["Shanxi Alliance for International Exchange"]


@pytest.mark.parametrize("office", ["Press Office", "Marketing and Communications Office"])
def test_a_universitys_press_office_is_no_institution(extract, office):
    text = f"Posted 16 Oct 2026 | {office}\n\nThe University of Kent signed an agreement with Northwest University."
    names = [i.name for i in extract(text, "en").institutions]
    assert names == ["University of Kent", "Northwest University"]
