"""Predictions as Label Studio import tasks: the text plus one pre-annotated span per evidence.

Offsets are code points into `document.text`, as in the records (Python `text[start:end]`);
evidence in another document field (`Evidence.field`: title, credited source) is left out.
Import `tasks.json` into a project whose labelling config is `config.xml` (written beside it).
"""

from __future__ import annotations

import json
from pathlib import Path
from xml.sax.saxutils import quoteattr

from pipeline.review.gold import gold_facts
from pipeline.review.kinds import fact_kinds
from schemas.records import BulletinRecord, Evidence

MODEL_VERSION = "edu-bulletin-pipeline"


def labelling_config() -> str:
    labels = "\n".join(
        f"    <Label value={quoteattr(kind['label'])} background={quoteattr(kind['ink'])}/>" for kind in fact_kinds()
    )
    return (
        "<View>\n"
        '  <Header value="$title"/>\n'
        '  <Labels name="fact" toName="text">\n'
        f"{labels}\n"
        "  </Labels>\n"
        '  <Text name="text" value="$text"/>\n'
        "</View>\n"
    )


def label_studio_task(record: BulletinRecord) -> dict:
    document = record.document
    return {
        "data": {
            "text": document.text,
            "title": document.title or "",
            "doc_id": document.id,
            "url": document.url or "",
            "language": document.language,
            "published": document.published or "",
        },
        "predictions": [{"model_version": MODEL_VERSION, "result": _regions(record)}],
    }


def write_label_studio(records: list[BulletinRecord], folder: Path) -> list[Path]:
    """Write `tasks.json` and `config.xml` into `folder`; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    tasks = folder / "tasks.json"
    config = folder / "config.xml"
    tasks.write_text(
        json.dumps([label_studio_task(record) for record in records], ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    config.write_text(labelling_config(), encoding="utf-8")
    return [tasks, config]


def _regions(record: BulletinRecord) -> list[dict]:
    labels = {kind["key"]: kind["label"] for kind in fact_kinds()}
    golds = gold_facts(record)
    regions: list[dict] = []
    for key, spans_of_facts in _evidence_by_kind(record).items():
        for fact_index, spans in enumerate(spans_of_facts):
            summary = _summary(golds[key][fact_index])
            for span_index, span in enumerate(spans):
                if span.field:  # words in the title or source line: not in the task's text
                    continue
                regions.append(_region(f"{key}-{fact_index}-{span_index}", labels[key], span, summary))
    return regions


def _region(region_id: str, label: str, span: Evidence, summary: str) -> dict:
    return {
        "id": region_id,
        "from_name": "fact",
        "to_name": "text",
        "type": "labels",
        "origin": "prediction",
        "value": {"start": span.start, "end": span.end, "text": span.text, "labels": [label]},
        "meta": {"text": [summary]},
    }


def _evidence_by_kind(record: BulletinRecord) -> dict[str, list[list[Evidence]]]:
    return {
        "institutions": [item.mentions for item in record.institutions],
        "partnerships": [[item.evidence] for item in record.partnerships],
        "roles": [[item.evidence] for item in record.roles],
        "role_counts": [[item.evidence] for item in record.role_counts],
        "events": [[item.evidence] for item in record.events],
        "people": [[item.evidence] for item in record.people],
    }


def _summary(gold: dict) -> str:
    return " · ".join(f"{field}: {value}" for field, value in gold.items() if value is not None)
