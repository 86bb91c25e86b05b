"""Places: Chinese provinces and cities, and foreign cities (`resources/geo/*places.tsv`, and the
cities of the gazetteer's institutions: a university's town, "Bangor", is a place where it stands
alone, outside the name "Bangor University").

An institution named after a Chinese place is Chinese; an event is located at a place.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

from pipeline.link.gazetteer import load_gazetteer

GEO_DIR = Path(__file__).resolve().parent.parent / "resources" / "geo"


@dataclass(frozen=True, slots=True)
class Places:
    country_of: dict[str, str]  # "Nanchang" / "南昌" -> "CN"; "Sydney" -> "AU"
    provinces: tuple[tuple[str, str], ...] = ()  # ("Jiangxi", "江西"), Chinese provincial-level divisions
    cities: tuple[tuple[str, str], ...] = ()  # ("Nanchang", "南昌"), Chinese cities

    def longest_first(self) -> list[str]:
        return sorted(self.country_of, key=len, reverse=True)


@functools.cache
def load_places(folder: Path = GEO_DIR) -> Places:
    country_of: dict[str, str] = {}
    provinces: list[tuple[str, str]] = []
    cities: list[tuple[str, str]] = []
    for name, country_column in (("cn_places.tsv", None), ("foreign_places.tsv", "country")):
        with (folder / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                country = row[country_column] if country_column else "CN"
                if row.get("kind") == "province":
                    provinces.append((row["name_en"], row["name_zh"]))
                elif row.get("kind") == "city" and not country_column:
                    cities.append((row["name_en"], row["name_zh"]))
                for word in (row["name_en"], row["name_zh"]):
                    if word:
                        country_of.setdefault(word, country)
    if folder == GEO_DIR:  # (a test's own folder holds its places alone)
        for city, country in _institution_cities():
            country_of.setdefault(city, country)
    return Places(country_of, tuple(provinces), tuple(cities))


def _institution_cities() -> list[tuple[str, str]]:
    """The cities the gazetteer's foreign institutions are in, with their country, but those whose
    name is a common word of institutions' names (`not_places.txt`: "Normal", the town of Illinois
    State University, would make "Hubei Normal University" American)."""
    words = _not_places()
    return [
        (e.city, e.country)
        for e in load_gazetteer()
        if e.city and e.country and e.country != "CN" and e.city not in words
    ]


def _not_places(folder: Path = GEO_DIR) -> frozenset[str]:
    lines = (folder / "not_places.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
