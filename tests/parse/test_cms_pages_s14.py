"""Pages in the layouts of the CMSs that real bulletin sites run and the corpus under-covers
(博达 VSB and WebPlus university news, TRS provincial portals with ArticleTitle/PubDate,
Xinhua channels old and new, Drupal, WordPress with Yoast's JSON-LD, AMP, printer-friendly
pages, GBK and Big5, a day only in the URL): the document fields a reader takes from them,
and the rules that read them one by one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.link.publisher import find_publisher
from pipeline.parse.chrome import LineKind, read_byline, read_line
from pipeline.parse.html import _structured_objects, _url_stamp, parse_html
from pipeline.parse.stamps import find_stamp

PAGES = Path(__file__).parent / "fixtures" / "cms_pages"
BEIJING = dt.timezone(dt.timedelta(hours=8))
UTC = dt.UTC

# page, title, published, published_at (None: the page shows no time), credited source, publisher
CASES = [
    (
        "en_amp.html",
        "NBUT Launches Joint Programme with Aston University",
        dt.date(2026, 11, 10),
        None,  # a head or <time> stamp the reader is not shown: the printed day decides (GUIDE-zh)
        None,
        "Ningbo University of Technology",
    ),
    (
        "en_yoast.html",
        "Ningbo Tech Welcomes Delegation from University of Nottingham",
        dt.date(2026, 11, 11),
        None,  # a head or <time> stamp the reader is not shown: the printed day decides (GUIDE-zh)
        None,
        "NingboTech University",
    ),
    (
        "en_wordpress.html",
        "Wanli Signs Dual-Degree Agreement with Plymouth",
        dt.date(2026, 11, 16),
        None,  # a head or <time> stamp the reader is not shown: the printed day decides (GUIDE-zh)
        None,
        "Zhejiang Wanli University",
    ),
    (
        "en_print.html",
        "Jiaxing University Hosts Delegation from Kyungsung University",
        dt.date(2026, 11, 9),
        None,
        "Office of International Exchange",
        "Jiaxing University",
    ),
    (
        "en_newsroom.html",
        "WKU Hosts Kean Leadership Delegation",
        dt.date(2026, 11, 14),
        None,  # a head or <time> stamp the reader is not shown: the printed day decides (GUIDE-zh)
        None,
        "Wenzhou-Kean University",
    ),
    (
        "zh_trs_editor.html",
        "浙江大学与英国帝国理工学院签署联合研究中心合作协议",
        dt.date(2026, 11, 17),
        dt.datetime(2026, 11, 17, 15, 20, tzinfo=BEIJING),
        "浙江大学",
        None,
    ),
    (
        "zh_gbk_wrongdecl.html",
        "浙江大学与英国帝国理工学院签署联合研究中心合作协议",
        dt.date(2026, 11, 17),
        dt.datetime(2026, 11, 17, 15, 20, tzinfo=BEIJING),
        "浙江大学",
        None,
    ),
    ("zh_gov_oneline.html", "我省两所高校获批新设中外合作办学项目", dt.date(2026, 11, 12), None, "高等教育处", None),
    ("zh_url_date.html", "长沙理工大学与白俄罗斯国立技术大学开展合作办学交流", dt.date(2026, 11, 17), None, None, None),
    (
        "zh_webplus.html",
        "我校与新西兰怀卡托大学签署学生交流协议",
        dt.date(2026, 11, 13),
        None,
        None,
        "绍兴文理学院",
    ),
    (
        "zh_vsb_table.html",
        "湖州师范学院与日本岛根大学签署交流协议",
        dt.date(2026, 11, 18),
        dt.datetime(2026, 11, 18, 10, 2, tzinfo=BEIJING),
        None,
        "湖州师范学院",
    ),
    (
        "zh_xinhua_detail.html",
        "浙江新增两个中外合作办学机构",
        dt.date(2026, 11, 19),
        dt.datetime(2026, 11, 19, 9, 41, 27, tzinfo=BEIJING),
        "新华网",
        None,
    ),
    (
        "zh_xinhua_old.html",
        "江西高校与葡萄牙波尔图大学共建联合实验室",
        dt.date(2026, 11, 20),
        dt.datetime(2026, 11, 20, 16, 5, 12, tzinfo=BEIJING),
        "江西日报",
        None,
    ),
    ("zh_big5.html", "恆大與英國斯特靈大學簽署合作備忘錄", dt.date(2026, 11, 19), None, None, "香港恆生大學"),
    ("zh_big5_nodecl.html", "恆大與英國斯特靈大學簽署合作備忘錄", dt.date(2026, 11, 19), None, None, "香港恆生大學"),
]


@pytest.mark.parametrize(("page", "title", "published", "published_at", "source", "publisher"), CASES)
def test_a_cms_page_gives_its_document_fields(
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
    assert bulletin.published_at == published_at  # compared as instants
    assert bulletin.credited_source == source
    found = find_publisher(bulletin, page[:2])
    assert (found.name if found else None) == publisher


def _page(head: str, body: str) -> bytes:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()


_ARTICLE = (
    "<h1>Two Universities Sign an Agreement on Joint Research</h1>"
    "<div class='content'><p>The two universities signed an agreement on joint research and student "
    "exchange on Monday, and agreed to open a joint laboratory in the coming year.</p></div>"
)


def test_a_json_ld_article_in_a_graph_names_its_publisher_through_its_id() -> None:
    block = (
        '<script type="application/ld+json">{"@graph": [{"@type": "WebPage", "name": "A page"},'
        '{"@type": ["NewsArticle"], "datePublished": "2026-11-02T09:00:00+08:00",'
        '"publisher": {"@id": "#org"}}, {"@type": "Organization", "@id": "#org", "name": "Example University"}]}'
        "</script>"
    )
    bulletin = parse_html(_page(block + "<title>Home | Example News</title>", _ARTICLE))
    assert bulletin.site_name == "Example University"
    # its day dates a page that prints none; its time is the CMS's record, never shown (GUIDE-zh)
    assert bulletin.publication_date() == dt.date(2026, 11, 2)
    assert bulletin.published_at is None


def test_a_json_ld_block_that_is_no_article_or_is_broken_is_passed_over() -> None:
    blocks = (
        '<script type="application/ld+json">{"@type": "WebSite", "name": "Search box", '
        '"datePublished": "2020-01-01"}</script><script type="application/ld+json">{broken</script>'
    )
    bulletin = parse_html(_page(blocks + "<title>Home | Example News</title>", _ARTICLE))
    assert bulletin.publication_date() is None
    assert bulletin.site_name == "Example News"


def test_the_objects_of_a_json_ld_block_keep_document_order() -> None:
    objects = _structured_objects([{"@graph": [{"a": 1}, [{"b": 2}]]}, {"c": 3}])
    assert [next(iter(item)) for item in objects] == ["@graph", "a", "b", "c"]


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("http://jyt.hunan.gov.cn/jyt/sjyt/xxgk/gzdt/202611/t20261117_33871234.html", dt.date(2026, 11, 17)),
        ("http://www.news.cn/local/2026-11/19/c_1130012345.htm", dt.date(2026, 11, 19)),
        ("http://www.zj.news.cn/20261119/c8a2b3e4/c.html", dt.date(2026, 11, 19)),
        ("https://en.zwu.edu.cn/2026/11/16/wanli-signs/", dt.date(2026, 11, 16)),
        ("https://news.hznu.edu.cn/2026/1118/c1234a56789/page.htm", dt.date(2026, 11, 18)),
        ("https://news.x.edu.cn/info/1052/10871.htm", None),
        ("https://news.x.edu.cn/2026/1345/c1234a567/page.htm", None),  # no month 13
        ("https://news.x.edu.cn/page.htm?date=2026/11/18/", None),  # the query is no path
        (None, None),
    ],
)
def test_the_day_a_cms_writes_into_a_url(url: str | None, day: dt.date | None) -> None:
    stamp = _url_stamp(url)
    assert (stamp.day if stamp else None) == day
    assert stamp is None or stamp.moment is None


def test_a_printed_date_wins_over_the_day_in_the_url() -> None:
    head = "<link rel='canonical' href='https://news.x.edu.cn/2026/11/16/slug/'>"
    bulletin = parse_html(_page(head, _ARTICLE.replace("<div", "<p class='date'>Date: 2026-11-17</p><div", 1)))
    assert bulletin.publication_date() == dt.date(2026, 11, 17)


@pytest.mark.parametrize(
    ("text", "day", "moment"),
    [
        ("Wed, 11/25/2026 - 15:40", dt.date(2026, 11, 25), dt.datetime(2026, 11, 25, 15, 40, tzinfo=BEIJING)),
        ("12/18/2025", dt.date(2025, 12, 18), None),
        ("18/12/2025", dt.date(2025, 12, 18), None),
        ("02/07/2025 16:20", dt.date(2025, 7, 2), dt.datetime(2025, 7, 2, 16, 20, tzinfo=BEIJING)),  # day first
        # Drupal's 'm/d/Y - H:i': month first, also where both readings name a day
        ("Thu, 11/05/2026 - 09:30", dt.date(2026, 11, 5), dt.datetime(2026, 11, 5, 9, 30, tzinfo=BEIJING)),
        ("25/11/2026 - 15:40", dt.date(2026, 11, 25), dt.datetime(2026, 11, 25, 15, 40, tzinfo=BEIJING)),
        ("2026-11-25 - 09:05", dt.date(2026, 11, 25), dt.datetime(2026, 11, 25, 9, 5, tzinfo=BEIJING)),
        ("2025-11-18 - 2025-11-20", dt.date(2025, 11, 18), None),
        ("13/13/2025", None, None),
        # a time after a bar or the day of the week; a day with its month's name between dashes
        ("November 18, 2026 | 10:32", dt.date(2026, 11, 18), dt.datetime(2026, 11, 18, 10, 32, tzinfo=BEIJING)),
        ("2026年11月18日 星期三 09:30", dt.date(2026, 11, 18), dt.datetime(2026, 11, 18, 9, 30, tzinfo=BEIJING)),
        ("2026年11月18日（周三）09:30", dt.date(2026, 11, 18), dt.datetime(2026, 11, 18, 9, 30, tzinfo=BEIJING)),
        ("18-Nov-2026 09:15", dt.date(2026, 11, 18), dt.datetime(2026, 11, 18, 9, 15, tzinfo=BEIJING)),
        ("发布时间：2026-11-18 | 浏览：1205", dt.date(2026, 11, 18), None),
        ("Date: 2026-11-18 | 12 views", dt.date(2026, 11, 18), None),
        # the time of day before the day (People's Daily, CGTN)
        ("09:41, November 19, 2026", dt.date(2026, 11, 19), dt.datetime(2026, 11, 19, 9, 41, tzinfo=BEIJING)),
        ("Updated 21:46, 19-Nov-2026", dt.date(2026, 11, 19), dt.datetime(2026, 11, 19, 21, 46, tzinfo=BEIJING)),
        ("Score 3:2, November 19, 2026", dt.date(2026, 11, 19), None),  # no time of day
    ],
)
def test_stamps_month_first_and_times_set_apart(text: str, day: dt.date | None, moment: dt.datetime | None) -> None:
    stamp = find_stamp(text)
    assert (stamp.day if stamp else None) == day
    assert (stamp.moment if stamp else None) == moment


def test_a_drupal_field_label_and_its_item_read_as_a_byline() -> None:
    fields = (
        "<div class='field field--name-field-source'><div class='field__label'>Source</div>"
        "<div class='field__item'>Office of Global Engagement</div></div>"
        "<div class='field field--name-field-editor'><div class='field__label'>Editor</div>"
        "<div class='field__item'>Li Na</div></div>"
    )
    bulletin = parse_html(_page("", _ARTICLE + fields))
    assert bulletin.credited_source == "Office of Global Engagement"
    assert bulletin.editor == "Li Na"


def test_a_label_word_outside_a_label_element_reads_as_nothing() -> None:
    fields = "<div><div class='note'>Source</div><div class='field__item'>Office of Global Engagement</div></div>"
    assert parse_html(_page("", _ARTICLE + fields)).credited_source is None


def test_drupal_submitted_by_line_gives_its_time() -> None:
    meta = "<div class='node__meta'>Submitted by Zhang Yue on Wed, 11/25/2026 - 15:40</div>"
    bulletin = parse_html(_page("", _ARTICLE.replace("<div", meta + "<div", 1)))
    assert bulletin.published_at == dt.datetime(2026, 11, 25, 15, 40, tzinfo=BEIJING)


def test_a_time_element_dates_the_page_before_a_modified_time() -> None:
    head = "<meta property='article:modified_time' content='2026-11-17T02:05:44+00:00'>"
    dated = "<time datetime='2026-11-16T09:12:30+08:00'>November 16, 2026</time>"
    bulletin = parse_html(_page(head, _ARTICLE.replace("<div", f"<p class='date'>{dated}</p><div", 1)))
    assert bulletin.publication_date() == dt.date(2026, 11, 16)
    assert bulletin.published_at is None  # its time is not shown: the printed day decides (GUIDE-zh)


@pytest.mark.parametrize(
    ("title", "owner", "site"),
    [
        ("SDJZU English", "Shandong Jianzhu University", "Shandong Jianzhu University"),
        ("NBUT News", "Ningbo University of Technology", "Ningbo University of Technology"),
        ("Jiaxing University News", "Jiaxing University", "Jiaxing University News"),  # a full name stays
        ("Ocean News", "Ocean University of China", "Ocean News"),  # a word, no acronym
        ("SDJZU English", None, "SDJZU English"),  # no owner to take instead
    ],
)
def test_a_site_named_by_an_acronym_takes_its_owners_full_name(title: str, owner: str | None, site: str) -> None:
    footer = f"<div class='footer'><p>Copyright &copy; 2026 {owner}. All Rights Reserved.</p></div>" if owner else ""
    bulletin = parse_html(_page(f"<title>Two Universities Sign an Agreement | {title}</title>", _ARTICLE + footer))
    assert bulletin.site_name == site


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Submitted by admin on Wed, 11/25/2026 - 15:40", dt.date(2026, 11, 25)),
        ("Posted in International, News on November 18, 2026 by admin", dt.date(2026, 11, 18)),
    ],
)
def test_cms_byline_openers_read_as_bylines(line: str, day: dt.date) -> None:
    found = read_byline(line)
    assert found is not None and found.stamp is not None and found.stamp.day == day
    assert read_line(line).kind is LineKind.BYLINE


def test_a_sentence_opening_like_a_cms_byline_stays_text() -> None:
    line = "Posted in Beijing, the notice said the programme will begin in September 2027 with 60 students."
    assert read_line(line).kind is LineKind.TEXT
