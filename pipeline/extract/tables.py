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
import itertools
import re
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.bulletin import TableCell, TableRows
from pipeline.extract.partnerships import CHINESE, SIDE_KINDS, Side
from pipeline.extract.spans import evidence_fields, facts, institutions_in
from pipeline.link.countries import load_countries
from pipeline.link.places import load_places
from pipeline.nlp.batchwise import Batchwise
from pipeline.nlp.extensions import doc_text, register_extensions
from pipeline.rules import word_list, word_table
from schemas import InstitutionRef, Partnership

HEADER_ROWS = 3  # the header is among a table's first rows (a caption row may come first)
MAX_HEADER_CELL = {"zh": 20, "en": 60}  # header cells are short; longer cells hold data
MAX_SIDE_CELL = 120  # a side cell naming no institution found is used as written when short
# The column a table's subject column makes the rows' kind of.
SUBJECT_KINDS = {"institute": "joint_institute", "programme": "joint_program"}
# Events whose date is the date of the rows of a table after them: the approval a notice
# announces, the signing a list of partners follows.
DATED_EVENTS = {"approval", "signing", "establishment"}
# The kinds a row's document cell gives ("Memorandum of understanding on ...", 合作备忘录).
DOCUMENT_KINDS = {"agreement", "mou"}
_PARENTHESIS = re.compile(r"\s*[(（]([^()（）]*)[)）]\s*$")
_SPACES = re.compile(r"\s+")


class Columns(NamedTuple):
    """Where a table's columns stand (positions in the expanded grid); None: absent."""

    header: int  # the header row's index
    chinese: int | None
    foreign: int
    country: int | None
    kind: str
    document: int | None = None  # a column naming each row's signed document (合作文件, "Document")


class _Row(NamedTuple):
    """One row's cells: its sides (no Chinese cell: the publisher is the Chinese side), its country
    cell, the kind its table gives and where its cells stand."""

    chinese: TableCell | None
    foreign: TableCell
    country: TableCell | None
    kind: str
    start: int
    end: int
    document: TableCell | None = None


