"""Stamps, bylines and self-references written the ways sites print them, on small pages
written to disk and read as `extract` reads them: the document fields a careful reader
takes (corpus/GUIDE.md "document", GUIDE-zh "document": the visible stamp decides;
`published_at` only when a time of day is shown) and the publisher (GUIDE-zh "Who is speaking")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.bulletin import Bulletin
from pipeline.inputs import read_inputs
from pipeline.link.publisher import find_publisher
from pipeline.parse.chrome import read_byline
from pipeline.parse.stamps import find_stamp

BEIJING = dt.timezone(dt.timedelta(hours=8))

BODY_EN = (
    "<p>On November 17, Westmoor University signed a cooperation agreement with the University of Kestrel "
    "Bay. The two universities agreed to launch a joint programme in engineering and to exchange students "
    "from the autumn semester of next year.</p><p>Vice President Li Hua said the agreement opens a new "
    "chapter in the cooperation between the two sides.</p>"
)
BODY_ZH = (
    "<p>11月17日，我校与英国邓迪大学签署合作协议。双方将在会计学等专业开展联合培养，并互派学生交流学习，"
    "推动两校合作迈上新台阶。</p><p>校长李华表示，双方合作前景广阔。</p>"
)


def _page(stamp_line: str, *, body: str, site: str, head: str = "") -> str:
    """A news page as university and portal sites lay it out: site header, breadcrumb,
    headline, the line under it, the article, a copyright footer."""
    title = (
        "Westmoor University Signs Agreement with Kestrel Bay" if "<p>On" in body else "我校与英国邓迪大学签署合作协议"
    )
    return (
        f"<html><head><meta charset='utf-8'><title>{title}_{site}</title>{head}</head><body>"
        f"<div class='header'><div class='logo'>{site}</div></div>"
        "<div class='location'>Home &gt; News &gt; Content</div>"
        f"<div class='article'><h1>{title}</h1><div class='info'>{stamp_line}</div>"
        f"<div class='content'>{body}</div></div>"
        f"<div class='footer'>Copyright © 2026 {site}. All Rights Reserved.</div></body></html>"
    )


def _read(tmp_path: Path, markup: str) -> Bulletin:
    path = tmp_path / "page.html"
    path.write_text(markup, encoding="utf-8")
    (item,) = read_inputs([path])
    assert isinstance(item, Bulletin), item
    return item


@pytest.mark.parametrize(
    ("line", "published", "published_at"),
    [
        ("Released: 2026-11-18 10:20", dt.date(2026, 11, 18), dt.datetime(2026, 11, 18, 10, 20, tzinfo=BEIJING)),
        ("Released on 18 November 2026", dt.date(2026, 11, 18), None),
        (
            "Date released: 2026-11-18 10:20:33",
            dt.date(2026, 11, 18),
            dt.datetime(2026, 11, 18, 10, 20, 33, tzinfo=BEIJING),
        ),
        ("Posted on November 3, 2026 by admin", dt.date(2026, 11, 3), None),
        ("2026/11/27", dt.date(2026, 11, 27), None),
        ("27.11.2026", dt.date(2026, 11, 27), None),
        ("25/11/2026", dt.date(2026, 11, 25), None),
        ("Date: 11-25-2026", dt.date(2026, 11, 25), None),  # month first with dashes, where no day-first day reads
        ("Date: 02-04-2026", dt.date(2026, 4, 2), None),  # both read: day first, as with dots
        ("Date: 2026-11-26 Views: 312", dt.date(2026, 11, 26), None),
        ("Post date: 2026-11-26 | Page views: 312", dt.date(2026, 11, 26), None),
    ],
)
def test_an_english_stamp_line_dates_the_page(
    tmp_path: Path, line: str, published: dt.date, published_at: dt.datetime | None
) -> None:
    bulletin = _read(tmp_path, _page(line, body=BODY_EN, site="Westmoor University"))
    assert bulletin.publication_date() == published
    assert bulletin.published_at == published_at


@pytest.mark.parametrize(
    ("line", "published", "published_at", "source"),
    [
        ("登记日 2026.11.13", dt.date(2026, 11, 13), None, None),
        ("登记时间：2026-11-13 10:20", dt.date(2026, 11, 13), dt.datetime(2026, 11, 13, 10, 20, tzinfo=BEIJING), None),
        (
            "发布时间：2026年11月16日 10:12",
            dt.date(2026, 11, 16),
            dt.datetime(2026, 11, 16, 10, 12, tzinfo=BEIJING),
            None,
        ),
        ("发布时间 2026-11-16", dt.date(2026, 11, 16), None, None),  # a space for the colon
        (
            "發布時間：2026-11-16 10:12 來源：國際處",
            dt.date(2026, 11, 16),
            dt.datetime(2026, 11, 16, 10, 12, tzinfo=BEIJING),
            "國際處",
        ),
        ("发布于 2026-11-16 10:12", dt.date(2026, 11, 16), dt.datetime(2026, 11, 16, 10, 12, tzinfo=BEIJING), None),
        ("文章发布时间：2026-11-16", dt.date(2026, 11, 16), None, None),
        # the day the document was written loses to the day it was published (GUIDE-zh: the 落款 is not the date)
        ("成文日期：2026-11-10 发布日期：2026-11-13", dt.date(2026, 11, 13), None, None),
        # People's Daily glues the time to 日
        (
            "2026年11月16日10:12 来源：人民网",
            dt.date(2026, 11, 16),
            dt.datetime(2026, 11, 16, 10, 12, tzinfo=BEIJING),
            "人民网",
        ),
    ],
)
def test_a_chinese_stamp_line_dates_the_page(
    tmp_path: Path, line: str, published: dt.date, published_at: dt.datetime | None, source: str | None
) -> None:
    bulletin = _read(tmp_path, _page(line, body=BODY_ZH, site="江西财经大学新闻网"))
    assert bulletin.publication_date() == published
    assert bulletin.published_at == published_at
    assert bulletin.credited_source == source


@pytest.mark.parametrize(
    "head, line",
    [
        ("", "<time datetime='2026-11-25T12:00:00Z'>25 November 2026</time>"),
        ("<meta property='article:published_time' content='2026-11-25T03:00:00+00:00'>", "Nov 25, 2026"),
        ("<meta name='PubDate' content='2026-11-25 09:30:00'>", "2026-11-25"),
    ],
)
def test_a_time_the_reader_is_not_shown_gives_no_published_at(tmp_path: Path, head: str, line: str) -> None:
    bulletin = _read(tmp_path, _page(line, body=BODY_EN, site="Westmoor University", head=head))
    assert bulletin.publication_date() == dt.date(2026, 11, 25)
    assert bulletin.published_at is None


def test_a_shown_time_is_read_with_the_zone_the_time_element_gives(tmp_path: Path) -> None:
    line = "<time datetime='2026-11-25T10:20:00+01:00'>25 November 2026, 10:20</time>"
    bulletin = _read(tmp_path, _page(line, body=BODY_EN, site="Westmoor University"))
    assert bulletin.published_at == dt.datetime(2026, 11, 25, 10, 20, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_a_time_glued_after_hao_is_not_read_as_midnight() -> None:
    stamp = find_stamp("2026年11月16号10:12")
    assert stamp is not None and stamp.day == dt.date(2026, 11, 16)
    assert stamp.moment is None or stamp.moment.hour == 10


@pytest.mark.parametrize(
    ("source", "publisher"),
    [
        ("江西农业大学新闻网", "江西农业大学"),
        ("江西农业大学微信公众号", "江西农业大学"),  # the university's account
        ("江西农业大学官微", "江西农业大学"),
        ("江西日报", None),  # a newspaper: the 我校 is not the page's own
    ],
)
def test_a_reposts_woxiao_belongs_to_the_university_its_source_line_names(
    tmp_path: Path, source: str, publisher: str | None
) -> None:
    line = f"发布时间：2026-11-17 来源：{source}"
    bulletin = _read(tmp_path, _page(line, body=BODY_ZH, site="中国教育在线"))
    found = find_publisher(bulletin, "zh")
    assert (found.name if found else None) == publisher


@pytest.mark.parametrize(
    ("pieces", "source"),
    [
        # a label and its value in spans of their own, glued in the page's text
        ("<span class='label'>发布时间</span><span>2026-11-16</span>", None),
        ("<span>来源：国际处</span><span>发布时间</span><span>2026-11-16</span>", "国际处"),
    ],
)
def test_a_date_label_glued_to_its_stamp_is_read(tmp_path: Path, pieces: str, source: str | None) -> None:
    bulletin = _read(tmp_path, _page(pieces, body=BODY_ZH, site="江西财经大学新闻网"))
    assert bulletin.publication_date() == dt.date(2026, 11, 16)
    assert bulletin.credited_source == source


def test_only_a_date_label_may_be_glued_to_digits() -> None:
    assert read_byline("Photo1 the signing ceremony") is None  # a caption, not a photographer's credit
    assert read_byline("Source2026 Office") is None


@pytest.mark.parametrize(
    ("meta", "published_at"),
    [
        # a date's and a time's spans side by side: '25 November 202610:20' in the page's text
        (
            "<span class='date'>25 November 2026</span><span class='time'>10:20</span>",
            dt.datetime(2026, 11, 25, 10, 20, tzinfo=BEIJING),
        ),
        # an eye icon for the label of the view count after the date
        ("<i class='icon-calendar'></i> 2026-11-25 <i class='icon-eye'></i> 312", None),
    ],
)
def test_a_stamp_in_pieces_of_its_own_is_read(tmp_path: Path, meta: str, published_at: dt.datetime | None) -> None:
    bulletin = _read(tmp_path, _page(meta, body=BODY_EN, site="Westmoor University"))
    assert bulletin.publication_date() == dt.date(2026, 11, 25)
    assert bulletin.published_at == published_at


def test_digits_glued_to_a_day_are_no_time_unless_they_read_as_one() -> None:
    assert find_stamp("2026-11-251") is None
    stamp = find_stamp("2026-11-2510:20")
    assert stamp is not None and stamp.moment == dt.datetime(2026, 11, 25, 10, 20, tzinfo=BEIJING)
    assert read_byline("2026-11-25 12345678") is None  # no view count is this long: not a date line
