"""A cheap necessary condition for a set of line tests: most lines of a page are prose,
and proving that takes one anchored match and one literal scan instead of every test.

A `Prefilter` is built from what each test needs to see in a line before it can say yes:
regexes that must match where the line starts, strings that must occur somewhere in it
(case aside), characters it must end with, and, for a test whose regex gives no such
string, that regex searched whole. `admits(line)` is False only when none of them is
there, so every test would say no. A line with white space at either end is always
admitted: tests may read it stripped, which moves its start and end.
"""

from __future__ import annotations

import re
import re._constants as _re_constants
import re._parser as _re_parser
from collections.abc import Iterable, Sequence

from ahocorasick_rs import BytesAhoCorasick, Implementation, MatchKind

# What `re.IGNORECASE` matches to a Latin letter besides the letters: long s, dotless i,
# and the combining dot that `str.lower` leaves of a dotted capital I. A line holding one
# is admitted: lower-casing does not make it a letter.
_FOLDS_ONTO_LATIN = ("\u017f", "\u0131", "\u0307")
# The only characters past ASCII that `str.lower` turns into ASCII letters (dotted capital
# I, Kelvin sign): the lines are lower-cased as UTF-8 bytes, ASCII only, so a line holding
# one of these is admitted whole (as `str.lower` reads them, the line may hold a word).
_LOWERED_INTO_ASCII = ("\u0130", "\u212a")
_ASCII_LETTER = re.compile("[a-z]")
_AT_START = (_re_constants.AT_BEGINNING, _re_constants.AT_BEGINNING_STRING)


class Literals:
    """Whether a line holds one of some strings, letter case aside (as `re.IGNORECASE`
    reads it): one Aho-Corasick pass over the line's UTF-8 bytes with ASCII lower-cased (no
    string has letter case past ASCII, and the two characters that `str.lower` turns into
    ASCII letters admit a line by themselves), or over many lines at once. Raises ValueError
    for a string with letter case outside ASCII (lower-casing the line could miss it) or
    with a line break."""

    def __init__(self, literals: Iterable[str]) -> None:
        words = {word.lower() for word in literals if word}
        if any((not word.isascii() and word.upper() != word) or "\n" in word for word in words):
            raise ValueError("a literal with non-ASCII letter case or a line break")
        if any(_ASCII_LETTER.search(word) for word in words):
            words.update((*_FOLDS_ONTO_LATIN, *_LOWERED_INTO_ASCII))
        # Bytes, not str: a str haystack past ASCII costs its full lower-casing (several times
        # the search) and a conversion of the hits' positions; a DFA: a few times faster a
        # byte than the default NFA, on a few dozen words.
        encoded = sorted(word.encode() for word in words)
        dfa = Implementation.DFA
        self._words = BytesAhoCorasick(encoded, matchkind=MatchKind.Standard, implementation=dfa) if words else None

    def in_line(self, line: str) -> bool:
        return self._words is not None and bool(self._words.find_matches_as_indexes(_lowered(line)))

    def lines_holding(self, lines: Sequence[str]) -> list[int]:
        """The positions of the lines that hold one, in order, from one pass over them
        joined: no string spans a line break (nor does a character's UTF-8 sequence hold
        the byte of one), so each hit lies inside one line, and every line holding a string
        has a hit in it; a hit's line is the number of breaks before it (lines that hold
        breaks of their own are scanned one by one)."""
        if self._words is None:
            return []
        joined = _lowered("\n".join(lines))
        if joined.count(b"\n") >= len(lines):  # a line holds a break of its own: one by one
            return [index for index, line in enumerate(lines) if self.in_line(line)]
        found: list[int] = []
        line = done = 0  # the line at byte `done` (the hits come in order)
        for _, start, _ in self._words.find_matches_as_indexes(joined):
            line += joined.count(b"\n", done, start)
            done = start
            if not found or found[-1] != line:
                found.append(line)
        return found


def _lowered(text: str) -> bytes:
    """`text` in UTF-8 (a lone surrogate passed through: it matches no string) with ASCII
    letters lower-cased."""
    return text.encode("utf-8", "surrogatepass").lower()


class Prefilter:
    """`admits(line)`: whether any test might hold for `line` (False: none does)."""

    def __init__(
        self,
        opening: Iterable[str],
        literals: Iterable[str],
        anywhere: Iterable[str] = (),
        last_characters: str = "",
    ) -> None:
        """`opening`: regexes (case-insensitive) one of which matches at the start of any
        line a test holds for, unless one of the rest does; `literals`: strings it may
        hold (see `Literals`); `anywhere`: regexes searched in it (the slow rest);
        `last_characters`: characters it may end with."""
        rows = [r"\s", *opening]
        self._opening = re.compile(r"\A(?:" + "|".join(f"(?:{row})" for row in rows) + ")", re.IGNORECASE)
        self._last = frozenset(last_characters)
        self._literals = Literals(literals)
        rest = list(anywhere)
        self._anywhere = re.compile("|".join(f"(?:{row})" for row in rest), re.IGNORECASE) if rest else None

    def admits(self, line: str) -> bool:
        if self._opens_or_ends(line) or self._literals.in_line(line):
            return True
        return self._anywhere is not None and self._anywhere.search(line) is not None

    def admitted(self, lines: Sequence[str]) -> list[bool]:
        """`admits` of each line: the literals looked for in one pass over the lines that
        their start and end do not admit."""
        found = [self._opens_or_ends(line) for line in lines]
        rest = [index for index, admitted in enumerate(found) if not admitted]
        for at in self._literals.lines_holding([lines[index] for index in rest]):
            found[rest[at]] = True
        if self._anywhere is not None:
            for index in rest:
                found[index] = found[index] or self._anywhere.search(lines[index]) is not None
        return found

    def _opens_or_ends(self, line: str) -> bool:
        last = line[-1:]
        return self._opening.match(line) is not None or last in self._last or last.isspace()


def embedded(pattern: re.Pattern[str]) -> str:
    """`pattern` as a piece of a case-insensitive regex that matches what it matches.
    Raises ValueError for a pattern with groups (their numbers would change)."""
    if pattern.groups:
        raise ValueError(f"a pattern with groups: {pattern.pattern}")
    return f"(?:{pattern.pattern})" if pattern.flags & re.IGNORECASE else f"(?-i:{pattern.pattern})"


def is_anchored(row: str) -> bool:
    """Whether every match of the regex `row` starts where the string starts ('^...')."""
    items = list(_re_parser.parse(row, re.IGNORECASE))
    return bool(items) and items[0][0] is _re_constants.AT and items[0][1] in _AT_START


def literal_starts(row: str) -> set[str] | None:
    """Strings one of which starts every match of the regex `row` (letter case aside):
    the literal run each of its alternatives opens with. None when an alternative opens
    with anything else (a class, a repeat, an anchor ...)."""
    return _starts(list(_re_parser.parse(row, re.IGNORECASE)))


def _starts(items: list) -> set[str] | None:
    run = []
    for op, av in items:
        if op is not _re_constants.LITERAL:
            break
        run.append(chr(av))
    if run:
        return {"".join(run)}
    if not items:
        return None
    op, av = items[0]
    if op is _re_constants.SUBPATTERN:
        return _starts(list(av[3]))
    if op is _re_constants.BRANCH:
        branches = [_starts(list(branch)) for branch in av[1]]
        return None if any(branch is None for branch in branches) else set().union(*branches)
    return None
