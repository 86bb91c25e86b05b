"""The exported gold shape is the seeds' shape (`shared/seeds/*.expected.json`), and the example validates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.review.gold import FACT_KINDS, GoldBulletin, ReviewExport, gold_facts
from pipeline.review.records import load_records

HERE = Path(__file__).parent
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
EXAMPLE = HERE / "example-review-gold.json"


def _seed_golds() -> list[dict]:
    if not SEEDS.is_dir():
        pytest.skip(f"no seeds at {SEEDS} (shared/ is laid beside the checkout)")
    return [json.loads(path.read_text("utf-8")) for path in sorted(SEEDS.glob("*.expected.json"))]


def test_gold_facts_use_the_seed_field_names_for_every_kind_the_seeds_show() -> None:
    records = load_records(HERE / "fixtures" / "records.jsonl").records
    ours: dict[str, set[str]] = {kind: set() for kind in FACT_KINDS}
    for record in records:
        for kind, facts in gold_facts(record).items():
            for fact in facts:
                ours[kind].add(tuple(fact))
    compared = 0
    for seed in _seed_golds():
        for kind in FACT_KINDS:
            for fact in seed.get(kind, []):
                assert ours[kind] == {tuple(fact)}, kind
                compared += 1
    assert compared > 0


def test_every_seed_validates_as_a_gold_bulletin() -> None:
    for seed in _seed_golds():
        GoldBulletin.model_validate(seed)


def test_the_example_export_validates_and_names_bulletins_of_the_fixture_records() -> None:
    export = ReviewExport.model_validate_json(EXAMPLE.read_text("utf-8"))
    ids = {record.document.id for record in load_records(HERE / "fixtures" / "records.jsonl").records}
    assert export.bulletins and {bulletin.file for bulletin in export.bulletins} <= ids
    for bulletin in export.bulletins:
        assert bulletin.review is not None
        kept = sum(len(getattr(bulletin, kind)) for kind in FACT_KINDS)
        assert kept == bulletin.review.correct + bulletin.review.added
        assert bulletin.review.complete == (bulletin.review.unreviewed == 0)
