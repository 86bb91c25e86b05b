"""The English prefilters of roles answer as the patterns they stand before: heading lines tried only where a
heading word's longest part stands (`_headings`) are those the walk over every line finds
(`_headings_on_lines`); a text the number check passes over holds no count or number (`_may_hold_en_number`)."""

from __future__ import annotations

import functools

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.roles import _ANY_NUMBER, _COUNT_BEFORE, RoleExtractor, _may_hold_en_number
from pipeline.extract.spans import matching_text

_LINE_PIECES = [
    "Vice-chair institutions",
    "vice chair",
    "co-organizers",
    "Co - Hosts",
    "Members",
    "1. ",
    "(in alphabetical order)",
    ":",
    "：",
    " ",
    "\t",
    "list of ",
    "The alliance's ",
    "Secretary-General",
    "Tsinghua University",
    "chairman",
    "x" * 150,
    "host",
    ".",
]


@functools.cache
def _english() -> tuple[spacy.language.Language, RoleExtractor]:
    return spacy.blank("en"), RoleExtractor("en")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_LINE_PIECES), max_size=5).map("".join), min_size=1, max_size=6))
def test_english_headings_are_those_of_the_walk_over_every_line(lines: list[str]) -> None:
    nlp, roles = _english()
    doc = nlp("\n".join(lines))
    text = matching_text(doc)
    found = [(m.start(), m.end()) for m in roles._headings(doc, text)]
    assert found == [(m.start(), m.end()) for m in roles._headings_on_lines(text)]


def test_a_heading_line_is_found_by_its_word_part() -> None:
    nlp, roles = _english()
    doc = nlp("The forum was held.\nCo-organizers:\nTsinghua University\n" + "a" * 200 + ": members")
    text = matching_text(doc)
    assert [m.group("word") for m in roles._headings(doc, text)] == ["co-organizers"]


_NUMBER_PIECES = ["sixty-three ", "twenty one ", "12 ", "１２ ", "seventeen ", "new ", "member ", "often ", "the ", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NUMBER_PIECES), max_size=5).map("".join))
def test_a_text_passed_over_by_the_number_check_holds_no_count(text: str) -> None:
    if not _may_hold_en_number(text):
        assert _COUNT_BEFORE["en"].search(text) is None
        assert _ANY_NUMBER["en"].search(text) is None
