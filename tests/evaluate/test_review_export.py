"""`evaluate --gold` takes the review page's export (`pipeline/review/EXPORT.md`) as gold.

Scored against the very records the reviewer looked at, the figures are the reviewer's own
counts: true positives are the facts marked correct, false positives those marked wrong,
misses those added; in a partly reviewed bulletin the undecided predictions are unjudged.
The expected figures below are read from each export's `review` blocks, never written in.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pipeline.cli import main
from pipeline.evaluate.gold import load_gold
from pipeline.evaluate.names import NameMatcher
from pipeline.evaluate.predictions import parsed_document_id
from pipeline.review.gold import (
    FACT_KINDS,
    GoldBulletin,
    ReviewedSpan,
    ReviewExport,
    ReviewStatus,
    gold_document,
    gold_facts,
)
from schemas import BulletinRecord

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "tests" / "review" / "example-review-gold.json"
EXAMPLE_RECORDS = REPO / "tests" / "review" / "fixtures" / "records.jsonl"
CORPUS = REPO / "corpus" / "bulletins"
PAGE_DATA = re.compile(r'<script type="application/json" id="review-data">(.*?)</script>', re.S)

Decision = str | None  # "correct", "wrong", or None (not reviewed yet)


def _report(tmp_path: Path, gold: Path, *extra: str, name: str = "report.json") -> dict[str, Any]:
    out = tmp_path / name
    assert main(["evaluate", "--gold", str(gold), "--no-seeds", "--json", str(out), *extra]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def _totals(report: dict[str, Any]) -> dict[str, int]:
    figures = report["splits"]["all"]["all"]
    counts = figures["facts"]["all"]
    return {"tp": counts["tp"], "fp": counts["fp"], "fn": counts["fn"], "unjudged": figures["unjudged"]}


def _reviewer_counts(export: dict[str, Any]) -> dict[str, int]:
    """What the reviewer decided, summed: the figures the export must score to on its own records."""
    reviews = [bulletin["review"] for bulletin in export["bulletins"]]
    return {
        "tp": sum(review["correct"] for review in reviews),
        "fp": sum(review["wrong"] for review in reviews),
        "fn": sum(review["added"] for review in reviews),
        "unjudged": sum(review["unreviewed"] for review in reviews if not review["complete"]),
    }


def _write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")
    return path


def _example_predictions(tmp_path: Path) -> Path:
    """The records the example was reviewed on, in reverse order: pairing goes by id, not position."""
    lines = EXAMPLE_RECORDS.read_text(encoding="utf-8").splitlines()
    return _write_jsonl(tmp_path / "predictions.jsonl", [json.loads(line) for line in reversed(lines) if line])


def _example() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def _write_export(path: Path, export: dict[str, Any]) -> Path:
    ReviewExport.model_validate(export)  # what the test writes is what the page could have exported
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(export, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


# -- the example export made in chromium -------------------------------------------------


def test_the_example_export_scores_to_the_reviewers_counts(tmp_path: Path) -> None:
    export = _example()
    assert {bulletin["review"]["complete"] for bulletin in export["bulletins"]} == {True, False}
    report = _report(tmp_path, EXAMPLE, "--pred", str(_example_predictions(tmp_path)))
    assert _totals(report) == _reviewer_counts(export)
    assert report["problems"] == []
    scored = {entry["id"]: entry for entry in report["bulletins"]}
    assert set(scored) == {bulletin["file"] for bulletin in export["bulletins"]}
    for bulletin in export["bulletins"]:
        entry = scored[bulletin["file"]]
        assert entry["status"] == "ok" and entry["language"] == bulletin["document"]["language"]
        assert entry["review"]["complete"] == bulletin["review"]["complete"]


def test_a_partly_reviewed_bulletin_counts_only_its_rejected_facts_as_false_positives(tmp_path: Path) -> None:
    export = _example()
    partial = next(bulletin for bulletin in export["bulletins"] if not bulletin["review"]["complete"])
    report = _report(tmp_path, EXAMPLE, "--pred", str(_example_predictions(tmp_path)))
    extras = [extra for extra in report["extras"] if extra["file"] == partial["file"]]
    rejected = sorted((kind, fact["name"]) for kind, facts in partial["review"]["rejected"].items() for fact in facts)
    assert sorted((extra["kind"], extra["predicted"]["name"]) for extra in extras) == rejected
    unjudged = [entry for entry in report["unjudged"] if entry["file"] == partial["file"]]
    assert len(unjudged) == partial["review"]["unreviewed"] > 0
    assert all(entry["evidence"] for entry in unjudged)


def test_the_same_lists_marked_complete_make_every_other_prediction_a_false_positive(tmp_path: Path) -> None:
    export = _example()
    for bulletin in export["bulletins"]:
        bulletin["review"]["complete"] = True
    gold = _write_export(tmp_path / "complete-review-gold.json", export)
    predictions = _example_predictions(tmp_path)
    report = _report(tmp_path, gold, "--pred", str(predictions))
    records = {record["document"]["id"]: record for record in map(json.loads, predictions.open(encoding="utf-8"))}
    predicted = sum(len(records[b["file"]][kind]) for b in export["bulletins"] for kind in FACT_KINDS)
    kept = _reviewer_counts(export)["tp"]
    assert _totals(report) == {"tp": kept, "fp": predicted - kept, "fn": _reviewer_counts(export)["fn"], "unjudged": 0}


def test_the_document_block_of_an_export_is_not_scored(tmp_path: Path) -> None:
    export = _example()
    for bulletin in export["bulletins"]:
        bulletin["document"]["title"] = "a title no record has"
    gold = _write_export(tmp_path / "review-gold.json", export)
    report = _report(tmp_path, gold, "--pred", str(_example_predictions(tmp_path)))
    assert report["splits"]["all"]["all"]["document"] == {}
    assert not [mismatch for mismatch in report["mismatches"] if mismatch["kind"] == "document"]


def test_a_folder_of_exports_keeps_the_latest_review_of_each_bulletin(tmp_path: Path) -> None:
    later = _example()
    earlier = copy.deepcopy(later)
    earlier["exported_at"] = "2020-01-01T00:00:00.000Z"
    for bulletin in earlier["bulletins"]:  # an earlier session had confirmed nothing yet
        for kind in FACT_KINDS:
            bulletin[kind] = []
        bulletin["review"].update(complete=False, correct=0, wrong=0, added=0, rejected={}, added_spans=[])
    folder = tmp_path / "reviews"
    _write_export(folder / "review-gold (1).json", later)
    _write_export(folder / "review-gold.json", earlier)
    report = _report(tmp_path, folder, "--pred", str(_example_predictions(tmp_path)))
    assert _totals(report) == _reviewer_counts(later)
    superseded = [problem for problem in report["problems"] if "superseded" in problem["reason"]]
    assert len(superseded) == len(earlier["bulletins"])
    assert all(problem["file"].startswith(str(folder / "review-gold.json")) for problem in superseded)


def test_an_export_without_paths_or_records_is_a_usage_error_that_names_the_records(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["evaluate", "--gold", str(EXAMPLE), "--no-seeds"]) == 2
    err = capsys.readouterr().err
    assert "--pred" in err and _example()["records"] in err


def test_an_invalid_export_is_reported_not_scored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export = _example()
    export["version"] = 2
    gold = tmp_path / "review-gold.json"
    gold.write_text(json.dumps(export), encoding="utf-8")
    assert main(["evaluate", "--gold", str(gold), "--pred", str(EXAMPLE_RECORDS), "--no-seeds"]) == 2
    assert "version" in capsys.readouterr().err


# -- one seed-shaped gold file -----------------------------------------------------------


def test_one_seed_shaped_gold_file_scores_like_its_bulletin_in_the_folder(
    gold_dir: Path, predictions_path: Path, tmp_path: Path
) -> None:
    single = gold_dir / "en" / "alpha-2025-01-02.expected.json"
    whole = _report(tmp_path, gold_dir, "--pred", str(predictions_path), name="whole.json")
    alone = _report(tmp_path, single, "--pred", str(predictions_path), name="alone.json")
    [entry] = alone["bulletins"]
    assert entry == next(item for item in whole["bulletins"] if item["id"] == "alpha-2025-01-02")
    assert entry["split"] == "test"  # the split files are found from the file's folder


# -- end to end: extract, build the review page, export as the page does, evaluate ----------


def _reviewed(facts: dict[str, list[dict]], decide: Callable[[int], Decision]) -> tuple[dict, dict[str, list]]:
    """The gold lists and rejected facts for decisions taken on the facts in page order."""
    lists: dict[str, list[dict]] = {kind: [] for kind in FACT_KINDS}
    rejected: dict[str, list[dict]] = {}
    position = 0
    for kind in FACT_KINDS:
        for fact in facts[kind]:
            decision = decide(position)
            position += 1
            if decision == "correct":
                lists[kind].append(fact)
            elif decision == "wrong":
                rejected.setdefault(kind, []).append(fact)
    return lists, rejected


def _added_institution(record: BulletinRecord) -> tuple[dict, ReviewedSpan]:
    """A fact the reviewer adds by selecting words: the first words of the text, no prediction's name."""
    text = record.document.text
    end = min(len(text), 12)
    name = text[:end].strip()
    matcher = NameMatcher()
    assert name and not any(matcher.same_name(name, item.name) for item in record.institutions)
    span = ReviewedSpan(kind="institutions", index=0, start=0, end=end, text=text[:end])
    return {"name": name, "country": None, "kind": "other"}, span


