"""An HTML tree as the lines a reader sees: block elements and <br> break lines,
inline elements flow together. Each line remembers the block that owns it and how
much of it is link text, which is what the main-text heuristics work on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

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
_PUNCTUATION = tuple("，。、；：,.;:！？!?")  # commas and stops, which menus lack
_ASCII_PUNCTUATION = tuple(mark for mark in _PUNCTUATION if mark.isascii())  # all an ASCII line can hold
_ASCII_SPACES = " \t\r\n\f\v"  # what `_SPACES` collapses
_MAX_LINE_LINKS = 0.5


class Line(NamedTuple):
    """One line of the page. A tuple: a page makes a hundred of them, and a frozen
    dataclass costs several times a tuple to build."""

    text: str  # whitespace collapsed as a browser shows it; indentation still there
    owner: etree._Element  # the innermost block element holding the line
    link_chars: int  # characters of the line inside <a> elements
    index: int  # position among the page's lines

    @property
    def link_density(self) -> float:
        return self.link_chars / max(len(self.text), 1)


# `Line(...)` runs the named tuple's `__new__`, a Python function; the walk makes ~100 lines a page.
_new_tuple = tuple.__new__


@dataclass(frozen=True, slots=True)
class PageText:
    lines: list[Line]
    # element -> (characters, link characters) of the lines inside it, for the elements
    # that `scores` weighs (the others are never asked for).
    held: dict[etree._Element, tuple[int, int]]
    # element -> the text weight of the lines it owns, its children own (both in full)
    # and its grandchildren own (half): what the main-block finder ranks elements by.
    scores: dict[etree._Element, float] = field(default_factory=dict)
    # element -> (first, end): the positions of the lines that ended while it was open,
    # for the scored elements (for a block element: exactly the lines it owns or holds).
    spans: dict[etree._Element, tuple[int, int]] = field(default_factory=dict)
    # position -> the <br> that ended the line there: a CMS that hard-wraps breaks a sentence so
    # ("University of<br>Nottingham", text.joined_at_breaks; two in a row are a blank line, told there).
    broken: dict[int, etree._Element] = field(default_factory=dict)

    def lines_inside(self, element: etree._Element) -> list[Line]:
        """The lines owned by `element` or an element inside it, in order."""
        span = self.spans.get(element)
        if span is not None and element.tag in BLOCK_TAGS:
            return self.lines[span[0] : span[1]]  # a block holds each line that ends in it
        inside = set(element.iter())
        return [line for line in self.lines if line.owner in inside]


def page_lines(root: etree._Element) -> list[Line]:
    """The non-blank lines under `root`, in document order."""
    return page_text(root).lines


def line_weight(text: str, link_chars: int) -> float:
    """A line's weight as main text: its characters outside links, and five for each comma
    or stop (menus have none); nothing for a line that is more link than text."""
    if link_chars / max(len(text), 1) > _MAX_LINE_LINKS:
        return 0.0
    # Each mark counted by `str.count` where `in` finds it (a fast search each): a third of the
    # time of a regex's `findall`, which steps through the line and builds a string per mark.
    # `str.count(text, mark)`, not `text.count(mark)`: compiled, the first is CPython's own count called
    # directly, the second a method call whose arguments are parsed anew each time (-40% of this function).
    marks = 0
    for mark in _ASCII_PUNCTUATION if text.isascii() else _PUNCTUATION:
        if mark in text:
            marks += str.count(text, mark)
    return len(text) - link_chars + 5.0 * marks


def page_text(root: etree._Element) -> PageText:
    """The lines under `root`, how much of them each element holds, and each element's score.

    One pass over the tree (this runs on every element of every page): a block element
    or <br> ends the line before it, a block also the line inside it, and text inside <a>
    counts as link text of the line it joins. A line counts for every element open when
    it ends; an element's share is the running totals at its end less those at its start.
    A line's weight is scored, as it ends, to the block owning it, that block's parent and
    (half) its grandparent: all of them open elements, or the root's own ancestors.

    The walk goes over each element's children by lxml's C iterator, and an element
    without children (most of a page: links, paragraphs, list entries' pieces) is opened
    and closed in one step; only elements with children are kept on the stacks of open
    elements while their children are walked.
    """
    lines: list[Line] = []
    held: dict[etree._Element, tuple[int, int]] = {}
    scores: dict[etree._Element, float] = {}
    spans: dict[etree._Element, tuple[int, int]] = {}
    parts: list[str] = []  # the current line's pieces of text
    # The open elements, outermost first, below them the root's parent and grandparent
    # (scored too, never walked); `blocks` holds the positions of the open block elements.
    chain: list[etree._Element] = _ancestors(root)
    blocks: list[int] = []
    # The totals and lines when each open element started, and its tag (four lists: no tuple
    # to make and free per element).
    start_chars: list[int] = []
    start_links: list[int] = []
    start_lines: list[int] = []
    start_tags: list[str] = []
    total_chars = total_links = 0
    link_chars = 0
    broken: dict[int, etree._Element] = {}
    link_depth = 0

    def flush() -> None:
        """End the current line (called only when it has pieces: without any, there is
        no link text either)."""
        nonlocal link_chars, total_chars, total_links
        # Stripping first is the same as collapsing and then stripping the one space
        # left at each end; most pieces between blocks are only indentation.
        joined = "".join(parts).strip(_ASCII_SPACES)
        if joined and blocks:
            # `_collapse_spaces` written out: compiled, `joined` is known to be a str, so each search is
            # CPython's own str search, and no call is made (the function's two calls cost more than its work).
            text = joined
            if "  " in joined or "\n" in joined or "\t" in joined or "\r" in joined or "\f" in joined or "\v" in joined:
                text = _SPACES.sub(" ", joined)
            links = min(link_chars, len(text))
            at = blocks[-1]
            lines.append(_new_tuple(Line, (text, chain[at], links, len(lines))))
            total_chars += len(text)
            total_links += links
            weight = line_weight(text, links)
            if weight:  # to the block, its parent and half to the grandparent, in that order
                owner = chain[at]
                scores[owner] = scores.get(owner, 0.0) + weight
                if at:
                    parent = chain[at - 1]
                    scores[parent] = scores.get(parent, 0.0) + weight
                    if at > 1:
                        grandparent = chain[at - 2]
                        scores[grandparent] = scores.get(grandparent, 0.0) + weight * 0.5
        parts.clear()
        link_chars = 0

    walking = [iter((root,))]  # the children being walked, of each open element (and root's)
    while walking:
        for element in walking[-1]:
            tag = element.tag  # read once: lxml makes a new string on every read
            if not isinstance(tag, str):
                tag = ""  # a comment or processing instruction: only its tail is text
            block = tag in BLOCK_TAGS
            if parts and (block or tag == "br"):
                if block:
                    flush()
                else:  # checked only as a line ends, not for every element
                    ended = len(lines)
                    flush()
                    if len(lines) > ended:
                        broken[ended] = element
            if len(element):  # opened here, closed when its children are done
                if block:
                    blocks.append(len(chain))
                if tag == "a":
                    link_depth += 1
                chain.append(element)
                start_chars.append(total_chars)
                start_links.append(total_links)
                start_lines.append(len(lines))
                start_tags.append(tag)
                walking.append(iter(element[:]))  # its children as a list: lxml's own child iterator costs more
                piece = element.text
                if piece and (parts or piece.strip(_ASCII_SPACES)):  # indentation opens no line
                    parts.append(piece)
                    if link_depth > 0:
                        link_chars += _link_length(piece)
                break
            piece = element.text if tag else None
            if piece:
                # A block without children: its text is a line of its own, owned by it. Written
                # here, not as a second closure: compiled, closures share one scope object, and one
                # calling `flush` would hold it there, a reference cycle that kept every page's
                # lines and tree alive until the collector's next pass.
                if block:
                    chars, links, first = total_chars, total_links, len(lines)
                    blocks.append(len(chain))
                    chain.append(element)
                    parts.append(piece)
                    if link_depth > 0:
                        link_chars += _link_length(piece)
                    flush()
                    chain.pop()
                    blocks.pop()
                    if element in scores:
                        held[element] = (total_chars - chars, total_links - links)
                        spans[element] = (first, len(lines))
                else:
                    parts.append(piece)
                    if link_depth > 0 or tag == "a":
                        link_chars += _link_length(piece)
            piece = element.tail
            if piece and (parts or piece.strip(_ASCII_SPACES)):
                parts.append(piece)
                if link_depth > 0:
                    link_chars += _link_length(piece)
        else:  # the children are done: the element that holds them ends
            walking.pop()
            if not walking:
                break
            chars, links, first, tag = start_chars.pop(), start_links.pop(), start_lines.pop(), start_tags.pop()
            if tag in BLOCK_TAGS:
                if parts:
                    flush()  # the line inside it ends with it
                blocks.pop()
            if tag == "a":
                link_depth -= 1
            element = chain.pop()
            if element in scores:
                held[element] = (total_chars - chars, total_links - links)
                spans[element] = (first, len(lines))
            piece = element.tail
            if piece and (parts or piece.strip(_ASCII_SPACES)):
                parts.append(piece)
                if link_depth > 0:
                    link_chars += _link_length(piece)
    if parts:
        flush()
    return PageText(lines, held, scores, spans, broken)


def _link_length(piece: str) -> int:
    """The characters a piece of link text adds to its line (spaces collapsed, ends off)."""
    return len(_collapse_spaces(piece).strip())


def _ancestors(root: etree._Element) -> list[etree._Element]:
    """The root's grandparent and parent (those it has), outermost first."""
    parent = root.getparent()
    if parent is None:
        return []
    grandparent = parent.getparent()
    return [parent] if grandparent is None else [grandparent, parent]


def _collapse_spaces(text: str) -> str:
    """Runs of spaces, tabs and line breaks as one space, as a browser shows them."""
    # Most pieces: nothing to collapse. A printable text holds no break, so the five scans
    # alone decide (an `isprintable` first cost more than it saved: it reads every character).
    if "  " not in text and not _holds_breaks(text):
        return text
    return _SPACES.sub(" ", text)


def _holds_breaks(text: str) -> bool:
    """Whether `text` holds a white-space character `_SPACES` collapses other than the space:
    five scans for a character cost less than the regex's pass."""
    return "\n" in text or "\t" in text or "\r" in text or "\f" in text or "\v" in text
