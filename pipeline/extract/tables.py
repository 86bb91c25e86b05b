"""Component `table_row_extractor`: partnerships stated by the rows of a table.

Approval notices and lists of Sino-foreign programmes set their facts out as table rows
under a header row (序号 | 中方合作者 | 外方合作者 | 国别 | 专业 | 层次; "Chinese Institution |
Foreign Institution | Country | Discipline"), not as sentences. The parse stage keeps each
table's cells with their place in the text (`Bulletin.tables`); here the header row is found
by its words (`table_headers.tsv`), the columns mapped, merged cells (rowspan) and cells left
empty under a side carried down from the row above, and each row gives one partnership:
its Chinese side, its foreign side, the country column's country, the kind the table's
subject column names (an institute: `joint_institute`, a programme or discipline:
`joint_program`), the date of the approval or signing stated before the table, and the
row's cells as evidence. The sides are the institutions found in the cells, as the
partnership extractor reads them; a pair it found already is not repeated.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.bulletin import TableCell, TableRows
from pipeline.extract.partnerships import SIDE_KINDS, Side
from pipeline.extract.spans import evidence_fields, facts, institutions_in
from pipeline.link.countries import load_countries
from pipeline.nlp.extensions import doc_text, register_extensions
from pipeline.rules import word_table
from schemas import InstitutionRef, Partnership

HEADER_ROWS = 3  # the header is among a table's first rows (a caption row may come first)
MAX_HEADER_CELL = {"zh": 20, "en": 60}  # header cells are short; longer cells hold data
MAX_SIDE_CELL = 120  # a side cell naming no institution found is used as written when short
# The column a table's subject column makes the rows' kind of.
SUBJECT_KINDS = {"institute": "joint_institute", "programme": "joint_program"}
# Events whose date is the date of the rows of a table after them: the approval a notice
# announces, the signing a list of partners follows.
DATED_EVENTS = {"approval", "signing", "establishment"}
_PARENTHESIS = re.compile(r"\s*[(（]([^()（）]*)[)）]\s*$")
_SPACES = re.compile(r"\s+")


class Columns(NamedTuple):
    """Where a table's columns stand (positions in the expanded grid); None: absent."""

    header: int  # the header row's index
    chinese: int | None
    foreign: int
    country: int | None
    kind: str


class TableRowExtractor:
    def __init__(self, language: str) -> None:
        register_extensions()
        self.language = language
        self.header_words = _header_pattern(language)
        self.roles = {k.lower(): v for k, v in word_table(language, "table_headers.tsv").items()}

    def __call__(self, doc: Doc) -> Doc:
        bulletin = doc._.bulletin
        if bulletin is None or not bulletin.tables:
            return doc  # (a page without a table costs this one test)
        found: list[Partnership] = []
        for table in bulletin.tables:
            found.extend(self._partnerships(doc, table))
        if found:
            doc._.partnerships = _merged(doc._.partnerships or [], found)
        return doc

    def _partnerships(self, doc: Doc, table: TableRows) -> list[Partnership]:
        grid = expand(table)
        text = doc_text(doc)
        columns = self._columns(doc, text, grid)
        if columns is None:
            return []
        date = _date_before(doc, _first_start(table))
        found = []
        above: dict[int, TableCell] = {}  # the last non-empty side cell of each side column
        for row, own in zip(grid[columns.header + 1 :], table[columns.header + 1 :], strict=True):
            if not any(cell.end > cell.start for cell in own):
                continue
            cells = {}
            for column in (columns.chinese, columns.foreign):
                if column is None or column >= len(row):
                    continue
                cell = row[column]
                if cell.end > cell.start:
                    above[column] = cell
                cells[column] = above.get(column)  # an empty side cell: the side above
            foreign_cell = cells.get(columns.foreign)
            chinese_cell = cells.get(columns.chinese) if columns.chinese is not None else None
            if foreign_cell is None or (columns.chinese is not None and chinese_cell is None):
                continue
            chinese = self._sides(doc, chinese_cell) if chinese_cell else _publisher_sides(doc)
            foreign = self._sides(doc, foreign_cell)
            country = self._country(text, row, columns.country)
            where = _row_evidence(doc, own)
            for c in chinese:
                for f in foreign:
                    if _same_side(c, f):
                        continue
                    found.append(
                        Partnership(
                            chinese=c.ref,
                            foreign=f.ref,
                            foreign_country=country or f.country,
                            kind=columns.kind,
                            date=date,
                            inferred=False,
                            evidence=where,
                        )
                    )
        return found

    def _columns(self, doc: Doc, text: str, grid: list[list[TableCell]]) -> Columns | None:
        """The header row among the first rows: the first naming a foreign column and a Chinese
        one (or, on a Chinese publisher's page, a foreign one alone)."""
        chinese_publisher = Side.publisher(doc) is not None
        for index, row in enumerate(grid[:HEADER_ROWS]):
            roles: dict[str, int] = {}
            for position, cell in enumerate(row):
                role = self._role(text[cell.start : cell.end])
                if role is not None:
                    roles.setdefault(role, position)
            if "foreign" not in roles or ("chinese" not in roles and not chinese_publisher):
                continue
            subject = next((k for role, k in SUBJECT_KINDS.items() if role in roles), "other")
            return Columns(index, roles.get("chinese"), roles["foreign"], roles.get("country"), subject)
        return None

    def _role(self, cell: str) -> str | None:
        """The column a header cell names: that of its longest header word."""
        cell = _SPACES.sub(" ", cell.strip())
        if not cell or len(cell) > MAX_HEADER_CELL[self.language]:
            return None
        if self.language == "zh":
            cell = cell.replace(" ", "")
        words = [m.group(1).lower() for m in self.header_words.finditer(cell)]
        return self.roles[max(words, key=len)] if words else None

    def _sides(self, doc: Doc, cell: TableCell) -> list[Side]:
        """The institutions a side cell names (those of a side's kind first), else the cell's own
        words when short: under a side's header a cell names that side."""
        spans = institutions_in(doc, cell.start, cell.end)
        sides = [s for s in spans if facts(s).kind in SIDE_KINDS] or spans
        written = _PARENTHESIS.sub("", doc_text(doc)[cell.start : cell.end]).strip()
        if len(sides) == 1 and len(written) <= MAX_SIDE_CELL:
            return [_whole_cell_side(sides[0], written)]
        if sides:
            return [Side.of(span) for span in sides]
        if not written or len(written) > MAX_SIDE_CELL:
            return []
        return [Side(InstitutionRef(name=written), None)]

    def _country(self, text: str, row: list[TableCell], column: int | None) -> str | None:
        if column is None or column >= len(row):
            return None
        cell = row[column]
        return load_countries().code(text[cell.start : cell.end].strip()) if cell.end > cell.start else None


