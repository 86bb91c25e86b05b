"""Bad input through the real readers and the CLI: a clear Failure naming the document and the
reason, and the documents around it still written (session 29, fz)."""

from __future__ import annotations

import codecs
import io
import json
import os
import threading
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.batch import extract_batch, extract_bulletin, extract_or_fail
from pipeline.bulletin import Bulletin, Failure
from pipeline.cli import main
from pipeline.inputs import read_inputs, read_raw
from pipeline.nlp import load_pipeline
from pipeline.parallel import extract_parallel

GOOD_EN = "On 3 May 2024, Harlow Polytechnic signed a cooperation agreement with Nanchang University."
GOOD_ZH = "2024年5月3日，南昌大学与哈洛理工学院签署合作协议。"
PAGE = (
    "<html><head><meta charset='utf-8'><title>Agreement signed</title></head><body>"
    f"<h1>Agreement signed</h1><p>{GOOD_EN}</p><p>Both sides will exchange students.</p></body></html>"
)


def _line(**fields: object) -> str:
    return json.dumps(fields)  # ensure_ascii: a lone surrogate is written as its \\uXXXX escape


def _extract(inputs: list[Path], out: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[dict], str]:
    status = main(["extract", *map(str, inputs), "--out", str(out), "--quiet"])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return status, records, capsys.readouterr().err


def test_a_jsonl_line_with_a_lone_surrogate_is_named_and_the_lines_around_it_are_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = tmp_path / "docs.jsonl"
    lines.write_text(
        "\n".join([
            _line(id="a", text=GOOD_EN),
            _line(id="b\ud800", text=GOOD_EN),  # once crashed the whole batch when its record was written
            _line(id="c", text=GOOD_ZH + "\udc9c"),
            _line(id="d", text=GOOD_ZH),
        ])
        + "\n",
        encoding="utf-8",
    )
    status, records, err = _extract([lines], tmp_path / "out.jsonl", capsys)
    assert status == 1
    assert [record["document"]["id"] for record in records] == ["a", "d"]
    assert f"{lines}:2: id is not Unicode text: a lone surrogate U+D800 at character 1" in err
    assert f"{lines}:3: text is not Unicode text: a lone surrogate U+DC9C at character {len(GOOD_ZH)}" in err


def test_a_record_that_cannot_be_written_is_a_failure_naming_its_document() -> None:
    def unwritable(record: object) -> bytes:
        raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")

    bulletins = [Bulletin(text=GOOD_EN, language="en", origin=f"page{n}.html") for n in (1, 2)]
    results = list(extract_parallel(bulletins, workers=1, finish=unwritable))
    assert [(r.origin, r.reason.split(":")[0]) for r in results] == [
        ("page1.html", "record not written"),
        ("page2.html", "record not written"),
    ]


def test_a_jsonl_file_in_utf16_is_read_line_by_line(tmp_path: Path) -> None:
    for codec in ("utf-16", "utf-16-be", "utf-32", "utf-32-be"):
        lines = tmp_path / f"{codec}.jsonl"
        text = _line(id="a", text=GOOD_EN) + "\n\n" + _line(id="b", text=GOOD_ZH) + "\n"
        bom = {"utf-16-be": codecs.BOM_UTF16_BE, "utf-32-be": codecs.BOM_UTF32_BE}.get(codec, b"")
        lines.write_bytes(bom + text.encode(codec))
        items = list(read_inputs([lines]))
        assert [(item.origin, item.id) for item in items] == [(f"{lines}:1", "a"), (f"{lines}:3", "b")], codec


def test_a_utf16_jsonl_file_that_does_not_decode_is_named(tmp_path: Path) -> None:
    lines = tmp_path / "cut.jsonl"
    lines.write_bytes(codecs.BOM_UTF16_LE + _line(text=GOOD_EN).encode("utf-16-le") + b"\x00\xd8")  # half a pair
    [failure] = list(read_inputs([lines]))
    assert failure == Failure(origin=str(lines), reason=failure.reason)
    assert failure.reason.startswith("not UTF-16 text: ")


def test_json_nested_too_deeply_is_named_as_such(tmp_path: Path) -> None:
    lines = tmp_path / "deep.jsonl"
    lines.write_text("[" * 100_000 + "]" * 100_000 + "\n" + _line(text=GOOD_EN) + "\n")
    failure, bulletin = read_inputs([lines])
    assert failure == Failure(
        origin=f"{lines}:1", reason="not JSON this reader can take: arrays or objects nested too deeply"
    )
    assert bulletin.text == GOOD_EN


def test_a_url_that_does_not_parse_is_no_host_not_a_failed_page() -> None:
    for url in ("http://[::1/news/1.html", "http://news.example\u2100.edu.cn/1.html"):  # NFKC: '\u2100' is 'a/c'
        for text, language in ((GOOD_EN, "en"), (GOOD_ZH, "zh")):
            bulletin = Bulletin(text=text, url=url, language=language, origin="odd-url")
            assert bulletin.host is None
            assert "Nanchang University" in str(extract_bulletin(bulletin).institutions) or language == "zh"


