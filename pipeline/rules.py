"""Reading the rule files in `pipeline/resources/rules/` (see the README there).

Lists are one entry per line (a line of several space-separated entries is allowed
for short items such as surnames); tables are `phrase<TAB>value`. `#` starts a comment
line. Files are read once per process.
"""

from __future__ import annotations

import functools
from pathlib import Path

RULES_DIR = Path(__file__).resolve().parent / "resources" / "rules"


def _lines(language: str, name: str) -> list[str]:
    path = RULES_DIR / language / name
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.rstrip("\n") for line in lines if line.strip() and not line.lstrip().startswith("#")]


@functools.cache
def word_list(language: str, name: str, *, split_spaces: bool = False) -> tuple[str, ...]:
    """Entries of a list file, in file order."""
    entries: list[str] = []
    for line in _lines(language, name):
        entries.extend(line.split() if split_spaces else [line.strip()])
    return tuple(entries)


@functools.cache
def word_table(language: str, name: str) -> dict[str, str]:
    """`phrase -> value` from a two-column table, in file order."""
    table: dict[str, str] = {}
    for line in _lines(language, name):
        phrase, _, value = line.partition("\t")
        if phrase.strip() and value.strip():
            table.setdefault(phrase.strip(), value.strip())
    return table
