"""The tables of an article: rows of cells, each cell placed in the bulletin's text.

The text itself is made as before (every table cell a paragraph of its own, empty cells
none); this only says which paragraphs make which cell of which row, so that a reader of
tables (approval notices list programmes as rows) can rebuild the rows. Pages without a
<table> in the article pay one tree search for it.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from pipeline.bulletin import TableCell, TableRows
from pipeline.parse.blocks import Line
from pipeline.parse.text import PARAGRAPH_BREAK, clean_line

_CELL_TAGS = frozenset({"td", "th"})
_MAX_SPAN = 1000  # browsers cap rowspan and colspan; a page's typo should not make a huge grid


def has_table(blocks: Iterable[etree._Element]) -> bool:
    """Whether any of the article's blocks holds a <table> (one search inside the tree)."""
    return any(block.tag == "table" or next(block.iter("table"), None) is not None for block in blocks)


def article_tables(blocks: list[etree._Element], lines: list[Line], paragraphs: list[str]) -> tuple[TableRows, ...]:
    """The tables inside `blocks` whose cells hold article text, in page order.

    `lines`: the article's lines in page order; `paragraphs`: the bulletin's paragraphs, each
    a cleaned line of `lines` (some lines are chrome and make none), joined into its text.
    """
    placed = _cell_texts(lines, paragraphs)
    if not placed:
        return ()
    tables = []
    for block in blocks:
        for table in block.iter("table"):
            rows = _rows(table, placed)
            if rows:
                tables.append(rows)
    return tuple(tables)


def _cell_texts(lines: list[Line], paragraphs: list[str]) -> dict[etree._Element, tuple[int, int]]:
    """Each table cell holding article text -> where that text starts and ends in the text."""
    placed: dict[etree._Element, tuple[int, int]] = {}
    for line, (start, end) in _paragraph_lines(lines, paragraphs):
        cell = _cell_of(line.owner)
        if cell is None:
            continue
        known = placed.get(cell)
        placed[cell] = (start, end) if known is None else (known[0], end)
    return placed


def _paragraph_lines(lines: list[Line], paragraphs: list[str]) -> list[tuple[Line, tuple[int, int]]]:
    """The lines that became paragraphs, with where each paragraph stands in the text: the
    lines are read in order, each paragraph taken by the first line that cleans to it."""
    found = []
    position = index = 0
    for line in lines:
        if index == len(paragraphs):
            break
        paragraph = paragraphs[index]
        if clean_line(line.text) == paragraph:
            found.append((line, (position, position + len(paragraph))))
            position += len(paragraph) + len(PARAGRAPH_BREAK)
            index += 1
    return found


def _cell_of(element: etree._Element) -> etree._Element | None:
    """The innermost table cell holding `element` (itself, when it is one), if any."""
    while element is not None:
        if element.tag in _CELL_TAGS:
            return element
        if element.tag == "table":
            return None
        element = element.getparent()
    return None


def _rows(table: etree._Element, placed: dict[etree._Element, tuple[int, int]]) -> TableRows:
    """The table's own rows (not those of tables inside its cells) as cells, when any of its
    cells holds text; an empty cell stands where the text before it ends."""
    rows = [row for row in table.iter("tr") if _table_of(row) is table]
    cells_by_row = [[cell for cell in row if cell.tag in _CELL_TAGS] for row in rows]
    if not any(cell in placed for cells in cells_by_row for cell in cells):
        return ()
    first = min(placed[cell][0] for cells in cells_by_row for cell in cells if cell in placed)
    cursor = first
    made = []
    for cells in cells_by_row:
        row = []
        for cell in cells:
            start, end = placed.get(cell, (cursor, cursor))
            cursor = end
            row.append(TableCell(start, end, _span(cell, "rowspan"), _span(cell, "colspan")))
        if row:
            made.append(tuple(row))
    return tuple(made)


def _table_of(row: etree._Element) -> etree._Element | None:
    for ancestor in row.iterancestors("table"):
        return ancestor
    return None


def _span(cell: etree._Element, attribute: str) -> int:
    value = (cell.get(attribute) or "").strip()
    return min(max(int(value), 1), _MAX_SPAN) if value.isascii() and value.isdigit() else 1
