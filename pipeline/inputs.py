"""The entry point of the pipeline: files and folders in, one `Bulletin` or `Failure`
per document out.

    for item in read_inputs([Path("corpus/bulletins")]):
        ...  # Bulletin: parsed; Failure: origin + reason, the walk goes on

Reading is two steps, so that the costly one can run where the NLP runs (a worker
process, a Ray actor) while the reader stays cheap: `read_raw` walks the inputs and
yields one raw document each (`RawFile`: the path of a page or TXT file; `RawPage`: a
WARC record's body, URL and charset; `RawLine`: a JSONL line), and `parse_raw` turns
one into a Bulletin or a Failure. `read_inputs` is the two together.

Folders are walked recursively in sorted order; files are dispatched on their
extension (.html/.htm, .warc/.warc.gz, .txt, .jsonl). Other files met in a folder
are skipped silently (notes, *.expected.json); a file named explicitly that we cannot
read is a Failure. Nothing raised while reading one document stops the walk. Importing this
module imports no parser: the parent of `extract --workers N` imports it while its fork
server builds the pipelines, and loads a parser only if it parses pages itself while it waits
(`pipeline.parallel`).
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import ValidationError

from pipeline.bulletin import Bulletin, Failure
from pipeline.parse import ParseError

# The parsers (lxml, the decoders, the date rules: ~0.5 s of imports) are imported where a
# document is parsed: `extract --workers N` reads with `read_raw` and parses in its workers
# (and in the parent only while the workers start: `pipeline.parallel`).
if TYPE_CHECKING:
    from pipeline.fetch.state import PendingPage

# Half of a UTF-16 pair on its own: JSON may escape one (\uD800), no UTF-8 text can hold it.
# The byte-order marks of UTF-16 and UTF-32 (UTF-32-LE's begins with UTF-16-LE's).
_WIDE_BOMS = (codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_SURROGATE = re.compile("[\ud800-\udfff]")
SUFFIXES = (".html", ".htm", ".warc", ".warc.gz", ".txt", ".jsonl")


@dataclass(frozen=True, slots=True)
class RawFile:
    """A page or TXT file, not yet read: its path is all a worker needs."""

    origin: str  # the path
    kind: Literal["html", "txt"]


@dataclass(frozen=True, slots=True)
class RawPage:
    """A page's bytes out of a WARC record, with what the archive says about it."""

    data: bytes
    url: str | None
    charset: str | None  # from the HTTP Content-Type header
    origin: str  # 'path#N', or 'path@offset' for a page the crawler archived
    source: str | None = None  # the crawler's source key, when the page's own is missing


@dataclass(frozen=True, slots=True)
class RawLine:
    """One line of a JSONL file."""

    data: bytes
    origin: str  # 'path:N'


Raw = RawFile | RawPage | RawLine
Item = Bulletin | Failure


def read_inputs(paths: Iterable[Path]) -> Iterator[Item]:
    """Every document in `paths` (files or folders), as a Bulletin or a Failure."""
    for raw in read_raw(paths):
        yield parse_raw(raw)


def read_raw(paths: Iterable[Path]) -> Iterator[Raw | Failure]:
    """Every document in `paths`, unparsed (cheap: no HTML is parsed, no text decoded)."""
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
        elif kind := _special_file(path):
            yield Failure(origin=str(path), reason=f"not a regular file: {kind}")
        else:
            yield Failure(origin=str(path), reason=_missing(path))


def parse_raw(raw: Raw | Item) -> Item:
    """The Bulletin in a raw document, or a Failure saying why there is none.

    Never raises. A Bulletin or Failure given is returned as it is, so a stream may mix them.
    """
    if isinstance(raw, RawFile):
        return _parse_file(raw)
    if isinstance(raw, RawPage):
        return _parse_page(raw)
    if isinstance(raw, RawLine):
        return _parse_line(raw)
    return raw


def _walk(folder: Path) -> Iterator[Path]:
    """Readable files under `folder`, sorted, hidden files and folders left out."""
    for current, folders, files in os.walk(folder, onerror=None):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            path = Path(current) / name
            if not name.startswith(".") and _reader_for(path) is not None:
                yield path


def _reader_for(path: Path) -> Callable[[Path], Iterator[Raw | Failure]] | None:
    name = path.name.lower()
    if name.endswith((".html", ".htm")):
        return _raw_html
    if name.endswith((".warc", ".warc.gz")):
        return _raw_warc
    if name.endswith(".txt"):
        return _raw_txt
    if name.endswith(".jsonl"):
        return _raw_jsonl
    return None


def _missing(path: Path) -> str:
    """Why a path that is no file, folder or special file cannot be read."""
    try:
        path.stat()
    except FileNotFoundError:
        return "a symbolic link to nothing" if path.is_symlink() else "no such file or folder"
    except OSError as error:  # a loop of symbolic links, a folder on the way without permission
        return f"cannot read: {error.strerror or error}"
    return "no such file or folder"


def _special_file(path: Path) -> str | None:
    """What `path` is when it is neither a regular file nor a folder (a named pipe would block the
    read for ever, a device never end it); None for those, or when it cannot be looked at."""
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return None  # reading it says why
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a special file"


