"""Gold bulletins: seed-shaped `*.expected.json` files and review-page exports, their
bulletins and their split.

`--gold` is a folder (searched for `*.expected.json` and `*review-gold*.json`) or one file
of either kind. A seed-shaped gold file names its bulletin in `file` (beside it). A review
export (`pipeline/review/EXPORT.md`, read by review_gold.py) holds one gold bulletin per
reviewed record, keyed by its `document.id`. The split comes from `split-*.tsv` files
(`<id>\\t<train|dev|test>`) in the gold folder or its parents up to `corpus/`;
`split-en.tsv` speaks only of English bulletins, `split-zh.tsv` of Chinese.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.evaluate.review_gold import (
    EXPORT_GLOB,
    ReviewedBulletin,
    is_review_export,
    read_review_export,
)

# dev2: blind bulletins no rule writer opens, set aside to measure and to choose thresholds on.
SPLITS = ("train", "dev", "dev2", "test")
_GOLD_SUFFIX = ".expected.json"
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True, eq=False)  # eq=False: hashed by identity, so predictions can be keyed by it
class GoldBulletin:
    """One annotated bulletin: from a seed-shaped gold file, or one entry of a review export."""

    path: Path | None  # the bulletin file; None when a review export names no file (only a document id)
    expected_path: Path  # the gold file it was read from
    language: str
    gold: dict[str, Any]
    split: str | None = None
    review: ReviewedBulletin | None = None  # review gold: the export's entry for it

    @property
    def id(self) -> str:
        return self.review.document_id if self.review else _seed_id(self.expected_path)

    @property
    def from_review(self) -> bool:
        return self.review is not None

    @property
    def complete(self) -> bool:
        """True when the lists are the whole gold: a seed, or a review that decided every fact."""
        return self.review is None or self.review.complete

    @property
    def url(self) -> str | None:
        url = self.gold.get("url") or (self.gold.get("document") or {}).get("url")
        return url if isinstance(url, str) and url else None

    def rejected(self, kind: str) -> list[dict[str, Any]]:
        """Facts of `kind` a reviewer marked wrong (gold shape); none for a seed."""
        return self.review.rejected(kind) if self.review else []


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

    def split_of(self, language: str, *keys: str) -> str | None:
        """The split the first of `keys` (bulletin id, file name, ...) found is in."""
        for scope in (language, None):
            entries = self.by_language.get(scope, {})
            for key in keys:
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


def _seed_id(expected_path: Path) -> str:
    name = expected_path.name
    return name[: -len(_GOLD_SUFFIX)] if name.endswith(_GOLD_SUFFIX) else expected_path.stem


def _language_of(gold: dict[str, Any], expected_path: Path) -> str:
    """The gold's own word, else the folder (`en/`, `zh/`), else the script of its names."""
    declared = (gold.get("document") or {}).get("language")
    if declared in ("en", "zh"):
        return declared
    for part in reversed(expected_path.parts[:-1]):
        if part in ("en", "zh"):
            return part
    return "zh" if _CJK.search(json.dumps(gold, ensure_ascii=False)) else "en"


def _seed_bulletin(gold: Any, expected_path: Path, splits: SplitTable) -> GoldBulletin:
    if not isinstance(gold, dict) or not isinstance(gold.get("file"), str):
        raise ValueError("no `file` naming the bulletin")
    bulletin_path = expected_path.parent / gold["file"]
    if not bulletin_path.is_file():
        raise ValueError(f"bulletin {gold['file']} is not beside it")
    language = _language_of(gold, expected_path)
    split = splits.split_of(language, _seed_id(expected_path), bulletin_path.name)
    return GoldBulletin(bulletin_path, expected_path, language, gold, split)


def _bulletin_file(folder: Path, name: str) -> Path | None:
    """The bulletin an export's `file` names, when it is a path (absolute, or beside the export)."""
    candidate = Path(name) if Path(name).is_absolute() else folder / name
    try:
        return candidate.resolve() if candidate.is_file() else None
    except OSError:  # a document id that is no valid path
        return None