def _review_as_the_page_does(record: BulletinRecord, decide: Callable[[int], Decision], add: bool) -> GoldBulletin:
    """One bulletin's export entry, built like the page's goldBulletin() from pipeline.review.gold."""
    facts = gold_facts(record)
    lists, rejected = _reviewed(facts, decide)
    decisions = [decide(position) for position in range(sum(len(items) for items in facts.values()))]
    spans = []
    if add:
        fact, span = _added_institution(record)
        span.index = len(lists["institutions"])
        lists["institutions"].append(fact)
        spans.append(span)
    status = ReviewStatus(
        complete=None not in decisions,
        correct=decisions.count("correct"),
        wrong=decisions.count("wrong"),
        unreviewed=decisions.count(None),
        added=len(spans),
        rejected=rejected,
        added_spans=spans,
    )
    document = record.document
    return GoldBulletin(file=document.id, url=document.url, document=gold_document(record), review=status, **lists)


def _run(*arguments: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pipeline", *arguments]
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def reviewed_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One English and one Chinese corpus page extracted, and the review page built for them."""
    root = tmp_path_factory.mktemp("review-round-trip")
    bulletins = root / "bulletins"
    for language in ("en", "zh"):
        page = sorted((CORPUS / language).glob("*.html"))[0]
        (bulletins / language).mkdir(parents=True)
        shutil.copy(page, bulletins / language / page.name)
    records_path = root / "records.jsonl"
    done = _run("extract", str(bulletins), "--out", str(records_path))
    assert done.returncode == 0, done.stderr
    done = _run("review", str(records_path), "--out", str(root / "review"))
    assert done.returncode == 0, done.stderr
    page = (root / "review" / "index.html").read_text(encoding="utf-8")
    data = json.loads(PAGE_DATA.search(page).group(1))
    records = [BulletinRecord.model_validate(record) for record in data["records"]]
    assert {record.document.language for record in records} == {"en", "zh"}
    assert all(sum(len(facts) for facts in gold_facts(record).values()) >= 3 for record in records)
    return {"root": root, "records_path": records_path, "records": records, "meta": data["meta"]}


def _round_trip_export(run: dict[str, Any], files: dict[str, str] | None = None) -> dict[str, Any]:
    """The first bulletin fully reviewed (first fact wrong, one added), the second half-way
    (first fact correct, second wrong, the rest undecided)."""
    complete, partial = run["records"]
    entries = [
        _review_as_the_page_does(complete, lambda position: "wrong" if position == 0 else "correct", add=True),
        _review_as_the_page_does(
            partial, lambda position: ("correct", "wrong")[position] if position < 2 else None, add=False
        ),
    ]
    export = ReviewExport(exported_at="2026-01-01T00:00:00.000Z", records=run["meta"]["records"], bulletins=entries)
    data = export.model_dump(mode="json")
    for entry in data["bulletins"]:
        entry["file"] = (files or {}).get(entry["file"], entry["file"])
    return data


def test_an_export_of_the_built_review_page_scores_to_the_reviewers_decisions(
    reviewed_run: dict[str, Any], tmp_path: Path
) -> None:
    export = _round_trip_export(reviewed_run)
    gold = _write_export(reviewed_run["root"] / "review" / "review-gold.json", export)
    report = _report(tmp_path, gold, "--pred", str(reviewed_run["records_path"]))
    assert _totals(report) == _reviewer_counts(export)
    assert {entry["language"]: entry["status"] for entry in report["bulletins"]} == {"en": "ok", "zh": "ok"}
    by_folder = _report(tmp_path, gold.parent, "--pred", str(reviewed_run["records_path"]), name="folder.json")
    assert by_folder["splits"] == report["splits"]


def test_an_export_naming_its_bulletin_files_runs_the_extractor(reviewed_run: dict[str, Any], tmp_path: Path) -> None:
    root = reviewed_run["root"]
    pages = {parsed_document_id(page): page for page in sorted((root / "bulletins").rglob("*.html"))}
    assert set(pages) == {record.document.id for record in reviewed_run["records"]}
    # As in a seed file, `file` names the bulletin relative to the gold file.
    files = {document_id: str(Path("..") / page.relative_to(root)) for document_id, page in pages.items()}
    gold = _write_export(root / "by-path" / "review-gold.json", _round_trip_export(reviewed_run, files))
    extracted = _report(tmp_path, gold)
    assert extracted["run"]["predictions"] == "extractor"
    assert _totals(extracted) == _reviewer_counts(_round_trip_export(reviewed_run))


def test_a_reviewed_corpus_bulletin_takes_its_split_from_the_split_files(gold_dir: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(gold_dir.parent, corpus)
    export = _example()
    entry = export["bulletins"][0]
    entry["file"] = "../bulletins/en/alpha-2025-01-02.txt"  # a path, relative to the export
    entry["document"]["language"] = "en"
    gold = _write_export(corpus / "reviews" / "review-gold.json", export)
    found = {bulletin.id: bulletin for bulletin in load_gold(gold).bulletins}
    assert found[entry["file"]].split == "test"
    assert found[entry["file"]].path == (corpus / "bulletins" / "en" / "alpha-2025-01-02.txt")
    assert found[export["bulletins"][1]["file"]].split is None