class TableRowExtractor(Batchwise):
    def __init__(self, language: str) -> None:
        register_extensions()
        self.language = language
        self.header_words = _header_pattern(language)
        self.roles = {k.lower(): v for k, v in word_table(language, "table_headers.tsv").items()}
        self.heads = _head_pattern(language)
        self._previous: tuple[Columns, int] | None = None  # the last table's columns and width, in a doc

    def __call__(self, doc: Doc) -> Doc:
        bulletin = doc._.bulletin
        if bulletin is None or not bulletin.tables:
            return doc  # (a page without a table costs this one test)
        found: list[Partnership] = []
        self._previous = None
        for table in bulletin.tables:
            found.extend(self._partnerships(doc, table))
        if found:
            doc._.partnerships = _merged(doc._.partnerships or [], found)
        return doc

    def _partnerships(self, doc: Doc, table: TableRows) -> list[Partnership]:
        grid = expand(table)
        text = doc_text(doc)
        columns = self._columns(doc, text, grid) or self._continued(grid)
        self._previous = (columns, _width(grid)) if columns is not None else None
        rows = self._rows(table, grid, columns) if columns is not None else self._labelled(text, grid)
        if not rows:
            return []
        date = _date_before(doc, _first_start(table))
        found = []
        for row in rows:
            found.extend(self._pairs(doc, text, row, date))
        return found

    def _rows(self, table: TableRows, grid: list[list[TableCell]], columns: Columns) -> list[_Row]:
        """The rows under the header, each with its side cells (an empty one: the side above)."""
        found = []
        above: dict[int, TableCell] = {}  # the last non-empty side cell of each side column
        for row, own in zip(grid[columns.header + 1 :], table[columns.header + 1 :], strict=True):
            written = [cell for cell in own if cell.end > cell.start]
            if not written:
                continue
            if _spans_the_sides(row, columns):
                above.clear()  # a section's heading across the row ("二、中外合作办学项目"): no sides above it
                continue
            for column in (columns.chinese, columns.foreign):
                if column is not None and column < len(row) and row[column].end > row[column].start:
                    above[column] = row[column]
            chinese = above.get(columns.chinese) if columns.chinese is not None else None
            if columns.chinese is not None and chinese is None:
                continue
            country = row[columns.country] if columns.country is not None and columns.country < len(row) else None
            foreign = above.get(columns.foreign)
            if foreign is not None:
                document = _cell_at(row, columns.document)
                found.append(_Row(chinese, foreign, country, columns.kind, written[0].start, written[-1].end, document))
        return found

    def _labelled(self, text: str, grid: list[list[TableCell]]) -> list[_Row]:
        """A table of label | value cells (中方合作办学者 | 南昌大学 | 外方合作办学者 | 哈洛大学), as the
        pages of a single programme lay it out: each run of labels up to a label seen again is one
        record; one naming a foreign side is a row."""
        records: list[dict[str, TableCell]] = []  # role -> value cell
        labels: list[TableCell] = []  # each record's first label
        for row in grid:
            for label, value in itertools.pairwise(row):
                if label is value or value.end == value.start:
                    continue
                role = self._role(text[label.start : label.end])
                if role is None or self._role(text[value.start : value.end]) is not None:
                    continue
                if not records or role in records[-1]:
                    records.append({})
                    labels.append(label)
                records[-1][role] = value
        found = []
        for record, label in zip(records, labels, strict=True):
            if "foreign" not in record:
                continue
            kind = next((k for role, k in SUBJECT_KINDS.items() if role in record), "other")
            end = max(cell.end for cell in record.values())
            found.append(_Row(record.get("chinese"), record["foreign"], record.get("country"), kind, label.start, end))
        return found

    def _pairs(self, doc: Doc, text: str, row: _Row, date: str | None) -> list[Partnership]:
        """A row's partnerships: each Chinese side (else the Chinese publisher) with each foreign one;
        a side found Chinese is no foreign side unless the row's country column says otherwise."""
        chinese = self._sides(doc, row.chinese) if row.chinese is not None else _publisher_sides(doc)
        country = self._country(text, row.country)
        foreign = [
            f for f in self._sides(doc, row.foreign) if f.country not in CHINESE or country not in (None, *CHINESE)
        ]
        where = evidence_fields(doc, row.start, row.end)
        return [
            Partnership(
                chinese=c.ref,
                foreign=f.ref,
                foreign_country=country or f.country,
                kind=self._document_kind(text, row.document) or row.kind,
                date=date,
                inferred=False,
                evidence=where,
            )
            for c in chinese
            for f in foreign
            if not _same_side(c, f)
        ]

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
            if any(_names_institution(doc, row, roles[side]) for side in ("chinese", "foreign") if side in roles):
                continue  # a label followed by its value (中方合作者 | 南昌大学): no header row
            subject = next((k for role, k in SUBJECT_KINDS.items() if role in roles), "other")
            document = roles.get("document")
            return Columns(index, roles.get("chinese"), roles["foreign"], roles.get("country"), subject, document)
        return None

    def _continued(self, grid: list[list[TableCell]]) -> Columns | None:
        """A table without a header row right after one with it, as wide as it: the same table
        split over two (a page break, an editor's second block), its rows under the same columns."""
        previous = self._previous
        if previous is None or not grid or _width(grid) != previous[1]:
            return None
        return previous[0]._replace(header=-1)

    def _document_kind(self, text: str, cell: TableCell | None) -> str | None:
        """The partnership kind a document cell names ("Memorandum of understanding on ...", 《…协议》):
        its head word's kind (`partnership_triggers.tsv`, agreement or mou), the head being the first
        document word in English and the last in Chinese (…联合培养项目协议: an agreement)."""
        if cell is None or cell.end == cell.start:
            return None
        written = text[cell.start : cell.end]
        found = _document_words(self.language, written)
        if not found:
            return None
        return (min(found) if self.language == "en" else max(found))[2]

    def _role(self, cell: str) -> str | None:
        """The column a header cell names: that of its longest header word."""
        cell = _SPACES.sub(" ", cell.strip())
        if not cell or len(cell) > MAX_HEADER_CELL[self.language]:
            return None
        if self.language == "zh":
            cell = cell.replace(" ", "")
        words = [m.group(1).lower() for m in self.header_words.finditer(cell)]
        return self.roles[max(words, key=len)] if words else _side_by_place(self.language, cell)

    def _sides(self, doc: Doc, cell: TableCell) -> list[Side]:
        """The institutions a side cell names (those of a side's kind first), else the cell's own
        words when short and holding an institution's head word (大学, "University"): under a
        side's header a cell names that side."""
        spans = institutions_in(doc, cell.start, cell.end)
        sides = [s for s in spans if facts(s).kind in SIDE_KINDS] or spans
        written = _PARENTHESIS.sub("", doc_text(doc)[cell.start : cell.end]).strip()
        if len(sides) == 1 and len(written) <= MAX_SIDE_CELL:
            return [_whole_cell_side(sides[0], written)]
        if sides:
            return [Side.of(span) for span in sides]
        if not written or len(written) > MAX_SIDE_CELL or not self.heads.search(written):
            return []
        return [Side(InstitutionRef(name=written), None)]

    def _country(self, text: str, cell: TableCell | None) -> str | None:
        if cell is None or cell.end == cell.start:
            return None
        return load_countries().code(text[cell.start : cell.end].strip())


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


class ColumnCell(NamedTuple):
    """A data cell of a table with a header row: where it stands, the column its header names
    (`table_headers.tsv`: chinese, foreign, country, institute, programme) and the country its
    row's country column names (None without one)."""

    start: int
    end: int
    column: str
    country: str | None


