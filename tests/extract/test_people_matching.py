"""The people extractor's fast English matching finds exactly what a search of the whole text finds."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.extract.people import _after_matches, _before_matches, _en_patterns, _Reach
from pipeline.rules import word_list

TITLES = word_list("en", "titles.txt")
# Pieces of bulletin text around people: titles in several cases, names (with accents, initials,
# hyphens, all capitals), joining words, punctuation and word characters that end or glue words.
PIECES = st.one_of(
    st.sampled_from(TITLES),
    st.sampled_from(TITLES).map(str.lower),
    st.sampled_from(TITLES).map(str.upper),
    st.sampled_from(["Wang", "Ming", "Jane", "Doe", "Jean-Luc", "LI", "Jörg", "Ozoliņš", "J.", "Mc", "Harlow"]),
    st.sampled_from(["of", "at", "the", "and", "University", "Department", "(International)", "Ministry"]),
    st.sampled_from(["First", "Pro", "Deputy", "for", "a", "an", "department", "ministry", "Studies"]),
    st.sampled_from([" ", "  ", ", ", ",", ".", "\n", "\t", "-", "'s", "_", "1", "2024", "(", ")", "&", "é"]),
)
TEXTS = st.lists(PIECES, max_size=40).map("".join)


def _found(matches) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example("Professor Jane Doe, Pro Vice-Chancellor (International) of Harlow University, spoke.")
@example("Wang Ming, Deputy Director of the Jiangxi Provincial Department of Education, attended.")
@example("Vice President Wang Ming and President Jane Doe of Harlow University")
@example("_President Wang Ming, éDean Jane Doe, xDirector Li Hua")
@example("😀𝔘 President Wang Ming, Dean Jane Doe of Harlow University")  # offsets past astral characters
def test_fast_matches_equal_the_whole_text_search(text: str) -> None:
    after, before = _en_patterns()
    assert _found(_after_matches(text)) == _found(after.finditer(text))
    assert _found(_before_matches(text)) == _found(before.finditer(text))


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 30)), max_size=12), st.integers(0, 80), st.integers(1, 20))
def test_reach_holds_what_some_range_holds(ranges: list[tuple[int, int]], start: int, length: int) -> None:
    bounds = [(first, first + size) for first, size in ranges]
    end = start + length
    assert _Reach.over(bounds).holds(start, end) == any(a <= start and end <= b for a, b in bounds)
