"""The WARC writer: standard WARC 1.1, a gzip member per record, exchanges as received."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from pipeline.fetch.warc_writer import Exchange, WarcWriter

from .conftest import gzip_members

PAGE = "<html><head><meta charset='gbk'></head><body><p>中外合作办学</p></body></html>".encode("gbk")


def write_one(path: Path, **overrides) -> None:
    exchange = Exchange(
        url="http://jyt.jiangxi.gov.cn/jyyw/202511/t20251120_1.html",
        status=200,
        response_headers=[
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Encoding", "gzip"),
            ("Transfer-Encoding", "chunked"),
            ("ETag", '"abc"'),
        ],
        body=gzip.compress(PAGE),
        request_headers=[("User-Agent", "edu-bulletin-pipeline/0.1"), ("Accept-Encoding", "gzip")],
        ip_address="127.0.0.1",
    )
    writer = WarcWriter(path)
    writer.write_exchange(exchange)
    writer.write_exchange(exchange)
    writer.close()


def test_each_exchange_is_a_response_and_a_request_record_each_its_own_gzip_member(tmp_path: Path):
    path = tmp_path / "a.warc.gz"
    write_one(path)
    with open(path, "rb") as stream:
        records = list(ArchiveIterator(stream))
        types = [record.rec_type for record in records]
    assert types == ["warcinfo", "response", "request", "response", "request"]
    assert gzip_members(path) == 5


def test_the_response_keeps_the_headers_as_received_and_the_body_reads_back(tmp_path: Path):
    path = tmp_path / "a.warc.gz"
    write_one(path)
    with open(path, "rb") as stream:
        for record in ArchiveIterator(stream):
            assert record.rec_headers.protocol == "WARC/1.1"
            if record.rec_type == "warcinfo":
                continue
            assert record.rec_headers.get_header("WARC-Target-URI").endswith("t20251120_1.html")
            if record.rec_type == "response":
                assert record.http_headers.get_header("Content-Type") == "text/html; charset=utf-8"
                assert record.http_headers.get_header("ETag") == '"abc"'
                assert record.http_headers.get_header("Transfer-Encoding") is None  # the body is de-chunked
                assert record.content_stream().read() == PAGE
                assert record.rec_headers.get_header("WARC-IP-Address") == "127.0.0.1"
            if record.rec_type == "request":
                assert (record.http_headers.protocol, record.http_headers.statusline) == (
                    "GET",
                    "/jyyw/202511/t20251120_1.html HTTP/1.1",
                )
                assert record.http_headers.get_header("User-Agent") == "edu-bulletin-pipeline/0.1"
                assert record.rec_headers.get_header("WARC-Concurrent-To")


def test_the_parse_stage_reads_the_archive_as_written(tmp_path: Path):
    archive = pytest.importorskip("pipeline.archive")
    path = tmp_path / "a.warc.gz"
    write_one(path)
    pages = list(archive.iter_warc_pages(path))
    assert [page.data for page in pages] == [PAGE, PAGE]
    assert pages[0].charset == "utf-8"  # the header's word, wrong as it is; decoding sorts it out
