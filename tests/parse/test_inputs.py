"""read_inputs: folders walked in sorted order, dispatch on extension, bad input as Failure."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from support import write_warc

from pipeline.bulletin import Bulletin, Failure
from pipeline.inputs import RawFile, RawLine, RawPage, parse_raw, read_inputs, read_raw
from pipeline.parse.text import parse_text


def test_jsonl_documents_and_bad_lines(fixtures: Path) -> None:
    path = fixtures / "documents.jsonl"
    items = list(read_inputs([path]))
    assert [type(item).__name__ for item in items] == [
        "Bulletin",
        "Bulletin",
        "Failure",
        "Failure",
        "Failure",
        "Failure",
        "Failure",
        "Bulletin",
    ]
    first, second = items[0], items[1]
    assert (first.id, first.url, first.language, first.title) == (
        "jx-001",
        "http://jx.news.cn/1.html",
        "zh",
        "江西成立中外合作办学联盟",
    )
    assert first.published == dt.date(2025, 11, 18) and first.published_at is None
    assert first.text == "11月18日，江西省中外合作办学联盟在南昌成立。"
    assert second.language is None  # detected later, not here
    assert second.published_at == dt.datetime(2025, 11, 18, 16, 20, 51, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert items[-1].published_at.utcoffset() == dt.timedelta(0)
    assert [item.origin for item in items if isinstance(item, Failure)] == [
        f"{path}:{number}" for number in (3, 4, 6, 7, 8)
    ]


def test_folder_walk_is_sorted_recursive_and_skips_other_files(tmp_path: Path, fixtures: Path) -> None:
    (tmp_path / "b" / "deeper").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    shutil.copy(fixtures / "xinhua_seed.txt", tmp_path / "b" / "deeper" / "seed.txt")
    shutil.copy(fixtures / "english_portal.html", tmp_path / "a.HTML")
    shutil.copy(fixtures / "big5_traditional.html", tmp_path / "b" / "c.htm")
    shutil.copy(fixtures / "xinhua_seed.txt", tmp_path / ".hidden" / "seed.txt")
    (tmp_path / "b" / "seed.expected.json").write_text("{}", encoding="utf-8")
    (tmp_path / "notes.md").write_text("# notes", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    items = list(read_inputs([tmp_path]))
    assert all(isinstance(item, Bulletin) for item in items)
    assert [Path(item.origin).relative_to(tmp_path).as_posix() for item in items] == [
        "a.HTML",
        "b/c.htm",
        "b/deeper/seed.txt",
    ]


def test_bad_files_are_failures_and_the_walk_goes_on(tmp_path: Path, fixtures: Path) -> None:
    (tmp_path / "1-empty.html").write_bytes(b"")
    (tmp_path / "2-binary.txt").write_bytes(b"%PDF-1.4\n\x00\x01\x02\x03" + bytes(500))
    (tmp_path / "3-nav-only.html").write_bytes(
        b"<html><body><a href='/'>Home</a> | <a>News</a> | <a>About</a></body></html>"
    )
    (tmp_path / "4-empty.txt").write_bytes(b"\n\n")
    shutil.copy(fixtures / "txt_with_chrome.txt", tmp_path / "5-good.txt")
    items = list(read_inputs([tmp_path]))
    assert [type(item).__name__ for item in items] == ["Failure", "Failure", "Failure", "Failure", "Bulletin"]
    reasons = {Path(item.origin).name: item.reason for item in items if isinstance(item, Failure)}
    assert "empty" in reasons["1-empty.html"]
    assert "binary" in reasons["2-binary.txt"]
    assert "no article text" in reasons["3-nav-only.html"]


def test_gbk_txt_file_is_decoded(tmp_path: Path, fixtures: Path) -> None:
    text = (fixtures / "txt_with_chrome.txt").read_text(encoding="utf-8")
    (tmp_path / "gbk.txt").write_bytes(text.encode("gb18030"))
    [item] = list(read_inputs([tmp_path / "gbk.txt"]))
    assert isinstance(item, Bulletin)
    assert item.title == "江西两所高校与澳大利亚高校签署合作协议"


def test_explicit_unsupported_or_missing_paths_are_failures(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text("a,b\n", encoding="utf-8")
    items = list(read_inputs([tmp_path / "data.csv", tmp_path / "missing.html"]))
    assert [type(item) for item in items] == [Failure, Failure]
    assert "not a supported input" in items[0].reason
    assert "no such file" in items[1].reason


def test_unreadable_file_is_a_failure(tmp_path: Path, fixtures: Path) -> None:
    broken = tmp_path / "dangling.html"
    broken.symlink_to(tmp_path / "gone.html")
    shutil.copy(fixtures / "xinhua_seed.txt", tmp_path / "z.txt")
    items = list(read_inputs([tmp_path]))
    assert [type(item) for item in items] == [Failure, Bulletin]


def test_read_raw_parses_nothing_and_parse_raw_gives_what_read_inputs_gives(
    tmp_path: Path, fixtures: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(fixtures / "english_portal.html", tmp_path / "a.html")
    shutil.copy(fixtures / "xinhua_seed.txt", tmp_path / "b.txt")
    shutil.copy(fixtures / "documents.jsonl", tmp_path / "c.jsonl")
    write_warc(tmp_path / "d.warc.gz", [fixtures / "jyt_gbk.html", fixtures / "university_news.html"])
    (tmp_path / "e.html").write_bytes(b"")
    with monkeypatch.context() as patched:

        def parses(*args, **kwargs):
            raise AssertionError("read_raw parsed a document")

        for name in (
            "pipeline.parse.html.parse_html",
            "pipeline.parse.text.parse_text",
            "pipeline.inputs.bulletin_from_json",
            "pipeline.parse.decode.decode_bytes",
        ):
            patched.setattr(name, parses)
        raws = list(read_raw([tmp_path]))
    assert [type(raw) for raw in raws] == [RawFile, RawFile] + [RawLine] * 8 + [RawPage] * 2 + [RawFile]
    assert [parse_raw(raw) for raw in raws] == list(read_inputs([tmp_path]))
    assert [raw.origin for raw in raws][-3:] == [
        f"{tmp_path}/d.warc.gz#1",
        f"{tmp_path}/d.warc.gz#2",
        f"{tmp_path}/e.html",
    ]


def test_an_unexpected_error_on_one_jsonl_line_fails_that_line_and_the_file_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    too_deep = '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"  # json.loads: RecursionError
    good = json.dumps({"id": "ok", "text": "江西省中外合作办学联盟在南昌成立。"}, ensure_ascii=False)
    path.write_text(f"{too_deep}\n{good}\n", encoding="utf-8")
    failure, bulletin = read_inputs([path])
    assert isinstance(failure, Failure) and failure.origin == f"{path}:1"
    assert failure.reason == "not JSON this reader can take: arrays or objects nested too deeply"
    assert isinstance(bulletin, Bulletin) and bulletin.id == "ok"


def test_a_copied_page_without_a_banner_is_named_by_its_copyright_line() -> None:
    text = (
        "首页 | 学校要闻 | 正文\n"
        "我校代表团访问哈萨克斯坦两所高校\n"
        "发布时间:2026-10-12  来源:国际交流处\n"
        "10月8日至11日，我校代表团访问哈萨克斯坦，先后走访阿尔法拉比哈萨克国立大学和欧亚国立大学。\n"
        "上一篇：我校举办留学生运动会\n"
        "地址：新疆伊宁市解放西路448号　版权所有 © 伊犁师范大学　新ICP备05000001号\n"
    )
    assert parse_text(text).site_name == "伊犁师范大学"
