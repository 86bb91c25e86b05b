"""Session 27 (en): an office held in a unit, written before the name and its comma ("The Dean of the
School of Engineering, Professor Name"), on sentences written for the tests."""

import pytest

_SIGNED = "The University of Lagos signed a memorandum of understanding with Hohai University on Monday. "


def _people(record) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.title, p.organization.name if p.organization else None) for p in record.people}


@pytest.mark.parametrize(
    "office",
    ["Dean of the School of Civil Engineering", "Director of the Office of International Programmes"],
)
def test_an_office_of_a_unit_before_the_name_is_its_title(extract, office):
    record = extract(_SIGNED + f"The {office}, Professor Tunde Bello, described the MoU as timely.", "en")
    assert _people(record)["Tunde Bello"][0] == office


def test_the_list_from_a_body_goes_on_over_an_office_of_a_unit(extract):
    text = _SIGNED + (
        "Also present were the Registrar, Mr. Musa Adeyemi, and, from Hohai University, the Vice-President,"
        " Professor Zhou Lin, and the Director of the International Exchange Office, Ms. Tan Yu."
    )
    people = _people(extract(text, "en"))
    assert people["Zhou Lin"] == ("Vice-President", "Hohai University")
    assert people["Tan Yu"] == ("Director of the International Exchange Office", "Hohai University")
