"""The curated gazetteer of institutions (`pipeline/resources/gazetteer/*.tsv`).

Each row is one institution with its English and Chinese names, aliases and
abbreviations, country, kind and web site; see the folder's README for the columns.
A name links when it folds (see `fold_name`) to exactly one entry's name or alias.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.link.names import fold_name
from pipeline.rules import word_table

GAZETTEER_DIR = Path(__file__).resolve().parent.parent / "resources" / "gazetteer"
_NAMED_AFTER = " named after "


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    id: str
    name_en: str | None
    name_zh: str | None
    aliases: tuple[str, ...]
    country: str | None
    kind: str
    province: str | None = None
    city: str | None = None
    site: str | None = None
    parent: str | None = None
    partners: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every written form: official names first, then aliases."""
        return tuple(n for n in (self.name_en, self.name_zh, *self.aliases) if n)

    def canonical_name(self, language: str) -> str | None:
        return (self.name_zh or self.name_en) if language == "zh" else (self.name_en or self.name_zh)


def _cell(row: dict[str, str | None], key: str) -> str | None:
    value = (row.get(key) or "").strip()
    return value or None


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split("|") if part.strip())


def read_entries(path: Path) -> Iterator[GazetteerEntry]:
    """Rows of one TSV file; lines starting with '#' are comments."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not _cell(row, "id"):
                continue
            yield GazetteerEntry(
                id=_cell(row, "id") or "",
                name_en=_cell(row, "name_en"),
                name_zh=_cell(row, "name_zh"),
                aliases=_split(_cell(row, "aliases")),
                country=(_cell(row, "country") or "").upper() or None,
                kind=_cell(row, "kind") or "other",
                province=_cell(row, "province"),
                city=_cell(row, "city"),
                site=(_cell(row, "site") or "").lower().removeprefix("www.") or None,
                parent=_cell(row, "parent"),
                partners=_split(_cell(row, "partners")),
            )


class Gazetteer:
    """Entries by id, by folded name and by web domain."""

    def __init__(self, entries: list[GazetteerEntry]) -> None:
        self.entries: dict[str, GazetteerEntry] = {}
        for entry in entries:
            self.entries.setdefault(entry.id, entry)
        owners: dict[str, set[str]] = {}
        for entry in self.entries.values():
            for name in entry.names:
                owners.setdefault(fold_name(name), set()).add(entry.id)
        # A form shared by two entries names neither for sure: it does not link.
        self._by_name = {key: next(iter(ids)) for key, ids in owners.items() if key and len(ids) == 1}
        self.ambiguous = {key for key, ids in owners.items() if len(ids) > 1}
        self._by_variant = _joint_name_variants(self.entries.values(), owners)
        for key, owner in _short_form_variants(self.entries.values(), owners).items():
            self._by_variant.setdefault(key, owner)
        self._variant_forms: dict[str, frozenset[str]] | None = None  # (by entry id: made when first asked)
        self._by_site = {entry.site: entry.id for entry in self.entries.values() if entry.site}

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[GazetteerEntry]:
        return iter(self.entries.values())

    def get(self, entry_id: str | None) -> GazetteerEntry | None:
        return self.entries.get(entry_id) if entry_id else None

    def lookup(self, name: str) -> GazetteerEntry | None:
        """The entry whose name or alias folds like `name`, if exactly one does."""
        key = fold_name(name)
        entry_id = self._by_name.get(key) or self._by_variant.get(key)
        if entry_id is None and _NAMED_AFTER in name:
            return self._lookup_before_named_after(name)
        return self.entries[entry_id] if entry_id else None

    def _lookup_before_named_after(self, name: str) -> GazetteerEntry | None:
        """The entry of the words before "named after" (see `before_named_after`)."""
        base = before_named_after(name)
        return self.lookup(base) if " " in base.strip() else None

    def variant_forms(self, entry_id: str) -> frozenset[str]:
        """The folded forms that link to the entry besides its names and aliases (see `lookup`)."""
        if self._variant_forms is None:
            by_id: dict[str, set[str]] = {}
            for key, owner in self._by_variant.items():
                by_id.setdefault(owner, set()).add(key)
            self._variant_forms = {owner: frozenset(keys) for owner, keys in by_id.items()}
        return self._variant_forms.get(entry_id, frozenset())

    def by_domain(self, host: str | None) -> GazetteerEntry | None:
        """The entry whose site is `host` or a parent domain of it (news.ncu.edu.cn -> ncu.edu.cn)."""
        if not host:
            return None
        labels = host.lower().split(":")[0].removeprefix("www.").split(".")
        for i in range(len(labels) - 1):
            entry_id = self._by_site.get(".".join(labels[i:]))
            if entry_id:
                return self.entries[entry_id]
        return None


def before_named_after(name: str) -> str:
    """ "Kazakh National University named after al-Farabi" -> "Kazakh National University": universities
    of the CIS write the person they are named after in full or leave it out, the words before it
    naming the same body; `name` itself when it has no "named after"."""
    return name.partition(_NAMED_AFTER)[0] if _NAMED_AFTER in name else name


# How a joint institute listed as "<institute>, <parent>" is also written: "Glasgow College of the
# University of Electronic Science and Technology of China", "Queen Mary College at Nanchang University".
_JOINT_NAME_JOINS = (" of ", " of the ", " at ", " at the ")


def _joint_name_variants(entries: Iterable[GazetteerEntry], owners: dict[str, set[str]]) -> dict[str, str]:
    """Folded "<institute> of <parent>" forms of the joint institutes' "<institute>, <parent>" names,
    by entry id; a form that is another entry's name, or that two entries would share, is left out."""
    variants: dict[str, set[str]] = {}
    for entry in entries:
        if entry.kind != "joint_institute":
            continue
        for name in entry.names:
            institute, comma, parent = name.partition(", ")
            if not comma or not institute or not parent:
                continue
            for join in _JOINT_NAME_JOINS:
                variants.setdefault(fold_name(f"{institute}{join}{parent}"), set()).add(entry.id)
    return {key: next(iter(ids)) for key, ids in variants.items() if len(ids) == 1 and key not in owners}


def _short_form_variants(entries: Iterable[GazetteerEntry], owners: dict[str, set[str]]) -> dict[str, str]:
    """Folded forms of the names whose last words are written short (`zh/name_short_forms.tsv`:
    陕西省外事办公室 -> 陕西省外事办), by entry id; a form that is another entry's name, or that two
    entries would share, is left out."""
    endings = word_table("zh", "name_short_forms.tsv")
    variants: dict[str, set[str]] = {}
    for entry in entries:
        for name in entry.names:
            for long, short in endings.items():
                if name.endswith(long):
                    variants.setdefault(fold_name(name[: -len(long)] + short), set()).add(entry.id)
    return {key: next(iter(ids)) for key, ids in variants.items() if len(ids) == 1 and key not in owners}


@functools.cache
def load_gazetteer(folder: Path = GAZETTEER_DIR) -> Gazetteer:
    """All `*.tsv` files of the folder, in name order (first file wins on a repeated id)."""
    entries: list[GazetteerEntry] = []
    for path in sorted(folder.glob("*.tsv")):
        entries.extend(read_entries(path))
    return Gazetteer(entries)
