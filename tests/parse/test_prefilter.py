"""The chrome prefilter tells prose lines in one pass; every line it turns away must read
exactly as the full reading (`read_line`, `read_byline`, `breadcrumb_of`) reads it."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.parse import chrome
from pipeline.parse.blocks import page_lines
from pipeline.parse.decode import decode_bytes
from pipeline.parse.html import _tree
from pipeline.parse.prefilter import Literals, Prefilter, is_anchored, literal_starts

# Pieces of chrome of every kind, and of prose, in both languages; glued at random they
# make lines that are read as each kind, and lines that only nearly are.
_PIECES = [
    *("来源", "编辑", "责任编辑", "作 者", "发布时间", "Source", "Edited by", "By", "Updated", "Time", "文", "图"),
    *(":", "：", "/", " ", "  ", "|", "｜", ">", "»", " / ", "->", "\u3000", "\xa0", "\x85", "\u2028", "\t"),
    *("当前位置", "You are here", "Location", "首页", "正文", "Home", "News"),
    *("打印", "【纠错】", "[打印本页]", "Print", "Share", "E-mail", "A+", "X", "分享到", "微信", "扫一扫", "字号"),
    *("Copyright", "©", "ICP备", "京ICP证", "版权所有", "Address: 1 Road Tel 1", "邮编：330000", "All Rights Reserved"),
    *("相关新闻", "Related:", "Next: x", "下一篇：", "Read More"),
    *("字号：大 中 小", "Font size: L M S", "【字体：大 中 小】", "Text size: A A A", "size"),
    *("2025-03-02 09:15", "2024年4月22日", "Dec 18, 2025", "02.04.2022", "3月4日", "2025", "10:21"),
    *("5 May 2025", "5th", "May", "02/04/2022", "6月16日，", "5", "打印", "20"),
    *("星期一", "Monday", "Tue", "(", ")", "（", "）", "[", "]", "【", "】", "·", "—", "_", ",", "，", ";", "\\"),
    *("ſ", "ı", "İ", "K", "SOURCE", "sOuRcE", "ＡＢ"),
    *("南昌大学", "与", "签署", "合作协议", "。", "！", "?", ".", "the", "University", "signed", "1", "42"),
    *("新闻", "教育", "国际", "交流", "动态"),
]

SETTINGS = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _full() -> chrome._Vocabulary:
    """The vocabulary without its prefilter: every line read in full."""
    return dataclasses.replace(chrome._vocabulary(), prefilter=None)


def _reading(line: str, vocab: chrome._Vocabulary) -> tuple:
    reading = chrome._read_line(line, vocab)
    byline = reading.byline
    return reading.kind, dataclasses.astuple(byline), reading.channel


def _assert_same(line: str) -> None:
    fast, full = chrome._vocabulary(), _full()
    assert fast.prefilter is not None
    assert _reading(line, fast) == _reading(line, full), line
    if not fast.prefilter.admits(line):  # turned away: nothing but text
        assert _reading(line, full)[0] is chrome.LineKind.TEXT, line
        assert chrome._read_byline(line, full) is None, line
        assert chrome._read_breadcrumb(line, full) is None, line


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=6)), min_size=1, max_size=8))
@example(["Resource: the new library opens on Monday"])
@example(["(", "来源", "：", "新华网", ")"])
@example(["来源", "：", "新华网", " "])
@example(["The", " ", "ſource", ":", " x"])
@example(["5", "打印", "May 2025"])  # a day, a fragment cut out, then its month
@example(["(", "2025-03-02 09:15", ")", "打印"])
def test_the_prefilter_turns_away_only_lines_read_as_text(pieces: list[str]) -> None:
    _assert_same("".join(pieces))


def test_the_prefilter_agrees_on_the_fixture_pages(fixtures: Path) -> None:
    lines = [chrome_line for page in sorted(fixtures.glob("*.html")) for chrome_line in _lines_of(page)]
    assert lines
    turned_away = 0
    for line in lines:
        _assert_same(line)
        turned_away += not chrome._vocabulary().prefilter.admits(line)
    assert turned_away  # it does turn prose away


def _lines_of(page: Path) -> list[str]:
    from pipeline.parse.text import clean_line

    return [clean_line(line.text) for line in page_lines(_tree(decode_bytes(page.read_bytes())[0]))]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("首页 > 新闻 > 正文", chrome.LineKind.BREADCRUMB),
        ("(来源：新华网)", chrome.LineKind.BYLINE),
        ("字号：大 中 小 来源：新华网", chrome.LineKind.BYLINE),
        ("Copyright © 2025 Jiangxi", chrome.LineKind.FOOTER),
        ("新闻 教育 国际 交流 动态", chrome.LineKind.CHROME),
        ("2025", chrome.LineKind.CHROME),
        ("相关新闻", chrome.LineKind.END),
    ],
)
def test_chrome_of_every_kind_passes_the_prefilter(line: str, kind: chrome.LineKind) -> None:
    assert chrome._vocabulary().prefilter.admits(line)
    assert chrome.read_line(line).kind is kind


@pytest.mark.parametrize(
    ("row", "starts"),
    [
        ("ICP\\s*[备證证]", {"ICP"}),
        ("(?:Postcode|邮编|邮政编码)\\s*[:：]\\s*\\d{6}", {"Postcode", "邮编", "邮政编码"}),
        ("All Rights Reserved", {"All Rights Reserved"}),
        ("ab?c", {"a"}),
        ("[ab]c", None),
        ("(?:x|\\d)", None),
        ("a*b", None),
    ],
)
def test_literal_starts(row: str, starts: set[str] | None) -> None:
    assert literal_starts(row) == starts


def test_anchored_rows() -> None:
    assert is_anchored("^(?:Address|地址)\\s*[:：]")
    assert not is_anchored("Address|^地址")


def test_a_literal_is_found_whatever_its_case() -> None:
    prefilter = Prefilter(opening=[], literals=["Copyright", "Source", "版权所有"])
    for line in ("COPYRIGHT 2025", "本站版权所有", "\u017fource: x", "x COPYR\u0130GHT"):
        assert re.search("copyright|source|版权所有", line, re.IGNORECASE), line
        assert prefilter.admits(line), line
    assert not prefilter.admits("copy right")


def test_a_literal_with_non_ascii_letter_case_is_refused() -> None:
    with pytest.raises(ValueError):
        Prefilter(opening=[], literals=["Straße"])


_CASED = ["Copyright", "ICP", "x", "\u0130", "\u212a", "ſ", "ı", "\u0307", "Ä", "ß", "ẞ"]
_CASED += ["»", "当前位置", " / ", "\ud800", "\n"]


@SETTINGS
@given(st.lists(st.sampled_from(_CASED), max_size=8).map("".join))
@example("COPYR\u0130GHT")  # str.lower: 'copyri̇ght', which holds no word but the dot
@example("\u212aey")  # the Kelvin sign lowers to 'k'
def test_a_line_holds_a_literal_as_str_lower_reads_it(line: str) -> None:
    """Lower-casing ASCII only (the line's UTF-8 bytes) finds a word wherever `str.lower`
    does, and elsewhere only in a line holding one of the two characters it lowers into ASCII."""
    words = ["copyright", "icp", "»", "当前位置", " / ", "ſ", "ı", "\u0307"]
    literals = Literals(["Copyright", "ICP", "»", "当前位置", " / "])
    as_str_lower = any(word in line.lower() for word in words)
    found = literals.in_line(line)
    assert found or not as_str_lower
    assert as_str_lower or not found or "\u0130" in line or "\u212a" in line
    if "\n" not in line:
        assert literals.lines_holding([line, line]) == ([0, 1] if found else [])


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=5).map("".join), max_size=12))
@example(["x İ x", "Copyright"])  # a letter lowered into two moves the later lines
def test_one_scan_of_many_lines_finds_the_lines_one_scan_each_finds(lines: list[str]) -> None:
    literals = Literals(["Copyright", "»", " / ", "当前位置", "Location", "ICP"])
    expected = [index for index, line in enumerate(lines) if literals.in_line(line)]
    assert literals.lines_holding(lines) == expected


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=5).map("".join), max_size=12))
def test_the_first_channel_is_the_first_breadcrumb(lines: list[str]) -> None:
    first = next((channel for channel in map(chrome.breadcrumb_of, lines) if channel), [])
    assert chrome.first_channel(lines) == first


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=6)), min_size=1, max_size=8).map("".join))
@example("【责任编辑:王晓震】")
@example("Edited\xa0by Li")
def test_a_line_without_a_label_word_holds_no_labelled_field(line: str) -> None:
    byline = chrome.read_byline(line)
    if not chrome.lines_with_labels([line]):
        assert byline is None or byline.bare, line


def test_lines_with_labels_are_found_among_others() -> None:
    lines = ["南昌大学与某大学签署协议", "【责任编辑:王晓震】", "2025-01-02", "SOURCE: Xinhua"]
    assert list(chrome.lines_with_labels(lines)) == [1, 3]


def _assert_read_together_as_alone(lines: list[str]) -> None:
    prefilter = chrome._vocabulary().prefilter
    assert prefilter.admitted(lines) == [prefilter.admits(line) for line in lines]
    assert chrome.read_lines(lines) == [chrome.read_line(line) for line in lines]
    assert chrome.LineReader().read_all(lines) == [chrome.read_line(line) for line in lines]


_LINE = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=6)), max_size=8).map("".join)


@SETTINGS
@given(st.lists(_LINE, max_size=12))
@example(["İ Source: x", "来源：新华网", "", "首页 > 新闻", "the University signed", "来源：新华网", "x\ny Copyright"])
def test_lines_read_together_read_as_each_alone(lines: list[str]) -> None:
    _assert_read_together_as_alone(lines)


def test_the_fixture_pages_lines_read_together_as_each_alone(fixtures: Path) -> None:
    for page in sorted(fixtures.glob("*.html")):
        _assert_read_together_as_alone([line for line in _lines_of(page) if line])
