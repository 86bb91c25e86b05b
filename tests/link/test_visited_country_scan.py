"""The page's country scan (`countries._Scan`) reads, at every step, what the regexes it was first
written with read (hypothesis): in Chinese, `finditer` of the names' alternation (longest first)
between where it stopped and the position asked; in English, every capitalised word there
(`_LATIN_WORD.finditer`) looked up as a name's first word. The scan now looks only where an
Aho-Corasick pass finds a name (Chinese) or a first word (English); the same names must be read,
whatever positions are asked in turn (a name cut by a position is read cut)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.link.countries import _LATIN_WORD, _codes, _ends_word, _longest_at, _names_by_start, _Scan


class _RegexScan:
    """`_Scan` as first written: one regex over the part read."""

    def __init__(self, text: str, language: str) -> None:
        self.text, self.language = text, language
        self.found: list[tuple[int, str]] = []
        self.read_to = 0

    def upto(self, position: int) -> list[tuple[int, str]]:
        if position > self.read_to:
            if self.language == "zh":
                codes = _codes("zh")
                names = sorted(codes, key=len, reverse=True)
                pattern = re.compile("|".join(re.escape(name) for name in names))
                for name in pattern.finditer(self.text, self.read_to, position):
                    if codes[name.group(0)]:
                        self.found.append((name.start(), codes[name.group(0)]))
                    self.read_to = name.end()
            else:
                index = _names_by_start("en")
                for word in _LATIN_WORD.finditer(self.text, self.read_to, position):
                    names = index.get(word.group(0).rstrip("."))
                    if names is None or word.start() < self.read_to:
                        continue
                    size, code = _longest_at(self.text, word.start(), names)
                    if size and _ends_word(self.text, word.start() + size):
                        self.read_to = word.start() + size
                        if code:
                            self.found.append((word.start(), code))
            self.read_to = max(self.read_to, position)
        return self.found


def _names(language: str) -> list[str]:
    names = sorted(_codes(language))
    return names[::5] + [n for n in names if " " in n or "." in n or n[:1].islower()][:40]


# Names whole, cut short or run on, and what may stand around them: word characters and dots that
# make one word with them ("McKorea", "Korea.Japan", "U.S."), capitals, spaces, punctuation.
_GLUE = ["", "", " ", " ", "  ", ".", "..", "-", ",", "'s", "(", ")", "\n", "Mc", "x", "X", "_", "3", "é", "Ö", "的"]


def _pieces(language: str) -> st.SearchStrategy[str]:
    names = _names(language)
    return st.one_of(
        st.sampled_from(names),
        st.sampled_from(names).map(lambda n: n[: max(1, len(n) - 1)]),
        st.sampled_from(names).map(lambda n: n + "n"),
        st.sampled_from(_GLUE),
        st.sampled_from(["the", "The", "South", "New", "St.", "Hong Kong", "中国", "香港", "访问", "大学"]),
    )


@st.composite
def _pages(draw: st.DrawFn, language: str) -> tuple[str, list[int]]:
    text = "".join(draw(st.lists(_pieces(language), max_size=30)))
    positions = draw(st.lists(st.integers(0, len(text) + 2), max_size=6))
    return text, positions


@settings(max_examples=400, deadline=None)
@given(page=_pages("en"))
def test_english_scan_reads_the_words_the_regex_read(page: tuple[str, list[int]]):
    _same_reads(*page, "en")


@settings(max_examples=400, deadline=None)
@given(page=_pages("zh"))
def test_chinese_scan_reads_the_names_the_alternation_read(page: tuple[str, list[int]]):
    _same_reads(*page, "zh")


def _same_reads(text: str, positions: list[int], language: str) -> None:
    scan, regex = _Scan(text, language), _RegexScan(text, language)
    for position in [*positions, len(text)]:
        assert scan.upto(position) == regex.upto(position)
        assert scan.read_to == regex.read_to


def test_a_word_run_on_from_a_capital_is_no_name():
    """ "McKorea" is one word, "Korea" no name of it; "xKorea" starts a word at its capital."""
    for text, found in (("McKorea and more", []), ("xKorea and more", [(1, "KR")]), ("Korea.Japan", [])):
        assert _Scan(text, "en").upto(len(text)) == found
