"""Session 27 (en, wave 2): a person's name of four words (Akan and other West African names give a
day name, a given name and two family names), on sentences written for the tests."""

import pytest


def _people(record) -> set[tuple[str, str | None]]:
    return {(p.name, p.title) for p in record.people}


@pytest.mark.parametrize(
    "text",
    [
        "The delegation was received by the Vice-Chancellor, Prof. Kwesi Ato Mensah Boateng, at the University"
        " of Cape Coast.",
        "Kwesi Ato Mensah Boateng, Vice-Chancellor of the University of Cape Coast, met the delegation.",
    ],
)
def test_a_name_of_four_words_is_read_whole(extract, text):
    assert ("Kwesi Ato Mensah Boateng", "Vice-Chancellor") in _people(extract(text, "en"))