def expand(table: TableRows) -> list[list[TableCell]]:
    """The table as a grid: a cell spanning rows (rowspan) stands in each of them, one spanning
    columns (colspan) in each of those, so that a row's n-th cell is its n-th column."""
    grid: list[list[TableCell]] = []
    pending: dict[int, tuple[TableCell, int]] = {}  # column -> (cell from above, rows left)
    for own in table:
        row: list[TableCell] = []
        cells = iter(own)
        while True:
            column = len(row)
            if column in pending:
                cell, left = pending.pop(column)
                if left > 1:
                    pending[column] = (cell, left - 1)
                row.append(cell)
                continue
            cell = next(cells, None)
            if cell is None:
                break
            for _ in range(cell.colspan):
                if cell.rowspan > 1:
                    pending[len(row)] = (cell, cell.rowspan - 1)
                row.append(cell)
        for column in sorted(c for c in pending if c >= len(row)):  # spans below a short row
            cell, left = pending.pop(column)
            if left > 1:
                pending[column] = (cell, left - 1)
        grid.append(row)
    return grid


def _whole_cell_side(span: Span, written: str) -> Side:
    """The side a cell naming one institution gives: the institution found, named by the cell's
    whole words when the name found is only their start (a name's ending the finders stop
    short of, "Tomas Bata University in Zlín"): the cell under a side's header is one name."""
    side = Side.of(span)
    known = facts(span)
    if written == known.text or not written.startswith(known.text) or side.ref.name != known.text:
        return side
    ref = side.ref.model_copy(update={"name": written})
    return Side(ref, side.country)


def _first_start(table: TableRows) -> int:
    return min(cell.start for row in table for cell in row)


def _date_before(doc: Doc, start: int) -> str | None:
    """The date of the last approval or signing stated before `start` (the table's): its own, else
    the last day named after it before the table ("... approved five programmes. The approval
    letter was issued on December 27.")."""
    events = [e for e in doc._.events or [] if e.kind in DATED_EVENTS and e.evidence.start < start]
    if not events:
        return None
    last = max(events, key=lambda e: e.evidence.start)
    if last.date:
        return last.date
    days = [d for d in doc._.dates or [] if d.kind == "day" and d.date and last.evidence.start <= d.start < start]
    return max(days, key=lambda d: d.start).date.isoformat() if days else None


def _row_evidence(doc: Doc, own: tuple[TableCell, ...]) -> dict:
    """The row's own cells, from the first holding text to the last."""
    written = [cell for cell in own if cell.end > cell.start]
    return evidence_fields(doc, written[0].start, written[-1].end)


def _publisher_sides(doc: Doc) -> list[Side]:
    publisher = Side.publisher(doc)
    return [publisher] if publisher is not None else []


def _same_side(chinese: Side, foreign: Side) -> bool:
    first, second = chinese.ref, foreign.ref
    if first.canonical_id and second.canonical_id:
        return first.canonical_id == second.canonical_id
    return first.name == second.name


def _key(partnership: Partnership) -> tuple[str, str]:
    chinese, foreign = partnership.chinese, partnership.foreign
    return (chinese.canonical_id or chinese.name, foreign.canonical_id or foreign.name)


def _merged(known: list[Partnership], found: list[Partnership]) -> list[Partnership]:
    """`known` and the pairs of `found` not in it (the first row of a pair), by evidence start."""
    seen = {_key(p) for p in known}
    merged = list(known)
    for partnership in found:
        key = _key(partnership)
        if key not in seen:
            seen.add(key)
            merged.append(partnership)
    return sorted(merged, key=lambda p: p.evidence.start)


@functools.cache
def _header_pattern(language: str) -> re.Pattern[str]:
    """The header words of a language, longest first; English ones as whole words (plural too)."""
    words = sorted(word_table(language, "table_headers.tsv"), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    if language == "zh":
        return re.compile(f"(?=({alternation}))")
    return re.compile(rf"(?=\b({alternation})s?\b)", re.IGNORECASE)


@Language.factory("table_row_extractor", default_config={})
def make_table_row_extractor(nlp: Language, name: str) -> TableRowExtractor:
    return TableRowExtractor(nlp.lang)