def column_cells(language: str, text: str, tables: tuple[TableRows, ...]) -> list[ColumnCell]:
    """The data cells of the tables whose header row names a foreign column, by start: what the
    institution resolver reads of a table before any institution is found ("Name of Institute"
    cells name joint institutes; a foreign side is in its row's country)."""
    cells: list[ColumnCell] = []
    for table in tables:
        grid = expand(table)
        header = _header_columns(language, text, grid)
        if header is None:
            continue
        index, roles = header
        country_column = next((c for c, role in roles.items() if role == "country"), None)
        for row in grid[index + 1 :]:
            country_cell = row[country_column] if country_column is not None and country_column < len(row) else None
            country = None
            if country_cell is not None and country_cell.end > country_cell.start:
                country = load_countries().code(text[country_cell.start : country_cell.end].strip())
            for column, role in roles.items():
                if column < len(row) and row[column].end > row[column].start:
                    cells.append(ColumnCell(row[column].start, row[column].end, role, country))
    return sorted(set(cells))


def _header_columns(language: str, text: str, grid: list[list[TableCell]]) -> tuple[int, dict[int, str]] | None:
    """The header row among the first rows (one naming a foreign column) and the role of each of
    its columns; None when there is none, or the row is a label followed by its value (外方合作者 |
    哈洛大学: an institution's head word in the cell after the label)."""
    pattern, roles, heads = _header_pattern(language), _roles(language), _head_pattern(language)
    for index, row in enumerate(grid[:HEADER_ROWS]):
        found: dict[int, str] = {}
        for position, cell in enumerate(row):
            written = _SPACES.sub(" ", text[cell.start : cell.end].strip())
            if not written or len(written) > MAX_HEADER_CELL[language]:
                continue
            written = written.replace(" ", "") if language == "zh" else written
            words = [m.group(1).lower() for m in pattern.finditer(written)]
            role = roles[max(words, key=len)] if words else _side_by_place(language, written)
            if role is not None and cell not in row[:position]:  # (a merged cell stands once)
                found[position] = role
        if "foreign" not in found.values():
            continue
        labelled = (
            p + 1 < len(row) and p + 1 not in found and heads.search(text[row[p + 1].start : row[p + 1].end])
            for p, role in found.items()
            if role == "foreign"
        )
        if any(labelled):
            return None
        return index, found
    return None


@functools.cache
def _roles(language: str) -> dict[str, str]:
    return {k.lower(): v for k, v in word_table(language, "table_headers.tsv").items()}


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


def _spans_the_sides(row: list[TableCell], columns: Columns) -> bool:
    """Whether one cell of the row stands in both side columns (a heading across the table)."""
    sides = [row[c] for c in (columns.chinese, columns.foreign) if c is not None and c < len(row)]
    return len(sides) == 2 and sides[0] is sides[1]


def _names_institution(doc: Doc, row: list[TableCell], position: int) -> bool:
    """Whether the cell after the one at `position` names an institution."""
    if position + 1 >= len(row) or row[position + 1] is row[position]:
        return False
    cell = row[position + 1]
    return cell.end > cell.start and bool(institutions_in(doc, cell.start, cell.end))


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


@functools.cache
def _head_pattern(language: str) -> re.Pattern[str]:
    """The words that make a name an institution's (`institution_heads.tsv`); English ones as words."""
    heads = sorted(word_table(language, "institution_heads.tsv"), key=len, reverse=True)
    alternation = "|".join(re.escape(h) for h in heads)
    return re.compile(alternation if language == "zh" else rf"\b(?:{alternation})\b")


def _cell_at(row: list[TableCell], column: int | None) -> TableCell | None:
    return row[column] if column is not None and column < len(row) else None


def _width(grid: list[list[TableCell]]) -> int:
    return max((len(row) for row in grid), default=0)


def _side_by_place(language: str, cell: str) -> str | None:
    """The side a header cell names by a place before a side noun (`table_side_nouns.txt`): a
    Chinese province or city, China or Chinese: the Chinese side ("Jiangxi institution"); a
    foreign country: the foreign one ("UK institution", "British partner")."""
    nouns = _side_nouns(language)
    noun = next((n for n in nouns if cell.lower().endswith(n)), None)
    if noun is None:
        return None
    place = cell[: len(cell) - len(noun)].strip()
    if not place:
        return None
    country = load_countries().code(place) or load_places().country_of.get(place)
    if country is None:
        return None
    return "chinese" if country == "CN" else "foreign"


@functools.cache
def _side_nouns(language: str) -> tuple[str, ...]:
    return tuple(sorted((w.lower() for w in word_list(language, "table_side_nouns.txt")), key=len, reverse=True))


@functools.cache
def _document_pattern(language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """The words of `partnership_triggers.tsv` that name a signed document (agreement, mou)."""
    kinds = {w.lower(): k for w, k in word_table(language, "partnership_triggers.tsv").items() if k in DOCUMENT_KINDS}
    alternation = "|".join(re.escape(w) for w in sorted(kinds, key=len, reverse=True))
    if language == "zh":
        return re.compile(alternation), kinds
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE), kinds


def _document_words(language: str, written: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each document word in a cell."""
    pattern, kinds = _document_pattern(language)
    return [(m.start(), m.end(), kinds[m.group(0).lower()]) for m in pattern.finditer(written)]


@Language.factory("table_row_extractor", default_config={})
def make_table_row_extractor(nlp: Language, name: str) -> TableRowExtractor:
    return TableRowExtractor(nlp.lang)
