"""Shared pieces of the crawler tests: fast crawl settings, a mirror, WARC reading."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, replace
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders

from pipeline.fetch.runner import CrawlSummary, run_crawl
from pipeline.fetch.settings import CrawlConfig
from pipeline.fetch.sources import Source


def fast_config(folder: Path, **overrides) -> CrawlConfig:
    """No delay, short timeouts and backoffs: the politeness machinery, at test speed."""
    config = CrawlConfig(
        state_path=str(folder / "state.sqlite"),
        archive_dir=str(folder / "warc"),
        delay=0.0,
        timeout=1.0,
        retry_times=1,
        backoff=0.05,
        retry_after_max=5.0,
        log_file=str(folder / "crawl.log"),
        log_level="INFO",
    )
    return replace(config, **overrides)


def crawl(sources: list[Source], folder: Path, **overrides) -> CrawlSummary:
    summary = run_crawl(sources, fast_config(folder, **overrides))
    assert summary.exit_code == 0, (folder / "crawl.log").read_text(encoding="utf-8", errors="replace")[-3000:]
    return summary


@dataclass(frozen=True)
class ResponseRecord:
    path: Path
    offset: int
    url: str
    http_headers: StatusAndHeaders
    body: bytes


def response_records(folder: Path) -> list[ResponseRecord]:
    """Every response record in the WARC files under a folder, body decoded of its content encoding."""
    found = []
    for path in sorted(folder.rglob("*.warc.gz")):
        with open(path, "rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                if record.rec_type == "response":
                    body = record.content_stream().read()
                    found.append(
                        ResponseRecord(
                            path.resolve(),
                            records.get_record_offset(),
                            record.rec_headers.get_header("WARC-Target-URI"),
                            record.http_headers,
                            body,
                        )
                    )
    return found


def gzip_members(path: Path) -> int:
    """How many gzip members a file holds (one per WARC record when written per record)."""
    data, members = path.read_bytes(), 0
    while data:
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        decompressor.decompress(data)
        data = decompressor.unused_data
        members += 1
    return members
