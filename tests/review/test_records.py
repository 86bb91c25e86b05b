"""Reading records for review: valid lines kept, bad lines reported as file:line and skipped."""

from __future__ import annotations

from pathlib import Path

from pipeline.cli import main
from pipeline.review.records import load_records

FIXTURES = Path(__file__).parent / "fixtures"


def test_every_line_of_the_hand_written_records_is_a_valid_record() -> None:
    loaded = load_records(FIXTURES / "records.jsonl")
    assert [record.document.id for record in loaded.records] == [
        "hunan-2025-03-05-en",
        "jxnu-2025-11-18-zh",
        "ncu-2025-10-10-en",
        "no-facts",
    ]
    assert loaded.problems == []


def test_bad_lines_are_named_by_file_and_line_and_skipped() -> None:
    loaded = load_records(FIXTURES / "bad.jsonl")
    skipped = {problem.line: str(problem) for problem in loaded.problems if problem.skipped}
    assert sorted(skipped) == [2, 3, 5]
    assert skipped[2].startswith(f"{FIXTURES / 'bad.jsonl'}:2: skipped: not a BulletinRecord")
    assert "document" in skipped[3]
    assert "not UTF-8" in skipped[5]
    assert [record.document.id for record in loaded.records] == ["ok-1", "shifted", "ok-2"]


def test_evidence_that_does_not_match_the_text_is_kept_with_a_warning_the_page_shows() -> None:
    loaded = load_records(FIXTURES / "bad.jsonl")
    warnings = [problem for problem in loaded.problems if not problem.skipped]
    assert [problem.line for problem in warnings] == [4]
    assert "'anchang University '" in warnings[0].message
    shifted = [record.document.id for record in loaded.records].index("shifted")
    assert loaded.notes[shifted] == [warnings[0].message]


def test_cli_exits_1_and_reports_each_skipped_line_when_some_lines_are_bad(tmp_path: Path, capsys) -> None:
    status = main(["review", str(FIXTURES / "bad.jsonl"), "--out", str(tmp_path)])
    captured = capsys.readouterr()
    assert status == 1
    assert "bad.jsonl:2: skipped" in captured.err and "bad.jsonl:5: skipped" in captured.err
    assert (tmp_path / "index.html").is_file()
    assert "(3 bulletins)" in captured.out


def test_cli_exits_0_for_clean_records_and_2_for_a_missing_file(tmp_path: Path, capsys) -> None:
    assert main(["review", str(FIXTURES / "records.jsonl"), "--out", str(tmp_path / "ok")]) == 0
    assert (tmp_path / "ok" / "index.html").is_file()
    assert main(["review", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "no")]) == 2
    assert "no such file" in capsys.readouterr().err
