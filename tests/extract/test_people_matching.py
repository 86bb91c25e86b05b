"""The people extractor's fast matching (English and Chinese) finds exactly what a search of the
whole text finds."""

from __future__ import annotations

import functools
import re

import spacy
from ahocorasick_rs import AhoCorasick, MatchKind
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.extract.people import (
    _APOSTROPHES,
    _POINTERS,
    _after_matches,
    _before_matches,
    _en_patterns,
    _en_titles,
    _Institutions,
    _literals,
    _occurrences,
    _pointed_matches,
    _pointed_pattern,
    _possessive_office,
    _possessive_offices,
    _Reach,
    _student_cues,
    _zh_matches,
    _zh_pattern,
)
from pipeline.extract.spans import matching_text
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


POINTED = st.lists(
    st.one_of(PIECES, st.sampled_from(["its ", "whose ", "'s ", "’s ", "credits ", "xwhose ", "it's ", "ITS "])),
    max_size=40,
).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(POINTED)
@example("Jiangxi Normal University, whose vice president Tang Wei spoke; its President Jane Doe")
@example("credits President Wang Ming, JXNU's Dean Li Hua and JXNU’s dean Li Hua")
def test_pointed_matches_are_the_pattern_after_every_pointer(text: str) -> None:
    """The pattern tried right after each pointer ("its " and "whose " as words, "'s "), as a plain
    search for the pointers finds them."""
    plain = re.compile(r"\b(?:its|whose) |['’]s ")
    pattern = _pointed_pattern()
    expected = [m for p in plain.finditer(text) if (m := pattern.match(text, p.end())) is not None]
    assert _found(_pointed_matches(text)) == _found(expected)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(POINTED)
@example("JXAU's vice president Li Hua and JXNU’s Dean Jane Doe; it's 's President")
@example("'s's President's president")  # possessives next to each other, one inside a match
def test_possessive_offices_equal_the_whole_text_search(text: str) -> None:
    assert _found(_possessive_offices(text)) == _found(_possessive_office().finditer(text))


LITERAL_TEXTS = st.lists(
    st.one_of(PIECES, st.sampled_from(["its ", "whose ", "'s ", "’s", *_student_cues(), ", a", ", who ", "Pro"])),
    max_size=40,
).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LITERAL_TEXTS)
@example(", a graduate student, a student, who graduated; its President's Provincial Vice-Rector(X)")
def test_literals_of_one_pass_are_each_literal_looked_for_alone(text: str) -> None:
    """The one Aho-Corasick pass finds what a search for each kind of literal finds."""
    found = _literals(text)
    assert found.pointers == _occurrences(text, _POINTERS)
    assert found.apostrophes == _occurrences(text, _APOSTROPHES)
    cues = AhoCorasick(_student_cues(), matchkind=MatchKind.LeftmostLongest)
    assert found.students == [(start, end) for _, start, end in cues.find_matches_as_indexes(text)]
    followed = re.compile(rf"(?=(?:{'|'.join(map(re.escape, _en_titles()))})[\s(-])")
    assert found.title_starts == sorted({m.start() for m in followed.finditer(text)})


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 30)), max_size=12), st.integers(0, 80), st.integers(1, 20))
def test_reach_holds_what_some_range_holds(ranges: list[tuple[int, int]], start: int, length: int) -> None:
    bounds = [(first, first + size) for first, size in ranges]
    end = start + length
    assert _Reach.over(bounds).holds(start, end) == any(a <= start and end <= b for a, b in bounds)


RANGES = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)), max_size=12)


@given(RANGES, st.integers(-5, 80), st.integers(0, 20))
def test_institution_index_answers_as_a_look_at_each(ranges: list[tuple[int, int]], low: int, width: int) -> None:
    """The index (a range stands for its span) finds what a loop over the spans in order finds."""
    bounds = [(first, first + size) for first, size in ranges]
    index = _Institutions(bounds, bounds)  # type: ignore[arg-type]
    high = low + width
    assert index.ending_between(low, high) == [b for b in bounds if max(low, 0) <= b[1] <= high]
    near = [b for b in bounds if low <= b[0] < low + 3]
    assert index.starting_near(low) == (min(near, key=bounds.index) if near else None)
    assert index.holds(low, high) == any(a <= low and high <= b for a, b in bounds)


ZH_TITLES = word_list("zh", "titles.txt")
# Titles (some in traditional script), their modifiers, surnames and given names, foreign and
# Latin names, qualifiers in brackets, chain marks and text around them.
ZH_PIECES = st.one_of(
    st.sampled_from(ZH_TITLES),
    st.sampled_from(word_list("zh", "title_modifiers.txt")),
    st.sampled_from(["副校長", "院長", "王", "明", "张华", "李", "伊琳娜", "·", "彼得罗娃", "John Smith", "Ann Lee"]),
    st.sampled_from(["、", "（", "）", "(", ")", "湖南大学", "的", "表示", "一行", "，", "。", " ", "\n", "A"]),
)


@functools.cache
def _blank_zh() -> spacy.language.Language:
    return spacy.blank("zh")  # (character segmentation: the matching reads the text, not the words)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ZH_PIECES, max_size=30).map("".join))
@example("湖南省教育厅副厅长王明会见了第一副校长、党委副书记张华（国际事务）和副校長John Smith")
@example("执行副校长执行校长李明明")  # a modifier that is also the start of a title
def test_zh_matches_equal_the_whole_text_search(text: str) -> None:
    doc = _blank_zh()(text)
    assert _found(_zh_matches(doc)) == _found(_zh_pattern().finditer(matching_text(doc)))
