"""A crawl of the four shipped sources against their mirror on 127.0.0.1, then a second run.

The mirror lays the sites out as the real ones do: pagination by next link, by number
(a pager drawn by script) and counting down; GBK pages labelled UTF-8, pages with no
charset in the header, UTF-8 with a BOM.
"""

from __future__ import annotations

import pytest

from pipeline.fetch.mirror import MirrorServer
from pipeline.fetch.mirror_sites import article_path, build_sites, load_layout, read_bulletins
from pipeline.fetch.sources import load_sources
from pipeline.fetch.state import CrawlState

from .conftest import crawl, response_records

BULLETINS = read_bulletins()


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crawl")
    with MirrorServer(build_sites(BULLETINS)) as server:
        sources = [source.pointed_at(server.origin(source.domains[0])) for source in load_sources()]
        first = crawl(sources, folder)
        hits_before = len(server.hits)
        second = crawl(sources, folder)
        yield {
            "folder": folder,
            "server": server,
            "first": first,
            "second": second,
            "second_hits": server.hits[hits_before:],
        }


def mirror_url(server: MirrorServer, bulletin: dict) -> str:
    layout = load_layout(bulletin["source"])
    return server.origin(layout.host) + article_path(layout, bulletin)


def test_every_bulletin_of_every_site_is_archived_once(crawled):
    urls = [record.url for record in response_records(crawled["folder"] / "warc" / "bulletins")]
    assert sorted(urls) == sorted(mirror_url(crawled["server"], b) for b in BULLETINS)
    assert crawled["first"].total["new"] == len(BULLETINS)
    assert crawled["first"].total["failed"] == 0


def test_list_pages_and_robots_go_to_the_other_archive_not_to_the_bulletins(crawled):
    other = [record.url for record in response_records(crawled["folder"] / "warc" / "other")]
    assert any(url.endswith("/robots.txt") for url in other)
    assert any(url.endswith("/jyyw/index_1.html") for url in other)  # numbered pages
    assert any(url.endswith("/xwzx/ndyw/1.htm") for url in other)  # count-down pages
    bulletin_urls = {record.url for record in response_records(crawled["folder"] / "warc" / "bulletins")}
    assert not any("index" in url or "ndyw" in url for url in bulletin_urls)


@pytest.mark.parametrize("source", ["jiangxi_education", "ncu_news", "xinhua_english", "xinhua_jiangxi"])
def test_titles_are_read_right_whatever_the_charset_labels_say(crawled, source):
    # jiangxi_education: GBK bytes labelled UTF-8 by the server; ncu_news: no charset in the
    # header; xinhua_english: UTF-8 with a BOM.
    with CrawlState.open(crawled["folder"] / "state.sqlite") as state:
        for bulletin in (b for b in BULLETINS if b["source"] == source):
            row = state._db.execute(
                "SELECT title, published FROM pages WHERE url = ?", (mirror_url(crawled["server"], bulletin),)
            ).fetchone()
            assert row["title"] == bulletin["title"]
            assert row["published"] == bulletin["published"][:10]


def test_the_archive_keeps_the_header_as_the_server_sent_it_and_the_bytes_as_they_came(crawled):
    titles = [b["title"] for b in BULLETINS if b["source"] == "jiangxi_education"]
    seen = 0
    for record in response_records(crawled["folder"] / "warc" / "bulletins"):
        if "jyt.jiangxi.gov.cn" in record.url:
            assert record.http_headers.get_header("Content-Type") == "text/html; charset=utf-8"
            assert any(title.encode("gbk") in record.body for title in titles)
            seen += 1
    assert seen == len(titles)


def test_state_offsets_point_at_the_response_records_of_their_urls(crawled):
    records = {
        (record.path, record.offset): record.url
        for record in response_records(crawled["folder"] / "warc" / "bulletins")
    }
    with CrawlState.open(crawled["folder"] / "state.sqlite") as state:
        pending = list(state.pending_extraction())
    assert len(pending) == len(BULLETINS)
    assert {(page.warc_path, page.offset): page.url for page in pending} == records


def test_a_second_run_fetches_nothing_new_and_asks_conditionally(crawled):
    second = crawled["second"]
    assert second.total["new"] == 0 and second.total["changed"] == 0
    assert second.total["unchanged"] > 0
    article_hits = [
        hit for hit in crawled["second_hits"] if "c.html" in hit.path or "/info/" in hit.path or "/t2025" in hit.path
    ]
    assert article_hits and all("If-None-Match" in hit.headers for hit in article_hits)
    bulletins = list(response_records(crawled["folder"] / "warc" / "bulletins"))
    assert len(bulletins) == len(BULLETINS)  # nothing archived twice


def test_a_second_run_stops_at_the_first_list_page_it_has_seen_entirely(crawled):
    second_paths = {hit.path for hit in crawled["second_hits"]}
    assert "/jyxw/index.htm" in second_paths
    assert "/jyxw/index_1.htm" not in second_paths
