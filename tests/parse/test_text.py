"""TXT bulletins: chrome lines are metadata or dropped, the rest is the article."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.parse import ParseError
from pipeline.parse.text import parse_text

BEIJING = dt.timezone(dt.timedelta(hours=8))


def test_txt_with_chrome_reads_glued_byline(fixtures: Path) -> None:
    page = parse_text((fixtures / "txt_with_chrome.txt").read_text(encoding="utf-8"))
    assert page.title == "江西两所高校与澳大利亚高校签署合作协议"
    assert page.published_at == dt.datetime(2025, 3, 2, 9, 15, 7, tzinfo=BEIJING)
    assert page.credited_source == "某某日报"
    assert page.editor == "王芳"  # 责编 (responsible editor) outranks a plain 编辑
    assert page.channel == ["首页", "教育资讯"]


def test_txt_with_chrome_keeps_only_the_article(fixtures: Path) -> None:
    text = parse_text((fixtures / "txt_with_chrome.txt").read_text(encoding="utf-8")).text
    paragraphs = text.split("\n\n")
    assert paragraphs[0].startswith("3月1日，江西财经大学与澳大利亚某某大学")  # full-width indent stripped
    assert paragraphs[1].startswith("当天，南昌大学")  # em-space indent stripped
    assert "签约现场" in paragraphs
    assert paragraphs[-1] == "据悉，这是今年以来我省高校与澳大利亚高校签署的第3份合作协议。"
    for chrome in [
        "首页",
        "当前位置",
        "字体",
        "来源",
        "相关新闻",
        "再结硕果",
        "投稿邮箱",
        "商务合作",
        "网站地图",
        "Copyright",
    ]:
        assert chrome not in text, chrome


def test_seed_title_and_byline(fixtures: Path) -> None:
    page = parse_text((fixtures / "xinhua_seed.txt").read_text(encoding="utf-8"), origin="seed.txt")
    assert page.published_at.isoformat() == "2025-12-18T10:25:15+08:00"
    assert page.channel == ["新华网", "江西"]
    assert page.origin == "seed.txt"
    assert not page.text.startswith(page.title)


def test_text_without_a_heading_has_no_title() -> None:
    page = parse_text("南昌大学与英国某大学签署合作协议。\n双方将联合培养研究生。")
    assert page.title is None
    assert page.text == "南昌大学与英国某大学签署合作协议。\n\n双方将联合培养研究生。"


def test_words_are_kept_exactly_as_written() -> None:
    body = "副校长John Smith博士一行访问我校,双方签署了《合作协议》(2025年版)。"
    assert parse_text(f"标题\n\n　　{body}\n").text == body


@pytest.mark.parametrize(
    "text", ["", "\n\n  \n", "字体:大 中 小\n【纠错】\n责任编辑:王芳", "首页 | 新闻 | 教育 | 关于"]
)
def test_text_with_nothing_but_chrome_is_a_parse_error(text: str) -> None:
    with pytest.raises(ParseError):
        parse_text(text)


def test_site_banner_above_the_breadcrumb_is_not_the_title(fixtures: Path) -> None:
    page = parse_text((fixtures / "txt_site_banner.txt").read_text(encoding="utf-8"))
    assert page.title == "某某学院与美国某州立学院签署合作协议"
    assert page.published == dt.date(2024, 11, 22)
    assert page.channel == ["首页", "学院新闻"]
    assert page.site_name == "某某学院新闻网"  # the banner names the site, as og:site_name does on a page
    assert "新闻网" not in page.text
    assert page.text.endswith("并签署合作协议。")  # the (文/… 图/…) credit line is dropped


def test_windows_line_endings(fixtures: Path) -> None:
    text = (fixtures / "txt_with_chrome.txt").read_text(encoding="utf-8")
    assert parse_text(text.replace("\n", "\r\n")) == parse_text(text)


def test_a_text_without_a_breadcrumb_names_no_site() -> None:
    text = "某某学院与美国某州立学院签署合作协议\n　　11月20日，美国某州立学院代表团来访我校，双方签署合作协议。\n"
    page = parse_text(text)
    assert page.title == "某某学院与美国某州立学院签署合作协议"
    assert page.site_name is None  # a title is no site name
