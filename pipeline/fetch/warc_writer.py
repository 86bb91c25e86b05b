"""WARC 1.1 archive files written with warcio: one gzip member per record.

Each HTTP exchange becomes a `response` record (status line, the headers as received,
the body) followed by its `request` record, linked by WARC-Concurrent-To. Bytes are
flushed and synced before the caller records the offset in the crawl state, so the
state never points past what is on disk.
"""

from __future__ import annotations

import datetime as dt
import http
import io
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

# The body handed over has been de-chunked, so the header that says otherwise goes.
_DROPPED_HEADERS = {"transfer-encoding"}


@dataclass(frozen=True)
class Exchange:
    """One HTTP request as sent and its response as received."""

    url: str
    status: int
    response_headers: list[tuple[str, str]]
    body: bytes
    method: str = "GET"
    request_headers: list[tuple[str, str]] = field(default_factory=list)
    protocol: str = "HTTP/1.1"
    ip_address: str | None = None
    fetched_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((value for key, value in self.response_headers if key.lower() == name), None)


@dataclass(frozen=True)
class WrittenRecord:
    """Where an exchange went: the response record's offset and length, and the file's new end."""

    path: Path
    offset: int
    length: int
    end: int


def warc_file_name(label: str, started: dt.datetime | None = None) -> str:
    stamp = (started or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    return f"{stamp}-{os.getpid()}-{label}.warc.gz"


class WarcWriter:
    """Appends exchanges to one .warc.gz file, opened on the first write."""

    def __init__(self, path: Path, software: str = "edu-bulletin-pipeline crawler"):
        self.path = Path(path)
        self._software = software
        self._file: io.BufferedWriter | None = None
        self._writer: WARCWriter | None = None

    def _open(self) -> WARCWriter:
        if self._writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = open(self.path, "ab")  # noqa: SIM115 - kept open across writes, closed in close()
            self._writer = WARCWriter(self._file, gzip=True, warc_version="WARC/1.1")
            if self._file.tell() == 0:
                info = self._writer.create_warcinfo_record(
                    self.path.name, {"software": self._software, "format": "WARC File Format 1.1"}
                )
                self._writer.write_record(info)
                self._sync()
        return self._writer

    def size(self) -> int:
        return self._file.tell() if self._file else (self.path.stat().st_size if self.path.exists() else 0)

    def write_exchange(self, exchange: Exchange) -> WrittenRecord:
        writer = self._open()
        assert self._file is not None
        response = _response_record(writer, exchange)
        request = _request_record(writer, exchange, concurrent_to=response.rec_headers["WARC-Record-ID"])
        offset = self._file.tell()
        writer.write_record(response)
        length = self._file.tell() - offset
        writer.write_record(request)
        self._sync()
        return WrittenRecord(self.path, offset, length, self._file.tell())

    def _sync(self) -> None:
        assert self._file is not None
        self._file.flush()
        os.fsync(self._file.fileno())

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        self._file = None
        self._writer = None


def _warc_date(moment: dt.datetime) -> str:
    return datetime_to_iso_date(moment.astimezone(dt.UTC).replace(tzinfo=None), use_micros=True)


def _response_record(writer: WARCWriter, exchange: Exchange):
    try:
        reason = http.HTTPStatus(exchange.status).phrase
    except ValueError:
        reason = ""
    headers = [(name, value) for name, value in exchange.response_headers if name.lower() not in _DROPPED_HEADERS]
    status_line = f"{exchange.status} {reason}".strip()
    http_headers = StatusAndHeaders(status_line, headers, protocol=exchange.protocol)
    warc_headers = {
        "WARC-Date": _warc_date(exchange.fetched_at),
        "WARC-Record-ID": f"<urn:uuid:{uuid.uuid4()}>",
    }
    if exchange.ip_address:
        warc_headers["WARC-IP-Address"] = exchange.ip_address
    return writer.create_warc_record(
        exchange.url,
        "response",
        payload=io.BytesIO(exchange.body),
        http_headers=http_headers,
        warc_headers_dict=warc_headers,
    )


def _request_record(writer: WARCWriter, exchange: Exchange, concurrent_to: str):
    parts = urlsplit(exchange.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = list(exchange.request_headers)
    if not any(name.lower() == "host" for name, _ in headers):
        headers.insert(0, ("Host", parts.netloc))
    http_headers = StatusAndHeaders(f"{exchange.method} {target} {exchange.protocol}", headers, is_http_request=True)
    warc_headers = {"WARC-Date": _warc_date(exchange.fetched_at), "WARC-Concurrent-To": concurrent_to}
    return writer.create_warc_record(
        exchange.url,
        "request",
        payload=io.BytesIO(b""),
        http_headers=http_headers,
        warc_headers_dict=warc_headers,
    )
