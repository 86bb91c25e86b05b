"""Each date pattern runs only near its key words; it must find exactly what it finds in the whole text."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dates import _PATTERNS, _SHARED_WORDS, _KeyWords, _matches, fold_width

FIXTURES = Path(__file__).parent / "fixtures"
BULLETINS = Path(__file__).parents[2] / "corpus" / "bulletins"

# Pieces that make dates, near-dates and the characters lower case treats specially.
PIECES = [
    "May",
    "MAY",
    "Wednesday",
    " 18",
    "th",
    ", 2025",
    "2025",
    "-",
    "/",
    ".",
    "11",
    "月",
    "日",
    "年",
    "至",
    "星期",
    "周三",
    "the next day",
    "THE  FOLLOWING DAY",
    "Yesterday",
    "on ",
    "the ",
    " ",
    "   ",
    "\n",
    "Nov.",
    "Sept",
    "of ",
    "二〇二五",
    "十一",
    "次日",
    "上个月",
    "号",
    "、",
    "30",
    "(Xinhua)",
    "mid-",
    "上旬",
    "through ",
    "（",
    "）",
    "下午",
    "\u017f",
    "\u212a",
    "\u0130",
    "yeſterday",
    "19",
    "20",
    "1",
    "st",
    "rd",
    "\u0663",  # ARABIC-INDIC DIGIT THREE, a digit to `\d`
    "\uff12",  # FULLWIDTH DIGIT TWO, folded to 2
    "\U0001d7d8",  # MATHEMATICAL DOUBLE-STRUCK DIGIT ZERO
]


def full_and_keyed(text: str, language: str) -> None:
    scan = fold_width(text)
    keys = _KeyWords(scan, _SHARED_WORDS[language])
    for pattern in _PATTERNS[language]:
        expected = [m.span() for m in pattern.regex.finditer(scan)]
        assert [m.span() for m in _matches(pattern, scan, keys)] == expected, pattern.regex.pattern


def corpus_texts() -> list[Path]:
    """The corpus's bulletins, as text and as whole HTML pages (digits, names and markup)."""
    return sorted(BULLETINS.rglob("*.txt")) + sorted(BULLETINS.rglob("*.html")) + sorted(FIXTURES.glob("*.txt"))


def test_every_pattern_has_a_key_and_a_bounded_reach() -> None:
    for patterns in (_PATTERNS["en"], _PATTERNS["zh"]):  # (each made when first asked for)
        for pattern in patterns:
            assert pattern.key is not None and 0 <= pattern.lead <= pattern.reach


@pytest.mark.parametrize("language", ["en", "zh"])
def test_keyed_search_finds_what_a_whole_text_search_finds_in_real_bulletins(language: str) -> None:
    paths = corpus_texts()
    assert paths
    for path in paths:
        full_and_keyed(path.read_bytes().decode("utf-8", errors="replace"), language)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join), st.sampled_from(["en", "zh"]))
def test_keyed_search_finds_what_a_whole_text_search_finds(text: str, language: str) -> None:
    full_and_keyed(text, language)


def _rule_word_pieces() -> list[str]:
    """Every rule word as written, in capitals and cut short, so key words touch and overlap."""
    from pipeline.dates import EN_RULES, ZH_RULES

    words = {w for rules in (EN_RULES, ZH_RULES) for pairs in rules.values() for w, _ in pairs}
    return sorted({form for w in words for form in (w, w.upper(), w.capitalize(), w[:3], w[1:])} - {""})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES + _rule_word_pieces()), max_size=30).map("".join),
    st.sampled_from(["en", "zh"]),
)
def test_key_words_found_in_one_pass_are_the_key_regex_matches(text: str, language: str) -> None:
    import dataclasses

    scan = fold_width(text)
    keys = [p.key for p in _PATTERNS[language] if p.key is not None and p.key.words is not None]
    assert keys
    found, together, by_regex = _KeyWords(scan), _KeyWords(scan, _SHARED_WORDS[language]), _KeyWords(scan)
    for key in keys:
        expected = by_regex.spans(dataclasses.replace(key, words=None))
        assert found.spans(key) == expected, key.regex.pattern
        assert together.spans(key) == expected, key.regex.pattern  # the plain-word keys in one pass


