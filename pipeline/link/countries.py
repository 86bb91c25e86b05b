"""Countries by their English and Chinese names and adjectives (`resources/geo/countries.tsv`)."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

COUNTRIES_FILE = Path(__file__).resolve().parent.parent / "resources" / "geo" / "countries.tsv"


@dataclass(frozen=True, slots=True)
class Countries:
    by_word: dict[str, str]  # "Australia", "Australian", "澳大利亚" -> "AU"

    def code(self, word: str) -> str | None:
        return self.by_word.get(word) or self.by_word.get(word.removeprefix("the ").removeprefix("The "))

    def words(self) -> list[str]:
        """Every name and adjective, longest first (so 'South Korea' wins over 'Korea')."""
        return sorted(self.by_word, key=len, reverse=True)


@functools.cache
def load_countries(path: Path = COUNTRIES_FILE) -> Countries:
    by_word: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            words = [row["name_en"], row["name_zh"]]
            for column in ("aliases_en", "adjectives_en", "aliases_zh"):
                words.extend((row.get(column) or "").split("|"))
            for word in filter(None, (w.strip() for w in words)):
                by_word.setdefault(word, row["iso"])
    return Countries(by_word)
