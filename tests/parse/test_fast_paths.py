"""Where the page reader takes a cheaper path (work done in C), it must give what the
plain Python way gives, on the fixture pages and on broken markup."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from pipeline.parse import ParseError
from pipeline.parse.blocks import _collapse_spaces, line_weight
from pipeline.parse.chrome import _read_chrome
from pipeline.parse.decode import _common_table, _commonness, _decode_by_stretches, _is_common
from pipeline.parse.generic import html_hints
from pipeline.parse.html import (
    _chinese_share,
    _drop_noise,
    _element_text,
    _script_counts,
    _tree,
    parse_html,
)
from pipeline.parse.text import _INDENT, clean_line

from .test_properties import broken_html

# Scripts, with a lone surrogate, a Kelvin sign, a character past U+FFFF and the ranges' ends.
_SCRIPTS = ["江西", "Sarah", "，", "１", "\ufa00", "\ud800", "\u212a", "𠀀", "\u3400\u33ff\u9fff\ua000\ufaff", "@Z[`z{"]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _dropped_by_hand(root: etree._Element) -> None:
    """Each noise element removed in document order, its tail joining the text before it."""
    for element in list(root.iter(*html_hints().drop_tags)):
        parent = element.getparent()
        if parent is None:
            continue
        if element.tail:
            previous = element.getprevious()
            if previous is None:
                parent.text = (parent.text or "") + element.tail
            else:
                previous.tail = (previous.tail or "") + element.tail
        parent.remove(element)


def _text_by_hand(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _trees(markup: str) -> tuple[etree._Element, etree._Element] | None:
    try:
        return _tree(markup), _tree(markup)
    except ParseError:
        return None


def _assert_same(markup: str) -> None:
    trees = _trees(markup)
    if trees is None:
        return
    fast, slow = trees
    for element in fast.iter():
        if isinstance(element.tag, str):
            assert _element_text(element) == _text_by_hand(element).strip()
    _drop_noise(fast)
    _dropped_by_hand(slow)
    assert etree.tostring(fast, encoding="unicode") == etree.tostring(slow, encoding="unicode")


def test_fast_paths_agree_on_the_fixture_pages(fixtures: Path) -> None:
    pages = sorted(fixtures.glob("*.html"))
    assert pages
    for page in pages:
        _assert_same(page.read_bytes().decode("utf-8", errors="replace"))


@SETTINGS
@given(broken_html())
def test_fast_paths_agree_on_broken_markup(markup: str) -> None:
    _assert_same(markup)


# White space of every kind a line may hold (indentation, &nbsp;, breaks), controls and words.
_SPACED = [" ", "  ", "\t", "\n", "\r", "\f", "\v", "\u3000", "\xa0", "\u200b", "\u2003", "\x01", "\x1f", "\x7f"]
_SPACED += ["江西", "a", "，"]
_SPACED_TEXT = st.text(max_size=40) | st.lists(st.sampled_from(_SPACED), max_size=14).map("".join)


@SETTINGS
@given(_SPACED_TEXT)
def test_clean_line_is_the_plain_cleaning(line: str) -> None:
    plain = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", line).strip(_INDENT).replace("\xa0", " ")
    assert clean_line(line) == plain


@SETTINGS
@given(_SPACED_TEXT)
def test_collapsed_spaces_are_the_regex_substitution(text: str) -> None:
    assert _collapse_spaces(text) == re.sub(r"[ \t\r\n\f\v]+", " ", text)


_MARKED_TEXT = st.lists(st.sampled_from([*_SCRIPTS, "，。、", "；：,", ".;:", "！？!?"])).map("".join)


@SETTINGS
@given(st.text(max_size=60) | _MARKED_TEXT, st.integers(0, 70))
def test_line_weight_counts_the_marks_as_the_regex_does(text: str, link_chars: int) -> None:
    marks = len(re.findall("[，。、；：,.;:！？!?]", text))
    expected = 0.0 if link_chars / max(len(text), 1) > 0.5 else len(text) - link_chars + 5.0 * marks
    assert line_weight(text, link_chars) == expected


@SETTINGS
@given(st.text(max_size=60) | st.lists(st.sampled_from(_SCRIPTS)).map("".join))
def test_script_counts_are_the_regex_counts(text: str) -> None:
    chinese = sum(map(len, re.findall(r"[\u3400-\u9fff\uf900-\ufaff]+", text)))
    latin = sum(map(len, re.findall(r"[A-Za-z]+", text)))
    assert _script_counts(text) == (chinese, latin)


@SETTINGS
@given(st.text(max_size=60) | st.lists(st.sampled_from([*_SCRIPTS, "a", "㏿", "ﬀ"])).map("".join))
def test_chinese_share_is_the_share_of_the_counts(text: str) -> None:
    chinese = len(re.findall(r"[\u3400-\u9fff\uf900-\ufaff]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    assert _chinese_share(text) == chinese / max(chinese + latin, 1)


_COMMONNESS_PIECES = ["江西", "師範", "\u4e28", "\u9fa5", "\ufa0e", "a", "，", "\ud800", "𠀀"]


@SETTINGS
@given(st.lists(st.sampled_from(_COMMONNESS_PIECES), max_size=40))
def test_commonness_is_the_share_of_common_characters(pieces: list[str]) -> None:
    text = "".join(pieces)
    chinese = re.findall(r"[\u3400-\u9fff\uf900-\ufaff]", text)
    for codec in ("gb18030", "big5hkscs"):
        expected = sum(_is_common(char, codec) for char in chinese) / len(chinese) if chinese else 1.0
        assert _commonness(text, codec) == expected


@pytest.mark.parametrize("codec", ["gb18030", "big5hkscs"])
def test_common_table_is_is_common_of_every_cjk_code_point(codec: str) -> None:
    """The table is made from the level's byte pairs decoded: it must hold exactly the
    code points `_is_common` says yes to, encoding each."""
    table = _common_table(codec)
    for low, high in ((0x3400, 0x9FFF), (0xF900, 0xFAFF)):
        expected = np.array([_is_common(chr(code), codec) for code in range(low, high + 1)])
        assert np.array_equal(table[low : high + 1], expected)
    assert not table[: 0x3400].any() and not table[0xA000:0xF900].any()


def _whole(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _by_stretches(data: bytes, codec: str) -> str | None:
    try:
        return _decode_by_stretches(data, codec)
    except UnicodeDecodeError:
        return None


_CHINESE = "南昌大学与英国伯明翰大学签署合作協議，€𠀀\u3000ｘ"  # simplified, traditional, 4-byte GB18030
_MARKUP = st.sampled_from(["<", ">", "<p>", "</a>", "x" * 300, " ", "\n", "@", "0"])


@st.composite
def _chinese_pages(draw: st.DrawFn) -> bytes:
    """Markup, Chinese in both codecs (so each read wrongly too), and stray bytes."""
    pieces = []
    for _ in range(draw(st.integers(0, 25))):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            pieces.append(draw(_MARKUP).encode())
        elif kind in (1, 2):
            text = draw(st.text(alphabet=_CHINESE, max_size=12))
            pieces.append(text.encode("gb18030" if kind == 1 else "big5hkscs", errors="ignore"))
        else:
            pieces.append(draw(st.binary(max_size=4)))
    return b"".join(pieces)


@SETTINGS
@given(_chinese_pages(), st.sampled_from(["gb18030", "big5hkscs"]))
def test_decoding_by_stretches_is_decoding_whole(data: bytes, codec: str) -> None:
    assert _by_stretches(data, codec) == _whole(data, codec)


def _read_or_refusal(page: Path) -> object:
    try:
        return parse_html(page.read_bytes(), origin=page.name)
    except ParseError as error:
        return str(error)


def test_chrome_readings_kept_across_pages_change_no_page(fixtures: Path) -> None:
    """A page read with the readings other pages left (shared objects) is read as alone:
    nothing downstream changes a kept reading."""
    pages = sorted(fixtures.glob("*.html"))
    alone = []
    for page in pages:
        _read_chrome.cache_clear()
        alone.append(_read_or_refusal(page))
    assert [_read_or_refusal(page) for page in pages * 2] == alone * 2
    assert _read_chrome.cache_info().hits


def _page(*lines: str) -> bytes:
    paragraph = "<p>南昌大学与英国伯明翰大学签署合作协议，双方将联合培养研究生，首批学生明年入学。</p>"
    body = "".join(f"<p>{line}</p>" for line in lines)
    return f"<html><body><h1>南昌大学签署合作协议</h1><div>{body}{paragraph * 3}</div></body></html>".encode()


def test_a_chrome_line_two_pages_share_is_read_for_each_as_alone() -> None:
    first = _page("责任编辑：张三", "2025-03-02 09:15", "来源：江西日报")
    second = _page("来源：江西日报", "2024-11-18 10:00")
    _read_chrome.cache_clear()
    alone = parse_html(second)
    parse_html(first)
    assert parse_html(second) == alone
    assert alone.editor is None and alone.credited_source == "江西日报"