def test_non_ascii_digits_are_every_digit_the_regex_reads_beyond_ascii() -> None:
    from pipeline.dates import NON_ASCII_DIGITS

    everything = map(chr, range(0x80, sys.maxunicode + 1))
    assert "".join(c for c in everything if re.fullmatch(r"\d", c)) == NON_ASCII_DIGITS


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize(
    "text",
    [
        "On 20\u0663\u0663-5-6 and the \u0663rd",
        "19\U0001d7d8\u0663年5月 2025",
        "2025 and 20\uff12\uff15 and 1\u0663th",
        "20\u0663",
    ],
)
def test_a_non_ascii_digit_sends_the_spelled_keys_of_the_one_pass_to_their_regex(text: str, language: str) -> None:
    """The spelled keys (years, ordinals) found in the shared pass are their regex's matches, also
    where a digit beyond ASCII makes one ("20٣٣", "٣rd")."""
    scan = fold_width(text)
    shared = _SHARED_WORDS[language]
    spelled = [key for key in shared.keys if key.spelled is not None]
    assert spelled
    together = _KeyWords(scan, shared)
    for key in spelled:
        assert together.spans(key) == [m.span() for m in key.regex.finditer(scan)], key.regex.pattern


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES + _rule_word_pieces()), max_size=30).map("".join))
def test_case_blind_keys_searched_near_their_pieces_are_the_whole_text_search(text: str) -> None:
    """A case-blind key ("yesterday", "the next day") searched only near a piece of its words, in
    every case, finds what its case-insensitive regex finds in the whole text, and (where lower
    case keeps every offset) what its regex finds in the lower-cased text."""
    import dataclasses

    from pipeline.dates import FOLDS_TO_ASCII

    scan = fold_width(text)
    keys = list(dict.fromkeys(p.key for p in _PATTERNS["en"] if p.key is not None and p.key.fold))
    assert keys and all(key.near is not None for key in keys)
    alone, together = _KeyWords(scan), _KeyWords(scan, _SHARED_WORDS["en"])
    for key in keys:
        expected = [m.span() for m in key.caseless.finditer(scan)]
        assert alone.spans(key) == expected, key.regex.pattern
        assert together.spans(key) == expected, key.regex.pattern
        if len(scan.lower()) == len(scan) and not any(c in scan for c in FOLDS_TO_ASCII):
            assert [m.span() for m in key.regex.finditer(scan.lower())] == expected
        whole = _KeyWords(scan).spans(dataclasses.replace(key, near=None, words=None))
        assert whole == expected


def test_case_blind_keys_are_found_in_any_case() -> None:
    keys = list(dict.fromkeys(p.key for p in _PATTERNS["en"] if p.key is not None and p.key.fold))
    text = "YeSTerday, tomorroW and THE  Next\tday, the \u017fame day, ye\u017fterday; not 'yester day'."
    found = _KeyWords(text, _SHARED_WORDS["en"])
    assert {text[a:b] for key in keys for a, b in found.spans(key)} == {
        "YeSTerday",
        "tomorroW",
        "ye\u017fterday",
        "THE  Next\tday",
        "the \u017fame day",
    }


# Regexes whose first characters are told in the ways `_starts` reads them: lookarounds, groups and
# repeats that can be empty, branches with an empty one, categories; and some it refuses.
START_REGEXES = [
    r"(?<![\d一])(?:(?:19|20)\d\d年)?\d{1,2}月",
    r"(?:x|)\dy",
    r"(?=a)\w{2}",
    r"\b(?:the\s)?\d+(?:st|th)",
    r"[a-c]*d|e",
    r"[^a]b",
    r"(?i:ab)c",
    r"(?:ab|)?c?d",
]
START_PIECES = [
    "a",
    "b",
    "c",
    "d",
    "e",
    "x",
    "y",
    "1",
    "19",
    "2025",
    "年",
    "一",
    "12",
    "月",
    "the ",
    "st",
    "th",
    "A",
    " ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(START_PIECES), max_size=25).map("".join), st.sampled_from(START_REGEXES))
def test_a_regex_tried_only_where_a_match_can_begin_finds_what_its_search_finds(text: str, regex: str) -> None:
    import re._parser

    from pipeline.dates import _find_in_stretch, _Pattern, _starts

    compiled = re.compile(regex)
    pattern = _Pattern(compiled, lambda m, p: None, starts=_starts(re._parser.parse(regex), compiled.flags))
    for position in (0, 1, 3):
        expected = [m.span() for m in compiled.finditer(text, position, len(text))]
        found: list[re.Match[str]] = []
        _find_in_stretch(pattern, text, position, len(text), found, position)
        assert [m.span() for m in found] == expected


def test_the_characters_a_match_begins_with() -> None:
    import re._parser

    from pipeline.dates import _starts

    def starts(regex: str) -> str | None:
        found = _starts(re._parser.parse(regex), re.compile(regex).flags)
        return found.pattern if found else None

    assert starts(r"(?<![\d一])(?:(?:19|20)\d\d年)?\d{1,2}月") == r"[12\d]"
    assert starts(r"(?:x|)\dy") == r"[x\d]"
    assert starts(r"[a-c]*d|e") == "[a-cde]"
    assert starts(r"[^a]b") is None and starts(r"(?i:ab)c") is None and starts(r"a?") is None
