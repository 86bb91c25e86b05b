"""One crawl of a site that misbehaves in every way the issue lists, against 127.0.0.1.

A 500 then success, a 429 with Retry-After, a slow response past the timeout, a redirect
to another host, a path robots.txt disallows, a 20 MB body, a gzip bomb, a GBK page
labelled UTF-8 and one with no charset anywhere, the same article under two URLs.
"""

from __future__ import annotations

import copy
from dataclasses import replace

import pytest

from pipeline.fetch.mirror import Fault, MirrorPage, MirrorServer
from pipeline.fetch.mirror_sites import article_path, build_site, load_layout, read_bulletins
from pipeline.fetch.sources import load_sources
from pipeline.fetch.state import CrawlState

from .conftest import crawl, response_records

SOURCE = "xinhua_jiangxi"
CASES = [
    "good",
    "flaky",
    "throttled",
    "slow",
    "elsewhere",
    "disallowed",
    "huge",
    "bomb",
    "gbk_as_utf8",
    "no_charset",
    "copy_by_query",
    "copy_by_path",
]


def case_bulletins() -> dict[str, dict]:
    """One bulletin per case, on its own day (robots.txt disallows one day's folder)."""
    base = [b for b in read_bulletins() if b["source"] == SOURCE][1]
    cases = {}
    for day, case in enumerate(CASES, start=1):
        bulletin = copy.deepcopy(base)
        bulletin["title"] = f"{base['title']}({case})"
        bulletin["published"] = f"2025-11-{day:02d}T10:00:00"
        cases[case] = bulletin
    return cases


@pytest.fixture(scope="module")
def faulty(tmp_path_factory):
    folder = tmp_path_factory.mktemp("faults")
    layout = load_layout(SOURCE)
    layout = replace(layout, per_page=20)
    bulletins = case_bulletins()
    site = build_site(layout, bulletins.values())
    path = {case: article_path(layout, bulletin) for case, bulletin in bulletins.items()}
    good = site.pages[path["good"]]
    with MirrorServer([site]) as server:
        site.faults[path["flaky"]] = Fault("status", status=500, times=1)
        site.faults[path["throttled"]] = Fault("retry_after", seconds=1, times=1)
        site.faults[path["slow"]] = Fault("slow", seconds=3)
        site.faults[path["elsewhere"]] = Fault("redirect", location=f"http://elsewhere.example:{server.port}/x")
        site.robots = f"User-agent: *\nDisallow: {path['disallowed'].rsplit('/', 2)[0]}/\n"
        site.faults[path["huge"]] = Fault("huge", size=20 * 1024 * 1024)
        site.faults[path["bomb"]] = Fault("gzip_bomb", size=64 * 1024 * 1024)
        gbk = bulletins["gbk_as_utf8"]
        site.pages[path["gbk_as_utf8"]] = MirrorPage(
            _page(gbk["title"], "gbk", meta=True), content_type="text/html; charset=utf-8"
        )
        site.pages[path["no_charset"]] = MirrorPage(
            _page(bulletins["no_charset"]["title"], "gbk", meta=False), content_type="text/html"
        )
        site.pages[path["copy_by_query"]] = good  # listed as good?from=..., see below
        site.pages[path["copy_by_path"]] = good
        listing = site.pages[layout.list_path]
        listing.body = listing.body.replace(path["copy_by_query"].encode(), (path["good"] + "?from=timeline").encode())
        site.pages[path["good"] + "?from=timeline"] = good
        source = next(s for s in load_sources() if s.name == SOURCE).pointed_at(server.origin(layout.host))
        summary = crawl([source], folder, max_bytes=10 * 1024 * 1024)
        yield {"folder": folder, "server": server, "path": path, "summary": summary, "bulletins": bulletins}


def _page(title: str, charset: str, meta: bool) -> bytes:
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />' if meta else ""
    body = "".join(f"<p>{title}。中外合作办学项目第{n}段。</p>" for n in range(8))
    html = (
        f"<html><head>{head}<title>{title}</title></head><body><div class='head-line'>"
        f"<span class='title'>{title}</span></div><div id='detail'>{body}</div></body></html>"
    )
    return html.encode(charset)


def archived(faulty) -> dict[str, bytes]:
    return {record.url: record.body for record in response_records(faulty["folder"] / "warc" / "bulletins")}


def url_of(faulty, case: str) -> str:
    return faulty["server"].origin("jx.news.cn") + faulty["path"][case]


def failure_of(faulty, case: str) -> str:
    return dict(faulty["summary"].failures).get(url_of(faulty, case), "")


def test_a_500_is_retried_and_the_page_archived(faulty):
    assert url_of(faulty, "flaky") in archived(faulty)
    assert len(faulty["server"].hits_of(faulty["path"]["flaky"])) == 2


def test_a_429_is_retried_no_sooner_than_retry_after(faulty):
    hits = faulty["server"].hits_of(faulty["path"]["throttled"])
    assert len(hits) == 2
    assert hits[1].at - hits[0].at >= 0.95
    assert url_of(faulty, "throttled") in archived(faulty)


def test_a_response_slower_than_the_timeout_fails_after_its_retries(faulty):
    assert "TimeoutError" in failure_of(faulty, "slow")
    assert len(faulty["server"].hits_of(faulty["path"]["slow"])) == 2  # retry_times=1
    assert url_of(faulty, "slow") not in archived(faulty)


def test_a_redirect_to_another_host_is_refused(faulty):
    assert "offsite" in failure_of(faulty, "elsewhere")
    assert not [hit for hit in faulty["server"].hits if hit.host == "elsewhere.example"]


def test_a_path_robots_txt_disallows_is_never_requested(faulty):
    assert "robots.txt" in failure_of(faulty, "disallowed")
    assert faulty["server"].hits_of(faulty["path"]["disallowed"]) == []
    assert faulty["server"].hits_of("/robots.txt")


def test_a_20_mb_body_and_a_gzip_bomb_are_cut_off_and_not_archived(faulty):
    for case in ("huge", "bomb"):
        assert failure_of(faulty, case), case
        assert url_of(faulty, case) not in archived(faulty)
    assert "DOWNLOAD_MAXSIZE" in failure_of(faulty, "bomb")


def test_gbk_pages_are_read_whatever_their_labels_say(faulty):
    with CrawlState.open(faulty["folder"] / "state.sqlite") as state:
        for case in ("gbk_as_utf8", "no_charset"):
            row = state._db.execute("SELECT title FROM pages WHERE url = ?", (url_of(faulty, case),)).fetchone()
            assert row["title"] == faulty["bulletins"][case]["title"]


def test_the_same_article_under_two_more_urls_is_archived_once(faulty):
    pages = archived(faulty)
    assert url_of(faulty, "good") in pages
    # a tracking parameter is dropped from the link: the variant is not even requested
    assert faulty["server"].hits_of(faulty["path"]["good"] + "?from=timeline") == []
    # another path serving the same article is fetched, seen to be a copy, and not archived
    assert faulty["server"].hits_of(faulty["path"]["copy_by_path"])
    assert url_of(faulty, "copy_by_path") not in pages
    assert faulty["summary"].total["duplicate"] == 1


def test_the_counts_add_up(faulty):
    total = faulty["summary"].total
    assert total["new"] == 5  # good, flaky, throttled, gbk_as_utf8, no_charset
    assert total["failed"] == 3  # slow, huge, bomb
    assert total["skipped"] == 2  # elsewhere (offsite), disallowed (robots.txt)
    assert len(archived(faulty)) == 5
