"""Odd Unicode inside dates, names and titles (other scripts' digits, full-width forms, bidi marks,
joiners, separators): the stages that read text raise nothing but the pipeline's own ParseError,
and no case takes long (a pattern that backtracks catastrophically would)."""

from __future__ import annotations

import datetime as dt
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import check_evidence

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin
from pipeline.dates import find_dates, parse_published
from pipeline.parse import ParseError
from pipeline.parse.chrome import read_byline, read_line
from pipeline.parse.html import parse_html
from pipeline.parse.stamps import find_stamp
from pipeline.parse.text import parse_text

SCALE = int(os.environ.get("S29_FZ_SCALE", "1"))  # more examples when hunting by hand
DEADLINE = dt.timedelta(seconds=5)  # far above any real case: only a blow-up trips it

PIECES = [
    "2024年", "5月3日", "至", "5日", "—", "-", "~", "、", "，", "。", "：", "（", "）", "《", "》", "“", "”",
    "上午", "下午", "10:30", "2025-11-18", "18/11/2025", "发布时间：", "来源：", "责任编辑：", "编辑：",
    "On", "May 3, 2024", "3 May", "3-5 May", "Nov. 18", "the 17th", "Source:", "Editor:", "By", "Published:",
    "张三", "李伟", "校长", "副校长", "教授", "主任", "President", "Vice President", "Professor", "Dr.",
    "Li Wei", "Zhang San", "of", "南昌大学", "Nanchang University", "与", "and", "签署", "signed", "协议",
    "agreement", "理事长单位", "chair", "hosted by", "主办", "承办", "Alliance", "联盟", " ", "\n", "\n\n",
]
ODD = [
    "\u200f", "\u200e", "\u200d", "\u200c", "\u200b", "\u2066", "\u2069", "\u202e", "\u202c", "\u061c",
    "\ufeff", "\u00a0", "\u3000", "\u2028", "\u2029", "\x85", "\u0301", "\u3099", "\ufe0f", "\u00ad",
    "\uff0e", "\uff0f", "\uff1a", "\u2012", "\u2212", "\u30fc", "\u2160", "\u2474", "\u3007",
]
# The digits of every script (Unicode category Nd), and digits that are not decimal (superscripts,
# circled, fractions, Chinese numerals): patterns' \d matches the first, int() reads them.
digits = st.one_of(st.characters(categories=["Nd"]), st.sampled_from("¹²³⁴⁰①②⑩½〇一二三十廿卅"))


@st.composite
def odd_text(draw: st.DrawFn) -> str:
    """Pieces of dates, bylines, names and titles with their digits in another script and odd
    characters between them."""
    pieces = draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=24))
    script = draw(digits)
    zero = ord(script) - int(script) if script.isdecimal() else None
    table = {ord(d): (chr(zero + int(d)) if zero is not None else script) for d in "0123456789"}
    mixed = draw(st.booleans())
    out = []
    for piece in pieces:
        out.append(piece.translate(table) if not mixed or draw(st.booleans()) else piece)
        if draw(st.integers(0, 3)) == 0:
            out.append(draw(st.sampled_from(ODD)))
    return "".join(out)


texts = st.one_of(odd_text(), st.lists(st.sampled_from(PIECES + ODD), max_size=30).map("".join))
published = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)))


@settings(max_examples=120 * SCALE, deadline=DEADLINE)
@given(text=texts, published=published, language=st.sampled_from(["en", "zh", "xx"]))
def test_dates_in_odd_text(text: str, published: dt.date | None, language: str) -> None:
    for mention in find_dates(text, language, published):
        assert text[mention.start : mention.end] == mention.text


@settings(max_examples=120 * SCALE, deadline=DEADLINE)
@given(text=texts)
def test_stamps_and_bylines_in_odd_text(text: str) -> None:
    moment = parse_published(text)
    assert moment is None or moment.tzinfo is not None
    find_stamp(text)
    for line in text.splitlines() or [text]:
        read_line(line)
        read_byline(line)


@settings(max_examples=60 * SCALE, deadline=DEADLINE, suppress_health_check=[HealthCheck.too_slow])
@given(title=texts, body=texts, tail=texts)
def test_pages_and_text_files_of_odd_text(title: str, body: str, tail: str) -> None:
    page = f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>{body}</p><p>{tail}</p></body></html>"
    for read in (lambda: parse_html(page.encode("utf-8", "replace"), origin="odd"),
                 lambda: parse_text(f"{title}\n\n{body}\n{tail}", origin="odd")):
        try:
            bulletin = read()
        except ParseError:
            continue
        assert bulletin.text


@settings(max_examples=30 * SCALE, deadline=dt.timedelta(seconds=10), suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, language=st.sampled_from(["en", "zh"]), published=published)
def test_people_roles_and_events_of_odd_text(text: str, language: str, published: dt.date | None) -> None:
    bulletin = Bulletin(text=text if text.strip() else "x", language=language, published=published, origin="odd")
    check_evidence(extract_bulletin(bulletin))
