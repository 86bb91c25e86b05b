"""Rule vocabularies found in one Aho-Corasick pass give exactly the regexes' hits."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.spans import (
    _Automaton,
    _scan_pattern,
    _word_automaton,
    alternation,
    phrase_pattern,
)
from pipeline.rules import word_table

# Phrases that are prefixes, suffixes and middles of each other, joined by a space or a hyphen,
# so that a whole-word check fails on the longest one and a shorter one (or one inside) fits.
_TRICKY = ("sign", "signed", "signed mou", "design", "mou", "co-op", "op", "joint", "joint venture", "venture")
_VOCABULARIES = {
    "tricky": _TRICKY,
    "en": tuple(word_table("en", "partnership_triggers.tsv")),
    "zh": tuple(word_table("zh", "partnership_triggers.tsv")),
}
_SEPARATORS = (" ", "  ", ",", ".", "\n", "(", "–")  # none is a word character
_WORD_CHARACTERS = ("a", "s", "x", "0", "_", "-", "é", "ß", "中", "一")


def _pieces(phrases: tuple[str, ...]) -> st.SearchStrategy[str]:
    """Whole phrases, their beginnings and ends, and characters inside and between words."""
    phrase = st.sampled_from(phrases)
    return st.one_of(
        phrase,
        st.builds(lambda p, cut: p[:cut], phrase, st.integers(1, 6)),
        st.builds(lambda p, cut: p[-cut:], phrase, st.integers(1, 6)),
        st.sampled_from(_SEPARATORS),
        st.sampled_from(_WORD_CHARACTERS),
    )


def _texts(phrases: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.lists(_pieces(phrases), max_size=40).map("".join)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _check(phrases: tuple[str, ...], english: bool, text: str) -> None:
    indices, hits, scan = _Automaton(phrases, english).find(text)
    expected = _spans(phrase_pattern(phrases, english), text)
    assert list(zip(hits.starts, hits.ends, strict=True)) == expected
    assert [phrases[i] for i in indices] == [text[a:b] for a, b in expected]
    assert list(zip(scan.starts, scan.ends, strict=True)) == _spans(_scan_pattern(phrases, english), text)
    words = _word_automaton(phrases).spans(text)
    assert list(zip(words.starts, words.ends, strict=True)) == _spans(re.compile(alternation(phrases)), text)


@pytest.mark.parametrize(("name", "english"), [("tricky", True), ("en", True), ("zh", False), ("tricky", False)])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_one_pass_finds_what_the_regexes_find(name: str, english: bool, data: st.DataObject) -> None:
    phrases = _VOCABULARIES[name]
    _check(phrases, english, data.draw(_texts(phrases)))


@pytest.mark.parametrize(
    "text",
    [
        "designed signed mou; signed moux, sign-ed sign",  # a shorter phrase where the longest is cut
        "co-op joint-venture joint venture op-",  # a hyphen goes on with the word
        "_sign sign_ 0sign signé (sign)",  # underscore, digit, letters beyond ASCII are word characters
    ],
)
def test_one_pass_on_word_edges(text: str) -> None:
    _check(_TRICKY, True, text)
    assert _Automaton(_TRICKY, True).find(text)[1].starts  # each text holds a whole-word hit


def test_an_empty_phrase_is_refused() -> None:
    with pytest.raises(ValueError, match="empty phrase"):
        _Automaton(("sign", ""), True)


_SHARING = (("sign", "signed", "mou"), ("signed mou", "co-op", "op"), ("joint", "joint venture", "sign"))


@settings(max_examples=200, deadline=None)
@given(text=_texts(_TRICKY), english=st.booleans())
def test_one_pass_of_a_page_for_every_vocabulary_finds_what_each_own_pass_finds(text: str, english: bool) -> None:
    """`find_on_page` (an English page's vocabularies found together, sharing phrases) gives each
    vocabulary's own `find`: on the first page, before the vocabularies join the page's pass, and
    after, and for the plain word scans (`word_spans`) beside the whole-word ones."""
    from unittest.mock import patch

    from pipeline.extract import spans

    automata = [_Automaton(phrases, english) for phrases in _SHARING]
    with patch.dict(spans._PAGE_SCANS, {True: spans._PageScan(), False: spans._PageScan()}):
        for page in range(2):
            doc = _EnglishPage(text)
            for automaton in automata:
                assert automaton.find_on_page(doc) == automaton.find(text), page
        assert spans._PAGE_SCANS[english].members == automata  # (the second page's pass covered all)


class _EnglishPage:
    """What `find_on_page` reads of a Doc: its matching text (already lower case) and language."""

    def __init__(self, text: str) -> None:
        self.lang_ = "en"
        self.user_data = {"_matching_text": text}