def test_a_text_longer_than_the_limit_is_a_failure_saying_so() -> None:
    limit = load_pipeline("en").max_length  # spaCy's, 10**6 characters
    bulletin = Bulletin(text=GOOD_EN + " x" * (limit // 2), language="en", origin="long.txt")
    reason = f"text too long: {len(bulletin.text)} characters, more than the {limit} a document may have"
    assert extract_or_fail(bulletin) == Failure(origin="long.txt", reason=reason)
    good = Bulletin(text=GOOD_EN, language="en", origin="good.txt")
    failure, record = extract_batch([bulletin, good])
    assert failure == Failure(origin="long.txt", reason=reason)
    assert record.document.text == GOOD_EN


def _warc(path: Path, urls: list[str]) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        for url in urls:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            body = io.BytesIO(PAGE.encode())
            writer.write_record(writer.create_warc_record(url, "response", payload=body, http_headers=headers))


def test_a_warc_record_without_its_target_uri_is_named_by_its_number(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc"
    _warc(archive, ["http://www.example.edu.cn/1.html", ""])
    page, failure = read_inputs([archive])
    assert page.url == "http://www.example.edu.cn/1.html"
    assert failure.origin == f"{archive}#2"
    assert failure.reason.startswith("damaged archive record: a header missing or malformed (AttributeError")


def test_a_named_pipe_or_device_in_a_folder_is_named_not_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD_EN)
    os.mkfifo(tmp_path / "b.html")  # reading it would wait for a writer for ever
    (tmp_path / "c.txt").symlink_to(os.devnull)
    (tmp_path / "d.jsonl").write_text(_line(text=GOOD_ZH) + "\n")
    items: list = []
    reader = threading.Thread(target=lambda: items.extend(read_inputs([tmp_path])), daemon=True)
    reader.start()
    reader.join(60)
    assert not reader.is_alive(), "the walk waits on the named pipe"
    assert [(item.origin, getattr(item, "reason", None)) for item in items] == [
        (str(tmp_path / "a.txt"), None),
        (str(tmp_path / "b.html"), "not a regular file: a named pipe"),
        (str(tmp_path / "c.txt"), "not a regular file: a device"),
        (f"{tmp_path / 'd.jsonl'}:1", None),
    ]


def test_inputs_that_are_no_file_are_named_for_what_they_are(tmp_path: Path) -> None:
    (tmp_path / "dangling.html").symlink_to(tmp_path / "nowhere.html")
    (tmp_path / "loop1.html").symlink_to(tmp_path / "loop2.html")
    (tmp_path / "loop2.html").symlink_to(tmp_path / "loop1.html")
    paths = [tmp_path / "dangling.html", tmp_path / "loop1.html", Path(os.devnull), tmp_path / "missing.html"]
    assert [(failure.origin, failure.reason) for failure in read_raw(paths)] == [
        (str(paths[0]), "a symbolic link to nothing"),
        (str(paths[1]), "cannot read: Too many levels of symbolic links"),
        (os.devnull, "not a regular file: a device"),
        (str(paths[3]), "no such file or folder"),
    ]


def test_utf16_without_its_byte_order_mark_is_read_as_text_not_binary(tmp_path: Path) -> None:
    text_file = f"合作协议签署\n\n{GOOD_ZH}\u3000双方将互派学生。\n一年后再议。\n"
    for name, data in (("page.html", PAGE), ("news.txt", text_file), ("en.txt", f"Agreement\n\n{GOOD_EN}\n")):
        (tmp_path / name).write_text(data, encoding="utf-8")
        [plain] = read_inputs([tmp_path / name])
        for codec in ("utf-16-le", "utf-16-be"):
            wide = tmp_path / f"{codec}-{name}"
            wide.write_bytes(data.encode(codec))
            [read] = read_inputs([wide])
            assert (read.title, read.text) == (plain.title, plain.text), wide
    noise = tmp_path / "noise.html"
    noise.write_bytes(bytes(range(256)) * 8)
    assert [item.reason for item in read_inputs([noise])] == ["binary content, not text"]


def test_an_output_that_cannot_be_written_is_a_usage_error_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    # a folder: once found only at the end, when the finished file was to be moved into place
    assert main(["extract", str(page), "--out", str(tmp_path), "--quiet"]) == 2
    assert capsys.readouterr().err == f"extract: --out {tmp_path} is a folder: give the file to write\n"
    beneath_a_file = page / "records.jsonl"
    assert main(["extract", str(page), "--out", str(beneath_a_file), "--quiet"]) == 2
    assert capsys.readouterr().err.startswith(f"extract: cannot write {beneath_a_file}: ")
