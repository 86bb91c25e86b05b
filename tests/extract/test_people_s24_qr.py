"""Session 24 (qr): people listed after "from X," in a list of those present are of X ("and, from CTGU, the
Vice-President, Professor A, and the Director of the International Exchange Office, Ms. B"), the first and
those listed on after it, until a person of another body; "the delegation from X, Vice-Chancellor A said" is
no such list. Every sentence and name is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin

_SIGNED = "Harlow University signed an agreement with Nanchang University on May 8. "


def _bodies(text: str) -> dict[str, str | None]:
    record = extract_bulletin(Bulletin(text=text, language="en", published=dt.date(2026, 5, 10), origin="test"))
    return {p.name: p.organization.name if p.organization else None for p in record.people}


@pytest.mark.parametrize(
    "sentence",
    [
        "Also present were John Smith, Dean of Engineering at Harlow University, and, from Nanchang University, "
        "Vice President Wang Ming and Director Zhao Lei.",
        "Attending the ceremony were the Director of the International Office, Dr. Jane Doe, and, from Nanchang "
        "University, the Vice-President, Professor Wang Ming, and the Dean of the School of Law, Ms. Zhao Lei.",
        "Present were, from Nanchang University, Vice President Wang Ming and Director Zhao Lei, and, from Harlow "
        "University, Pro Vice-Chancellor Jane Doe.",
    ],
)
def test_people_listed_after_from_a_body_are_of_it(sentence: str) -> None:
    bodies = _bodies(_SIGNED + sentence)
    assert bodies["Wang Ming"] == "Nanchang University"
    assert bodies["Zhao Lei"] == "Nanchang University"


def test_the_list_ends_at_a_person_of_another_body() -> None:
    bodies = _bodies(
        _SIGNED + "Present were, from Nanchang University, Vice President Wang Ming, and Pro Vice-Chancellor Jane "
        "Doe of Harlow University."
    )
    assert bodies["Wang Ming"] == "Nanchang University"
    assert bodies["Jane Doe"] == "Harlow University"


def test_a_delegation_from_a_body_before_a_speaker_is_no_list() -> None:
    text = "Harlow University welcomed the delegation from Nanchang University, Vice-Chancellor Jane Doe said."
    bodies = _bodies(text)
    assert bodies["Jane Doe"] != "Nanchang University"
