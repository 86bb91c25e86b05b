"""Finding gold bulletins, their language and their split."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.evaluate.gold import find_split_files, load_gold, select_split


def test_every_gold_file_is_found_with_its_bulletin_language_and_split(gold_dir: Path) -> None:
    found = load_gold(gold_dir)
    assert found.problems == []
    summary = {(b.id, b.path.name, b.language, b.split) for b in found.bulletins}
    assert summary == {
        ("alpha-2025-01-02", "alpha-2025-01-02.txt", "en", "test"),
        ("beta-2025-05-08", "beta-2025-05-08.html", "en", "train"),
        ("gamma-2025-03-04", "gamma-2025-03-04.txt", "zh", "test"),
    }


def test_split_files_are_found_in_parents_up_to_the_corpus_folder(gold_dir: Path) -> None:
    names = [path.name for path in find_split_files(gold_dir / "zh")]
    assert names == ["split-en.tsv", "split-zh.tsv"]


def test_selecting_a_split(gold_dir: Path) -> None:
    bulletins = load_gold(gold_dir).bulletins
    assert [b.id for b in select_split(bulletins, "test")] == ["alpha-2025-01-02", "gamma-2025-03-04"]
    assert [b.id for b in select_split(bulletins, "dev")] == []
    assert len(select_split(bulletins, "all")) == 3


def _write_gold(folder: Path, name: str, gold: dict, bulletin: str | None = "text") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.expected.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    if bulletin is not None:
        (folder / gold["file"]).write_text(bulletin, encoding="utf-8")


def test_a_language_split_file_speaks_only_of_its_language(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _write_gold(corpus / "bulletins" / "en", "same-2025-01-01", {"file": "same-2025-01-01.txt"})
    _write_gold(corpus / "bulletins" / "zh", "same-2025-01-01", {"file": "same-2025-01-01.txt"})
    (corpus / "split-en.tsv").write_text("same-2025-01-01\ttest\n", encoding="utf-8")
    (corpus / "split-zh.tsv").write_text("same-2025-01-01\ttrain\n", encoding="utf-8")
    splits = {(b.language, b.split) for b in load_gold(corpus / "bulletins").bulletins}
    assert splits == {("en", "test"), ("zh", "train")}


def test_a_blind_dev2_split_is_read_and_selected_apart_from_the_others(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _write_gold(corpus / "bulletins" / "en", "blind-2026-01-01", {"file": "blind-2026-01-01.txt"})
    _write_gold(corpus / "bulletins" / "en", "seen-2026-01-02", {"file": "seen-2026-01-02.txt"})
    (corpus / "split-en.tsv").write_text("blind-2026-01-01\tdev2\nseen-2026-01-02\tdev\n", encoding="utf-8")
    bulletins = load_gold(corpus / "bulletins").bulletins
    assert [b.id for b in select_split(bulletins, "dev2")] == ["blind-2026-01-01"]
    assert [b.id for b in select_split(bulletins, "dev")] == ["seen-2026-01-02"]


def test_the_search_for_split_files_stops_at_the_corpus_folder(tmp_path: Path) -> None:
    (tmp_path / "split-en.tsv").write_text("x\ttest\n", encoding="utf-8")
    (tmp_path / "corpus" / "bulletins").mkdir(parents=True)
    assert find_split_files(tmp_path / "corpus" / "bulletins") == []


def test_language_comes_from_the_folder_or_script_when_the_gold_does_not_say(tmp_path: Path) -> None:
    _write_gold(tmp_path / "zh", "a", {"file": "a.txt"})
    _write_gold(tmp_path / "misc", "b", {"file": "b.txt", "institutions": [{"name": "南昌大学"}]})
    _write_gold(tmp_path / "misc", "c", {"file": "c.txt", "institutions": [{"name": "Nanchang University"}]})
    languages = {b.id: b.language for b in load_gold(tmp_path).bulletins}
    assert languages == {"a": "zh", "b": "zh", "c": "en"}


def test_unusable_gold_files_are_reported_not_scored(tmp_path: Path) -> None:
    _write_gold(tmp_path, "no-bulletin", {"file": "no-bulletin.html"}, bulletin=None)
    _write_gold(tmp_path, "no-file-field", {"about": "x", "file": None}, bulletin=None)
    (tmp_path / "broken.expected.json").write_text("{not json", encoding="utf-8")
    _write_gold(tmp_path, "good", {"file": "good.txt"})
    found = load_gold(tmp_path)
    assert [b.id for b in found.bulletins] == ["good"]
    assert sorted(Path(p["file"]).name for p in found.problems) == [
        "broken.expected.json",
        "no-bulletin.expected.json",
        "no-file-field.expected.json",
    ]
