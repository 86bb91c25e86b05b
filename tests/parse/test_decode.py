"""Charset decoding: declared, undeclared and wrongly declared Chinese pages."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from pipeline.parse.decode import UndecodableError, decode_bytes


def test_gbk_page_declaring_gb2312_is_read_as_gb18030(fixtures: Path) -> None:
    text, codec = decode_bytes((fixtures / "jyt_gbk.html").read_bytes())
    assert codec == "gb18030"
    assert "中外合作办学项目评估结果" in text


def test_gbk_page_whose_meta_says_utf8_is_still_read(fixtures: Path) -> None:
    data = (fixtures / "jyt_gbk_meta_says_utf8.html").read_bytes()
    assert b"charset=utf-8" in data
    text, codec = decode_bytes(data)
    assert codec == "gb18030"
    assert "中外合作办学项目评估结果" in text


def test_undeclared_big5_is_not_read_as_gb18030_garbage(fixtures: Path) -> None:
    data = (fixtures / "big5_traditional.html").read_bytes()
    assert b"charset" not in data.lower()
    data.decode("gb18030")  # the trap: GB18030 accepts these bytes without an error
    text, codec = decode_bytes(data)
    assert codec.startswith("big5")
    assert "南昌航空大學與白俄羅斯國立大學" in text


def test_big5_page_wrongly_declared_gb2312_is_read_as_big5(fixtures: Path) -> None:
    data = (
        (fixtures / "big5_traditional.html").read_bytes().replace(b"<head>", b'<head><meta charset="gb2312">')
    )
    text, codec = decode_bytes(data)
    assert codec.startswith("big5")
    assert "白俄羅斯國立大學" in text


def test_utf8_with_bom_loses_the_bom(fixtures: Path) -> None:
    data = codecs.BOM_UTF8 + (fixtures / "xinhua_seed.txt").read_bytes()
    text, _ = decode_bytes(data)
    assert text.startswith("新华网 > 江西")


def test_utf8_page_declaring_gbk_is_read_as_utf8(fixtures: Path) -> None:
    data = (fixtures / "xinhua_jx_channel.html").read_bytes().replace(b"charset=utf-8", b"charset=gbk")
    text, codec = decode_bytes(data)
    assert codec == "utf-8"
    assert "江西省中外合作办学联盟" in text


def test_header_charset_is_used_for_undeclared_pages() -> None:
    data = "南昌大学与澳大利亚某某大学签署合作协议".encode("gbk")
    text, _ = decode_bytes(data, header_charset="GBK")
    assert text == "南昌大学与澳大利亚某某大学签署合作协议"


def test_a_few_broken_bytes_do_not_lose_a_gbk_page(fixtures: Path) -> None:
    data = (fixtures / "jyt_gbk.html").read_bytes()
    damaged = data[:600] + b"\xff" + data[600:]
    text, codec = decode_bytes(damaged)
    assert codec == "gb18030"
    assert "中外合作办学项目评估结果" in text


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b" \n\t ", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary")],
)
def test_unreadable_bytes_raise_undecodable(data: bytes, reason: str) -> None:
    with pytest.raises(UndecodableError, match=reason):
        decode_bytes(data)
