"""The shared span helpers: vocabulary patterns and evidence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.extract.spans import alternation
from pipeline.rules import word_list, word_table

BULLETINS = Path(__file__).resolve().parents[2] / "corpus" / "bulletins"


def _longest_first(phrases) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@pytest.mark.parametrize(
    ("language", "phrases"),
    [
        ("en", tuple(word_table("en", "partnership_triggers.tsv"))),
        ("en", tuple(word_table("en", "event_triggers.tsv"))),
        ("zh", tuple(word_table("zh", "partnership_triggers.tsv"))),
        ("zh", tuple(word_list("zh", "titles.txt"))),
    ],
)
def test_trie_alternation_finds_what_longest_first_alternation_finds(language: str, phrases: tuple[str, ...]) -> None:
    # Whole words with checks after the phrase, so that backtracking to a shorter phrase is exercised.
    wrap = r"(?<![\w-])(?:{})(?![\w-])" if language == "en" else "(?:{})"
    naive = re.compile(wrap.format(_longest_first(phrases)))
    trie = re.compile(wrap.format(alternation(phrases)))
    texts = [path.read_text(encoding="utf-8").lower() for path in sorted((BULLETINS / language).glob("*.txt"))]
    found = 0
    for text in texts:
        expected = [m.span() for m in naive.finditer(text)]
        assert [m.span() for m in trie.finditer(text)] == expected
        found += len(expected)
    assert found > 0


def test_trie_alternation_prefers_the_longest_and_backs_off_to_shorter() -> None:
    pattern = re.compile(r"(?:{})(?!\w)".format(alternation(["sign", "signed", "signed mou"])))
    assert [m.group() for m in pattern.finditer("signed mou; signed moux; sign")] == ["signed mou", "signed", "sign"]
    assert alternation(["a", "ab", "b"]) == "(?:ab?|b)"


def _after_found(matches) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_people_after_pattern_is_tried_only_near_a_comma_and_title_yet_finds_the_same() -> None:
    from pipeline.extract.people import _after_matches, _en_patterns

    after, _ = _en_patterns()
    texts = [path.read_text(encoding="utf-8") for path in sorted((BULLETINS / "en").glob("*.txt"))]
    texts.append(
        "Talks: Professor Jane Doe, Pro Vice-Chancellor (International) of Harlow University, and"
        " Wang Ming, deputy director of the Hunan Provincial Department of Education; Li Hua, President"
        " at Nanchang University. 2024, Dean of nothing, Zhang Wei, Dean of Students of X."
    )
    found = 0
    for text in texts:
        expected = _after_found(after.finditer(text))
        assert _after_found(_after_matches(text)) == expected
        found += len(expected)
    assert found > 3
