"""Session 22 (qr): a government body's own page naming itself by the head word of its name ("register
with the Commission", "the Department will ...") is published by that body (corpus/GUIDE.md). Every
sentence and name is made up for these tests."""

from __future__ import annotations

import pytest

from pipeline.bulletin import Bulletin
from pipeline.link.publisher import find_publisher

_SITE = "Glenmoor Municipal Education Commission"


def _publisher(text: str, site_name: str = _SITE) -> str | None:
    bulletin = Bulletin(text=text, language="en", site_name=site_name, origin="test")
    publisher = find_publisher(bulletin, "en")
    return publisher.name if publisher is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "Universities should register their enrolment plans with the Commission before May 1.",
        "Glenmoor now has 41 joint programmes, and the Commission will continue to guide them toward quality.",
        # lower case, a level of government between, its own official's office (corpus/GUIDE.md)
        "The commission asked universities to file their annual reports.",
        "Li Hua of the municipal commission said the reviews would go on.",
        "The Glenmoor Municipal Education Commission held a meeting. Li Hua, deputy director of the Commission, spoke.",
    ],
)
def test_the_head_word_of_its_own_name_is_the_body_s_voice(text: str) -> None:
    assert _publisher(text) == _SITE


@pytest.mark.parametrize(
    "text",
    [
        # a word that goes on ("Commissioner"), or another level's body
        "The Commissioner of Ruritania visited the city.",
        # a unit or another body named in full
        "The Commission for Higher Education of Ruritania sent a delegation.",
        # an official quoted on a repost
        'Li Hua said: "the Commission will continue to support the programmes."',
        # no head word of its name at all
        "The Ministry of Education approved four programmes.",
    ],
)
def test_no_voice_where_the_head_word_does_not_stand_for_the_page_s_body(text: str) -> None:
    assert _publisher(text) is None


def test_a_department_s_page_speaks_by_its_own_head_word_only() -> None:
    assert _publisher("Register with the Commission by May 1.", "Glenmoor Provincial Department of Education") is None
    assert _publisher("Register with the Department by May 1.", "Glenmoor Provincial Department of Education") == (
        "Glenmoor Provincial Department of Education"
    )
