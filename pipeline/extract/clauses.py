"""Clauses that change what a sentence's trigger words tell, read by the partnership and the event
extractors alike:

- relative clauses set off by commas in English sentences (", which signed an MoU in 2019,"): what
  they tell of a side is background to the main clause (`partnership_relative_openings.txt`): a
  document named in one is not what the main clause's programme is about, a signing told in one,
  placed in a year, is background;
- a clause that denies a signing ("No agreement has been signed yet", 双方尚未签署协议): no signing
  happened, so no signing event and no document kind for a pair (`signing_denials.txt`); so does a signing
  that is a talk's topic (双方就签署协议进行了会谈: `signing_topic_frames.tsv`)."""

from __future__ import annotations

import functools
import re

from pipeline.extract.spans import alternation, holds_any
from pipeline.rules import word_list, word_table

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


CLAUSE_MARKS = ("，", "；", ",", ";", "。", ".")
_DENIAL_REACH_ZH = 5  # characters between a Chinese denial and its signing word, at most (尚未正式签订)
_NOT_DENIALS_ZH = ("未来",)  # (未来签署: "will sign in future" denies nothing)
_TOPIC_REACH_ZH = 40  # characters from a signing word in a topic to the verb closing it (就签署…进行会谈), at most


def clause_start(text: str, floor: int, at: int) -> int:
    """Where the clause holding `at` starts: after the last clause mark before it, not before `floor`."""
    bound = floor - 1
    for mark in CLAUSE_MARKS:  # (a loop: compiled, max() of a generator would build one)
        bound = max(bound, text.rfind(mark, floor, at))
    return bound + 1


def signing_denied(text: str, floor: int, at: int, language: str) -> bool:
    """Whether the signing or document word at `at` is denied in its clause (the clause starting no
    earlier than `floor`, its sentence's start), `text` being the page's matching text (lower case,
    simplified): in Chinese a denial word right before it (尚未签署, 未正式签订); in English a denial
    word of the clause ("No agreement has been signed yet", "have not yet signed", "hasn't signed"),
    but "not only signed" denies nothing."""
    start = clause_start(text, floor, at)
    if language == "zh":
        near = text[max(start, at - _DENIAL_REACH_ZH) : at]
        if holds_any(near, _denials("zh")) and not holds_any(near, _NOT_DENIALS_ZH):
            return True
        return text.endswith(_topic_frame()[0], start, at) and _closes_topic(text, at)
    return _english_denial().search(text, start, at) is not None


def _closes_topic(text: str, at: int) -> bool:
    """Whether the clause of the signing word at `at` goes on to the verb that closes a topic (就签署…进行了会谈)."""
    end = min(len(text), at + _TOPIC_REACH_ZH)
    for mark in CLAUSE_MARKS:  # (a loop: compiled)
        found = text.find(mark, at, end)
        if found != -1:
            end = found
    return holds_any(text[at:end], _topic_frame()[1])


@functools.cache
def _topic_frame() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words right before a signing word that open a topic (就) and those that close it (进行)
    (`signing_topic_frames.tsv`)."""
    table = word_table("zh", "signing_topic_frames.tsv")
    return (
        tuple(word for word, role in table.items() if role == "opener"),
        tuple(word for word, role in table.items() if role == "closer"),
    )


def may_deny(text: str, language: str) -> bool:
    """Whether `text` (a sentence's matching text) holds a denial word at all: the cheap test before
    `signing_denied` is asked of each of its signing words."""
    return holds_any(text, _denials(language)) or may_be_topic(text, language)


def may_be_topic(text: str, language: str) -> bool:
    """Whether `text` (a sentence's matching text) holds a word that opens a signing as a talk's topic
    (就, 围绕: Chinese only), the cheap test before `signing_denied` reads the frame."""
    return language == "zh" and holds_any(text, _topic_frame()[0])


@functools.cache
def _denials(language: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in word_list(language, "signing_denials.txt"))


@functools.cache
def _english_denial() -> re.Pattern[str]:
    # a denial word as a word of the clause, "n't" glued to its verb; "not only" denies nothing
    return re.compile(rf"(?:(?<![\w'])|(?=n't))(?:{alternation(_denials('en'))})\b(?! only)")
