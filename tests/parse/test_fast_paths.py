"""Where the page reader takes a cheaper path (work done in C), it must give what the
plain Python way gives, on the fixture pages and on broken markup."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from lxml import etree

from pipeline.parse import ParseError
from pipeline.parse.generic import html_hints
from pipeline.parse.html import _drop_noise, _element_text, _tree

from .test_properties import broken_html

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
