"""The crawl state: hand-over to extract, and agreement with the archive after a stop."""

from __future__ import annotations

from pathlib import Path

from pipeline.bulletin import Bulletin
from pipeline.fetch.state import ArchivedPage, CrawlState, dated_records_path, document_id
from pipeline.fetch.warc_writer import Exchange, WarcWriter


def archive_page(state: CrawlState, writer: WarcWriter, url: str, body: bytes = b"<html>x</html>") -> None:
    written = writer.write_exchange(Exchange(url, 200, [("Content-Type", "text/html; charset=utf-8")], body))
    state.record_archived(
        ArchivedPage(
            url=url,
            source="s",
            status=200,
            fetched_at="2025-12-18T00:00:00+00:00",
            canonical_url=url,
            content_sha256=url,
            text_sha256=url,
            warc_path=written.path,
            warc_offset=written.offset,
            warc_length=written.length,
        ),
        warc_size=written.end,
    )


def test_pending_pages_point_into_the_archive_and_leave_once_marked(tmp_path: Path):
    with CrawlState.open(tmp_path / "state.sqlite") as state:
        writer = WarcWriter(tmp_path / "warc" / "a.warc.gz")
        state.register_warc(writer.path)
        for n in range(3):
            archive_page(state, writer, f"http://a.cn/{n}.html")
        pending = list(state.pending_extraction())
        assert [page.url for page in pending] == [f"http://a.cn/{n}.html" for n in range(3)]
        assert all(page.warc_path == writer.path.resolve() and page.source == "s" for page in pending)
        assert len({page.offset for page in pending}) == 3
        assert state.mark_extracted(["http://a.cn/0.html", document_id("http://a.cn/1.html")]) == 2
        assert [page.url for page in state.pending_extraction()] == ["http://a.cn/2.html"]


def test_document_ids_are_the_contracts_ids_for_a_url():
    url = "http://jx.news.cn/20251218/abc/c.html"
    assert document_id(url) == Bulletin(text="x", url=url).stable_id()


def test_a_changed_page_is_pending_again(tmp_path: Path):
    with CrawlState.open(tmp_path / "state.sqlite") as state:
        writer = WarcWriter(tmp_path / "a.warc.gz")
        state.register_warc(writer.path)
        archive_page(state, writer, "http://a.cn/1.html")
        state.mark_extracted(["http://a.cn/1.html"])
        archive_page(state, writer, "http://a.cn/1.html", body=b"<html>changed</html>")
        assert [page.url for page in state.pending_extraction()] == ["http://a.cn/1.html"]


def test_recovery_cuts_what_a_killed_run_wrote_after_its_last_commit(tmp_path: Path):
    with CrawlState.open(tmp_path / "state.sqlite") as state:
        writer = WarcWriter(tmp_path / "a.warc.gz")
        state.register_warc(writer.path)
        archive_page(state, writer, "http://a.cn/1.html")
        committed = writer.path.stat().st_size
        writer.write_exchange(Exchange("http://a.cn/2.html", 200, [], b"never recorded"))  # killed here
        writer.close()
        assert writer.path.stat().st_size > committed
        assert state.recover_archives() == [writer.path.resolve()]
        assert writer.path.stat().st_size == committed
        assert [page.url for page in state.pending_extraction()] == ["http://a.cn/1.html"]


def test_records_the_state_points_to_but_the_file_lost_are_forgotten(tmp_path: Path):
    with CrawlState.open(tmp_path / "state.sqlite") as state:
        writer = WarcWriter(tmp_path / "a.warc.gz")
        state.register_warc(writer.path)
        archive_page(state, writer, "http://a.cn/1.html")
        half = writer.path.stat().st_size
        archive_page(state, writer, "http://a.cn/2.html")
        writer.close()
        with open(writer.path, "r+b") as archive:
            archive.truncate(half)
        state.recover_archives()
        assert [page.url for page in state.pending_extraction()] == ["http://a.cn/1.html"]
        assert state.page("http://a.cn/2.html") is None


def test_extract_new_writes_to_a_dated_file():
    import datetime as dt

    assert dated_records_path(Path("out"), dt.date(2025, 12, 18)) == Path("out/records-2025-12-18.jsonl")
