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


def page_lines(root: etree._Element) -> list[Line]:
    """The non-blank lines under `root`, in document order."""
    builder = _LineBuilder()
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            builder.open(element, tag)
        else:
            builder.close(element, tag)
    builder.flush()
    return builder.lines


class _LineBuilder:
    def __init__(self) -> None:
        self.lines: list[Line] = []
        self._parts: list[str] = []
        self._link_chars = 0
        self._blocks: list[etree._Element] = []
        self._link_depth = 0

    def open(self, element: etree._Element, tag: str) -> None:
        if tag in BLOCK_TAGS or tag == "br":
            self.flush()
        if tag in BLOCK_TAGS:
            self._blocks.append(element)
        if tag == "a":
            self._link_depth += 1
        if element.text and tag:
            self._add(element.text)

    def close(self, element: etree._Element, tag: str) -> None:
        if tag in BLOCK_TAGS:
            self.flush()
            if self._blocks and self._blocks[-1] is element:
                self._blocks.pop()
        if tag == "a":
            self._link_depth -= 1
        if element.tail:
            self._add(element.tail)

    def _add(self, text: str) -> None:
        self._parts.append(text)
        if self._link_depth > 0:
            self._link_chars += len(_SPACES.sub(" ", text).strip())

    def flush(self) -> None:
        text = _SPACES.sub(" ", "".join(self._parts)).strip(" ")
        if text and self._blocks:
            link_chars = min(self._link_chars, len(text))
            self.lines.append(Line(text, self._blocks[-1], link_chars, len(self.lines)))
        self._parts.clear()
        self._link_chars = 0
