"""Session 19 speed work on the English people finders: each faster form finds what the form it
replaced found, on every train bulletin (the replaced form is rebuilt here from the current one)."""

from __future__ import annotations

import re
from functools import cache

import pytest
from ahocorasick_rs import AhoCorasick, MatchKind

from pipeline.extract import people
from pipeline.extract.spans import alternation
from pipeline.train.data import gold_bulletins, read_bulletin


@cache
def _train_texts() -> tuple[str, ...]:
    return tuple(read_bulletin(gold.path).text for gold in gold_bulletins("en", "train"))


def _plain_tail() -> re.Pattern[str]:
    """`_after_tail` with its titles as the plain alternation it had (longest first, as written)."""
    trie = alternation(sorted({t.lower() for t in people._en_titles_after()}))
    plain = "|".join(re.escape(t) for t in people._en_titles_after())
    pattern = people._after_tail().pattern
    assert pattern.count(trie) == 1
    return re.compile(pattern.replace(trie, plain))


def _groups(match: re.Match[str] | None) -> tuple | None:
    return None if match is None else (match.span(), match.span("title"))


def test_train_bulletins_are_read() -> None:
    assert len(_train_texts()) > 20


@pytest.mark.parametrize(
    "text",
    [
        "Chen Feng, Deputy Director-General of the Department of Education, met them.",
        "Chen Feng,deputy director-general of the Department of Education, met them.",
        "Wang Li, DEPUTY DIRECTOR of the Office, said.",
        "Ivan Horvat, vice rector of the University of Zagreb, spoke.",
        "Zhou Lin, a researcher at Tongji University, said.",
        "Zhou Lin, Director, and then of nothing.",
        "Ann Lee, Education Attaché at the Embassy, came.",
    ],
)
def test_office_after_comma_as_the_plain_alternation(text: str) -> None:
    comma = text.index(",")
    assert _groups(people._after_tail().match(text, comma)) == _groups(_plain_tail().match(text, comma))


def test_office_after_comma_as_the_plain_alternation_on_train_bulletins() -> None:
    tail, plain = people._after_tail(), _plain_tail()
    matched = 0
    for text in _train_texts():
        for comma in re.finditer(",", text):
            found = _groups(tail.match(text, comma.start()))
            assert found == _groups(plain.match(text, comma.start())), text[comma.start() : comma.start() + 80]
            matched += found is not None
    assert matched > 20  # (the bulletins hold offices after names' commas)


def test_literal_finder_finds_what_the_library_default_finds() -> None:
    literals = (*people._en_titles(), *people._POINTER_WORDS, *people._APOSTROPHES, *people._student_cues())
    default = AhoCorasick(literals, matchkind=MatchKind.Standard)
    for text in _train_texts():
        assert people._literal_finder().find_matches_as_indexes(
            text, overlapping=True
        ) == default.find_matches_as_indexes(text, overlapping=True)
