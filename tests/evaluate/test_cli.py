"""`python -m pipeline evaluate`: exit codes, the JSON report's shape, floor, ablation, seeds."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import types
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from pipeline.cli import main
from schemas import BulletinRecord, Document

REPO = Path(__file__).resolve().parents[2]
KINDS = ("institutions", "partnerships", "roles", "role_counts", "events", "people")


def _floor(path: Path, value: float = 0.0, **overrides: float) -> Path:
    """A floor file with every figure at `value`; overrides as `en__institutions=0.9`."""
    f1 = {language: dict.fromkeys(KINDS, value) for language in ("en", "zh", "all")}
    for key, least in overrides.items():
        language, kind = key.split("__")
        f1[language][kind] = least
    path.write_text(json.dumps({"split": "test", "f1": f1}), encoding="utf-8")
    return path


def _evaluate(gold_dir: Path, predictions_path: Path, *extra: str) -> int:
    return main(["evaluate", "--gold", str(gold_dir), "--pred", str(predictions_path), "--no-seeds", *extra])


def test_scoring_records_exits_0_and_prints_the_table(
    gold_dir: Path, predictions_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _evaluate(gold_dir, predictions_path, "--split", "test") == 0
    out = capsys.readouterr().out
    assert "== split test: 2 bulletins (en 1, zh 1) ==" in out
    assert "misses (2)" in out
    assert "extras (4)" in out
    assert '"Changsha"' in out  # an extra is shown with its evidence


def test_the_json_report_has_figures_per_split_misses_extras_and_run_metadata(
    gold_dir: Path, predictions_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.json"
    assert _evaluate(gold_dir, predictions_path, "--json", str(out)) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["report_version"] == 1
    assert set(report["run"]) >= {"commit", "dirty", "date", "gold", "split", "predictions"}
    assert report["run"]["date"].endswith("+00:00")
    assert list(report["splits"]) == ["train", "test", "all"]
    for figures in report["splits"].values():
        assert list(figures) == ["en", "zh", "all"]
        for language_figures in figures.values():
            assert list(language_figures["facts"]) == [*KINDS, "all"]
            assert set(language_figures["facts"]["institutions"]) == {
                "gold",
                "predicted",
                "tp",
                "fp",
                "fn",
                "precision",
                "recall",
                "f1",
            }
    assert report["splits"]["test"]["all"]["facts"]["institutions"]["f1"] == pytest.approx(0.8333)
    assert report["splits"]["train"]["en"]["failed"] == 1
    miss_kinds = sorted(miss["kind"] for miss in report["misses"])
    assert miss_kinds == ["events", "institutions", "institutions", "role_counts", "roles"]
    assert all({"file", "split", "language", "gold"} <= set(miss) for miss in report["misses"])
    records = {Path(b["file"]).name: b for b in report["bulletins"]}
    assert records["beta-2025-05-08.html"]["status"] == "failed"
    assert len(report["extras"]) == 4
    for extra in report["extras"]:
        evidence = extra["evidence"]
        assert evidence["end"] - evidence["start"] == len(evidence["text"]) > 0
    changsha = next(e for e in report["extras"] if e["kind"] == "institutions")
    assert changsha["predicted"]["name"] == "Changsha"
    assert changsha["file"].endswith("alpha-2025-01-02.txt")
    wrong = {(m["kind"], m["field"]) for m in report["mismatches"]}
    assert ("partnerships", "kind") in wrong
    assert ("events", "location") in wrong
    assert report["floor"] is None and report["ablation"] is None and report["seeds"] is None


def test_chinese_stays_readable_in_the_json(gold_dir: Path, predictions_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    _evaluate(gold_dir, predictions_path, "--json", str(out))
    assert "江西省中外合作辦學聯盟" in out.read_text(encoding="utf-8")


def test_figures_at_or_above_the_floor_exit_0(gold_dir: Path, predictions_path: Path, tmp_path: Path) -> None:
    floor = _floor(tmp_path / "floor.json", 0.0, en__institutions=0.6666)
    assert _evaluate(gold_dir, predictions_path, "--split", "test", "--floor", str(floor)) == 0


def test_a_figure_below_the_floor_exits_1_and_says_which(
    gold_dir: Path, predictions_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    floor = _floor(tmp_path / "floor.json", 0.0, en__institutions=0.9, zh__role_counts=0.1)
    out = tmp_path / "report.json"
    code = _evaluate(gold_dir, predictions_path, "--split", "test", "--floor", str(floor), "--json", str(out))
    assert code == 1
    err = capsys.readouterr().err
    assert "institutions (en): F1 0.6667 is below the floor 0.9000" in err
    assert "role_counts (zh)" in err
    assert "people" not in err
    failures = json.loads(out.read_text(encoding="utf-8"))["floor"]["failures"]
    assert {(f["language"], f["kind"]) for f in failures} == {("en", "institutions"), ("zh", "role_counts")}


def test_a_floored_kind_with_nothing_to_measure_fails(
    gold_dir: Path, predictions_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    floor = _floor(tmp_path / "floor.json", 0.0, zh__partnerships=0.5)  # gamma has no partnership
    assert _evaluate(gold_dir, predictions_path, "--split", "test", "--floor", str(floor)) == 1
    assert "partnerships (zh): F1 nothing to measure" in capsys.readouterr().err


def test_raise_floor_lifts_to_measured_figures_and_never_lowers(
    gold_dir: Path, predictions_path: Path, tmp_path: Path
) -> None:
    floor = _floor(tmp_path / "floor.json", 0.0, all__people=0.9)
    code = _evaluate(gold_dir, predictions_path, "--split", "test", "--floor", str(floor), "--raise-floor")
    assert code == 1  # all/people (0.6667) is below its floor of 0.9, which stays
    raised = json.loads(floor.read_text(encoding="utf-8"))["f1"]
    assert raised["en"]["institutions"] == 0.66  # 0.6667 rounded down
    assert raised["zh"]["institutions"] == 1.0
    assert raised["all"]["people"] == 0.9
    assert raised["zh"]["partnerships"] == 0.0  # nothing measured, nothing raised
    assert _evaluate(gold_dir, predictions_path, "--split", "test", "--floor", str(floor)) == 1


@pytest.mark.parametrize(
    "arguments",
    [
        ["--gold", "no/such/folder"],
        ["--split", "dev"],  # the fixture corpus has no dev bulletin
        ["--split", "dev", "--floor", "corpus/floor.json"],  # the floor is for test
        ["--ablation"],  # with --pred
        ["--raise-floor"],  # without --floor
        ["--floor", "no/such/floor.json"],
    ],
)
def test_usage_errors_exit_2(
    gold_dir: Path, predictions_path: Path, arguments: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["evaluate", "--gold", str(gold_dir), "--pred", str(predictions_path), "--no-seeds"]
    assert main([*base, *arguments]) == 2
    assert capsys.readouterr().err.startswith("evaluate: ")


def test_unreadable_predictions_exit_2(gold_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    assert _evaluate(gold_dir, bad) == 2


def test_no_extractor_and_no_records_exit_2(
    gold_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "pipeline.batch", None)  # importing it now raises ImportError
    assert main(["evaluate", "--gold", str(gold_dir), "--no-seeds"]) == 2
    assert "--pred" in capsys.readouterr().err


def _gold_institution_extractor(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A stand-in extractor: mode "both" finds exactly the gold institutions, the others none."""
    modes: list[str] = []

    def extract_files(paths: Iterable[Path], mode: str = "both") -> Iterator[tuple[Path, BulletinRecord]]:
        modes.append(mode)
        for path in paths:
            gold = json.loads(path.with_name(path.name.split(".")[0] + ".expected.json").read_text("utf-8"))
            text = " ".join(institution["name"] for institution in gold["institutions"])
            found = []
            for institution in gold["institutions"] if mode == "both" else []:
                start = text.index(institution["name"])
                mention = {
                    "start": start,
                    "end": start + len(institution["name"]),
                    "text": institution["name"],
                }
                found.append(
                    {"name": institution["name"], "kind": institution["kind"], "mentions": [mention]}
                )
            document = Document(id=path.stem, language=gold["document"]["language"], text=text)
            yield path, BulletinRecord(document=document, institutions=found)

    module = types.ModuleType("pipeline.batch")
    module.extract_files = extract_files  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pipeline.batch", module)
    return modes


