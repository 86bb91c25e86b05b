"""Pairing predicted records with gold bulletins, and the in-process extractor."""

from __future__ import annotations

import json
import sys
import types
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from pipeline.bulletin import Failure
from pipeline.evaluate.gold import load_gold
from pipeline.evaluate.predictions import extract_in_process, pair_records, parsed_document_id, read_records
from schemas import BulletinRecord, Document


def _record(doc_id: str, title: str | None = None, **extra: object) -> dict:
    return {"document": {"id": doc_id, "language": "en", "title": title, "text": "x"}, **extra}


def test_records_pair_by_id_file_field_or_url(gold_dir: Path) -> None:
    bulletins = load_gold(gold_dir).bulletins
    records = [
        _record("0f3c", url="https://example.edu/news/beta-2025-05-08.html"),
        _record("gamma-2025-03-04"),
        _record("ffff", file="/elsewhere/alpha-2025-01-02.txt"),
    ]
    records[0]["document"]["url"] = records[0].pop("url")
    paired = pair_records(bulletins, records)
    by_id = {b.id: paired[b].record for b in bulletins}
    assert by_id["beta-2025-05-08"] is records[0]
    assert by_id["gamma-2025-03-04"] is records[1]
    assert by_id["alpha-2025-01-02"] is records[2]


def test_a_record_pairs_by_its_title_when_nothing_else_names_it(gold_dir: Path) -> None:
    bulletins = load_gold(gold_dir).bulletins
    records = [_record("a1b2c3", title="NANCHANG UNIVERSITY HOSTS FORUM")]
    paired = pair_records(bulletins, records)
    beta = next(b for b in bulletins if b.id == "beta-2025-05-08")
    assert paired[beta].record is records[0]
    others = [paired[b] for b in bulletins if b is not beta]
    assert all(p.record is None and p.failure for p in others)


def test_the_fixture_predictions_are_contract_records(predictions_path: Path) -> None:
    for record in read_records(predictions_path):
        record.pop("file", None)  # an identifier beside the record, outside the contract
        BulletinRecord.model_validate(record)


def test_a_line_that_is_not_a_json_object_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"document": {}}\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:2"):
        read_records(path)


def _fake_batch(monkeypatch: pytest.MonkeyPatch, calls: list[dict]) -> None:
    """Stands in for `pipeline.batch` with the signature the extractor will have."""

    def extract_files(
        paths: Iterable[Path], mode: str = "both"
    ) -> Iterator[tuple[Path, BulletinRecord | Failure]]:
        calls.append({"mode": mode})
        for path in paths:
            if path.suffix == ".html":
                yield path, Failure(origin=str(path), reason="unreadable page")
            else:
                document = Document(id=path.stem, language="en", text="text")
                yield path, BulletinRecord(document=document)

    module = types.ModuleType("pipeline.batch")
    module.extract_files = extract_files  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pipeline.batch", module)


def test_the_extractor_runs_in_process_and_failures_are_kept(
    gold_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict] = []
    _fake_batch(monkeypatch, calls)
    paths = [b.path for b in load_gold(gold_dir).bulletins]
    predictions = extract_in_process(paths, mode="rules")
    assert calls == [{"mode": "rules"}]
    html = next(path for path in paths if path.suffix == ".html")
    assert predictions[html].record is None
    assert predictions[html].failure == "unreadable page"
    for path in paths:
        if path != html:
            assert predictions[path].record["document"]["id"] == path.stem


def test_records_written_by_extract_pair_by_the_parsers_document_id(gold_dir: Path) -> None:
    bulletins = load_gold(gold_dir).bulletins
    alpha = next(b for b in bulletins if b.id == "alpha-2025-01-02")
    document_id = parsed_document_id(alpha.path)
    assert document_id and document_id != alpha.id
    records = [_record("0000000000000000", title="Latest News"), _record(document_id, title="Latest News")]
    assert pair_records(bulletins, records)[alpha].record is records[1]


def test_a_record_pairs_by_the_url_the_gold_gives(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text("<html><body>x</body></html>", encoding="utf-8")
    gold = {"file": "page.html", "document": {"url": "https://example.edu/news/2025/0102/c1a2/page.htm"}}
    (tmp_path / "page-2025.expected.json").write_text(json.dumps(gold), encoding="utf-8")
    records = [_record("abc"), _record("def")]
    records[1]["document"]["url"] = "https://example.edu/news/2025/0102/c1a2/page.htm"
    [bulletin] = load_gold(tmp_path).bulletins
    assert pair_records([bulletin], records)[bulletin].record is records[1]
