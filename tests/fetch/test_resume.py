"""A crawl killed mid-run and started again loses nothing and duplicates nothing."""

from __future__ import annotations

import copy
import signal
import sqlite3
import subprocess
import time
from dataclasses import replace
from pathlib import Path

from pipeline.fetch.mirror import Fault, MirrorServer
from pipeline.fetch.mirror_sites import article_path, build_site, load_layout, read_bulletins
from pipeline.fetch.runner import child_command, job_file
from pipeline.fetch.sources import load_sources
from pipeline.fetch.state import CrawlState

from .conftest import crawl, fast_config, response_records

SOURCE = "xinhua_jiangxi"
ARTICLES = 10


def many_bulletins() -> list[dict]:
    base = [b for b in read_bulletins() if b["source"] == SOURCE][1]
    bulletins = []
    for n in range(ARTICLES):
        bulletin = copy.deepcopy(base)
        bulletin["title"] = f"{base['title']}之{n}"
        bulletin["paragraphs"] = [f"第{n}篇。", *base["paragraphs"]]
        bulletin["published"] = f"2025-10-{n + 1:02d}T08:00:00"
        bulletins.append(bulletin)
    return bulletins


def archived_count(state_path: Path) -> int:
    if not state_path.exists():
        return 0
    with sqlite3.connect(state_path, timeout=5) as db:
        try:
            return db.execute("SELECT COUNT(*) FROM pages WHERE state = 'archived'").fetchone()[0]
        except sqlite3.OperationalError:  # the schema is not there yet
            return 0


def kill_when_archived(child: subprocess.Popen, state_path: Path, at_least: int, within: float = 30) -> int:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline and child.poll() is None:
        if archived_count(state_path) >= at_least:
            child.send_signal(signal.SIGKILL)
            child.wait()
            return archived_count(state_path)
        time.sleep(0.05)
    child.kill()
    raise AssertionError("the crawl ended before it could be killed mid-run")


def test_a_killed_crawl_resumes_without_loss_or_duplicates(tmp_path: Path):
    layout = replace(load_layout(SOURCE), per_page=4)
    bulletins = many_bulletins()
    site = build_site(layout, bulletins)
    paths = [article_path(layout, bulletin) for bulletin in bulletins]
    for path in paths:
        site.faults[path] = Fault("delay", seconds=0.25)
    with MirrorServer([site]) as server:
        source = next(s for s in load_sources() if s.name == SOURCE).pointed_at(server.origin(layout.host))
        config = fast_config(tmp_path, concurrency_per_site=1)
        child = subprocess.Popen(
            child_command(job_file([source], config, tmp_path)), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        before = kill_when_archived(child, Path(config.state_path), at_least=3)
        assert 3 <= before < ARTICLES

        resumed = crawl([source], tmp_path, concurrency_per_site=1)

    assert resumed.total["new"] == ARTICLES - before
    records = response_records(tmp_path / "warc" / "bulletins")
    urls = [record.url for record in records]
    assert sorted(urls) == sorted(server.origin(layout.host) + path for path in paths)  # each exactly once
    with CrawlState.open(tmp_path / "state.sqlite") as state:
        pending = {(page.warc_path, page.offset): page.url for page in state.pending_extraction()}
        committed = state.warc_files()
    assert pending == {(record.path, record.offset): record.url for record in records}
    for path, size in committed.items():
        assert path.stat().st_size == size  # no tail the state does not know