def _reviewed_bulletin(entry: ReviewedBulletin, export_path: Path, splits: SplitTable) -> GoldBulletin:
    path = _bulletin_file(export_path.parent, entry.document_id)
    language = _language_of(entry.gold, export_path)
    files = (path.name, path.stem) if path else ()  # a corpus bulletin's stem is its id in split files
    split = splits.split_of(language, entry.document_id, *files)
    return GoldBulletin(path, export_path, language, entry.gold, split, review=entry)


def read_gold_file(path: Path, splits: SplitTable) -> list[GoldBulletin]:
    """The gold bulletins of one file: a seed-shaped object, or a review export.
    Raises ValueError (or OSError) when the file cannot be used."""
    data = json.loads(path.read_text(encoding="utf-8"))  # json.JSONDecodeError is a ValueError
    if is_review_export(data):
        return [_reviewed_bulletin(entry, path, splits) for entry in read_review_export(data)]
    return [_seed_bulletin(data, path, splits)]


def gold_files(gold: Path) -> list[Path]:
    """`gold` itself when it is a file; else every seed-shaped file and review export under it."""
    if gold.is_file():
        return [gold]
    found = {*gold.rglob(f"*{_GOLD_SUFFIX}"), *gold.rglob(EXPORT_GLOB)}
    return sorted(path for path in found if path.is_file())


def load_gold(gold: Path) -> GoldSet:
    """Every usable gold bulletin in `gold` (a folder, searched recursively, or one file), in
    path order; a bulletin reviewed in several exports keeps its latest review."""
    folder = gold if gold.is_dir() else gold.parent
    splits = read_split_table(find_split_files(folder))
    found = GoldSet(split_files=splits.files)
    for path in gold_files(gold):
        try:
            found.bulletins.extend(read_gold_file(path, splits))
        except (OSError, ValueError) as problem:
            found.problems.append({"file": str(path), "reason": str(problem)})
    found.bulletins, dropped = _one_gold_per_bulletin(found.bulletins)
    found.problems.extend(dropped)
    return found


def _one_gold_per_bulletin(bulletins: list[GoldBulletin]) -> tuple[list[GoldBulletin], list[dict[str, str]]]:
    """Seed gold wins over review gold for the same file; of several reviews of one document
    id, the latest export wins (the page exports everything decided so far)."""
    seeded = {bulletin.path.resolve() for bulletin in bulletins if bulletin.path and not bulletin.from_review}
    latest: dict[str, GoldBulletin] = {}
    dropped: list[dict[str, str]] = []
    for bulletin in bulletins:
        if not bulletin.from_review:
            continue
        if bulletin.path and bulletin.path.resolve() in seeded:
            dropped.append(_dropped(bulletin, "the bulletin has seed gold; its review is left out"))
            continue
        earlier = latest.setdefault(bulletin.id, bulletin)
        if earlier is bulletin:
            continue
        if earlier.expected_path == bulletin.expected_path:
            dropped.append(_dropped(bulletin, "its document id is reviewed twice in this export; the first is kept"))
        elif _exported_later(bulletin, earlier):
            latest[bulletin.id] = bulletin
            dropped.append(_dropped(earlier, f"superseded by the later export {bulletin.expected_path}"))
        else:
            dropped.append(_dropped(bulletin, f"superseded by the later export {earlier.expected_path}"))
    chosen = {id(bulletin) for bulletin in latest.values()}
    return [b for b in bulletins if not b.from_review or id(b) in chosen], dropped


def _dropped(bulletin: GoldBulletin, reason: str) -> dict[str, str]:
    return {"file": f"{bulletin.expected_path}#{bulletin.id}", "reason": reason}


def _exported_later(one: GoldBulletin, other: GoldBulletin) -> bool:
    """Whether `one` comes from a later export than `other` (the file name breaks a tie)."""
    earliest = dt.datetime.min.replace(tzinfo=dt.UTC)

    def order(bulletin: GoldBulletin) -> tuple[dt.datetime, str]:
        moment = bulletin.review.exported_at if bulletin.review else None
        return moment or earliest, str(bulletin.expected_path)

    return order(one) > order(other)


def select_split(bulletins: list[GoldBulletin], split: str) -> list[GoldBulletin]:
    """The bulletins of one split; `all` keeps every one, split or not."""
    if split == "all":
        return list(bulletins)
    return [bulletin for bulletin in bulletins if bulletin.split == split]
