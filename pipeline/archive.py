"""Pages out of the crawler's WARC archives (.warc or .warc.gz).

Every HTML `response` record is one page: its body (transfer and content encodings
undone), its target URL and the charset its HTTP header names. A record that is cut
short or cannot be read is a `Failure` naming `path#N` (N counts records from 1); the
records before it are still read.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from pipeline.bulletin import Failure

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
# Errors a damaged archive raises from deep inside warcio, gzip and zlib.
_DAMAGE = (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError, IndexError, KeyError)
# ... and what warcio raises on a header it needs that is missing or not what it expects (a response
# record without WARC-Target-URI: None.startswith).
_BAD_HEADER = (AttributeError, TypeError)


@dataclass(frozen=True, slots=True)
class WarcPage:
    data: bytes
    url: str | None
    charset: str | None  # from the HTTP Content-Type header, when it names one
    origin: str  # 'path#N'
    record_id: str | None = None
    fetched: str | None = None  # WARC-Date


def iter_warc_pages(path: Path) -> Iterator[WarcPage | Failure]:
    """Every HTML response page in the archive, in file order; damage is a Failure."""
    path = Path(path)
    number, pages = 1, 0
    try:
        with path.open("rb") as stream:
            records = iter(ArchiveIterator(stream, arc2warc=True))
            while (record := next(records, None)) is not None:
                if _is_html_response(record):
                    pages += 1
                    page = _page_or_failure(record, f"{path}#{number}")
                    if page is not None:
                        yield page
                number += 1
    except (*_DAMAGE, *_BAD_HEADER) as error:
        yield Failure(origin=f"{path}#{number}", reason=f"damaged archive record: {_describe(error)}")
        return
    if not pages:
        yield Failure(origin=str(path), reason="no HTML response records in the archive")


def _is_html_response(record: ArcWarcRecord) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if content_type:
        return content_type.startswith(_HTML_TYPES)
    url = (record.rec_headers.get_header("WARC-Target-URI") or "").lower().split("?")[0]
    return url.endswith((".html", ".htm", "/"))


def _page_or_failure(record: ArcWarcRecord, origin: str) -> WarcPage | Failure | None:
    status = _status(record)
    if status is not None and 300 <= status < 400:
        return None  # a redirect: the page it points to has its own record
    if status is not None and status >= 400:
        return Failure(origin=origin, reason=f"HTTP status {status}, not a page")
    declared = _declared_length(record)
    data = record.content_stream().read()
    # warcio stops quietly at the end of a cut-off record: compare with what it declared.
    consumed = record.raw_stream.tell() if hasattr(record.raw_stream, "tell") else None
    if declared is not None and consumed is not None and consumed < declared:
        return Failure(origin=origin, reason=f"truncated record: {consumed} of {declared} bytes")
    content_type = record.http_headers.get_header("Content-Type") or ""
    charset = _CHARSET.search(content_type)
    url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip("<> ") or None
    return WarcPage(
        data=data,
        url=url,
        charset=charset.group(1) if charset else None,
        origin=origin,
        record_id=record.rec_headers.get_header("WARC-Record-ID"),
        fetched=record.rec_headers.get_header("WARC-Date"),
    )


def _status(record: ArcWarcRecord) -> int | None:
    code = (record.http_headers.get_statuscode() or "").strip()
    return int(code) if code.isdigit() else None


def _declared_length(record: ArcWarcRecord) -> int | None:
    value = record.rec_headers.get_header("Content-Length")
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _describe(error: BaseException) -> str:
    described = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    if isinstance(error, _BAD_HEADER):
        return f"a header missing or malformed ({described})"
    return described


def read_warc_page_at(path: Path, offset: int) -> WarcPage | Failure:
    """The HTML response record that starts at byte `offset` (as the crawl state records it)."""
    path = Path(path)
    origin = f"{path}@{offset}"
    try:
        with path.open("rb") as stream:
            stream.seek(offset)
            record = next(iter(ArchiveIterator(stream, arc2warc=True)), None)
            if record is None or not _is_html_response(record):
                return Failure(origin=origin, reason="no HTML response record at this offset")
            page = _page_or_failure(record, origin)
    except (*_DAMAGE, *_BAD_HEADER) as error:
        return Failure(origin=origin, reason=f"damaged archive record: {_describe(error)}")
    return page if page is not None else Failure(origin=origin, reason="a redirect, not a page")
