"""Chrome lines: every byline format GENRE.md lists is metadata, prose is text."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from pipeline.parse.chrome import LineKind, read_byline, read_line

BEIJING = dt.timezone(dt.timedelta(hours=8))


@pytest.mark.parametrize(
    ("line", "source", "editor", "day"),
    [
        ("2025-03-02 09:15:07来源:某某日报编辑:李明责编:王芳", "某某日报", "王芳", dt.date(2025, 3, 2)),
        ("来源:某省教育厅 发布:2024-05-06", "某省教育厅", None, dt.date(2024, 5, 6)),
        ("发布者:admin发布时间:2023-10-09浏览次数:128", None, None, dt.date(2023, 10, 9)),
        ("02.04.2022 14:30", None, None, dt.date(2022, 4, 2)),
        ("Source : Date :2021-06-01 Hits :", None, None, dt.date(2021, 6, 1)),
        ("(文/国际合作与交流处 图/张三)", None, None, None),
        ("文/李四 图/王五 审核/赵六 发布/钱七", None, None, None),
        ("【纠错】 【责任编辑:王晓震】", None, "王晓震", None),
        ("【责任编辑：陈明】", None, "陈明", None),
        ("责任编辑:", None, None, None),
        (
            "Updated: 2025-06-03 09:12 | Source: Jiangxi Daily | Editor: Li Hua",
            "Jiangxi Daily",
            "Li Hua",
            dt.date(2025, 6, 3),
        ),
        ("2025 12/18 10:25:15", None, None, dt.date(2025, 12, 18)),
        ("来源：江西日报　作者：张三　2025年11月18日 09:30", "江西日报", None, dt.date(2025, 11, 18)),
        ("發佈時間：2022-04-02 來源：中央社", "中央社", None, dt.date(2022, 4, 2)),
        # the other editors a portal credits end the 责任编辑's value; a report link is no part of the source
        ("责任编辑：周敏　图片编辑：吴桐　校对：何平", None, "周敏", None),
        ("2024-09-03 08:10:55　来源: 湖南日报　举报", "湖南日报", None, dt.date(2024, 9, 3)),
        ("(Web editor: Zhao Lan, Meng Qi)", None, "Zhao Lan, Meng Qi", None),  # People's Daily Online's foot
        # a news outlet's name glued before its editor's or reporter's label
        ("潇湘晨报编辑 | 唐敏", None, "唐敏", None),
        ("中国青年报记者：任远　编辑：邓琳", None, "邓琳", None),
    ],
)
def test_byline_formats_become_metadata(
    line: str, source: str | None, editor: str | None, day: dt.date | None
) -> None:
    reading = read_line(line)
    assert reading.kind is LineKind.BYLINE
    assert reading.byline.credited_source == source
    assert reading.byline.editor == editor
    assert (reading.byline.stamp.day if reading.byline.stamp else None) == day


def test_glued_byline_keeps_the_time_in_beijing() -> None:
    byline = read_byline("2025-03-02 09:15:07来源:某某日报编辑:李明")
    assert byline is not None
    assert byline.stamp.moment == dt.datetime(2025, 3, 2, 9, 15, 7, tzinfo=BEIJING)
    assert byline.editor == "李明"  # a plain 编辑 when there is no 责编


@pytest.mark.parametrize(
    "line",
    [
        "时间：11月18日上午9点 地点：南昌",  # event details are article text
        "来源：据新华社报道，双方在南昌签署了合作协议。",  # a sentence, not a byline
        "On November 18, the alliance was inaugurated in Nanchang.",
        "签约现场",
        "Signing ceremony",
        "编辑部全体成员参加了会议",
        "The source of the delay: heavy rain in Nanchang.",
    ],
)
def test_prose_and_captions_stay_text(line: str) -> None:
    assert read_line(line).kind is LineKind.TEXT


@pytest.mark.parametrize(
    ("line", "channel"),
    [
        ("新华网 > 江西 > 正文", ["新华网", "江西"]),
        ("当前位置: 首页 > 教育资讯 > 正文", ["首页", "教育资讯"]),
        ("您现在的位置：首页 >> 新闻动态 >> 正文", ["首页", "新闻动态"]),
        ("Home > News > Content", ["Home", "News"]),
        ("Home / World / Africa", ["Home", "World", "Africa"]),
    ],
)
def test_breadcrumbs_give_the_channel(line: str, channel: list[str]) -> None:
    reading = read_line(line)
    assert reading.kind is LineKind.BREADCRUMB
    assert reading.channel == channel


@pytest.mark.parametrize(
    "line",
    [
        "字体:大 中 小",
        "字体：[大 中 小]",
        "【纠错】",
        "【打印本页】　【关闭窗口】",
        "首页 | 新闻 | 教育 | 联系我们",
        "分享到：微信 微博 QQ空间",
        "Share: Facebook Twitter LinkedIn Email",
        "字体:",
    ],
)
def test_menus_and_page_tools_are_dropped(line: str) -> None:
    assert read_line(line).kind is LineKind.CHROME


@pytest.mark.parametrize(
    "line",
    [
        "投稿邮箱:news@example.cn",
        "商务合作:0791-88888888",
        "网站地图 | 关于我们",
        "Copyright © 2025 某某教育网 版权所有",
        "赣ICP备05000000号",
        "主办单位：某省教育厅　承办单位：某省教育信息中心",
        "主办单位：某市教育局　地址：某市解放路1号",
        "承办单位：某省教育信息中心　技术支持：某公司",
    ],
)
def test_footer_lines_are_dropped(line: str) -> None:
    assert read_line(line).kind in {LineKind.FOOTER, LineKind.CHROME}


@pytest.mark.parametrize(
    "line",
    ["主办单位：某省教育厅、某大学", "承办单位：某大学", "本届论坛主办单位：某省教育厅", "协办单位：某学院"],
)
def test_an_articles_label_line_naming_one_role_stays_text(line: str) -> None:
    # The site's footer names sponsor and operator on one line; an article's label line
    # gives one role alone (GUIDE: label lines read as their verbs).
    assert read_line(line).kind is LineKind.TEXT


@pytest.mark.parametrize("line", ["相关新闻", "下一篇：外籍专家获省友谊奖", "Related News"])
def test_related_links_end_the_article(line: str) -> None:
    assert read_line(line).kind is LineKind.END


@pytest.mark.parametrize(
    ("line", "source", "editor"),
    [
        (
            "2025-04-02 10:05:00Source:Office of International CooperationEditor:Xu Jing",
            "Office of International Cooperation",
            "Xu Jing",
        ),
        ("Date:2024-10-15Source:International OfficeViews:880", "International Office", None),
        ("By Wang Xiaodong | Source: China Daily | Updated: 2023-09-25 10:21", "China Daily", None),
        ("2024-06-24 09:02  来源：中国中医药报  编辑：小编", "中国中医药报", None),  # 小编 names nobody
    ],
)
def test_english_and_placeholder_bylines(line: str, source: str, editor: str | None) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert (byline.credited_source, byline.editor) == (source, editor)


def test_a_label_inside_a_word_is_not_a_label() -> None:
    assert read_line("Resource: the new library opens on Monday").kind is LineKind.TEXT


def _lines_of_fixture_pages(fixtures: Path) -> list[str]:
    from pipeline.parse.blocks import page_lines
    from pipeline.parse.decode import decode_bytes
    from pipeline.parse.html import _tree

    lines = ["Address: 1 Road, Tel 123", "address：南昌 邮编 330000", "copyright 2025", "abc © x", "icp备", "ſource: x"]
    lines += [
        "【打印】 来源:新华网",
        "Print | Share 2025-01-02",
        "字号：大 中 小 编辑：王",
        " 3月4日 来源：x",
        "星期一",
    ]
    for page in sorted(fixtures.glob("*.html")):
        lines += [line.text for line in page_lines(_tree(decode_bytes(page.read_bytes())[0]))]
    return lines


@pytest.mark.parametrize("name", ["footer", "fragments", "field_start", "word_start"])
def test_a_first_character_lookahead_changes_no_match(fixtures: Path, name: str) -> None:
    """Behind its lookahead a vocabulary regex matches, searches and cuts as without it,
    at every place of every line of the fixture pages (and of lines made to match)."""
    from pipeline.parse.chrome import _vocabulary

    fast = getattr(_vocabulary(), name)
    assert fast.pattern.startswith("(?=[")  # every row says how its matches start
    body = fast.pattern[fast.pattern.index("])(?:") + 5 : -1]
    plain = re.compile(body, re.IGNORECASE)
    for line in _lines_of_fixture_pages(fixtures):
        assert fast.sub("|", line) == plain.sub("|", line), line
        for at in range(len(line)):
            found, expected = fast.match(line, at), plain.match(line, at)
            assert (found and found.span()) == (expected and expected.span()), (line, at)


@pytest.mark.parametrize(
    ("rows", "firsts"),
    [
        (["^(?:Address|地址)\\s*[:：]", "ICP\\s*[备证]", "©"], {"A", "地", "I", "©"}),
        (["(?:ab|cd)+e", "x{2,3}"], {"a", "c", "x"}),
        (["\\d{6}", "[a-c.]x"], {"\\d", "a-c", "\\."}),
        (["[^a]b"], None),  # a negated class: no first characters to tell
        (["a?b"], None),  # may start without its first item
    ],
)
def test_first_characters_of_rows(rows: list[str], firsts: set[str] | None) -> None:
    from pipeline.parse.chrome import _first_characters

    assert _first_characters(rows) == firsts


def test_only_the_four_known_letters_fold_onto_latin_ones() -> None:
    """`_without_text_size` skips a non-ASCII line with no Latin letter: that holds only if
    no other character matches a Latin letter case-insensitively."""
    from pipeline.parse.chrome import _LATIN_LETTER

    everything = "".join(map(chr, range(0x80, 0x110000)))
    folding = set(re.compile("[a-z]", re.IGNORECASE).findall(everything))
    assert folding == set(_LATIN_LETTER.findall(everything))


@pytest.mark.parametrize(
    "line",
    [
        "来源：江西日报 字号：大 中 小",
        "来源：江西日报【字体：大 中 小】",
        "来源：江西日报 Font size: A+ A A-",
        "編輯：李明 字號：大 中 小",
    ],
)
def test_text_size_switchers_on_non_ascii_lines_are_cut_out(line: str) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert (byline.credited_source or byline.editor) in {"江西日报", "李明"}


@pytest.mark.parametrize(
    "line",
    [
        "Press Release – 23 October 2026",
        "Media Release - 23 October 2026",
        "23 October 2026 – Press Release",
        "October 23, 2026 | News",
        "2026年10月23日 | 新闻动态",
    ],
)
def test_a_page_kind_beside_the_date_keeps_the_byline(line: str) -> None:
    byline = read_byline(line)
    assert byline is not None and byline.stamp is not None
    assert byline.stamp.day == dt.date(2026, 10, 23)
    assert read_line(line).kind is LineKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "Press Release on the new joint campus",
        "October 23, 2026 was a day of news",
        "October 23, 2026 Breaking News",
        "News | October 23, 2026 | Campus",
    ],
)
def test_a_page_kind_with_prose_is_no_byline(line: str) -> None:
    assert read_line(line).kind is LineKind.TEXT


def test_a_reader_s_bylines_are_read_byline_after_it_read_the_lines(fixtures: Path) -> None:
    """A page's reader answers a byline from the line's reading when it has one: the same as
    reading the byline alone, for lines read before (text, bylines, other chrome) and not."""
    from pipeline.parse.chrome import LineReader
    from pipeline.parse.text import clean_line

    lines = [cleaned for line in _lines_of_fixture_pages(fixtures) if (cleaned := clean_line(line))]
    lines += ["来源：江西日报", "发布时间：2025-03-02 09:15", "Source: China Daily", "南昌大学与英国大学签署合作协议"]
    reader = LineReader()
    reader.read_all(lines[::2])
    bylines = [reader.byline(line) for line in lines]
    assert bylines == [read_byline(line) for line in lines]
    assert any(bylines) and not all(bylines)
