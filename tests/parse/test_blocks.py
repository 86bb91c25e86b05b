"""Page lines and the main-block scores `page_text` works out in its one walk."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from lxml import etree

from pipeline.parse import ParseError
from pipeline.parse.blocks import BLOCK_TAGS, PageText, line_weight, page_text
from pipeline.parse.decode import decode_bytes
from pipeline.parse.html import _drop_noise, _tree

from .test_properties import broken_html


def _scores_by_definition(page: PageText) -> dict[etree._Element, float]:
    """Each line's weight to its owner, the owner's parent and half to the grandparent."""
    scores: dict[etree._Element, float] = {}
    for line in page.lines:
        weight = line_weight(line.text, line.link_chars)
        element = line.owner
        for share in (1.0, 1.0, 0.5) if weight else ():
            if element is None:
                break
            scores[element] = scores.get(element, 0.0) + weight * share
            element = element.getparent()
    return scores


def _held_by_definition(page: PageText, element: etree._Element) -> tuple[int, int]:
    """Characters and link characters of the lines owned by the element or inside it."""
    inside = set(element.iter())
    owned = [line for line in page.lines if line.owner in inside]
    return sum(len(line.text) for line in owned), sum(line.link_chars for line in owned)


def _pages(fixtures: Path) -> list[etree._Element]:
    roots = []
    for page in sorted(fixtures.glob("*.html")):
        root = _tree(decode_bytes(page.read_bytes())[0])
        _drop_noise(root)
        roots += [root.find("body"), *root.findall(".//div")[:3]]  # subtrees too: their parents score
    return roots


def test_scores_are_each_lines_weight_to_its_block_and_two_ancestors(fixtures: Path) -> None:
    for root in _pages(fixtures):
        page = page_text(root)
        expected = _scores_by_definition(page)
        assert list(page.scores) == list(expected)  # the same order: of equal scores the first wins
        assert page.scores == pytest.approx(expected)


def test_held_counts_the_lines_inside_each_scored_element(fixtures: Path) -> None:
    for root in _pages(fixtures):
        page = page_text(root)
        walked = set(root.iter())
        for element in page.scores:
            if element in walked:
                assert page.held[element] == _held_by_definition(page, element)


def test_an_inline_parent_of_a_block_is_scored_and_links_count_against_it() -> None:
    sentence = "南昌大学与英国伯明翰大学签署合作协议，双方将联合培养研究生。"
    html = (
        f"<html><body><span class='wrap'><div><p>{sentence}</p>"
        "<p><a href='/a'>首页</a> <a href='/b'>新闻</a></p></div></span></body></html>"
    )
    body = etree.fromstring(html, etree.HTMLParser()).find("body")
    page = page_text(body)
    span = body.find("span")
    assert [line.text for line in page.lines] == [sentence, "首页 新闻"]
    assert page.lines[1].link_chars == 4  # the space between the links is not link text
    assert span in page.scores  # the grandparent of the first paragraph
    assert page.held[span] == (len(sentence) + 5, 4)


def _lines_inside_by_definition(page: PageText, element: etree._Element) -> list:
    inside = set(element.iter())
    return [line for line in page.lines if line.owner in inside]


def _assert_lines_inside_are_the_owned_lines(root: etree._Element) -> None:
    page = page_text(root)
    walked = set(root.iter())
    for element in [*page.scores, *walked]:  # scored ones (by the walk's count) and the rest
        assert page.lines_inside(element) == _lines_inside_by_definition(page, element)


def test_lines_inside_an_element_are_the_lines_it_owns_or_holds(fixtures: Path) -> None:
    for root in _pages(fixtures):
        _assert_lines_inside_are_the_owned_lines(root)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(broken_html())
@example("<div><span>a<p>b</p>c<p>d</p></span>e</div><td>f<br>g</td>")  # an inline element holding blocks
def test_lines_inside_an_element_are_the_lines_it_owns_on_any_markup(markup: str) -> None:
    if (body := _cleaned_body(markup)) is not None:
        _assert_lines_inside_are_the_owned_lines(body)


def _lines_by_events(root: etree._Element) -> list[tuple[str, etree._Element, int]]:
    """The lines as a plain event walk reads them (text, owner, link characters): a block or
    <br> ends the line before it, a block also the line inside it; link text is what lies
    inside <a>, each piece collapsed and stripped."""
    lines: list[tuple[str, etree._Element, int]] = []
    parts: list[str] = []
    links = 0
    owners: list[etree._Element] = []  # the open blocks
    link_depth = 0

    def flush() -> None:
        nonlocal links
        text = re.sub(r"[ \t\r\n\f\v]+", " ", "".join(parts)).strip(" ")
        if text and owners:
            lines.append((text, owners[-1], min(links, len(text))))
        parts.clear()
        links = 0

    def add(piece: str | None) -> None:
        nonlocal links
        if piece:
            parts.append(piece)
            if link_depth:
                links += len(re.sub(r"[ \t\r\n\f\v]+", " ", piece).strip())

    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        block = tag in BLOCK_TAGS
        if event == "start":
            if block or tag == "br":
                flush()
            owners += [element] if block else []
            link_depth += tag == "a"
            add(element.text if tag else None)
        else:
            if block:
                flush()
                owners.pop()
            link_depth -= tag == "a"
            add(element.tail)
    flush()
    return lines


def _assert_lines_are_the_event_walks(root: etree._Element) -> None:
    page = page_text(root)
    assert [(line.text, line.owner, line.link_chars) for line in page.lines] == _lines_by_events(root)
    assert [line.index for line in page.lines] == list(range(len(page.lines)))


def test_lines_are_those_of_a_plain_event_walk(fixtures: Path) -> None:
    for root in _pages(fixtures):
        _assert_lines_are_the_event_walks(root)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(broken_html())
@example("<div>\n  <a href='/a'>x</a>\n  <a href='/b'> y </a>\n</div>\n<p>\xa0</p>  <span> </span>z")  # indentation
@example("<a href='/a'>x<p> t  u </p> v<br>w</a>tail<p></p><p>\n</p>")  # blocks inside a link, empty blocks
def test_lines_are_those_of_a_plain_event_walk_on_any_markup(markup: str) -> None:
    if (body := _cleaned_body(markup)) is not None:
        _assert_lines_are_the_event_walks(body)


def _cleaned_body(markup: str) -> etree._Element | None:
    """The body of a page holding `markup`, noise dropped as the parser drops it; None when lxml
    cannot read it at all."""
    try:
        root = _tree(f"<html><body>{markup}</body></html>")
    except ParseError:
        return None
    _drop_noise(root)
    body = root.find("body")
    return body if body is not None else root


def test_page_text_leaves_no_reference_cycle():
    """A page's walk is freed when its PageText is (by reference counting), not at the collector's
    next pass: compiled, closures that call each other share one scope object that holds them, a
    cycle that kept each page's lines, scores and so its whole tree alive until then."""
    import gc

    root = etree.fromstring(
        "<html><body><div><p>One, <a href='/'>two</a>.</p><ul><li>Three</li><li>Four</li></ul>"
        "<div><p>Five<br/>six</p></div></div></body></html>",
        etree.HTMLParser(),
    )
    body = root.find("body")
    enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        page = page_text(body)
        assert page.lines  # the walk ran
        del page
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()
