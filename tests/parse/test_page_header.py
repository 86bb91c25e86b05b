"""Page metadata printed around the headline, in layouts other than a labelled byline:
a date element with an icon and a view count, a date line above the headline, a
WeChat article's header (account name, #publish_time, the script's Unix time), a
head stamp (PubDate) beside a printed date-only stamp."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.parse.chrome import LineKind, read_line
from pipeline.parse.html import parse_html

BEIJING = dt.timezone(dt.timedelta(hours=8))
BODY_EN = (
    "<p>On June 3, a delegation from Westmoor University visited the university and signed an agreement.</p>"
    "<p>The two sides will exchange students and staff from the autumn semester.</p>"
)
BODY_ZH = (
    "<p>4月22日上午，某某大学代表团来访我校，双方签署合作备忘录，约定开展研究生联合培养。</p>"
    "<p>校长会见了来宾，双方就合作办学项目进行了会谈，希望尽快完成项目申报。</p>"
)


def page(head: str, body: str) -> bytes:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()


def test_a_date_element_with_an_icon_and_a_view_count_gives_the_day() -> None:
    bulletin = parse_html(
        page(
            "",
            "<div class='news-view'><h1>Westmoor University delegation visits the university</h1>"
            "<div class='news-date'><i class='icon-calendar'></i> 12.06.2025 &nbsp; "
            "<i class='icon-eye'></i> 1 284</div>"
            f"<div class='news-text'>{BODY_EN}</div></div>",
        )
    )
    assert bulletin.published == dt.date(2025, 6, 12)  # day first
    assert bulletin.published_at is None  # no time of day printed


def test_an_unhinted_header_element_gives_no_day() -> None:
    bulletin = parse_html(
        page(
            "",
            "<div class='news-view'><h1>Westmoor University delegation visits the university</h1>"
            "<div class='stats'>12.06.2025 &nbsp; 1 284</div>"
            f"<div class='news-text'>{BODY_EN}</div></div>",
        )
    )
    assert bulletin.published is None  # a stamp and a count, and nothing says it is the page's date


def test_a_date_line_above_the_headline_in_its_container_is_the_page_date() -> None:
    bulletin = parse_html(
        page(
            "",
            "<div class='release'><p class='kicker'>2025年5月8日</p><h1>某某大学与香港某大学签署合作协议</h1>"
            f"<div class='release-body'>{BODY_ZH}</div></div>",
        )
    )
    assert bulletin.published == dt.date(2025, 5, 8)
    assert bulletin.title == "某某大学与香港某大学签署合作协议"


def test_a_date_above_the_headline_outside_its_container_is_not_read() -> None:
    bulletin = parse_html(
        page(
            "",
            "<div class='topbar'><p>2025年5月8日</p></div>"
            "<div class='release'><h1>某某大学与香港某大学签署合作协议</h1>"
            f"<div class='release-body'>{BODY_ZH}</div></div>",
        )
    )
    assert bulletin.published is None  # the site's top bar (today's date), not the article's


WECHAT_HEAD = (
    "<meta property='og:site_name' content='微信公众平台'><title>一周两访</title>"
    '<script>var ct = "1745489160";</script>'
)


def wechat_page(publish_time: str) -> bytes:
    return page(
        WECHAT_HEAD,
        "<div class='rich_media_area_primary'>"
        "<h1 class='rich_media_title' id='activity-name'>一周两访：代表团先后来访</h1>"
        "<div id='meta_content' class='rich_media_meta_list'>"
        "<span class='rich_media_meta rich_media_meta_text'>国际处</span>"
        "<span class='rich_media_meta rich_media_meta_nickname' id='profileBt'>"
        "<a href='javascript:void(0);' id='js_name'>某某大学国际交流</a></span>"
        f"<em id='publish_time' class='rich_media_meta rich_media_meta_text'>{publish_time}</em></div>"
        f"<div class='rich_media_content' id='js_content'>{BODY_ZH}"
        "<section>来源｜国际合作与交流处</section><section>编辑｜李四</section><section>审核｜王五</section>"
        "</div></div>",
    )


def test_wechat_article_header() -> None:
    bulletin = parse_html(wechat_page("2025年4月23日 09:05"))
    assert bulletin.published_at == dt.datetime(2025, 4, 23, 9, 5, tzinfo=BEIJING)  # printed, not the script's
    assert bulletin.site_name == "某某大学国际交流"  # the account, not the platform
    assert bulletin.credited_source == "国际合作与交流处"
    assert bulletin.editor == "李四"
    assert "来源" not in bulletin.text and "审核" not in bulletin.text


def test_wechat_article_whose_date_the_script_prints() -> None:
    bulletin = parse_html(wechat_page(""))  # as served: #publish_time is empty until the script runs
    assert bulletin.published_at == dt.datetime(2025, 4, 24, 18, 6, tzinfo=BEIJING)


def test_the_time_the_script_prints_beats_the_heads_record() -> None:
    html = wechat_page("").replace(b"<title>", b"<meta name='PubDate' content='2025-04-24 08:00'><title>")
    assert parse_html(html).published_at == dt.datetime(2025, 4, 24, 18, 6, tzinfo=BEIJING)


def test_a_script_time_is_not_read_when_the_page_prints_a_date() -> None:
    html = page(
        '<script>var ct = "1745489160";</script>',
        f"<h1>Westmoor University delegation visits</h1><p>Date: 2025-03-02</p><div class='content'>{BODY_EN}</div>",
    )
    assert parse_html(html).published == dt.date(2025, 3, 2)


@pytest.mark.parametrize(
    ("meta", "published_at"),
    [
        ("<meta name='PubDate' content='2025-01-09 10:12'>", None),  # the CMS's record: the printed day decides
        # zoned or not, a time the reader is not shown gives no published_at (GUIDE-zh: the visible stamp decides)
        ("<meta property='article:published_time' content='2025-01-09T10:12:00+03:00'>", None),
    ],
)
def test_a_head_stamp_never_adds_a_time_to_a_printed_day_only(meta: str, published_at: dt.datetime | None) -> None:
    html = page(
        meta,
        "<h1>某某大学与英国某大学签署协议</h1><div class='info'>发布时间：2025-01-09</div>"
        f"<div class='zw'>{BODY_ZH}</div>",
    )
    bulletin = parse_html(html)
    assert bulletin.published == dt.date(2025, 1, 9)
    assert bulletin.published_at == published_at


@pytest.mark.parametrize(
    "meta",
    [
        "<meta name='PubDate' content='2025-01-09 10:12'>",
        "<meta property='article:published_time' content='2025-01-09T10:12:00+03:00'>",
    ],
)
def test_a_head_stamp_dates_a_page_that_prints_none_but_gives_no_time(meta: str) -> None:
    # GUIDE-zh: the visible stamp decides `published_at`; the head's time is never shown.
    html = page(meta, f"<h1>某某大学与英国某大学签署协议</h1><div class='zw'>{BODY_ZH}</div>")
    bulletin = parse_html(html)
    assert bulletin.published == dt.date(2025, 1, 9)
    assert bulletin.published_at is None


@pytest.mark.parametrize(
    ("line", "source", "editor"),
    [
        ("来源｜国际合作与交流处", "国际合作与交流处", None),
        ("编辑 | 李四", None, "李四"),
        ("文字｜张三 编辑｜李四", None, "李四"),
        ("发布日期：2024-11-18   来源：某省教育厅     打印", "某省教育厅", None),  # the print link is no part of it
        (
            "Date: 16-01-2025   Source: Provincial Department of Education   Views: 412   [Print] [Close]",
            "Provincial Department of Education",
            None,
        ),
    ],
)
def test_bylines_with_bars_and_trailing_page_tools(line: str, source: str | None, editor: str | None) -> None:
    reading = read_line(line)
    assert reading.kind is LineKind.BYLINE
    assert (reading.byline.credited_source, reading.byline.editor) == (source, editor)


@pytest.mark.parametrize(
    ("line", "day"), [("16-01-2025", dt.date(2025, 1, 16)), ("Date: 05-01-2025", dt.date(2025, 1, 5))]
)
def test_dashed_day_first_stamps(line: str, day: dt.date) -> None:
    stamp = read_line(line).byline.stamp
    assert stamp is not None and stamp.day == day


@pytest.mark.parametrize("line", ["📍 4月22日 | 某某大学", "电话：029-88668823", "来源于双方多年的合作。"])
def test_bars_and_dashes_in_text_stay_text(line: str) -> None:
    assert read_line(line).kind is LineKind.TEXT


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("【热点】某某大学与泰国某大学签署合作备忘录", "某某大学与泰国某大学签署合作备忘录"),
        ("某某大学与泰国某大学签署【2+2】合作协议", "某某大学与泰国某大学签署【2+2】合作协议"),  # not an opening tag
        ("【专题】合作", "【专题】合作"),  # too little left to be a headline
    ],
)
def test_a_promotion_tag_opening_the_headline_is_cut_off(heading: str, title: str) -> None:
    bulletin = parse_html(page("", f"<h1>{heading}</h1><div class='content'>{BODY_ZH}</div>"))
    assert bulletin.title == title


def test_wechat_follow_calls_and_earlier_posts_are_no_article_text() -> None:
    html = page(
        WECHAT_HEAD,
        "<h1 class='rich_media_title'>一周两访：代表团先后来访</h1><div class='rich_media_content' id='js_content'>"
        f"<section>点击上方蓝字 关注我们</section>{BODY_ZH}<section>▼ 往期推荐 ▼</section>"
        "<section>我校学子在全国大学生英语竞赛中获佳绩</section></div>",
    )
    text = parse_html(html).text
    assert text.startswith("4月22日上午") and text.endswith("希望尽快完成项目申报。")


def test_a_long_english_section_name_stays_in_the_channel() -> None:
    reading = read_line("Current Location: Home >> News >> International Cooperation and Exchanges")
    assert reading.kind is LineKind.BREADCRUMB
    assert reading.channel == ["Home", "News", "International Cooperation and Exchanges"]


def test_an_author_nickname_is_not_the_site_name() -> None:
    html = page(
        "<meta property='og:site_name' content='某某大学新闻网'>",
        "<h1>某某大学与泰国某大学签署合作备忘录</h1><div class='info'><span class='author-nickname'>小明</span></div>"
        f"<div class='content'>{BODY_ZH}</div>",
    )
    assert parse_html(html).site_name == "某某大学新闻网"


@pytest.mark.parametrize(
    "line",
    [
        "Release time: 02.07.2025 16:20 \u00a0\u00a0 Text: Chen Yu \u00a0 Photos: Liu Ran \u00a0\u00a0 Views: 1388",
        "Date: 02.07.2025 16:20 Writer: Chen Yu Photo by Liu Ran Reviewed by: Wang Fang",
        "Time of release: 02.07.2025 16:20 Contributor: School of Foreign Languages Text by Chen Yu",
    ],
)
def test_english_credits_of_writer_and_photographer_keep_the_stamp_line_a_byline(line: str) -> None:
    # The English pages of Chinese sites spell out 文/ 图/ 审核/ beside the day-first stamp.
    reading = read_line(line)
    assert reading.kind is LineKind.BYLINE
    assert reading.byline.stamp is not None
    assert reading.byline.stamp.moment == dt.datetime(2025, 7, 2, 16, 20, tzinfo=BEIJING)
    assert (reading.byline.credited_source, reading.byline.editor) == (None, None)


def test_a_credit_label_opening_a_sentence_leaves_it_article_text() -> None:
    assert read_line("Text: The two universities signed an agreement on 3 May 2025 in Beijing.").kind is LineKind.TEXT


@pytest.mark.parametrize("colon", ["：", ""])
def test_a_metadata_table_with_labels_in_cells_of_their_own_dates_the_page(colon: str) -> None:
    # A government page's 信息公开 table: each label in its cell, its value in the next.
    table = (
        f"<table><tr><td>索引号{colon}</td><td>002986210/202508-00021</td><td>发布机构{colon}</td><td>某省教育厅</td></tr>"
        f"<tr><td>文号{colon}</td><td>某教秘〔2025〕36号</td><td>发布日期{colon}</td><td>2025-08-15</td></tr></table>"
    )
    html = page("", f"{table}<h1>某省教育厅关于公布新增中外合作办学项目名单的通知</h1><div class='zw'>{BODY_ZH}</div>")
    bulletin = parse_html(html)
    assert bulletin.published == dt.date(2025, 8, 15)
    assert bulletin.credited_source is None  # 发布机构 names the office, not a source


def test_label_and_value_cells_of_different_rows_are_not_paired() -> None:
    table = "<table><tr><td>发布日期：</td></tr><tr><td>2025-08-15</td></tr></table>"
    html = page("", f"{table}<h1>某省教育厅关于公布新增中外合作办学项目名单的通知</h1><div class='zw'>{BODY_ZH}</div>")
    assert parse_html(html).published is None


def test_an_article_source_label_gives_the_credited_source() -> None:
    reading = read_line("Article source: International Office Release time: 2025-07-02")
    assert reading.kind is LineKind.BYLINE
    assert reading.byline.credited_source == "International Office"
    assert reading.byline.stamp is not None and reading.byline.stamp.day == dt.date(2025, 7, 2)


LOGO = "<img src='logo.png' alt='Westmoor College, Ruritania University'>"


@pytest.mark.parametrize(
    ("logo", "site_name"),
    [
        (f"<a href='/en/'>{LOGO}</a>", "Westmoor College, Ruritania University"),
        (f"<a href='/en/news/'>{LOGO}</a>", None),  # no home link
        (LOGO, None),
    ],
)
def test_the_logo_linking_home_names_a_site_whose_title_does_not(logo: str, site_name: str | None) -> None:
    html = page(
        "<title>Westmoor University delegation visits the university</title>",
        f"<div class='top'>{logo}</div><h1>Westmoor University delegation visits the university</h1>"
        f"<div class='news-text'>{BODY_EN}</div>",
    )
    assert parse_html(html).site_name == site_name


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("稿源：某某日报 发布时间：2025-07-02", "某某日报"),
        ("消息来源：某某日报", "某某日报"),
        ("作者单位：国际合作与交流处 发布时间：2025-07-02 所属栏目：学校要闻", None),
        ("供图：国际处 摄像：张三 责任校对：李四 签发：王五", None),
    ],
)
def test_more_chinese_byline_labels(line: str, source: str | None) -> None:
    reading = read_line(line)
    assert reading.kind is LineKind.BYLINE
    assert reading.byline.credited_source == source


@pytest.mark.parametrize(
    ("bar", "published"),
    [
        ("发布时间：02.07.2025 16:20", dt.date(2025, 7, 2)),
        ("Release time: 02.07.2025 16:20", dt.date(2025, 7, 2)),
        ("今天是2025年7月2日 星期三", None),  # the site header's today's date, no label
        ("2025-07-02", None),
    ],
)
def test_a_labelled_stamp_in_a_bar_right_over_the_headline_dates_the_page(bar: str, published: dt.date | None) -> None:
    headline = "<h1>某某大学代表团来访我校并签署合作备忘录</h1>"
    html = page("", f"<div class='bar'>{bar}</div>{headline}<div class='zw'>{BODY_ZH}</div>")
    assert parse_html(html).published == published


def test_a_hinted_time_span_beside_unhinted_year_and_day_spans_reads_its_owner() -> None:
    # Xinhua's header: year, day and time each in a span of its own, only the time's class a date hint
    bulletin = parse_html(
        page(
            "",
            "<div class='article-wrap'><div class='head-line'><h1>某某大学与某某国立大学签署合作备忘录</h1>"
            "<div class='header-info'><span class='year'><em>2024</em></span>"
            "<span class='day'><em>03</em>/<em>19</em></span><span class='time'>16:42:07</span>"
            "<span class='source'>来源：某某日报</span></div></div>"
            f"<div id='detail'>{BODY_ZH}</div></div>",
        )
    )
    assert bulletin.published == dt.date(2024, 3, 19)
    assert bulletin.published_at == dt.datetime(2024, 3, 19, 16, 42, 7, tzinfo=BEIJING)
