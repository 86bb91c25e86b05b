"""The byline label scan is one factored regex (a trie behind a first-character
lookahead); it must find exactly what the plain longest-first list of labels finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.parse import chrome
from pipeline.parse.blocks import page_lines
from pipeline.parse.decode import decode_bytes
from pipeline.parse.html import _tree

TRICKY = [
    "Published on 2025-01-01 Edited by Li",
    "Publishedon:2025 Editedby: Li Posted on Monday",
    "作 者：张三 作者：李四 发布者:admin发布时间:2023-10-09",
    "责任编辑：王五 编辑：赵六 责编:钱七 小编：孙八",
    "Gannan Normal UniversityEditor: Li Hua",
    "SOURCE: XINHUA | source : xinhua | Sources: two",
    "Release time：2024 Release Date: x Read more Reader",
    "文/李四 图/王五 图文/赵六 摄影：周七 视频/吴八",
    "来源｜国际处 编辑 | 李晓 审核｜张丽 Source|Xinhua",
]


def plain_alternation(names: list[str]) -> re.Pattern[str]:
    labels = "|".join(r"\s*".join(map(re.escape, name.split())) for name in names)
    return re.compile(rf"(?P<label>{labels})(?P<sep>{chrome._LABEL_SEPARATOR})", re.IGNORECASE)


def fixture_lines(fixtures: Path) -> list[str]:
    lines = []
    for page in sorted(fixtures.glob("*.html")):
        lines += [line.text for line in page_lines(_tree(decode_bytes(page.read_bytes())[0]))]
    for page in sorted(fixtures.glob("*.txt")):
        lines += page.read_text(encoding="utf-8").splitlines()
    return lines


@pytest.mark.parametrize("source", ["tricky", "fixtures"])
def test_factored_label_scan_finds_what_the_plain_list_finds(source: str, fixtures: Path) -> None:
    vocab = chrome._vocabulary()
    reference = plain_alternation(sorted(vocab.labels, key=len, reverse=True))
    lines = TRICKY if source == "tricky" else fixture_lines(fixtures)
    assert lines
    for line in lines:
        found = [(m.span(), m.group("label"), m.group("sep")) for m in vocab.label_pattern.finditer(line)]
        expected = [(m.span(), m.group("label"), m.group("sep")) for m in reference.finditer(line)]
        assert found == expected, line
