"""An HTML tree as the lines a reader sees: block elements and <br> break lines,
inline elements flow together. Each line remembers the block that owns it and how
much of it is link text, which is what the main-text heuristics work on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "caption",
    }
)
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


@dataclass(frozen=True, slots=True)
class Line:
    text: str  # whitespace collapsed as a browser shows it; indentation still there
    owner: etree._Element  # the innermost block element holding the line
    link_chars: int  # characters of the line inside <a> elements
    index: int  # position among the page's lines

    @property
    def link_density(self) -> float:
        return self.link_chars / max(len(self.text), 1)


@dataclass(frozen=True, slots=True)
class PageText:
    lines: list[Line]
    # element -> (characters, link characters) of the lines inside it, for the elements
    # that hold any: what the main-block scoring weighs each element by.
    held: dict[etree._Element, tuple[int, int]]


def page_lines(root: etree._Element) -> list[Line]:
    """The non-blank lines under `root`, in document order."""
    return page_text(root).lines


def page_text(root: etree._Element) -> PageText:
    """The lines under `root`, and how much of them each element holds.

    One pass over the tree (this runs on every element of every page): a block
    element or <br> ends the line before it, a block also the line inside it, and
    text inside <a> counts as link text of the line it joins. A line counts for every
    element open when it ends: it is added to the innermost one, whose sums go to its
    parent when it closes.
    """
    lines: list[Line] = []
    held: dict[etree._Element, tuple[int, int]] = {}
    parts: list[str] = []  # the current line's pieces of text
    blocks: list[etree._Element] = []  # the open block elements, innermost last
    open_sums: list[list[int]] = []  # per open element: characters, link characters
    link_chars = 0
    link_depth = 0

    def flush() -> None:
        nonlocal link_chars
        if parts:
            text = _collapse_spaces("".join(parts)).strip(" ")
            if text and blocks:
                line = Line(text, blocks[-1], min(link_chars, len(text)), len(lines))
                lines.append(line)
                open_sums[-1][0] += len(text)
                open_sums[-1][1] += line.link_chars
            parts.clear()
        link_chars = 0

    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        block = tag in BLOCK_TAGS
        if event == "start":
            if block or tag == "br":
                flush()
            if block:
                blocks.append(element)
            if tag == "a":
                link_depth += 1
            open_sums.append([0, 0])
            piece = element.text if tag else None
        else:
            if block:
                flush()
                if blocks and blocks[-1] is element:
                    blocks.pop()
            if tag == "a":
                link_depth -= 1
            chars, links = open_sums.pop()
            if chars or links:
                held[element] = (chars, links)
                if open_sums:
                    open_sums[-1][0] += chars
                    open_sums[-1][1] += links
            piece = element.tail
        if piece:
            parts.append(piece)
            if link_depth > 0:
                link_chars += len(_collapse_spaces(piece).strip())
    flush()
    return PageText(lines, held)


def _collapse_spaces(text: str) -> str:
    """Runs of spaces, tabs and line breaks as one space, as a browser shows them."""
    if "  " not in text and text.isprintable():  # most pieces: nothing to collapse
        return text
    return _SPACES.sub(" ", text)
