"""One source's crawl run on disk: its archive files, its rows in the state, its counts.

Two archives per run: `bulletins/` holds each article's response once (what `extract`
reads: every HTML response record in it is a bulletin) and `other/` every other response
(list pages, robots.txt, errors, redirects, 304s, unchanged and duplicate articles).
Bytes first, then the state transaction that points at them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from pipeline.fetch.sources import Source
from pipeline.fetch.state import ARCHIVED, ArchivedPage, CrawlState, utc_now
from pipeline.fetch.warc_writer import Exchange, WarcWriter, warc_file_name

BULLETINS, OTHER = "bulletins", "other"
COUNTS = ("fetched", "new", "changed", "unchanged", "duplicate", "skipped", "failed")

# Refusals by the crawler's own rules are skips; everything else that stops a page is a failure.
_SKIP_REASONS = ("robots.txt", "offsite", "beyond 127.0.0.1")


class Progress(Protocol):
    def show(self, source: str, counts: Counter) -> None: ...


@dataclass
class ArticlePage:
    """A fetched article, as the spider hands it to the item pipeline."""

    url: str
    status: int
    exchange: Exchange | None = None  # None for a 304
    canonical_url: str = ""
    content_sha256: str = ""
    text_sha256: str | None = None
    title: str | None = None
    published: dt.date | None = None
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class CrawlRecorder:
    source: Source
    state: CrawlState
    archive_dir: Path
    since: dt.date | None = None
    progress: Progress | None = None
    counts: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    run_id: int = 0
    previous_walk_complete: bool = False
    reason: str = ""
    _writers: dict[str, WarcWriter] = field(default_factory=dict)
    _started: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    @classmethod
    def open(
        cls,
        source: Source,
        state_path: Path,
        archive_dir: Path,
        since: dt.date | None = None,
        progress: Progress | None = None,
    ) -> CrawlRecorder:
        recorder = cls(source, CrawlState.open(state_path), Path(archive_dir), since, progress)
        recorder.previous_walk_complete = recorder.state.last_walk_complete(source.name)
        recorder.run_id = recorder.state.start_run(source.name)
        return recorder

    # -- counting

    def count(self, outcome: str, n: int = 1) -> None:
        self.counts[outcome] += n
        if self.progress is not None:
            self.progress.show(self.source.name, self.counts)

    def count_failure(self, url: str, reason: str, article: bool, status: int | None = None) -> str:
        """Count a page that could not be had; an article is also noted in the state."""
        outcome = "skipped" if any(word in reason for word in _SKIP_REASONS) else "failed"
        self.count(outcome)
        self.failures.append((url, reason))
        if article:
            self.state.record_failure(url, self.source.name, reason, status)
        return outcome

    # -- archive

    def _writer(self, kind: str) -> WarcWriter:
        if kind not in self._writers:
            path = self.archive_dir / kind / warc_file_name(self.source.name, self._started)
            self.state.register_warc(path)
            self._writers[kind] = WarcWriter(path)
        return self._writers[kind]

    def archive_other(self, exchange: Exchange) -> None:
        writer = self._writer(OTHER)
        written = writer.write_exchange(exchange)
        self.state.commit_warc(written.path, written.end)

    def record_article(self, page: ArticlePage) -> str:
        """Decide what a fetched article is, archive it accordingly, and return the outcome."""
        if page.exchange is None:  # 304: the 304 itself is already in the other archive
            self.state.record_unchanged(page.url, page.status)
            return self._counted("unchanged")
        before = self.state.page(page.url)
        if before is not None and before.state == ARCHIVED and before.content_sha256 == page.content_sha256:
            self.archive_other(page.exchange)
            self.state.record_unchanged(page.url, page.status)
            return self._counted("unchanged")
        if self.since and page.published and page.published < self.since:
            self.archive_other(page.exchange)
            return self._counted("skipped")
        original = self.state.archived_copy_of(page.url, page.canonical_url, page.text_sha256)
        if original is not None:
            self.archive_other(page.exchange)
            self.state.record_duplicate(page.url, self.source.name, page.status, original, page.canonical_url)
            return self._counted("duplicate")
        written = self._writer(BULLETINS).write_exchange(page.exchange)
        self.state.record_archived(
            ArchivedPage(
                url=page.url,
                source=self.source.name,
                status=page.status,
                fetched_at=utc_now(),
                canonical_url=page.canonical_url,
                content_sha256=page.content_sha256,
                text_sha256=page.text_sha256,
                warc_path=written.path,
                warc_offset=written.offset,
                warc_length=written.length,
                etag=page.etag,
                last_modified=page.last_modified,
                title=page.title,
                published=page.published.isoformat() if page.published else None,
            ),
            warc_size=written.end,
        )
        return self._counted("changed" if before is not None and before.state == ARCHIVED else "new")

    def _counted(self, outcome: str) -> str:
        self.count(outcome)
        return outcome

    def finish(self, reason: str, walk_complete: bool) -> None:
        self.reason = reason
        for writer in self._writers.values():
            writer.close()
        self.state.finish_run(self.run_id, reason, walk_complete, {key: self.counts[key] for key in COUNTS})
        self.state.close()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