def _read_file(path: Path) -> Iterator[Raw | Failure]:
    reader = _reader_for(path)
    if reader is None:
        return
    if kind := _special_file(path):
        yield Failure(origin=str(path), reason=f"not a regular file: {kind}")
        return
    try:
        yield from reader(path)
    except OSError as error:
        yield Failure(origin=str(path), reason=f"cannot read: {error.strerror or error}")
    except Exception as error:  # one bad file must never stop the walk
        yield Failure(origin=str(path), reason=f"unexpected {type(error).__name__}: {error}")


def _raw_html(path: Path) -> Iterator[RawFile]:
    yield RawFile(origin=str(path), kind="html")


def _raw_txt(path: Path) -> Iterator[RawFile]:
    yield RawFile(origin=str(path), kind="txt")


def _raw_warc(path: Path) -> Iterator[RawPage | Failure]:
    from pipeline.archive import iter_warc_pages

    for page in iter_warc_pages(path):
        if isinstance(page, Failure):
            yield page
        else:
            yield RawPage(data=page.data, url=page.url, charset=page.charset, origin=page.origin)


def _raw_jsonl(path: Path) -> Iterator[RawLine | Failure]:
    with path.open("rb") as lines:
        if lines.read(4).startswith(_WIDE_BOMS):  # UTF-16 or 32 text: its line ends are not the byte \n
            yield from _raw_wide_jsonl(path)
            return
        lines.seek(0)
        for number, data in enumerate(lines, start=1):
            if data.strip():
                yield RawLine(data=data, origin=f"{path}:{number}")


def _raw_wide_jsonl(path: Path) -> Iterator[RawLine | Failure]:
    """The lines of a JSONL file written in UTF-16 or UTF-32 with a byte-order mark, as UTF-8."""
    data = path.read_bytes()
    codec = "utf-32" if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) else "utf-16"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        yield Failure(origin=str(path), reason=f"not {codec.upper()} text: {error.reason} at byte {error.start}")
        return
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield RawLine(data=line.encode("utf-8"), origin=f"{path}:{number}")


def read_archived(pages: Iterable[PendingPage]) -> Iterator[Item]:
    """Bulletins the crawler archived and `extract` has not seen (`extract --new`)."""
    for raw in read_archived_raw(pages):
        yield parse_raw(raw)


def read_archived_raw(pages: Iterable[PendingPage]) -> Iterator[RawPage | Failure]:
    """The archived pages of `pages`, unparsed, each with the crawler's URL and source."""
    from pipeline.archive import read_warc_page_at

    for pending in pages:
        page = read_warc_page_at(pending.warc_path, pending.offset)
        if isinstance(page, Failure):
            yield page
        else:
            yield RawPage(
                data=page.data, url=pending.url, charset=page.charset, origin=page.origin, source=pending.source
            )


def _parse_file(raw: RawFile) -> Item:
    from pipeline.parse.decode import UndecodableError, decode_bytes
    from pipeline.parse.html import parse_html
    from pipeline.parse.text import parse_text

    path = Path(raw.origin)
    try:
        if raw.kind == "html":
            return parse_html(path.read_bytes(), origin=raw.origin)
        text, _ = decode_bytes(path.read_bytes())
        return parse_text(text, origin=raw.origin)
    except (ParseError, UndecodableError) as error:
        return Failure(origin=raw.origin, reason=str(error))
    except OSError as error:
        return Failure(origin=raw.origin, reason=f"cannot read: {error.strerror or error}")
    except Exception as error:  # one bad file must never stop the walk
        return Failure(origin=raw.origin, reason=f"unexpected {type(error).__name__}: {error}")


def _parse_page(raw: RawPage) -> Item:
    from pipeline.parse.html import parse_html

    try:
        bulletin = parse_html(raw.data, url=raw.url, header_charset=raw.charset, origin=raw.origin)
    except ParseError as error:
        return Failure(origin=raw.origin, reason=error.reason)
    except Exception as error:  # one bad record must not lose the rest of the archive
        return Failure(origin=raw.origin, reason=f"unexpected {type(error).__name__}: {error}")
    if raw.source and not bulletin.source:
        return bulletin.model_copy(update={"source": raw.source})
    return bulletin


def _parse_line(raw: RawLine) -> Item:
    try:
        return bulletin_from_json(raw.data, origin=raw.origin)
    except ParseError as error:
        return Failure(origin=raw.origin, reason=error.reason)
    except Exception as error:  # one bad line must not lose the rest of the file
        return Failure(origin=raw.origin, reason=f"unexpected {type(error).__name__}: {error}")


def bulletin_from_json(raw: bytes | str, *, origin: str = "") -> Bulletin:
    """One JSONL document: {"id"?, "url"?, "title"?, "published"?, "language"?, "text"}.

    The text is taken as given (it is already a bulletin's text). Raises ParseError.
    """
    try:
        record = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ParseError(f"not JSON: {error}") from error
    except RecursionError as error:
        raise ParseError("not JSON this reader can take: arrays or objects nested too deeply") from error
    if not isinstance(record, dict):
        raise ParseError("not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ParseError("no text")
    for key in ("text", "id", "url", "title", "published", "language"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ParseError(f"{key} is not a string")
        if isinstance(record.get(key), str) and (surrogate := _SURROGATE.search(record[key])):
            # JSON's \uD800 escapes allow half a character that no UTF-8 output can hold
            code = f"U+{ord(surrogate.group()):04X}"
            raise ParseError(f"{key} is not Unicode text: a lone surrogate {code} at character {surrogate.start()}")
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
    from pipeline.dates import BEIJING

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
