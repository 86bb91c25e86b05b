"""The event extractor's whole-text scans find what the plain patterns find (hypothesis).

Places: `_place_pattern` (places as a trie, and 在京举行's one-character names) searched only
near `_place_ranges` (each word before a place found as a literal, a place matched after it) gives, in any stretch of
a text, the matches of the pattern as it was first written (places joined longest first, searched
everywhere). Years: every match of `_YEAR_ONLY`
overlaps a match of one of `_YEAR_CUES`, so `_year_only_sentences` misses no sentence.
"""

from __future__ import annotations

import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pipeline.extract.events import (
    _CAPITAL_OF,
    _CAPITAL_OF_EN,
    _VISIT_OPENINGS,
    _YEAR_CUES,
    _YEAR_ONLY,
    _abbreviated_places,
    _first_of,
    _page_places,
    _place_pattern,
    _place_ranges,
    _place_words,
    _places_within,
    _visited_country_pattern,
    _word_character,
)
from pipeline.extract.spans import finditer_near
from pipeline.link.places import load_places

_PLACES = load_places().longest_first()
_SOME_PLACES = [p for p in _PLACES if "'" in p] + _PLACES[::7]
_SPACES = [" ", "  ", "\n", "\t", "\u00a0", "\u3000"]


def _plain_place_pattern(english: bool) -> re.Pattern[str]:
    places = "|".join(re.escape(p).replace("'", "['’]") for p in _PLACES)
    words = "|".join(re.escape(w) for w in sorted(_place_words(english), key=len, reverse=True))
    if english:
        return re.compile(rf"\b(?:{words})\s+(?:the\s+)?{_CAPITAL_OF_EN}({places})\b")
    return re.compile(rf"(?:{words}){_CAPITAL_OF}((?:{places})|{_abbreviated_places()})")


_PLAIN = {True: _plain_place_pattern(True), False: _plain_place_pattern(False)}

_WORDS_BEFORE = [
    "in",
    "at",
    "In",
    "At",
    "visited",
    "revisited",
    "within",
    "cat",
    "thein",
    "_in",  # (a word character to `\b`, as a letter or digit is)
    "2at",
    "éin",
    "在",
    "于",
    "赴",
    "到",
    "抵达",
    "举行",
    "大学",
    "",
]
_NAMES = st.one_of(
    st.sampled_from(_SOME_PLACES),
    st.sampled_from(_SOME_PLACES).map(lambda p: p.replace("'", "’")),
    st.sampled_from(_SOME_PLACES).map(lambda p: p[: max(1, len(p) - 1)]),  # cut short
)
# A place found, half found or cut off: a word before it, spaces of several kinds, "the", a place
# name (with either apostrophe, or cut short), what follows; the phrases joined by separators.
_PHRASE = st.tuples(
    st.sampled_from(_WORDS_BEFORE),
    st.sampled_from([" ", " ", *_SPACES, ""]),
    st.sampled_from(["", "", "the ", "the\n", "the", "the Uzbek capital ", "capital ", "provincial capital, "]),
    _NAMES,
    st.sampled_from(["", "", "s", "-", ".", "，"]),
).map("".join)
# a city's one-character name, with or without an event word after it (在京举行, 在京东方)
_ABBREVIATED = st.tuples(
    st.sampled_from(["京", "沪", "渝", "东"]), st.sampled_from(["", "举行", "隆重举行", "签署", "东方", "隆重"])
).map("".join)
_ZH_WORDS_BEFORE = ["在", "于", "赴", "到", "抵达", "抵", "举行", "在在", ""]
_ZH_WORDS_BEFORE += ["抵达乌兹别克斯坦首都", "在首都", "于四川省省会"]  # a capital named after its country
_ZH_PHRASE = st.tuples(st.sampled_from(_ZH_WORDS_BEFORE), st.one_of(_NAMES, _ABBREVIATED)).map("".join)
_PLACE_PIECES = st.tuples(
    st.sampled_from([" ", " ", "", ". ", "，", "x", *_SPACES]), st.one_of(_PHRASE, _ZH_PHRASE)
).map("".join)


@st.composite
def _text_and_stretch(draw, pieces) -> tuple[str, int, int]:
    """A text, and a stretch of it: the whole text as often as a part (a sentence's)."""
    text = "".join(draw(st.lists(pieces, max_size=14)))
    if draw(st.booleans()):
        return text, 0, len(text)
    start = draw(st.integers(0, len(text)))
    return text, start, draw(st.integers(start, len(text)))


@settings(max_examples=400, deadline=None)
@given(_text_and_stretch(_PLACE_PIECES), st.booleans())
def test_places_found_near_the_scans_ranges_are_the_plain_patterns(case: tuple[str, int, int], english: bool) -> None:
    """Any stretch but one ending inside an English word ("in Zhejiang|s": `\\b` matches at the cut,
    not in the page), which `_places_within` searches whole."""
    text, start, end = case
    assume(not (english and end < len(text) and _word_character(text[end])))
    ranges = _place_ranges(text, english)
    assert all(a <= b for a, b in zip(ranges.ends, ranges.starts[1:], strict=False)), "ranges in order, apart"
    found = [m.span(1) for m in finditer_near(_place_pattern(english), text, start, end, ranges)]
    assert found == [m.span(1) for m in _PLAIN[english].finditer(text, start, end)]


