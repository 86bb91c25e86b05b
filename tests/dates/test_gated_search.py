"""Gates (what a match reads beside its key word) only skip key words no match can hold: the
gated finder finds exactly the dates the plain one (every pattern over the whole text) finds."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import pipeline.dates as dates
from pipeline.dates import _SHARED_WORDS, EN_RULES, ZH_RULES, _KeyWords, _matches, find_dates, fold_width

MONTHS = ["May", "MAY", "may", "Nov", "NOV", "November", "Sept", "Sep", "December", "DEC", "Marc"]
# Numbers: ASCII, full-width, Chinese, and Arabic-Indic digits (which `\d` reads too).
NUMBERS = [
    "0",
    "5",
    "1",
    "18",
    "31",
    "123",
    "2025",
    "19",
    "20",
    "１８",
    "２０２５",
    "十一",
    "二〇二五",
    "\u0663",
    "19\u0662\u0663",
]
BLANKS = [" ", "   ", "    ", "\n", "\u3000"]
PUNCTUATION = [",", ".", "/", "-", "—", "~", "、", "（", "x"]
EN_WORDS = sorted(
    {w for category in ("range_connector", "month_prefix", "month_part") for w, _ in EN_RULES[category]}
    | {"the", "Tuesday", "of"}
)
ORDINALS = ["st", "nd", "th"]
ZH_WORDS = sorted(
    {w for category in ("range_connector", "day_only_suffix", "month_part") for w, _ in ZH_RULES[category]}
    | {"年", "月", "日", "号", "第", "上个月", "星期二"}
)
# A date-like phrase: each slot filled half the time, in an order that makes the shapes the
# patterns read (5 May, May 5, Nov. 5, May, 2025, 5.1.2025, 2025-11-18, 18 日, 5月7日至15日)
# and their near misses (a blank too many, a missing dot, a 月 before a bare day) common.
SLOTS = [EN_WORDS, NUMBERS, ORDINALS, BLANKS, PUNCTUATION, MONTHS, PUNCTUATION, BLANKS, NUMBERS, ZH_WORDS]
phrase = st.tuples(*(st.one_of(st.just(""), st.sampled_from(kind)) for kind in SLOTS)).map("".join)
date_like = st.lists(phrase, max_size=4).map("".join)


def plain_patterns(language: str) -> list[dates._Pattern]:
    """The language's patterns without keys (nor gates): each runs over the whole text."""
    return [dataclasses.replace(p, key=None, gate=None) for p in dates._PATTERNS[language]]


# Shapes at the edge of what a gate admits (too rare for the phrases above to make often):
# one-digit parts of numeric dates, a year and a bare day, blanks before a connector.
EDGES = [
    "5.1.2025",
    "15.11.2025",
    "1/5/2025",
    "2025/1/5",
    "2025.1.5",
    "2025-1-5",
    "2025年18日",
    "2025年 5 日",
    "18      —  20日",
    "18    —20日",
    "5月7日至15日",
    "第5日",
    "Nov. 5",
    "Nov.5",
    "May, 2025",
    "May. 2025",
    "5th of May",
    "5 of May",
    "5-7 May",
    "in Nov.5",
    "on the \u0663rd.",  # digits of another script, which `\d` reads too
    "19\u0662\u0663-1-5",
    "5 May 19\u0662\u0663",
]


def check_finder(text: str, language: str, published: dt.date | None) -> None:
    gated = find_dates(text, language, published)
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(dates._PATTERNS, language, plain_patterns(language))
        plain = find_dates(text, language, published)
    assert gated == plain


def check_patterns(text: str, language: str) -> None:
    scan = fold_width(text)
    keys = _KeyWords(scan, _SHARED_WORDS[language])
    for pattern in dates._PATTERNS[language]:
        expected = [m.span() for m in pattern.regex.finditer(scan)]
        assert [m.span() for m in _matches(pattern, scan, keys)] == expected, pattern.regex.pattern


@settings(max_examples=600, deadline=None)
@given(date_like, st.sampled_from(["en", "zh"]), st.one_of(st.none(), st.just(dt.date(2025, 12, 18))))
@example("\u0663-0 May", "en", None)  # another script's digit, which \d matches, read as a number, not None
def test_gated_finder_finds_the_dates_the_plain_one_finds(text: str, language: str, published: dt.date | None) -> None:
    check_finder(text, language, published)


@settings(max_examples=600, deadline=None)
@given(date_like, st.sampled_from(["en", "zh"]))
def test_each_gated_pattern_matches_where_its_plain_regex_does(text: str, language: str) -> None:
    check_patterns(text, language)


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("text", EDGES)
def test_gated_search_at_the_edges_of_the_gates(text: str, language: str) -> None:
    for framed in (text, f"x {text} x", f"于{text}举行"):
        check_patterns(framed, language)
        check_finder(framed, language, dt.date(2025, 12, 18))


def test_gates_refuse_key_words_no_match_can_hold() -> None:
    """Not vacuous: the day-month pattern's gate refuses a month with no day before it."""
    day_month = next(p for p in dates._PATTERNS["en"] if "d3" in p.regex.groupindex)
    assert day_month.gate is not None
    text = "In May, 5 May."
    spans = _KeyWords(text).spans(day_month.key)
    assert [day_month.gate.admits(text, *span) for span in spans] == [False, True]
