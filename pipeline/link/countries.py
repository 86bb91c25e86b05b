"""Countries by their English and Chinese names and adjectives (`resources/geo/countries.tsv`)."""

from __future__ import annotations

import bisect
import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

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
    turn). Chinese: the names, leftmost first and longest first, as one alternation of them would
    find them; English: the capitalised words (`_LATIN_WORD`) a name can start with. Both are
    found by one Aho-Corasick pass over the part read, not by a regex or a lookup per word."""

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
        """What `finditer` of the names' alternation (longest first) finds between `read_to` and
        `position`: the leftmost-first matches of the same names in the same order."""
        names, codes, finder = _names_in_order(self.language), _codes(self.language), _names_finder(self.language)
        offset = self.read_to
        for index, start, end in finder.find_matches_as_indexes(self.text[offset:position]):
            code = codes[names[index]]
            if code:
                self.found.append((offset + start, code))
            self.read_to = offset + end
        self.read_to = max(self.read_to, position)

    def _read_words(self, position: int) -> None:
        """The words `_LATIN_WORD.finditer(text, read_to, position)` gives that a name starts with,
        read in order: only where a first word of a name is written (`_word_starts_at`)."""
        text, index, offset = self.text, _names_by_start(self.language), self.read_to
        part = text[offset:position]  # (`_LATIN_WORD` has no lookaround: its words here are those of the slice)
        for at in _first_words_written(part, self.language):
            word = _LATIN_WORD.match(part, at)
            names = index.get(word.group(0).rstrip("."))
            if names is None or offset + at < self.read_to:
                continue  # (no name starts so, or inside a name read already: "Hong Kong")
            start = offset + at
            size, code = _longest_at(text, start, names)
            if size and _ends_word(text, start + size):
                self.read_to = start + size
                if code:
                    self.found.append((start, code))
        self.read_to = max(self.read_to, position)


def _first_words_written(part: str, language: str) -> list[int]:
    """The starts, in order, of the words of `_LATIN_WORD.finditer(part)` where a first word of a
    name (`_names_by_start`) is written: every word a name can start with is among them."""
    found = _first_words_finder(language).find_matches_as_indexes(part, overlapping=True)
    size = len(part)
    # (a word character right after it: the word goes on, "The" of "Theory", and is not that name's)
    return sorted(
        {
            start
            for _, start, end in found
            if (end == size or not (part[end].isalnum() or part[end] == "_")) and _word_starts_at(part, start)
        }
    )


def _word_starts_at(part: str, at: int) -> bool:
    """A word of `_LATIN_WORD.finditer(part)` starts at `at`, a capital letter: no capital letter
    is written before it in its run of word characters and dots (a word there would run on
    through it: "McKorea")."""
    while at > 0:
        char = part[at - 1]
        if not (char.isalnum() or char in "_."):  # (`str.isalnum` is the regex's `\w`, less "_")
            return True
        if "A" <= char <= "Z":
            return False
        at -= 1
    return True


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
def _names_in_order(language: str) -> list[str]:
    """Every name of `_names_by_start`, longest first."""
    return sorted(_codes(language), key=len, reverse=True)


@functools.cache
def _names_finder(language: str) -> AhoCorasick:
    """The names of `_names_in_order`, leftmost first, then the first listed (longest). (A DFA:
    a few hundred names, and it reads a page in half the time of the default automaton.)"""
    return AhoCorasick(_names_in_order(language), matchkind=MatchKind.LeftmostFirst, implementation=Implementation.DFA)


@functools.cache
def _first_words_finder(language: str) -> AhoCorasick:
    """The first words of the names (`_names_by_start`) that can be a `_LATIN_WORD`, written anywhere."""
    words = [word for word in _names_by_start(language) if "A" <= word[:1] <= "Z"]
    return AhoCorasick(words, matchkind=MatchKind.Standard, implementation=Implementation.DFA)


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
