"""The crawl state: one SQLite file (WAL) that says what was fetched and where it is archived.

It is the crawler's memory between runs (validators for conditional requests, content
hashes for "unchanged" and "duplicate") and the hand-over to `extract --new`, which asks
for the archived bulletins not yet extracted and marks them done.

The archive and the state agree after any stop because WARC bytes are written and
flushed before the transaction that points at them, and every WARC file's committed
size is kept here: `recover_archives` cuts off whatever a killed run wrote past it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

CRAWL_DIR_ENV = "PIPELINE_CRAWL_DIR"

# A page is "archived" (its response is a bulletin record), a "duplicate" of another
# archived page, or "failed" on its last attempt (tried again next run).
ARCHIVED, DUPLICATE, FAILED = "archived", "duplicate", "failed"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    url            TEXT PRIMARY KEY,
    doc_id         TEXT NOT NULL,
    canonical_url  TEXT,
    source         TEXT NOT NULL,
    state          TEXT NOT NULL,
    status         INTEGER,
    fetched_at     TEXT,
    etag           TEXT,
    last_modified  TEXT,
    content_sha256 TEXT,
    text_sha256    TEXT,
    warc_path      TEXT,
    warc_offset    INTEGER,
    warc_length    INTEGER,
    duplicate_of   TEXT,
    title          TEXT,
    published      TEXT,
    extracted      INTEGER NOT NULL DEFAULT 0,
    error          TEXT
);
CREATE INDEX IF NOT EXISTS pages_canonical ON pages (canonical_url);
CREATE INDEX IF NOT EXISTS pages_text ON pages (text_sha256);
CREATE INDEX IF NOT EXISTS pages_pending ON pages (state, extracted);
CREATE INDEX IF NOT EXISTS pages_doc_id ON pages (doc_id);
CREATE TABLE IF NOT EXISTS warc_files (
    path           TEXT PRIMARY KEY,
    committed_size INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    id             INTEGER PRIMARY KEY,
    source         TEXT NOT NULL,
    started_at     TEXT NOT NULL,
    finished_at    TEXT,
    reason         TEXT,
    walk_complete  INTEGER NOT NULL DEFAULT 0,
    counts         TEXT
);
"""


def crawl_dir() -> Path:
    """Where the crawler keeps its state and archive: $PIPELINE_CRAWL_DIR, else ./crawl."""
    return Path(os.environ.get(CRAWL_DIR_ENV) or "crawl")


def default_state_path() -> Path:
    return crawl_dir() / "state.sqlite"


def default_archive_dir() -> Path:
    return crawl_dir() / "warc"


def dated_records_path(out_dir: Path = Path("out"), day: dt.date | None = None) -> Path:
    """The file `extract --new` appends a day's records to: out/records-YYYY-MM-DD.jsonl."""
    return Path(out_dir) / f"records-{(day or dt.date.today()).isoformat()}.jsonl"


