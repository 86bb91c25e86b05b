"""End to end through the CLI: inputs of every kind in, JSONL out, failures named."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from support import check_evidence

from schemas import BulletinRecord

SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds"

ENGLISH = """新华网 > 江西 > 正文
2025 12/18 10:25:15
来源:Jiangxi Provincial Education Department

Nanchang University Signs With Harlow University

字体:

  On December 2, Nanchang University and Harlow University, UK, signed a memorandum of understanding in Nanchang.

【纠错】 【责任编辑:李明】
"""

GBK_PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>江西师范大学与俄罗斯喀山联邦大学签署合作协议_江西省教育厅</title></head><body>
<div class="nav">首页 | 教育资讯 | 政务公开</div><div class="crumb">当前位置: 首页 > 教育资讯 > 正文</div>
<h1>江西师范大学与俄罗斯喀山联邦大学签署合作协议</h1>
<div class="info">发布时间:2025-11-06 来源:江西省教育厅 浏览次数:128</div>
<div class="content"><p>　　11月5日，江西师范大学与俄罗斯喀山联邦大学在南昌签署合作协议，
双方将开展2+2本科双学位项目。</p>
<p>　　江西省教育厅副厅长王明出席签约仪式。</p></div>
<div class="footer">版权所有 江西省教育厅 网站地图</div></body></html>"""


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, timeout=300)


def read_records(path: Path) -> list[BulletinRecord]:
    return [BulletinRecord.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_batch_writes_good_documents_and_names_broken_ones(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (inputs / "b.html").write_bytes(GBK_PAGE.encode("gbk"))
    (inputs / "empty.html").write_bytes(b"")
    (inputs / "binary.html").write_bytes(bytes(range(256)) * 4)
    out = tmp_path / "out" / "records.jsonl"
    result = run_cli("extract", str(inputs), "--out", str(out))
    assert result.returncode == 1
    assert "empty.html" in result.stderr and "binary.html" in result.stderr
    records = read_records(out)
    assert [r.document.language for r in records] == ["en", "zh"]
    for record in records:
        check_evidence(record)
    english, chinese = records
    assert english.document.published_at == "2025-12-18T10:25:15+08:00"
    assert english.partnerships[0].kind == "mou" and english.partnerships[0].date == "2025-12-02"
    assert "字体" not in english.document.text and "纠错" not in english.document.text
    assert chinese.partnerships[0].foreign_country == "RU"
    assert chinese.document.credited_source == "江西省教育厅"
    assert "网站地图" not in chinese.document.text


def test_reruns_are_byte_identical_and_stdout_works(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(ENGLISH, encoding="utf-8")
    first, second = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    assert run_cli("extract", str(source), "--out", str(first)).returncode == 0
    assert run_cli("extract", str(source), "--out", str(second)).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    piped = run_cli("extract", str(source), "--out", "-", "--quiet")
    assert piped.stdout.encode("utf-8") == first.read_bytes()
    assert "\\u" not in piped.stdout  # Chinese as characters


def test_jsonl_input_keeps_ids_and_detects_language(tmp_path: Path) -> None:
    source = tmp_path / "docs.jsonl"
    lines = [
        {"id": "x1", "published": "2025-06-01", "text": "6月1日，南昌大学与英国哈洛大学签署合作协议。"},
        {"id": "x2", "text": "Jiangxi Normal University met Harlow University, UK."},
    ]
    source.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert run_cli("extract", str(source), "--out", str(out)).returncode == 0
    records = read_records(out)
    assert [(r.document.id, r.document.language) for r in records] == [("x1", "zh"), ("x2", "en")]
    assert records[0].partnerships[0].date == "2025-06-01"


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run_cli("extract").returncode == 2
    assert run_cli("extract", str(tmp_path)).returncode == 2  # --out missing


def test_missing_input_is_named_and_output_still_written(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text(ENGLISH, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    result = run_cli("extract", str(good), str(tmp_path / "nope.html"), "--out", str(out))
    assert result.returncode == 1 and "nope.html" in result.stderr
    assert len(read_records(out)) == 1


def test_seed_bulletin_gives_every_expected_fact() -> None:
    checker = SEED.parent / "tools" / "check_seed.py"
    if not checker.exists():
        import pytest

        pytest.skip("../shared is not beside this checkout")
    result = subprocess.run([sys.executable, str(checker)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workers_write_what_one_process_writes(tmp_path: Path) -> None:
    """Pages of both languages, a JSONL export and broken files: the same bytes, the same
    failures named and the same facts counted, whether one process or two workers do it."""
    corpus = Path(__file__).resolve().parents[2] / "corpus" / "bulletins"
    inputs = tmp_path / "in"
    inputs.mkdir()
    for page in sorted(corpus.glob("en/*.html"))[:5] + sorted(corpus.glob("zh/*.html"))[:5]:
        (inputs / f"{page.parent.name}-{page.name}").write_bytes(page.read_bytes())
    (inputs / "export.jsonl").write_text(
        json.dumps({"id": "x-1", "text": "11月18日，江西省中外合作办学联盟在南昌成立。"}, ensure_ascii=False)
        + "\nnot json\n",
        encoding="utf-8",
    )
    (inputs / "empty.html").write_bytes(b"")
    one = run_cli("extract", str(inputs), "--out", str(tmp_path / "one.jsonl"))
    two = run_cli("extract", str(inputs), "--out", str(tmp_path / "two.jsonl"), "--workers", "2")
    assert one.returncode == two.returncode == 1
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert len(read_records(tmp_path / "one.jsonl")) == 11
    shown = [line.replace(str(tmp_path / "one.jsonl"), "OUT") for line in one.stderr.splitlines()]
    assert shown == [line.replace(str(tmp_path / "two.jsonl"), "OUT") for line in two.stderr.splitlines()]
    assert any(line.startswith(f"{inputs}/empty.html: ") for line in shown)
    assert any(line.startswith(f"{inputs}/export.jsonl:2: ") for line in shown)


def test_record_line_writes_what_json_dumps_of_the_record_writes() -> None:
    import json

    from pipeline.batch import extract_bulletin
    from pipeline.bulletin import Bulletin
    from pipeline.emit import record_line
    from pipeline.parse.decode import decode_bytes

    first = sorted((Path(__file__).resolve().parents[2] / "corpus" / "bulletins" / "zh").glob("*.txt"))[0]
    bulletin = Bulletin(text=decode_bytes(first.read_bytes())[0], language="zh", origin="test")
    record = extract_bulletin(bulletin)
    expected = json.dumps(record.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":")) + "\n"
    assert record_line(record) == expected
    assert "\\u" not in record_line(record)  # Chinese as characters
