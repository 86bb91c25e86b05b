"""Session 20's cheaper paths in the page reader give what the plain readings give: the lines' white
space collapsed in the walk, the headline compared folded, the copyright line sought behind a scan."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree

from pipeline.parse import ParseError
from pipeline.parse.blocks import page_text
from pipeline.parse.decode import decode_bytes
from pipeline.parse.html import (
    _copyright_marks,
    _copyright_pattern,
    _drop_noise,
    _fold,
    _lines_with_copyright_marks,
    _same_folded,
    _tree,
)

from .test_properties import broken_html

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_COLLAPSED = re.compile(r"[ \t\r\n\f\v]{2,}|[\t\r\n\f\v]")
# White space the walk collapses, white space it keeps (&nbsp;, U+3000), and what `re.IGNORECASE` folds onto Latin.
_SPACES = [" ", "  ", "\n", "\t", " \r\n ", "\f", "\v", "\xa0", "\u3000", "\u017f", "\u0131", "\u0130", "\u212a"]


def _lines_of(markup: str) -> list:
    try:
        root = _tree(markup)
    except ParseError:
        return []
    _drop_noise(root)
    body = root.find("body")
    return page_text(body if body is not None else root).lines


_SPACED_MARKUP = st.lists(
    st.sampled_from(
        ["<p>", "</p>", "<a href='/'>", "</a>", "<br>", "<div>", "</div>", "Nanchang", "大学", ",", *_SPACES]
    )
).map("".join)


@SETTINGS
@given(broken_html() | _SPACED_MARKUP)
@example("<p>East  China\n\tUniversity <a>of\r\n Technology</a>\f\v signed</p>")
def test_page_lines_hold_no_white_space_left_to_collapse(markup: str) -> None:
    for line in _lines_of(markup):
        assert _COLLAPSED.search(line.text) is None
        assert line.text == line.text.strip(" \t\r\n\f\v")
        assert 0 <= line.link_chars <= len(line.text)


def test_fixture_lines_hold_no_white_space_left_to_collapse(fixtures: Path) -> None:
    for page in sorted(fixtures.glob("*.html")):
        root = _tree(decode_bytes(page.read_bytes())[0])
        for line in page_text(root).lines:
            assert _COLLAPSED.search(line.text) is None


_FOLDABLE = st.lists(st.sampled_from(["Nanchang", "UNIVERSITY", "大学", "-", " ", "，", "ß", "SS", "_", *_SPACES]))


@SETTINGS
@given(_FOLDABLE.map("".join), _FOLDABLE.map("".join), _FOLDABLE.map("".join))
@example("Nanchang University signs", "NANCHANG-university", " signs")
@example("STRASSE", "straße", "")
def test_same_folded_is_the_comparison_of_the_foldings(headline: str, start: str, rest: str) -> None:
    for text in (start + rest, headline + rest, headline, start):
        assert _same_folded(text, headline) == (_fold(text) == _fold(headline))


_FOOTER_PIECES = st.sampled_from(
    [
        *_copyright_marks(),
        "COPYRIGHT",
        "cOpYrIgHt",
        "(C)",
        "Copyri\u0131ght",
        "COPYR\u0130GHT",
        "版权",
        "Nanchang",
        "2026",
    ]
)


@SETTINGS
@given(st.lists(st.lists(_FOOTER_PIECES | st.sampled_from(_SPACES)).map("".join), max_size=12))
def test_copyright_scan_keeps_every_line_the_pattern_matches(texts: list[str]) -> None:
    kept = set(_lines_with_copyright_marks(texts))
    pattern = _copyright_pattern()
    assert {index for index, text in enumerate(texts) if pattern.search(text)} <= kept


def test_copyright_scan_keeps_every_fixture_line_the_pattern_matches(fixtures: Path) -> None:
    pattern = _copyright_pattern()
    for page in sorted(fixtures.glob("*.html")):
        root = _tree(decode_bytes(page.read_bytes())[0])
        texts = [line.text for line in page_text(root).lines]
        matched = {index for index, text in enumerate(texts) if pattern.search(text)}
        assert matched <= set(_lines_with_copyright_marks(texts))


def test_a_page_element_tree_is_walked_in_document_order() -> None:
    root = etree.fromstring("<div><p>one</p><div><p>two</p><p>three</p></div><p>four</p></div>")
    assert [line.text for line in page_text(root).lines] == ["one", "two", "three", "four"]
