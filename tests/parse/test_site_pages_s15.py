"""Pages in layouts real bulletin sites use that the corpus under-covers: the English sites of
Chinese universities ('Source: / Editor: / Date:', 'Updated:'), a provincial government's
English portal, China Daily and Xinhua English pages ('By NAME | chinadaily.com.cn | Updated:'),
foreign universities' news (a day under or over the headline, 'Posted on', 'Last updated'),
reposts whose credited source is not the publisher (转载自, 'Source: Xinhua'), and sites of a
university's 国际合作与交流处. A reader takes the headline, the day (and time) of publication,
the credited source and the publisher (the site, not the source) from each."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from lxml import etree

from pipeline.link.publisher import find_publisher
from pipeline.parse.blocks import Line
from pipeline.parse.chrome import Byline, read_byline
from pipeline.parse.html import _copyright_owner, _Head, _site_name, _title_naming_the_site, parse_html
from pipeline.parse.stamps import Stamp

PAGES = Path(__file__).parent / "fixtures" / "site_pages_s15"
BEIJING = dt.timezone(dt.timedelta(hours=8))


def _at(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=BEIJING)


# page, title, published, published_at (None: no time shown), credited source, publisher
CASES = [
    (
        "en_cn_univ_english_site.html",
        "JXNU and University of Hull Sign Memorandum on Joint Teacher Training",
        dt.date(2026, 11, 18),
        None,
        "International Office",
        "Jiangxi Normal University",
    ),
    (
        "en_cn_univ_source_at_end.html",
        "JUFE Students Begin Semester at University of Dundee",
        dt.date(2026, 11, 27),
        None,
        "School of Accounting",
        "Jiangxi University of Finance and Economics",
    ),
    (
        "en_gov_portal.html",
        "Jiangxi and Belarus deepen vocational education ties",
        dt.date(2026, 11, 20),
        _at(2026, 11, 20, 9, 35),
        "Jiangxi Daily",
        None,
    ),
    (
        "en_chinadaily_prov.html",
        "Jiangxi university opens joint institute with Irish partner",
        dt.date(2026, 11, 21),
        _at(2026, 11, 21, 10, 23),
        None,
        None,
    ),
    (
        "en_xinhua_english.html",
        "Chinese, Lao universities launch vocational training centre",
        dt.date(2026, 11, 22),
        _at(2026, 11, 22, 15, 30, 12),
        "Xinhua",
        None,
    ),
    (
        "en_repost_xinhua.html",
        "China, Hungary expand university cooperation",
        dt.date(2026, 11, 22),
        _at(2026, 11, 22, 15, 30),
        "Xinhua",
        "Nanchang University",
    ),
    (
        "en_foreign_univ_dmy.html",
        "Strathclyde strengthens links with Chinese engineering universities",
        dt.date(2026, 11, 5),
        None,
        None,
        "University of Strathclyde",
    ),
    (
        "en_foreign_univ_mdy.html",
        "KU Signs Exchange Agreement with Jiangxi Agricultural University",
        dt.date(2026, 11, 19),
        None,
        None,
        "University of Kansas",
    ),
    (
        "en_foreign_date_above.html",
        "Bangor and Central South University of Forestry and Technology renew joint school agreement",
        dt.date(2026, 11, 12),
        None,
        None,
        "Bangor University",
    ),
    (
        "en_posted_on_time.html",
        "UCLan welcomes delegation from Jiangxi Science and Technology Normal University",
        dt.date(2026, 11, 24),
        _at(2026, 11, 24, 15, 15),
        None,
        "University of Central Lancashire",
    ),
    (
        "zh_repost_zhuanzai.html",
        "中外合作办学进入提质增效新阶段",
        dt.date(2026, 11, 23),
        _at(2026, 11, 23, 16, 8),
        "中国教育报",
        "江西财经大学",
    ),
    (
        "zh_repost_wechat_account.html",
        "华东交通大学与爱尔兰都柏林理工大学联合学院举行开学典礼",
        dt.date(2026, 11, 27),
        _at(2026, 11, 27, 10, 5),
        "江西教育发布",
        "华东交通大学",
    ),
    (
        "zh_dept_site.html",
        "我校与俄罗斯乌拉尔联邦大学签署合作协议",
        dt.date(2026, 11, 24),
        _at(2026, 11, 24, 9, 40),
        "国际合作与交流处",
        "江西理工大学",
    ),
    (
        "zh_dept_no_domain.html",
        "我校代表团访问法国国立民航大学",
        dt.date(2026, 11, 26),
        _at(2026, 11, 26, 14, 20, 35),
        "国际合作与交流处",
        "南昌航空大学",
    ),
    (
        "zh_dept_en_sitename.html",
        "江西农业大学与美国堪萨斯大学签署学生交流协议",
        dt.date(2026, 11, 28),
        None,
        "本站原创",
        "江西农业大学",
    ),
    (
        "zh_gov_portal.html",
        "江西省新增三个中外合作办学项目",
        dt.date(2026, 11, 25),
        _at(2026, 11, 25, 10, 0),
        "江西省教育厅",
        None,
    ),
]


@pytest.mark.parametrize(("page", "title", "published", "published_at", "source", "publisher"), CASES)
def test_a_page_gives_its_document_fields(
    page: str,
    title: str,
    published: dt.date,
    published_at: dt.datetime | None,
    source: str | None,
    publisher: str | None,
) -> None:
    bulletin = parse_html((PAGES / page).read_bytes())
    assert bulletin.title == title
    assert bulletin.publication_date() == published
    assert bulletin.published_at == published_at
    assert bulletin.credited_source == source
    found = find_publisher(bulletin, "zh" if page.startswith("zh") else "en")
    assert (found.name if found else None) == publisher


def test_the_metadata_line_stays_out_of_the_text() -> None:
    bulletin = parse_html((PAGES / "zh_repost_zhuanzai.html").read_bytes())
    assert "转载自" not in bulletin.text
    assert bulletin.text.startswith("本报讯")


# --- the rules one by one ---


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published 5 May 2026", dt.date(2026, 5, 5)),  # a label followed by a space, no colon
        ("Posted 12 November 2026", dt.date(2026, 11, 12)),
        ("News | Thursday 12 November 2026", dt.date(2026, 11, 12)),  # the page's kind, then its day
        ("Last updated 20 November 2026", dt.date(2026, 11, 20)),
    ],
)
def test_a_date_line_of_foreign_news_reads_as_a_byline(line: str, day: dt.date) -> None:
    byline = read_byline(line)
    assert byline is not None and byline.stamp is not None
    assert byline.stamp.day == day


def test_a_page_kind_inside_a_value_is_no_label() -> None:
    byline = read_byline("Updated: 2025-11-07 17:20   Source: Jiangsu Education News   Editor: Gu Yan")
    assert byline is not None
    assert byline.credited_source == "Jiangsu Education News"
    assert byline.editor == "Gu Yan"


def test_a_page_kind_alone_is_no_byline() -> None:
    assert read_byline("News") is None
    assert read_byline("News: Nanchang University signs an agreement with Dundee") is None


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("转载自：中国教育报　作者：李明", "中国教育报"),
        ("时间：2026/11/27 10:05:00　转载来源：江西教育发布　阅读：326", "江西教育发布"),
        ("本文转自：江西教育网", "江西教育网"),
    ],
)
def test_a_repost_label_credits_its_source(line: str, source: str) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert byline.credited_source == source


@pytest.mark.parametrize(
    "line",
    ["Last updated: 20 November 2026 | Published: 19 November 2026", "更新时间：2026-11-20　发布时间：2026-11-19"],
)
def test_a_day_of_publication_beats_a_day_of_update_in_one_line(line: str) -> None:
    byline = read_byline(line)
    assert byline is not None and byline.stamp is not None
    assert byline.stamp.day == dt.date(2026, 11, 19)


def _byline(day: dt.date, rank: int) -> Byline:
    return Byline(stamp=Stamp(day=day, moment=None), stamp_rank=rank)


def test_a_day_of_publication_read_later_beats_a_day_of_update() -> None:
    byline = _byline(dt.date(2026, 11, 20), 2)  # 'Last updated' at the article's foot, read first
    byline.merge(_byline(dt.date(2026, 11, 19), 1))  # the date under the headline
    assert byline.stamp is not None and byline.stamp.day == dt.date(2026, 11, 19)
    byline.merge(_byline(dt.date(2026, 11, 21), 1))  # a later day of publication: the first stays
    assert byline.stamp.day == dt.date(2026, 11, 19)


def test_a_day_of_update_alone_dates_the_page() -> None:
    byline = Byline()
    byline.merge(_byline(dt.date(2026, 11, 21), 2))  # China Daily prints only 'Updated:'
    assert byline.stamp is not None and byline.stamp.day == dt.date(2026, 11, 21)


@pytest.mark.parametrize(
    ("title", "headline", "site"),
    [
        (
            "Jiangxi University of Finance and Economics",
            "JUFE Students Begin Semester at Dundee",
            "Jiangxi University of Finance and Economics",
        ),
        ("JUFE Students Begin Semester at Dundee", "JUFE Students Begin Semester at Dundee", None),  # the headline
        ("JUFE Students Begin", "JUFE Students Begin Semester at Dundee", None),  # a piece of it
        ("Jiangxi University of Finance and Economics", None, None),  # no headline to tell them apart
    ],
)
def test_a_title_of_one_part_names_the_site_when_it_is_not_the_headline(
    title: str, headline: str | None, site: str | None
) -> None:
    assert _title_naming_the_site(title, headline) == site


def _lines(*texts: str) -> list[Line]:
    owner = etree.Element("div")
    return [Line(text=text, owner=owner, link_chars=0, index=index) for index, text in enumerate(texts)]


@pytest.mark.parametrize(
    ("footer", "owner"),
    [
        ("Nanchang University © All Rights Reserved", "Nanchang University"),
        ("Jiangxi University of Finance and Economics © 2026", "Jiangxi University of Finance and Economics"),
        ("Address: 99 Ziyang Avenue | Bangor University ©", "Bangor University"),
        ("地址：南昌市 华东交通大学 版权所有", "华东交通大学"),
    ],
)
def test_the_owner_named_before_the_copyright_mark(footer: str, owner: str) -> None:
    assert _copyright_owner(_lines("Home", footer)) == owner


def test_site_name_of_a_title_without_separator() -> None:
    head = _Head()
    head.title = "Jiangxi University of Finance and Economics"
    assert _site_name(head, "JUFE Students Begin Semester at Dundee") == head.title


def _page(title: str, logo: str | None, footer: str) -> bytes:
    image = f'<a href="/en/index.htm"><img src="/logo.png" alt="{logo}"></a>' if logo else ""
    return (
        f"<html><head><title>Two universities sign an agreement-{title}</title></head><body>"
        f"<div class='logo'>{image}</div><h1>Two universities sign an agreement</h1>"
        "<div class='content'><p>Nanchang University signed an agreement with the University of Dundee on"
        " Monday to run a joint programme in accounting.</p></div>"
        f"<div class='footer'>{footer}</div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("title", "logo", "footer", "site"),
    [
        # a unit's site: its logo names the institution
        ("Office of International Affairs", "Nanchang University", "Nanchang", "Nanchang University"),
        # no logo: the copyright line names it after the unit
        (
            "Office of International Affairs",
            None,
            "Copyright © 2026 Office of International Affairs, Nanchang University",
            "Nanchang University",
        ),
        (
            "School of Foreign Languages",
            None,
            "© School of Foreign Languages of Nanchang University",
            "Nanchang University",
        ),
        # no institution named anywhere: the unit's name stays
        ("Office of International Affairs", None, "Address: 999 Xuefu Avenue", "Office of International Affairs"),
        # an institution's own site: its title's name, whatever the logo says
        ("Nanchang University", "Office of International Affairs", "Nanchang", "Nanchang University"),
    ],
)
def test_a_unit_site_is_named_after_its_institution(title: str, logo: str | None, footer: str, site: str) -> None:
    assert parse_html(_page(title, logo, footer)).site_name == site


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("Two universities sign an agreement · Nanchang University", "Nanchang University"),
        ("两校签署合作协议|南昌大学", "南昌大学"),
        ("两校签署合作协议丨南昌大学", "南昌大学"),
        ("两校签署合作协议南昌大学", None),  # the headline with a name glued on: no separator, no site
    ],
)
def test_the_title_separators_real_sites_use(title: str, site: str | None) -> None:
    head = _Head()
    head.title = title
    headline = "两校签署合作协议" if "两校" in title else "Two universities sign an agreement"
    assert _site_name(head, headline) == site


def test_a_unit_named_by_the_copyright_line_alone_gives_its_institution() -> None:
    page = _page("News", None, "Copyright 2026 Office of International Affairs, Nanchang University")
    assert parse_html(page).site_name == "Nanchang University"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Submitted on 5 May 2026", dt.date(2026, 5, 5)),
        ("Issue date: 2026-05-05", dt.date(2026, 5, 5)),
        ("Story by Li Hua | Photos by Wang Qiang | May 5, 2026", dt.date(2026, 5, 5)),
        ("From: Xinhua | Updated: 2026-05-05 10:23", dt.date(2026, 5, 5)),
    ],
)
def test_more_english_bylines(line: str, day: dt.date) -> None:
    byline = read_byline(line)
    assert byline is not None and byline.stamp is not None
    assert byline.stamp.day == day
    assert byline.credited_source is None  # 'From:' credits no source (only 'Source:' does)


def test_a_sentence_opening_with_from_is_text() -> None:
    assert read_byline("From Nanchang to Dundee: students begin their studies") is None


def _dated_page(header: str, foot: str, after: str = "") -> bytes:
    return (
        "<html><head><title>Two universities sign an agreement | Bangor University</title></head><body>"
        f"<main><h1>Two universities sign an agreement</h1>{header}"
        "<div class='body'><p>Bangor University signed an agreement with Central South University of Forestry"
        " and Technology on Monday.</p><p>The agreement adds a programme in environmental science.</p>"
        f"{foot}</div>{after}</main></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("header", "foot", "after", "day"),
    [
        # a bare day under the headline (no date class) beats the 'Last updated' at the foot
        ("<p>12 November 2026</p>", "<p>Last updated: 16 November 2026</p>", "", dt.date(2026, 11, 12)),
        # a day of update alone dates the page; a related article's bare day after the text does not
        (
            "",
            "<p>Updated: 2026-11-16 10:20</p>",
            "<div class='related'><h4>Related</h4><ul><li><p>Forum opens</p><p>2026-11-02</p></li></ul></div>",
            dt.date(2026, 11, 16),
        ),
    ],
)
def test_the_day_under_the_headline_against_the_day_of_update(header: str, foot: str, after: str, day: dt.date) -> None:
    assert parse_html(_dated_page(header, foot, after)).publication_date() == day


def test_a_bare_date_does_not_beat_a_day_of_update() -> None:
    byline = _byline(dt.date(2026, 11, 16), 2)
    bare = _byline(dt.date(2026, 11, 2), 1)
    bare.stamp_bare = True
    byline.merge(bare)
    assert byline.stamp is not None and byline.stamp.day == dt.date(2026, 11, 16)


@pytest.mark.parametrize(
    ("title", "headline", "site"),
    [
        # the headline's own hyphen separates nothing (session 27): no site in the title
        ("2026 Sino-Foreign Education Week opens at NCU", "2026 Sino-Foreign Education Week opens at NCU", None),
        # ... while the hyphen after it does
        ("Asia-Pacific deans meet in Nanchang-Nanchang University", "Asia-Pacific deans meet in Nanchang",
         "Nanchang University"),
    ],
)
def test_a_hyphen_of_the_headline_is_no_title_separator(title: str, headline: str, site: str | None) -> None:
    head = _Head()
    head.title = title
    assert _site_name(head, headline) == site