def document_id(url: str) -> str:
    """The id the contract gives a document read from a URL (see Bulletin.stable_id)."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class PendingPage:
    """An archived bulletin that `extract` has not turned into a record yet."""

    url: str
    warc_path: Path
    offset: int
    source: str
    doc_id: str = ""


@dataclass(frozen=True)
class PageRow:
    url: str
    source: str
    state: str
    status: int | None
    etag: str | None
    last_modified: str | None
    content_sha256: str | None
    canonical_url: str | None
    warc_path: str | None
    warc_offset: int | None
    extracted: bool
    error: str | None


@dataclass(frozen=True)
class ArchivedPage:
    """What the state keeps of a page whose response went into the bulletin archive."""

    url: str
    source: str
    status: int
    fetched_at: str
    canonical_url: str
    content_sha256: str
    text_sha256: str | None
    warc_path: Path
    warc_offset: int
    warc_length: int
    etag: str | None = None
    last_modified: str | None = None
    title: str | None = None
    published: str | None = None


class CrawlState:
    """The SQLite crawl state. Open with `CrawlState.open(path)`; close when done."""

    def __init__(self, connection: sqlite3.Connection, path: Path):
        self._db = connection
        self.path = path

    @classmethod
    def open(cls, path: Path | str | None = None) -> CrawlState:
        path = Path(path) if path is not None else default_state_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, timeout=30, isolation_level=None)
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.executescript(_SCHEMA)
        return cls(connection, path)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> CrawlState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- paths: stored relative to the state file's folder, so the pair can move together

    def _stored_path(self, path: Path) -> str:
        path = Path(path).resolve()
        try:
            return str(path.relative_to(self.path.parent.resolve()))
        except ValueError:
            return str(path)

    def _resolved_path(self, stored: str) -> Path:
        return (self.path.parent / stored).resolve()

    # -- archive files

    def register_warc(self, path: Path) -> None:
        """Note a new WARC file before the first byte goes into it."""
        self._db.execute(
            "INSERT OR IGNORE INTO warc_files (path, committed_size) VALUES (?, 0)",
            (self._stored_path(path),),
        )

    def commit_warc(self, path: Path, size: int) -> None:
        """The first `size` bytes of the file are records the state knows about."""
        self._db.execute("UPDATE warc_files SET committed_size = ? WHERE path = ?", (size, self._stored_path(path)))

    def warc_files(self) -> dict[Path, int]:
        rows = self._db.execute("SELECT path, committed_size FROM warc_files")
        return {self._resolved_path(row["path"]): row["committed_size"] for row in rows}

    def recover_archives(self) -> list[Path]:
        """Cut every WARC file back to its committed size; forget pages whose record is gone.

        Run before a crawl, never while one is writing. Returns the files that were cut.
        """
        cut: list[Path] = []
        for path, committed in self.warc_files().items():
            size = path.stat().st_size if path.exists() else 0
            if size > committed:
                with open(path, "r+b") as archive:
                    archive.truncate(committed)
                cut.append(path)
            elif size < committed:
                # The file lost records the state points to (restored from an old copy?):
                # forget those pages so the next crawl fetches them again.
                self._db.execute(
                    "DELETE FROM pages WHERE warc_path = ? AND warc_offset >= ?",
                    (self._stored_path(path), size),
                )
                self.commit_warc(path, size)
        return cut

    # -- pages

    def page(self, url: str) -> PageRow | None:
        row = self._db.execute("SELECT * FROM pages WHERE url = ?", (url,)).fetchone()
        if row is None:
            return None
        return PageRow(
            url=row["url"],
            source=row["source"],
            state=row["state"],
            status=row["status"],
            etag=row["etag"],
            last_modified=row["last_modified"],
            content_sha256=row["content_sha256"],
            canonical_url=row["canonical_url"],
            warc_path=row["warc_path"],
            warc_offset=row["warc_offset"],
            extracted=bool(row["extracted"]),
            error=row["error"],
        )

    def known_urls(self, source: str) -> set[str]:
        """URLs of a source that need no new fetch to be complete (archived or duplicate)."""
        rows = self._db.execute(
            "SELECT url FROM pages WHERE source = ? AND state IN (?, ?)", (source, ARCHIVED, DUPLICATE)
        )
        return {row["url"] for row in rows}

    def archived_copy_of(self, url: str, canonical_url: str, text_sha256: str | None) -> str | None:
        """The URL of another archived page that is the same article, if there is one."""
        row = self._db.execute(
            "SELECT url FROM pages WHERE state = ? AND url != ? AND (canonical_url = ? OR text_sha256 = ?)"
            " ORDER BY fetched_at LIMIT 1",
            (ARCHIVED, url, canonical_url, text_sha256),
        ).fetchone()
        return row["url"] if row else None

    def record_archived(self, page: ArchivedPage, warc_size: int) -> None:
        """A new or changed bulletin, in the same transaction as its WARC file's new size."""
        with self._transaction():
            self._db.execute(
                "INSERT INTO pages (url, doc_id, canonical_url, source, state, status, fetched_at, etag,"
                " last_modified, content_sha256, text_sha256, warc_path, warc_offset, warc_length, title,"
                " published, extracted, error, duplicate_of)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, NULL)"
                " ON CONFLICT (url) DO UPDATE SET canonical_url = excluded.canonical_url,"
                " source = excluded.source, state = excluded.state, status = excluded.status,"
                " fetched_at = excluded.fetched_at, etag = excluded.etag,"
                " last_modified = excluded.last_modified,"
                " content_sha256 = excluded.content_sha256, text_sha256 = excluded.text_sha256,"
                " warc_path = excluded.warc_path, warc_offset = excluded.warc_offset,"
                " warc_length = excluded.warc_length, title = excluded.title, published = excluded.published,"
                " extracted = 0, error = NULL, duplicate_of = NULL",
                (
                    page.url,
                    document_id(page.url),
                    page.canonical_url,
                    page.source,
                    ARCHIVED,
                    page.status,
                    page.fetched_at,
                    page.etag,
                    page.last_modified,
                    page.content_sha256,
                    page.text_sha256,
                    self._stored_path(page.warc_path),
                    page.warc_offset,
                    page.warc_length,
                    page.title,
                    page.published,
                ),
            )
            self.commit_warc(page.warc_path, warc_size)

    def record_duplicate(self, url: str, source: str, status: int, original_url: str, canonical_url: str) -> None:
        self._db.execute(
            "INSERT INTO pages (url, doc_id, canonical_url, source, state, status, fetched_at, duplicate_of)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET state = excluded.state,"
            " status = excluded.status, fetched_at = excluded.fetched_at,"
            " duplicate_of = excluded.duplicate_of,"
            " canonical_url = excluded.canonical_url, error = NULL",
            (url, document_id(url), canonical_url, source, DUPLICATE, status, utc_now(), original_url),
        )

    def record_unchanged(self, url: str, status: int) -> None:
        self._db.execute(
            "UPDATE pages SET status = ?, fetched_at = ?, error = NULL WHERE url = ?",
            (status, utc_now(), url),
        )

    def record_failure(self, url: str, source: str, reason: str, status: int | None = None) -> None:
        """A failed fetch. A page archived before keeps its record; it is only noted."""
        self._db.execute(
            "INSERT INTO pages (url, doc_id, source, state, status, fetched_at, error)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (url) DO UPDATE SET status = excluded.status, fetched_at = excluded.fetched_at,"
            " error = excluded.error",
            (url, document_id(url), source, FAILED, status, utc_now(), reason),
        )

    # -- runs

    def start_run(self, source: str) -> int:
        cursor = self._db.execute("INSERT INTO runs (source, started_at) VALUES (?, ?)", (source, utc_now()))
        return int(cursor.lastrowid or 0)

    def finish_run(self, run_id: int, reason: str, walk_complete: bool, counts: dict[str, int]) -> None:
        self._db.execute(
            "UPDATE runs SET finished_at = ?, reason = ?, walk_complete = ?, counts = ? WHERE id = ?",
            (utc_now(), reason, int(walk_complete), json.dumps(counts, sort_keys=True), run_id),
        )

    def last_walk_complete(self, source: str) -> bool:
        """Whether the source's last run walked all its list pages (else the next walks them all).

        A run that was killed never says so, and counts as not complete."""
        row = self._db.execute(
            "SELECT walk_complete FROM runs WHERE source = ? ORDER BY id DESC LIMIT 1", (source,)
        ).fetchone()
        return bool(row and row["walk_complete"])

    # -- hand-over to extract

    def pending_extraction(self, source: str | None = None) -> Iterator[PendingPage]:
        """Archived bulletins not extracted yet, in archive order."""
        rows = self._db.execute(
            "SELECT url, doc_id, source, warc_path, warc_offset FROM pages"
            " WHERE state = ? AND extracted = 0 AND (? IS NULL OR source = ?)"
            " ORDER BY warc_path, warc_offset",
            (ARCHIVED, source, source),
        ).fetchall()
        for row in rows:
            yield PendingPage(
                url=row["url"],
                warc_path=self._resolved_path(row["warc_path"]),
                offset=row["warc_offset"],
                source=row["source"],
                doc_id=row["doc_id"],
            )

    def mark_extracted(self, urls_or_ids: Iterable[str]) -> int:
        """Mark pages extracted, named by URL or by document id. Returns how many changed."""
        changed = 0
        with self._transaction():
            for key in urls_or_ids:
                cursor = self._db.execute(
                    "UPDATE pages SET extracted = 1 WHERE (url = ? OR doc_id = ?) AND state = ? AND extracted = 0",
                    (key, key, ARCHIVED),
                )
                changed += cursor.rowcount
        return changed

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error) on an autocommit connection."""

    def __init__(self, connection: sqlite3.Connection):
        self._db = connection

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self._db.execute("ROLLBACK" if exc_type else "COMMIT")
