"""Pages written in the layouts real sites use (university news in English and Chinese, a
provincial education department in GBK, a Xinhua channel, a WeChat mirror): their credit
lines (文/图/编辑/审核, 'Text: / Photo: / Editor:', 'Written by', 'Edited by'), dates and
site names give the document fields a reader takes from them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from lxml import etree

from pipeline.link.publisher import find_publisher
from pipeline.parse.blocks import Line
from pipeline.parse.chrome import LineKind, breadcrumb_of, read_byline, read_line
from pipeline.parse.html import _copyright_owner, parse_html

PAGES = Path(__file__).parent / "fixtures" / "credit_pages"


@pytest.mark.parametrize(
    ("page", "editor", "source", "published", "channel", "publisher"),
    [
        ("en_univ_credit.html", "Xu Ting", None, dt.date(2026, 11, 3), ["Home", "News"], "Hohai University"),
        ("en_written_by.html", "Tom Smith", None, dt.date(2026, 11, 12), [], "Xi'an Jiaotong-Liverpool University"),
        (
            "en_source_line.html",
            "Gao Min",
            "Office of International Affairs",
            dt.date(2026, 11, 14),
            ["Home", "International"],
            "Shandong University",
        ),
        (
            "en_dates.html",
            "Amy Chen",
            "UNNC Communications Office",
            dt.date(2026, 11, 14),
            ["Home", "News"],
            "University of Nottingham Ningbo China",
        ),
        ("zh_univ_credit.html", "许婷", "国际合作与交流处", dt.date(2026, 11, 5), ["首页", "综合新闻"], "江南大学"),
        ("zh_wechat.html", "刘晓", "国际合作与交流处", dt.date(2026, 11, 8), [], "南昌大学"),
        ("zh_jyt.html", "王芳", "国际合作与交流处", dt.date(2026, 11, 10), ["首页", "工作动态"], None),
        ("zh_xinhua.html", "赵琳", "新华网", dt.date(2026, 11, 12), [], None),
        ("zh_dept_footer.html", "林芳", "国际交流处", dt.date(2026, 11, 15), ["首页", "合作交流"], "上海外国语大学"),
    ],
)
def test_a_page_gives_its_document_fields(
    page: str, editor: str, source: str | None, published: dt.date, channel: list[str], publisher: str | None
) -> None:
    bulletin = parse_html((PAGES / page).read_bytes())
    language = "zh" if page.startswith("zh") else "en"
    assert bulletin.editor == editor
    assert bulletin.credited_source == source
    assert bulletin.publication_date() == published
    assert bulletin.channel == channel
    found = find_publisher(bulletin, language)
    assert (found.name if found else None) == publisher


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("(Text: Li Na / Photo: Wang Qiang / Editor: Xu Ting)", "Xu Ting"),
        ("Text: Chen Yu / Photos: Liu Ran / Editor: Zhao Min", "Zhao Min"),
        ("Written by Zhang Yu   Photo by Chen Li   Edited by Tom Smith", "Tom Smith"),
        ("Edited by Tom Smith", "Tom Smith"),
        ("（文/孙洁 图/周明 编辑/林芳 审核/郭强）", "林芳"),
        ("文/李明 责任编辑/许婷", "许婷"),
        ("撰稿：王琳 责编/赵阳", "赵阳"),
    ],
)
def test_a_credit_line_gives_its_editor(line: str, editor: str) -> None:
    byline = read_byline(line)
    assert byline is not None and byline.editor == editor
    assert read_line(line).kind is LineKind.BYLINE


@pytest.mark.parametrize(
    "line",
    ["(Text: Li Na / Photo: Wang Qiang / Editor: Xu Ting)", "Source: Xinhua / Editor: Li Hua / Reviewer: Wang Fang"],
)
def test_a_credit_line_split_by_slashes_is_no_breadcrumb(line: str) -> None:
    assert breadcrumb_of(line) is None


@pytest.mark.parametrize(
    ("line", "channel"),
    [
        ("Home / News / Campus", ["Home", "News", "Campus"]),
        ("当前位置：首页 > 合作交流 > 正文", ["首页", "合作交流"]),
        ("Location: Home >> International >> Text", ["Home", "International"]),
    ],
)
def test_a_path_is_still_a_breadcrumb(line: str, channel: list[str]) -> None:
    assert breadcrumb_of(line) == channel


@pytest.mark.parametrize(
    ("page", "language", "site_name", "publisher"),
    [
        # named only in the footer ('Copyright © 2026 Beijing Normal University. All Rights Reserved.')
        ("en_footer_only.html", "en", "Beijing Normal University", "Beijing Normal University"),
        # the title names the office, the footer the office in full (版权所有：华中科技大学国际合作与交流处)
        ("zh_unit_site.html", "zh", "华中科技大学国际合作与交流处", "华中科技大学"),
        ("en_intl_office.html", "en", "Tianjin University", "Tianjin University"),
        ("en_joint.html", "en", "Sino-British College, USST", "Sino-British College, USST"),
        ("zh_wx_mirror.html", "zh", "哈尔滨工业大学", "哈尔滨工业大学"),
    ],
)
def test_a_page_names_its_site_and_publisher(page: str, language: str, site_name: str, publisher: str) -> None:
    bulletin = parse_html((PAGES / page).read_bytes())
    assert bulletin.site_name == site_name
    found = find_publisher(bulletin, language)
    assert found is not None and found.name == publisher


@pytest.mark.parametrize(
    ("footer", "owner"),
    [
        ("Copyright © 2026 Beijing Normal University. All Rights Reserved.", "Beijing Normal University"),
        ("Copyright © Hohai University. All rights reserved.", "Hohai University"),
        ("© 2026 Xi'an Jiaotong-Liverpool University", "Xi'an Jiaotong-Liverpool University"),
        ("版权所有：华中科技大学国际合作与交流处 地址：湖北省武汉市", "华中科技大学国际合作与交流处"),
        ("版权所有 © 江南大学 党委宣传部", "江南大学"),
        ("Copyright 2008-2026 南昌大学 版权所有", "南昌大学"),
        ("Copyright © 2026", None),
    ],
)
def test_a_footer_names_the_copyright_owner(footer: str, owner: str | None) -> None:
    lines = [Line("正文", etree.Element("p"), 0, 0), Line(footer, etree.Element("div"), 0, 1)]
    assert _copyright_owner(lines) == owner


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Date: 5 Nov. 2026", dt.date(2026, 11, 5)),
        ("Published: Sept. 5, 2026", dt.date(2026, 9, 5)),
        ("Updated: Dec. 1, 2026 10:21", dt.date(2026, 12, 1)),
    ],
)
def test_an_abbreviated_month_dates_the_page(line: str, day: dt.date) -> None:
    byline = read_byline(line)
    assert byline is not None and byline.stamp is not None and byline.stamp.day == day


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("Text/Li Ming  Photo/Wang Fang  Editor/Zhang Hua", "Zhang Hua"),
        ("Photo / Li Ming  Editor / Zhang Hua", "Zhang Hua"),
    ],
)
def test_an_english_credit_line_with_slashes_gives_its_editor(line: str, editor: str) -> None:
    byline = read_byline(line)
    assert byline is not None and byline.editor == editor


def test_a_sentence_after_a_date_label_is_still_prose() -> None:
    assert read_byline("Date: the meeting ended. The delegation left on 5 Nov 2026") is None


_ZH_BODY = (
    "<h1>{t}</h1><p>发布时间：2026-11-20</p><div class='content'>"
    "<p>11月19日，我校与英国利兹大学签署合作协议，双方将联合举办工程类本科教育项目。</p></div>"
)
_ZH_HEADLINE = "我校与利兹大学签署合作协议"


@pytest.mark.parametrize(
    ("head", "footer", "site_name"),
    [
        # the site's name before the headline in <title>
        (f"<title>浙江大学新闻网 - {_ZH_HEADLINE}</title>", "", "浙江大学新闻网"),
        # a site name naming no one: the footer's owner
        (
            f"<title>{_ZH_HEADLINE}</title><meta property='og:site_name' content='新闻网'>",
            "<div class='footer'>Copyright © 2026 浙江大学 版权所有</div>",
            "浙江大学",
        ),
        (
            f"<title>{_ZH_HEADLINE} - 新闻网</title>",
            "<div class='footer'>版权所有 © 2026 浙江大学党委宣传部</div>",
            "浙江大学党委宣传部",
        ),
        # the owner before the mark, a licence number after it
        (f"<title>{_ZH_HEADLINE}</title>", "<div class='footer'>浙江大学 版权所有 浙ICP备05074421号</div>", "浙江大学"),
        # a site with a name of its own keeps it
        (
            f"<title>{_ZH_HEADLINE} - 江南大学新闻网</title>",
            "<div class='footer'>版权所有 © 江南大学党委宣传部</div>",
            "江南大学新闻网",
        ),
    ],
)
def test_the_site_name_from_title_and_footer(head: str, footer: str, site_name: str) -> None:
    page = (
        f"<html><head><meta charset='utf-8'>{head}</head><body>{_ZH_BODY.format(t=_ZH_HEADLINE)}{footer}</body></html>"
    )
    bulletin = parse_html(page.encode())
    assert bulletin.site_name == site_name
    found = find_publisher(bulletin, "zh")
    assert found is not None and found.name == site_name[:4]
