"""`review --label-studio`: Label Studio import tasks whose pre-annotated spans are the records' evidence."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from pipeline.cli import main
from pipeline.review.kinds import fact_kinds
from pipeline.review.records import load_records

FIXTURES = Path(__file__).parent / "fixtures"


def _evidence_count(record) -> int:
    """Spans in document.text (not in the title or source line)."""
    spans = sum(1 for item in record.institutions for mention in item.mentions if not mention.field)
    return spans + sum(
        len(facts) for facts in (record.partnerships, record.roles, record.role_counts, record.events, record.people)
    )


def test_label_studio_tasks_carry_the_text_and_one_region_per_evidence_span(tmp_path: Path) -> None:
    assert main(["review", str(FIXTURES / "records.jsonl"), "--out", str(tmp_path), "--label-studio"]) == 0
    tasks = json.loads((tmp_path / "label-studio" / "tasks.json").read_text("utf-8"))
    records = load_records(FIXTURES / "records.jsonl").records
    assert [task["data"]["doc_id"] for task in tasks] == [record.document.id for record in records]
    labels = {kind["label"] for kind in fact_kinds()}
    for task, record in zip(tasks, records, strict=True):
        regions = task["predictions"][0]["result"]
        assert len(regions) == _evidence_count(record)
        for region in regions:
            value = region["value"]
            assert task["data"]["text"][value["start"] : value["end"]] == value["text"]
            assert value["labels"][0] in labels
            assert region["from_name"] == "fact" and region["to_name"] == "text"
        assert len({region["id"] for region in regions}) == len(regions)


def test_label_studio_config_declares_the_labels_the_tasks_use(tmp_path: Path) -> None:
    main(["review", str(FIXTURES / "hostile.jsonl"), "--out", str(tmp_path), "--label-studio"])
    config = ElementTree.parse(tmp_path / "label-studio" / "config.xml").getroot()
    declared = {label.get("value") for label in config.iter("Label")}
    tasks = json.loads((tmp_path / "label-studio" / "tasks.json").read_text("utf-8"))
    used = {region["value"]["labels"][0] for task in tasks for region in task["predictions"][0]["result"]}
    assert used <= declared
    assert config.find("Labels").get("toName") == config.find("Text").get("name")


def test_without_the_flag_no_label_studio_files_are_written(tmp_path: Path) -> None:
    main(["review", str(FIXTURES / "records.jsonl"), "--out", str(tmp_path)])
    assert not (tmp_path / "label-studio").exists()
