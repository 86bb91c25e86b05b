"""--since and --max-pages: a crawl that stops where it is told to."""

from __future__ import annotations

from pathlib import Path

from pipeline.fetch.mirror import MirrorServer
from pipeline.fetch.mirror_sites import build_sites, read_bulletins
from pipeline.fetch.sources import load_sources
from pipeline.fetch.state import CrawlState

from .conftest import crawl

BULLETINS = read_bulletins()


def mirrored(server: MirrorServer, name: str):
    source = next(s for s in load_sources() if s.name == name)
    return source.pointed_at(server.origin(source.domains[0]))


def test_since_skips_articles_whose_url_is_dated_before_it_without_fetching_them(tmp_path: Path):
    since = "2025-11-20"
    newer = [b for b in BULLETINS if b["source"] == "xinhua_jiangxi" and b["published"][:10] >= since]
    with MirrorServer(build_sites(BULLETINS)) as server:
        summary = crawl([mirrored(server, "xinhua_jiangxi")], tmp_path, since=since)
        paths = [hit.path for hit in server.hits]
    assert summary.total["new"] == len(newer)
    assert summary.total["skipped"] > 0
    older_days = {
        b["published"][:10].replace("-", "")
        for b in BULLETINS
        if b["source"] == "xinhua_jiangxi" and b["published"][:10] < since
    }
    assert not [path for path in paths if path.split("/")[1] in older_days]  # known old by their URL date
    with CrawlState.open(tmp_path / "state.sqlite") as state:
        titles = {row["title"] for row in state._db.execute("SELECT title FROM pages WHERE state = 'archived'")}
    assert titles == {b["title"] for b in newer}


def test_max_pages_caps_the_requests_and_the_next_run_walks_everything(tmp_path: Path):
    with MirrorServer(build_sites(BULLETINS)) as server:
        capped = crawl([mirrored(server, "xinhua_jiangxi")], tmp_path, max_pages=2)
        assert capped.total["fetched"] == 2  # the first list page and one article
        rest = crawl([mirrored(server, "xinhua_jiangxi")], tmp_path)
    total = len([b for b in BULLETINS if b["source"] == "xinhua_jiangxi"])
    assert capped.total["new"] + rest.total["new"] == total
