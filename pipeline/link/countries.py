"""Countries by their English and Chinese names and adjectives (`resources/geo/countries.tsv`)."""

from __future__ import annotations

import bisect
import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path

COUNTRIES_FILE = Path(__file__).resolve().parent.parent / "resources" / "geo" / "countries.tsv"


@dataclass(frozen=True, slots=True)
class Countries:
    by_word: dict[str, str]  # "Australia", "Australian", "澳大利亚" -> "AU"

    def code(self, word: str) -> str | None:
        return self.by_word.get(word) or self.by_word.get(word.removeprefix("the ").removeprefix("The "))

    def visited(self, text: str, position: int, kind: str, language: str) -> str | None:
        """`visited_country`: the one foreign country a trip's page names before `position`."""
        return visited_country(text, position, kind, language)

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


# -- the country a page's trip goes to ---------------------------------------------------------
# A delegation's page names the country it visits once ("paid a working visit to South Korea",
# 赴马来西亚访问) and the universities it visits there by their names alone: an unlisted university
# with no country of its own is in the one foreign country the text has named before it.
# (a university: an unlisted "college" is often a joint college in China named after its foreign
# partner, "Queen Mary College" of a Chinese university, not an institution the trip visits)
CARRIED_KINDS = frozenset({"university"})
_SKIPPED_FILE = "country_words_not_named.txt"  # (rules/<lang>/: words holding a country's name)
_LATIN_WORD = re.compile(r"[A-Z][\w.]*")


def visited_country(text: str, position: int, kind: str, language: str) -> str | None:
    """The only foreign country (not CN) the text names before `position`, for an institution of a
    kind a delegation visits (`CARRIED_KINDS`); None when it names none or several. Country names
    only, not adjectives ("English-medium", "Thai cuisine" name no destination)."""
    if kind not in CARRIED_KINDS:
        return None
    named = _scan(text, language).upto(position)
    codes = {code for start, code in named[: bisect.bisect_left(named, (position, ""))]}
    return codes.pop() if len(codes) == 1 else None


class _Scan:
    """The foreign country names of one page found so far, (start, code) in order: the text is
    read only up to the furthest institution asked about, once (a page's institutions ask in
    turn), by one regex that finds where a name can start (a capitalised word, in English; a name
    itself, in Chinese, where the whole alternation is faster than a lookup per character)."""

    __slots__ = ("found", "language", "read_to", "text")

    def __init__(self, text: str, language: str) -> None:
        self.text, self.language = text, language
        self.found: list[tuple[int, str]] = []
        self.read_to = 0  # (where the next read starts: after the last name found, or where the last stopped)

    def upto(self, position: int) -> list[tuple[int, str]]:
        if position > self.read_to:
            if self.language == "zh":
                self._read_names(position)
            else:
                self._read_words(position)
        return self.found

    def _read_names(self, position: int) -> None:
        codes = _codes(self.language)
        for name in _names_pattern(self.language).finditer(self.text, self.read_to, position):
            if codes[name.group(0)]:
                self.found.append((name.start(), codes[name.group(0)]))
            self.read_to = name.end()
        self.read_to = max(self.read_to, position)

    def _read_words(self, position: int) -> None:
        text, index = self.text, _names_by_start(self.language)
        for word in _LATIN_WORD.finditer(text, self.read_to, position):
            names = index.get(word.group(0).rstrip("."))
            if names is None or word.start() < self.read_to:
                continue  # (no name starts so, or inside a name read already: "Hong Kong")
            size, code = _longest_at(text, word.start(), names)
            if size and _ends_word(text, word.start() + size):
                self.read_to = word.start() + size
                if code:
                    self.found.append((word.start(), code))
        self.read_to = max(self.read_to, position)


_SCANS: dict[tuple[str, str], _Scan] = {}


def _scan(text: str, language: str) -> _Scan:
    """The page's `_Scan` (the last few pages' are kept: a page's institutions ask one after another)."""
    key = (text, language)
    scan = _SCANS.get(key)
    if scan is None:
        if len(_SCANS) >= 8:
            _SCANS.pop(next(iter(_SCANS)))
        scan = _SCANS[key] = _Scan(text, language)
    return scan


@functools.cache
def _names_pattern(language: str) -> re.Pattern[str]:
    """Every name of `_names_by_start`, longest first."""
    return re.compile("|".join(re.escape(name) for name in sorted(_codes(language), key=len, reverse=True)))


@functools.cache
def _codes(language: str) -> dict[str, str]:
    return {name: code for entries in _names_by_start(language).values() for name, code in entries}


def _longest_at(text: str, at: int, names: tuple[tuple[str, str], ...]) -> tuple[int, str]:
    """(length, code) of the longest of `names` (longest first) at `at`; code "" for a skipped
    word; (0, "") for none."""
    for name, code in names:
        if text.startswith(name, at):
            return len(name), code
    return 0, ""


def _ends_word(text: str, end: int) -> bool:
    return end >= len(text) or not (text[end].isalnum() or text[end] == "_")


@functools.cache
def _names_by_start(language: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """Country names of a language (not China's) and the words to skip that hold one (内蒙古,
    "Latin America"), by first character (zh) or first word (en), longest first."""
    from pipeline.rules import word_list

    names: dict[str, str] = {}
    with COUNTRIES_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            columns = ("name_zh", "aliases_zh") if language == "zh" else ("name_en", "aliases_en")
            for column in columns:
                for name in filter(None, (n.strip() for n in (row.get(column) or "").split("|"))):
                    if row["iso"] not in CHINESE_CODES and (language != "zh" or len(name) >= 2):
                        names.setdefault(name, row["iso"])
                    elif row["iso"] in CHINESE_CODES:
                        names[name] = ""  # (China's own names are no destination: "Hong Kong, China")
    names.update(dict.fromkeys(word_list(language, _SKIPPED_FILE), ""))
    by_start: dict[str, list[tuple[str, str]]] = {}
    for name, code in names.items():
        key = name[0] if language == "zh" else name.split(" ")[0].rstrip(".")
        by_start.setdefault(key, []).append((name, code))
    return {key: tuple(sorted(entries, key=lambda e: -len(e[0]))) for key, entries in by_start.items()}


CHINESE_CODES = frozenset({"CN"})
