"""Gold bulletins: every `*.expected.json` under a folder, its bulletin and its split.

A gold file names its bulletin in `file` (beside it). The split comes from
`split-*.tsv` files (`<id>\\t<train|dev|test>`) in the gold folder or its parents up to
`corpus/`; `split-en.tsv` speaks only of English bulletins, `split-zh.tsv` of Chinese.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SPLITS = ("train", "dev", "test")
_GOLD_SUFFIX = ".expected.json"
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class GoldBulletin:
    """One annotated bulletin."""

    path: Path  # the bulletin file
    expected_path: Path
    language: str
    gold: dict[str, Any]
    split: str | None = None

    @property
    def id(self) -> str:
        return self.expected_path.name[: -len(_GOLD_SUFFIX)]


@dataclass
class GoldSet:
    """The gold bulletins found, and the gold files that could not be used (and why)."""

    bulletins: list[GoldBulletin] = field(default_factory=list)
    problems: list[dict[str, str]] = field(default_factory=list)
    split_files: tuple[Path, ...] = ()


@dataclass(frozen=True)
class SplitTable:
    """Which split a bulletin is in, from the split files found."""

    by_language: dict[str | None, dict[str, str]]
    files: tuple[Path, ...] = ()

    def split_of(self, bulletin_id: str, file_name: str, language: str) -> str | None:
        for scope in (language, None):
            entries = self.by_language.get(scope, {})
            for key in (bulletin_id, file_name):
                if key in entries:
                    return entries[key]
        return None


def find_split_files(gold_dir: Path) -> list[Path]:
    """`split-*.tsv` in `gold_dir` and its parents, stopping after a folder named `corpus`."""
    found: list[Path] = []
    folder = gold_dir.resolve()
    while True:
        found.extend(sorted(folder.glob("split-*.tsv")))
        if folder.name == "corpus" or folder.parent == folder:
            return found
        folder = folder.parent


def read_split_table(paths: list[Path]) -> SplitTable:
    by_language: dict[str | None, dict[str, str]] = {}
    for path in paths:
        scope = path.stem.removeprefix("split-")
        language = scope if scope in ("en", "zh") else None
        entries = by_language.setdefault(language, {})
        for line in path.read_text(encoding="utf-8").splitlines():
            name, _, split = line.strip().partition("\t")
            if name and not name.startswith("#") and split.strip() in SPLITS:
                entries.setdefault(name.strip(), split.strip())
    return SplitTable(by_language=by_language, files=tuple(paths))


def _language_of(gold: dict[str, Any], expected_path: Path) -> str:
    """The gold's own word, else the folder (`en/`, `zh/`), else the script of its names."""
    declared = (gold.get("document") or {}).get("language")
    if declared in ("en", "zh"):
        return declared
    for part in reversed(expected_path.parts[:-1]):
        if part in ("en", "zh"):
            return part
    return "zh" if _CJK.search(json.dumps(gold, ensure_ascii=False)) else "en"


def _read_gold(expected_path: Path, splits: SplitTable) -> GoldBulletin:
    gold = json.loads(expected_path.read_text(encoding="utf-8"))
    if not isinstance(gold, dict) or not isinstance(gold.get("file"), str):
        raise ValueError("no `file` naming the bulletin")
    bulletin_path = expected_path.parent / gold["file"]
    if not bulletin_path.is_file():
        raise ValueError(f"bulletin {gold['file']} is not beside it")
    language = _language_of(gold, expected_path)
    bulletin_id = expected_path.name[: -len(_GOLD_SUFFIX)]
    split = splits.split_of(bulletin_id, bulletin_path.name, language)
    return GoldBulletin(bulletin_path, expected_path, language, gold, split)


def load_gold(gold_dir: Path) -> GoldSet:
    """Every usable gold bulletin under `gold_dir` (recursively), in path order."""
    splits = read_split_table(find_split_files(gold_dir))
    found = GoldSet(split_files=splits.files)
    for expected_path in sorted(gold_dir.rglob(f"*{_GOLD_SUFFIX}")):
        try:
            found.bulletins.append(_read_gold(expected_path, splits))
        except (OSError, ValueError) as problem:  # json.JSONDecodeError is a ValueError
            found.problems.append({"file": str(expected_path), "reason": str(problem)})
    return found


def select_split(bulletins: list[GoldBulletin], split: str) -> list[GoldBulletin]:
    """The bulletins of one split; `all` keeps every one, split or not."""
    if split == "all":
        return list(bulletins)
    return [bulletin for bulletin in bulletins if bulletin.split == split]