@settings(max_examples=400, deadline=None)
@given(_text_and_stretch(_PLACE_PIECES), st.booleans())
def test_places_within_a_stretch_from_the_pages_matches_are_the_patterns(
    case: tuple[str, int, int], english: bool
) -> None:
    """`_places_within` reads a sentence's places off the page's matches (matched with no end): the
    same as searching the stretch with the pattern, also where a match reaches past its end, a
    one-character name's event word (在京|举行) stands after it, or the stretch ends inside a word."""
    text, start, end = case
    found = _places_within(_page_places(text, english), text, start, end, english)
    searched = _place_pattern(english).finditer(text, start, end)
    assert found == [(m.start(), m.end(), m.start(1), m.end(1)) for m in searched]


_YEAR_WORDS = ["in", "since", "back in", "as early as", "as", "In", "x", "-", "/", "–", ""]
_YEARS = ["19", "20", "2019", "1998", "2024", "120", "3", "０", "２０２３", "2015"]
_AFTER_YEARS = ["年", "，", "以来", "起", "月", "5月", "二", "-1", ""]
_YEAR_PIECES = st.one_of(
    st.tuples(
        st.sampled_from(_YEAR_WORDS),
        st.sampled_from(["", *_SPACES]),
        st.sampled_from(_YEARS),
        st.sampled_from(_AFTER_YEARS),
    ).map("".join),
    st.sampled_from(_YEAR_WORDS + _YEARS + _AFTER_YEARS + _SPACES),
)


@settings(max_examples=400, deadline=None)
@given(_text_and_stretch(_YEAR_PIECES), st.sampled_from(["en", "zh"]))
def test_every_year_only_match_overlaps_a_year_cue(case: tuple[str, int, int], language: str) -> None:
    text, start, end = case
    cues = [m.span() for cue in _YEAR_CUES[language] for m in cue.finditer(text)]
    for match in _YEAR_ONLY[language].finditer(text, start, end):
        assert any(a < match.end() and match.start() < b for a, b in cues), (text, match)


_PLAIN_YEAR_ONLY = re.compile(r"\b(?:in|since|back in|as early as)\s+(?:19|20)\d{2}\b(?![-–/]\d)")


@settings(max_examples=400, deadline=None)
@given(_text_and_stretch(st.one_of(_YEAR_PIECES, st.sampled_from(["_", "é", "x", "Xin", "4as early as", "in"]))))
def test_the_english_year_only_pattern_is_the_plain_one(case: tuple[str, int, int]) -> None:
    """`_YEAR_ONLY["en"]` writes its opening `\\b` after each word's first letter: the same matches."""
    text, start, end = case
    found = [m.span() for m in _YEAR_ONLY["en"].finditer(text, start, end)]
    assert found == [m.span() for m in _PLAIN_YEAR_ONLY.finditer(text, start, end)]


def test_the_extractor_compiles_its_place_patterns_when_made() -> None:
    """Made in the fork server of `extract --workers N`, the extractor hands the workers its
    compiled place patterns: none is left to a worker's first page."""
    from pipeline.extract import events

    lazy = (events._place_pattern, events._visited_country_pattern)
    for compiled in lazy:
        compiled.cache_clear()
    events.EventExtractor("zh")
    assert all(compiled.cache_info().currsize == 1 for compiled in lazy)
    events._english_place_words.cache_clear()
    events.EventExtractor("en")
    assert events._english_place_words.cache_info().currsize == 1


def test_the_places_trie_is_compiled_once_a_language() -> None:
    """The places' alternation (thousands of names) is compiled into one pattern a language, which both
    finds where places may stand (`_place_ranges`) and reads them (`_place`): a second costs start-up."""
    from pipeline.extract import events

    events._place_pattern.cache_clear()
    calls = []
    original = events._places_alternation

    def counted() -> str:
        calls.append(1)
        return original()

    events._places_alternation = counted
    try:
        events._compile_patterns(False)
        events._place_ranges("代表团在南昌访问南昌大学。", False)
    finally:
        events._places_alternation = original
        events._place_pattern.cache_clear()
    assert len(calls) == 1


# (the words a visit opens with, as written and otherwise spaced, countries, and what stands between)
_VISIT_WORDS = "visited|visit to|visit\nto|trip  to|delegation to|revisited|the|Japan|Singapore|Zhejiang"
_VISIT_PIECES = st.sampled_from(
    [
        *_VISIT_WORDS.split("|"),
        " and ",
        ", ",
        " in ",
        " from ",
        ".",
        " ",
        "访问",
        "出访",
        "赴",
        "前往",
        "日本",
        "和",
        "，",
        "交流",
        "x",
    ]
)


@settings(max_examples=300, deadline=None)
@given(_text_and_stretch(_VISIT_PIECES), st.booleans())
def test_a_visited_country_is_searched_for_from_the_first_word_a_match_opens_with(
    case: tuple[str, int, int], english: bool
) -> None:
    """`_visited_country` searches from the first of `_VISIT_OPENINGS` in the sentence: what a search
    from its start finds ("visit\\nto Japan" too, whose words are not `_VISIT_VERBS`')."""
    text, start, end = case
    language = "en" if english else "zh"
    pattern = _visited_country_pattern(english)
    first = _first_of(text, _VISIT_OPENINGS[language], start, end)
    expected = pattern.search(text, start, end)
    if first < 0:
        assert expected is None
    else:
        found = pattern.search(text, first, end)
        assert (found and found.span(), found and found.groups()) == (
            expected and expected.span(),
            expected and expected.groups(),
        )
