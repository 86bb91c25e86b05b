"""The entry point of the pipeline: files and folders in, one `Bulletin` or `Failure`
per document out.

    for item in read_inputs([Path("corpus/bulletins")]):
        ...  # Bulletin: parsed; Failure: origin + reason, the walk goes on

Folders are walked recursively in sorted order; files are dispatched on their
extension (.html/.htm, .warc/.warc.gz, .txt, .jsonl). Other files met in a folder
are skipped silently (notes, *.expected.json); a file named explicitly that we cannot
read is a Failure. Nothing raised while reading one document stops the walk.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from pipeline.bulletin import Bulletin, Failure
from pipeline.dates import BEIJING
from pipeline.parse import ParseError
from pipeline.parse.decode import UndecodableError, decode_bytes
from pipeline.parse.html import parse_html
from pipeline.parse.text import parse_text

if TYPE_CHECKING:
    from pipeline.fetch.state import PendingPage

Item = Bulletin | Failure
SUFFIXES = (".html", ".htm", ".warc", ".warc.gz", ".txt", ".jsonl")


def read_inputs(paths: Iterable[Path]) -> Iterator[Item]:
    """Every document in `paths` (files or folders), as a Bulletin or a Failure."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for file in _walk(path):
                yield from _read_file(file)
        elif path.is_file():
            if _reader_for(path) is None:
                yield Failure(origin=str(path), reason=f"not a supported input ({', '.join(SUFFIXES)})")
            else:
                yield from _read_file(path)
        else:
            yield Failure(origin=str(path), reason="no such file or folder")


def _walk(folder: Path) -> Iterator[Path]:
    """Readable files under `folder`, sorted, hidden files and folders left out."""
    for current, folders, files in os.walk(folder, onerror=None):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            path = Path(current) / name
            if not name.startswith(".") and _reader_for(path) is not None:
                yield path


def _reader_for(path: Path) -> Callable[[Path], Iterator[Item]] | None:
    name = path.name.lower()
    if name.endswith((".html", ".htm")):
        return _read_html
    if name.endswith((".warc", ".warc.gz")):
        return _read_warc
    if name.endswith(".txt"):
        return _read_txt
    if name.endswith(".jsonl"):
        return _read_jsonl
    return None


def _read_file(path: Path) -> Iterator[Item]:
    reader = _reader_for(path)
    if reader is None:
        return
    try:
        yield from reader(path)
    except (ParseError, UndecodableError) as error:
        yield Failure(origin=str(path), reason=str(error))
    except OSError as error:
        yield Failure(origin=str(path), reason=f"cannot read: {error.strerror or error}")
    except Exception as error:  # one bad file must never stop the walk
        yield Failure(origin=str(path), reason=f"unexpected {type(error).__name__}: {error}")


def _read_html(path: Path) -> Iterator[Item]:
    yield parse_html(path.read_bytes(), origin=str(path))


def _read_txt(path: Path) -> Iterator[Item]:
    text, _ = decode_bytes(path.read_bytes())
    yield parse_text(text, origin=str(path))


def _read_warc(path: Path) -> Iterator[Item]:
    from pipeline.archive import iter_warc_pages

    for page in iter_warc_pages(path):
        if isinstance(page, Failure):
            yield page
            continue
        try:
            yield parse_html(page.data, url=page.url, header_charset=page.charset, origin=page.origin)
        except ParseError as error:
            yield Failure(origin=page.origin, reason=error.reason)
        except Exception as error:  # one bad record must not lose the rest of the archive
            yield Failure(origin=page.origin, reason=f"unexpected {type(error).__name__}: {error}")


def read_archived(pages: Iterable[PendingPage]) -> Iterator[Item]:
    """Bulletins the crawler archived and `extract` has not seen (`extract --new`)."""
    from pipeline.archive import read_warc_page_at

    for pending in pages:
        page = read_warc_page_at(pending.warc_path, pending.offset)
        if isinstance(page, Failure):
            yield page
            continue
        try:
            bulletin = parse_html(page.data, url=pending.url, header_charset=page.charset, origin=page.origin)
            yield bulletin.model_copy(update={"source": bulletin.source or pending.source})
        except ParseError as error:
            yield Failure(origin=page.origin, reason=error.reason)
        except Exception as error:  # one bad record must not lose the rest of the batch
            yield Failure(origin=page.origin, reason=f"unexpected {type(error).__name__}: {error}")


def _read_jsonl(path: Path) -> Iterator[Item]:
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, start=1):
            origin = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                yield bulletin_from_json(raw, origin=origin)
            except ParseError as error:
                yield Failure(origin=origin, reason=error.reason)


def bulletin_from_json(raw: bytes | str, *, origin: str = "") -> Bulletin:
    """One JSONL document: {"id"?, "url"?, "title"?, "published"?, "language"?, "text"}.

    The text is taken as given (it is already a bulletin's text). Raises ParseError.
    """
    try:
        record = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ParseError(f"not JSON: {error}") from error
    if not isinstance(record, dict):
        raise ParseError("not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ParseError("no text")
    for key in ("id", "url", "title", "published", "language"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ParseError(f"{key} is not a string")
    language = record.get("language") or None
    if language is not None and language not in {"en", "zh"}:
        raise ParseError(f"language {language!r} is not 'en' or 'zh'")
    published, published_at = _iso_published(record.get("published"))
    try:
        return Bulletin(
            text=text,
            id=record.get("id") or None,
            url=record.get("url") or None,
            title=record.get("title") or None,
            language=language,
            published=published,
            published_at=published_at,
            origin=origin,
        )
    except ValidationError as error:
        raise ParseError(f"invalid document: {error.errors()[0]['msg']}") from error


def _iso_published(value: str | None) -> tuple[dt.date | None, dt.datetime | None]:
    """'2025-11-18' is a day; '2025-11-18T09:30:00(+08:00)' a moment (Beijing if no zone)."""
    if not value:
        return None, None
    value = value.strip()
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value), None
        moment = dt.datetime.fromisoformat(value)
    except ValueError as error:
        raise ParseError(f"published {value!r} is not an ISO date or datetime") from error
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=BEIJING)
    return moment.date(), moment
