"""Relative clauses set off by commas in English sentences (", which signed an MoU in 2019,"): what
they tell of a side is background to the main clause (`partnership_relative_openings.txt`). Read by
the partnership extractor (a document named in one is not what the main clause's programme is
about) and the event extractor (a signing told in one, placed in a year, is background)."""

from __future__ import annotations

import functools

from pipeline.rules import word_list

RELATIVE_CUE = ", wh"  # (the literal every opening shares: most sentences and pages stop at it)


def relative_clauses(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """The (start, end) characters (plus `offset`) of the relative clauses of sentence `text`: from
    an opening (", which") to the next comma, else the sentence's end."""
    if RELATIVE_CUE not in text:
        return []
    clauses = []
    for opening in _openings():
        at = text.find(opening)
        while at != -1:
            after = at + len(opening)
            if text[after : after + 1] == " ":  # (a whole word: ", who" is no ", whose")
                comma = text.find(",", after)
                end = comma if comma != -1 else len(text)
                clauses.append((offset + at, offset + end))
            at = text.find(opening, after)
    return clauses


def within_any(at: int, clauses: list[tuple[int, int]]) -> bool:
    """Whether character `at` lies in one of `clauses` (half-open ranges)."""
    for start, end in clauses:  # noqa: SIM110 (a loop: compiled, `any` of a generator builds one)
        if start <= at < end:
            return True
    return False


@functools.cache
def _openings() -> tuple[str, ...]:
    return word_list("en", "partnership_relative_openings.txt")
