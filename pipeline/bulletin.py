"""The parse stage's product: one bulletin's clean text and metadata.

A `Bulletin` is what every reader (HTML, WARC, TXT, JSONL) hands to the NLP stage.
Its `text` is final: every evidence offset downstream points into it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal, NamedTuple
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field


class TableCell(NamedTuple):
    """One cell of a table as the page lays it out: where its text stands in `Bulletin.text`
    (start == end for an empty cell, at the place it would stand) and how many rows and
    columns it spans (a merged cell: one Chinese institution over several programme rows)."""

    start: int
    end: int
    rowspan: int = 1
    colspan: int = 1


# A table: its rows, each its own cells in page order (a cell spanning rows from above is
# not repeated in the rows below it).
TableRows = tuple[tuple[TableCell, ...], ...]


class Bulletin(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    id: str | None = Field(None, description="the input's own id, when it gives one")
    url: str | None = None
    source: str | None = Field(None, description="key of the configured source (crawler)")
    language: Literal["en", "zh"] | None = Field(None, description="None: detect it")
    title: str | None = None
    published_at: dt.datetime | None = Field(None, description="timezone-aware when known")
    published: dt.date | None = None
    credited_source: str | None = None
    editor: str | None = None
    channel: list[str] = Field(default_factory=list, description="breadcrumb path")
    site_name: str | None = Field(None, description="the site's own name (og:site_name, end of <title>)")
    origin: str = Field("", description="where it was read: a path, or path#record")
    tables: tuple[TableRows, ...] = Field((), description="the article's tables (HTML pages only), rows of cells")

    def stable_id(self) -> str:
        """The input's id, else one derived from the URL, else from the text."""
        if self.id:
            return self.id
        basis = self.url or self.text
        return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]

    @property
    def host(self) -> str | None:
        """The URL's host name (lower case), or None: no URL, or one that does not parse
        ('http://[::1', a host with characters NFKC turns into URL syntax)."""
        if not self.url:
            return None
        try:
            return urlsplit(self.url).hostname
        except ValueError:
            return None

    def publication_date(self) -> dt.date | None:
        if self.published:
            return self.published
        return self.published_at.date() if self.published_at else None


class Failure(BaseModel):
    """A document that could not be read, and why. Batches report it and go on."""

    model_config = ConfigDict(frozen=True)

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"
