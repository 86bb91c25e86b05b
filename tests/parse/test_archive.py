"""WARC archives: every HTML response record is a page; damage is a Failure."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.archive import WarcPage, iter_warc_pages
from pipeline.bulletin import Bulletin, Failure
from pipeline.inputs import read_inputs


def write_warc(path: Path, fixtures: Path, *, compress: bool) -> None:
    """A crawl of three pages (one GBK served without a charset in its header), a
    request record and an image, as the crawler writes them."""
    pages = [
        ("http://jx.news.cn/20251118/abc/c.html", "xinhua_jx_channel.html", "text/html; charset=utf-8"),
        ("http://jyt.example.gov.cn/jyzx/202511/t20251118_1.html", "jyt_gbk.html", "text/html"),
        ("https://english.example-jx.gov.cn/news/1.html", "english_portal.html", "text/html; charset=UTF-8"),
    ]
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=compress)
        for url, name, content_type in pages:
            request = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(request)
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            body = io.BytesIO((fixtures / name).read_bytes())
            writer.write_record(
                writer.create_warc_record(url, "response", payload=body, http_headers=headers)
            )
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        png = io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(64))
        writer.write_record(
            writer.create_warc_record("http://jx.news.cn/a.png", "response", payload=png, http_headers=image)
        )


@pytest.mark.parametrize("compress", [False, True])
def test_every_html_response_is_a_page(tmp_path: Path, fixtures: Path, compress: bool) -> None:
    archive = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    write_warc(archive, fixtures, compress=compress)
    pages = list(iter_warc_pages(archive))
    assert all(isinstance(page, WarcPage) for page in pages)
    assert [page.url for page in pages] == [
        "http://jx.news.cn/20251118/abc/c.html",
        "http://jyt.example.gov.cn/jyzx/202511/t20251118_1.html",
        "https://english.example-jx.gov.cn/news/1.html",
    ]
    assert [page.charset for page in pages] == ["utf-8", None, "UTF-8"]
    assert pages[1].data == (fixtures / "jyt_gbk.html").read_bytes()
    assert pages[0].origin == f"{archive}#2"  # record 1 is the request


def test_read_inputs_parses_archived_pages_with_their_urls(tmp_path: Path, fixtures: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive, fixtures, compress=True)
    bulletins = list(read_inputs([archive]))
    assert all(isinstance(item, Bulletin) for item in bulletins)
    assert [item.title for item in bulletins] == [
        "江西省中外合作办学联盟在南昌成立",
        "江西省教育厅关于公布2025年中外合作办学项目评估结果的通知",
        "Jiangxi universities sign cooperation agreements with foreign partners",
    ]
    assert bulletins[1].source == "jyt_style"  # the record's URL picks the site rules
    assert bulletins[0].url == "http://jx.news.cn/20251118/abc/c.html"  # the record's URL beats canonical


def test_truncated_record_is_a_failure_after_the_good_ones(tmp_path: Path, fixtures: Path) -> None:
    archive = tmp_path / "cut.warc"
    write_warc(archive, fixtures, compress=False)
    data = archive.read_bytes()
    cut = data.index(b"<!DOCTYPE html>", data.index(b"english.example-jx.gov.cn")) + 200
    archive.write_bytes(data[:cut])
    items = list(iter_warc_pages(archive))
    assert [type(item) for item in items] == [WarcPage, WarcPage, Failure]
    assert items[2].origin == f"{archive}#6"
    assert "truncated" in items[2].reason


def test_truncated_gzip_archive_is_a_failure(tmp_path: Path, fixtures: Path) -> None:
    archive = tmp_path / "cut.warc.gz"
    write_warc(archive, fixtures, compress=True)
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) * 2 // 3])
    items = list(read_inputs([archive]))
    assert isinstance(items[0], Bulletin)
    assert isinstance(items[-1], Failure)
    assert items[-1].origin.startswith(f"{archive}#")


@pytest.mark.parametrize("content", [b"", b"this is not an archive\n", gzip.compress(b"not a warc either")])
def test_unreadable_archive_is_a_failure(tmp_path: Path, content: bytes) -> None:
    archive = tmp_path / "bad.warc.gz"
    archive.write_bytes(content)
    items = list(read_inputs([archive]))
    assert len(items) == 1
    assert isinstance(items[0], Failure)


def test_error_pages_are_failures_and_redirects_are_skipped(tmp_path: Path, fixtures: Path) -> None:
    archive = tmp_path / "statuses.warc.gz"
    with archive.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for status, url in (
            ("301 Moved Permanently", "http://a.cn/old"),
            ("404 Not Found", "http://a.cn/gone"),
        ):
            headers = StatusAndHeaders(status, [("Content-Type", "text/html")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(b"<html></html>"), http_headers=headers
            )
            writer.write_record(record)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = io.BytesIO((fixtures / "english_portal.html").read_bytes())
        writer.write_record(
            writer.create_warc_record("http://a.cn/new", "response", payload=body, http_headers=headers)
        )
    items = list(read_inputs([archive]))
    assert [type(item) for item in items] == [Failure, Bulletin]
    assert items[0].origin == f"{archive}#2"
    assert "404" in items[0].reason
