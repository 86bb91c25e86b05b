"""The English place words are found with the whitespace after them (`_english_place_words`): the
matches must stay those of the place pattern tried at every character."""

from __future__ import annotations

import sys

import pytest

from pipeline.extract import events

SENTENCES = [
    "The forum was held in Nanchang on May 7.",
    "The delegation flew to\u3000Tashkent, then visited\xa0the Uzbek capital Tashkent.",
    "In\tBeijing and at\u2028Shanghai, the training in Wuhan ended; national at Xi'an.",
    "Talks took place in\n\nthe city of  Kunming and in the provincial capital Changsha.",
    "Lin in Beijing",  # a word's end is no place word
    "held in",  # the text ends after the word
    "held in ",  # ... after its space
    "travelled to\x1cChengdu and traveled to\u205fXi’an",
]


def _every_match(text: str) -> list[tuple[int, int, int, int]]:
    """The place pattern tried at every character (what the word search must find)."""
    pattern = events._place_pattern(True)
    found = []
    for at in range(len(text)):
        match = pattern.match(text, at)
        if match is not None:
            found.append((at, match.end(), match.start(1), match.end(1)))
    return found


def test_whitespace_is_what_isspace_holds() -> None:
    every = {chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()}
    assert set(events.WHITESPACE) == every
    assert len(events.WHITESPACE) == len(every)


@pytest.mark.parametrize("text", SENTENCES)
def test_place_words_with_their_space_find_every_match(text: str) -> None:
    pattern = events._place_pattern(True)
    assert sorted(set(events._english_place_matches(text, pattern))) == _every_match(text)


def test_a_place_after_an_unusual_space_is_found() -> None:
    text = "The forum was held in\u3000Nanchang."
    found = events._english_place_matches(text, events._place_pattern(True))
    assert [text[start:end] for _, _, start, end in found] == ["Nanchang"]
