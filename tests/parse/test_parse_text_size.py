"""Text-size switchers ('字号：大 中 小', 'Font size: A+ A A-') are page chrome: they never
end up in a byline's source or editor, wherever they sit in the line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.parse.chrome import LineKind, read_byline, read_line
from pipeline.parse.html import parse_html


@pytest.mark.parametrize(
    ("line", "source", "editor"),
    [
        ("来源：江西日报 字号：大 中 小", "江西日报", None),
        ("来源：新华网 【字体：大 中 小】", "新华网", None),
        ("来源：中国教育报 字号：[大] [中] [小] 编辑：李明", "中国教育报", "李明"),
        ("發佈時間：2022-04-02 來源：中央社 字體：大 中 小", "中央社", None),
        ("Source: Xinhua Font size: A+ A A-", "Xinhua", None),
        ("Source: China Daily | Text size: A A A", "China Daily", None),
        ("Updated: 2025-04-02 11:05   Source: International Office  Font size: L M S", "International Office", None),
        ("Source: Jiangxi Daily | Editor: Li Hua Font size: Large Medium Small", "Jiangxi Daily", "Li Hua"),
        ("字号：大 中 小 来源：江西省教育厅", "江西省教育厅", None),
    ],
)
def test_a_text_size_switcher_is_no_part_of_a_byline_value(line: str, source: str, editor: str | None) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert byline.credited_source == source
    assert byline.editor == editor


@pytest.mark.parametrize(
    "line", ["发布时间: 2024-11-22 16:19  字号: L M S", "Updated: 2025-06-10 08:26  Font size: L M S"]
)
def test_a_date_line_with_a_text_size_switcher_gives_its_stamp(line: str) -> None:
    reading = read_line(line)
    assert reading.kind is LineKind.BYLINE
    assert reading.byline.stamp is not None


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Source: Small Business Daily", "Small Business Daily"),  # a choice is a whole word
        ("Source: Size Matters Weekly", "Size Matters Weekly"),  # a label needs its choices
        ("来源：中国大学生在线", "中国大学生在线"),  # 大 is a choice only after a label
    ],
)
def test_names_that_look_like_switcher_words_are_kept(line: str, source: str) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert byline.credited_source == source


def test_chinese_page_source_without_its_text_size_switcher(fixtures: Path) -> None:
    page = parse_html((fixtures / "text_size_switcher_zh.html").read_bytes(), origin="text_size_switcher_zh.html")
    assert page.credited_source == "江西省教育厅"
    assert page.published_at == dt.datetime(2025, 11, 18, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert "字体" not in page.text


def test_english_page_editor_without_its_text_size_switcher(fixtures: Path) -> None:
    page = parse_html((fixtures / "text_size_switcher_en.html").read_bytes(), origin="text_size_switcher_en.html")
    assert page.credited_source == "Jiangxi Daily"
    assert page.editor == "Li Hua"
    assert page.published == dt.date(2025, 6, 3)
    assert "Font size" not in page.text
