"""Topic openers (and the Chinese approval words) searched in a sentence alone give exactly
`find_phrases`' hits (sliced from a pass over the whole text), wherever the range is cut."""

from __future__ import annotations

import functools

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.partnerships import _RangeSearch
from pipeline.extract.spans import find_phrases
from pipeline.rules import word_table

# Phrases inside, before and after each other, so that a range can cut a hit or a word in two.
_TRICKY = {"on": "clause", "on the": "clause", "upon": "sentence", "hope": "sentence", "hoped to": "clause"}
_TABLES = {
    "tricky": _TRICKY,
    "en": word_table("en", "partnership_topics.tsv"),
    "zh": word_table("zh", "partnership_topics.tsv"),
    "zh events": word_table("zh", "event_triggers.tsv"),
}
_FILLERS = (" ", ",", ".", "-", "x", "On", "中", "學", "就")  # word characters, a capital, traditional script


@functools.cache
def _blank(language: str) -> spacy.language.Language:
    return spacy.blank(language)


@st.composite
def _text_and_range(draw: st.DrawFn, phrases: tuple[str, ...]) -> tuple[str, int, int]:
    phrase = st.sampled_from(phrases)
    piece = st.one_of(phrase, st.builds(lambda p, cut: p[:cut], phrase, st.integers(1, 4)), st.sampled_from(_FILLERS))
    text = "".join(draw(st.lists(piece, max_size=30)))
    start = draw(st.integers(0, len(text)))
    return text, start, draw(st.integers(start, len(text)))


@pytest.mark.parametrize(("name", "language"), [("tricky", "en"), ("en", "en"), ("zh", "zh"), ("zh events", "zh")])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_range_searched_alone_finds_what_the_whole_text_pass_finds(name: str, language: str, data) -> None:
    table = _TABLES[name]
    text, start, end = data.draw(_text_and_range(tuple(table)))
    doc = _blank(language).make_doc(text)
    assert _RangeSearch(table, english=language != "zh")(doc, start, end) == find_phrases(doc, start, end, table)


def test_an_empty_table_finds_nothing() -> None:
    assert _RangeSearch({}, english=True)(_blank("en").make_doc("on the agreement"), 0, 16) == []