def test_ablation_scores_rules_model_and_both(
    gold_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    modes = _gold_institution_extractor(monkeypatch)
    out = tmp_path / "report.json"
    args = [
        "evaluate",
        "--gold",
        str(gold_dir),
        "--split",
        "test",
        "--ablation",
        "--no-seeds",
        "--json",
        str(out),
    ]
    assert main(args) == 0
    assert modes == ["rules", "model", "both"]
    ablation = json.loads(out.read_text(encoding="utf-8"))["ablation"]
    assert list(ablation) == ["rules", "model", "both"]
    assert ablation["both"]["test"]["all"]["facts"]["institutions"]["f1"] == 1.0
    assert ablation["model"]["test"]["all"]["facts"]["institutions"]["f1"] == 0.0
    assert "== ablation, split test: F1 ==" in capsys.readouterr().out


def test_worked_examples_are_scored_beside_the_gold(
    gold_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _gold_institution_extractor(monkeypatch)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("alpha-2025-01-02.txt", "alpha-2025-01-02.expected.json"):
        shutil.copy(gold_dir / "en" / name, seeds / name)
    out = tmp_path / "report.json"
    args = ["evaluate", "--gold", str(gold_dir), "--split", "test", "--seeds", str(seeds), "--json", str(out)]
    assert main(args) == 0
    section = json.loads(out.read_text(encoding="utf-8"))["seeds"]
    assert section["splits"]["all"]["en"]["bulletins"] == 1
    assert section["splits"]["all"]["en"]["facts"]["institutions"]["f1"] == 1.0


def test_the_command_runs_as_a_module(gold_dir: Path, predictions_path: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "pipeline",
        "evaluate",
        "--gold",
        str(gold_dir),
        "--pred",
        str(predictions_path),
        "--split",
        "test",
        "--no-seeds",
        "--summary",
    ]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "institutions  en" in done.stdout
