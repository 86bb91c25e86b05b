"""When two institution (or event, place) names are the same name.

Folding removes what writers vary without meaning another organisation: case,
spacing, punctuation, a leading "the", "&" for "and", full-width forms (NFKC) and
traditional vs simplified script. Beyond folding, two names are the same when the
gazetteer links both to one entry, so "Nanchang University" meets "南昌大学".
There is no fuzzy matching: a name one letter off is another name here.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

# Variant forms first (e.g. 僞 -> 偽 in Taiwan use), then traditional -> simplified.
_VARIANT_TABLES = ("HKVariantsRev.txt", "TWVariantsRev.txt")
_SCRIPT_TABLE = "TSCharacters.txt"
_LEADING_THE = re.compile(r"^the\s+")
_REF_NAME_FIELDS = ("name", "canonical_name", "name_en", "name_zh")


class GazetteerEntry(Protocol):
    id: str


class Gazetteer(Protocol):
    def lookup(self, name: str) -> GazetteerEntry | None: ...


def _opencc_dictionary_dir() -> Path:
    import opencc

    return Path(opencc.__file__).resolve().parent / "dictionary"


def _read_char_table(path: Path) -> dict[str, str]:
    """Single-character entries of an OpenCC dictionary: source -> first target."""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split(" ")[0] if targets else ""
        if len(source) == 1 and len(target) == 1 and source != target:
            table.setdefault(source, target)
    return table


@functools.cache
def _script_table() -> dict[int, str]:
    """One char-level table: any traditional or variant character -> simplified."""
    folder = _opencc_dictionary_dir()
    variants: dict[str, str] = {}
    for name in _VARIANT_TABLES:
        for source, target in _read_char_table(folder / name).items():
            variants.setdefault(source, target)
    simplified = _read_char_table(folder / _SCRIPT_TABLE)
    table = {ord(char): simplified.get(char, char) for char in simplified}
    for source, target in variants.items():
        table[ord(source)] = simplified.get(target, target)
    return table


def to_simplified(text: str) -> str:
    """`text` with every traditional (or variant) Chinese character in simplified form."""
    return text.translate(_script_table())


def _is_dropped(char: str) -> bool:
    """Punctuation and spacing carry no identity in a name."""
    category = unicodedata.category(char)
    return category[0] in "PZC" or char.isspace()


@functools.lru_cache(maxsize=65536)
def fold_name(name: str | None) -> str:
    """The comparable form of a name ("" for none)."""
    if not name:
        return ""
    text = to_simplified(unicodedata.normalize("NFKC", name)).casefold().strip()
    text = text.replace("&", " and ")
    text = _LEADING_THE.sub("", text)
    return "".join(char for char in text if not _is_dropped(char))


def names_of(value: Any) -> list[str]:
    """Every name a gold or predicted value offers: a string, or a reference object
    whose `name`, `canonical_name`, `name_en` and `name_zh` may each match."""
    if not value:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [value[key] for key in _REF_NAME_FIELDS if isinstance(value.get(key), str) and value[key]]
    return []


def canonical_id_of(value: Any) -> str | None:
    return value.get("canonical_id") if isinstance(value, dict) else None


def load_default_gazetteer() -> Gazetteer | None:
    """The project's gazetteer, or None while `pipeline.link.gazetteer` does not exist."""
    try:
        from pipeline.link.gazetteer import load_gazetteer
    except ImportError:
        return None
    return load_gazetteer()


class NameMatcher:
    """Decides whether a gold name and a predicted name (or reference) agree.

    `gazetteer` is anything with `lookup(name) -> entry with .id | None`; None
    disables id matching, leaving folding alone.
    """

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer
        self._ids: dict[str, str | None] = {}

    def gazetteer_id(self, name: str) -> str | None:
        if self.gazetteer is None or not name:
            return None
        if name not in self._ids:
            entry = self.gazetteer.lookup(name)
            self._ids[name] = getattr(entry, "id", None) if entry is not None else None
        return self._ids[name]

    def same_name(self, gold: Any, predicted: Any) -> bool:
        """True when a name of `gold` folds equal to, or links to the same gazetteer
        entry as, a name of `predicted` (or the prediction's own canonical id)."""
        return self.name_agreement(gold, predicted) > 0

    def name_agreement(self, gold: Any, predicted: Any) -> int:
        """2 when names fold equal, 1 when they meet only through the gazetteer, 0 otherwise."""
        gold_names = names_of(gold)
        predicted_names = names_of(predicted)
        if not gold_names or not predicted_names:
            return 0
        folded = {fold_name(name) for name in predicted_names} - {""}
        if any(fold_name(name) in folded for name in gold_names):
            return 2
        return 1 if self._share_gazetteer_id(gold_names, predicted_names, canonical_id_of(predicted)) else 0

    def _share_gazetteer_id(
        self, gold_names: Iterable[str], predicted_names: Iterable[str], predicted_id: str | None
    ) -> bool:
        gold_ids = {self.gazetteer_id(name) for name in gold_names} - {None}
        if not gold_ids:
            return False
        if predicted_id in gold_ids:
            return True
        return any(self.gazetteer_id(name) in gold_ids for name in predicted_names)
