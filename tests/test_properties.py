"""Property tests: arbitrary text never crashes a stage, and evidence always points at its words."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import check_evidence

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin
from pipeline.parse import ParseError
from pipeline.parse.html import parse_html

WORDS = [
    "University",
    "of",
    "Nanchang",
    "大学",
    "与",
    "签署",
    "协议",
    "Alliance",
    "chair institution",
    "(HNU)",
    "HNU",
    "理事长单位",
    "11月18日",
    "On November 18",
    ",",
    "。",
    "\n\n",
    " ",
    "between",
    "and",
    "江西財經大學",
]
bulletin_text = st.one_of(
    st.text(min_size=1, max_size=400),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=80).map(" ".join),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=bulletin_text, language=st.sampled_from(["en", "zh", None]))
def test_any_text_gives_a_valid_record(text: str, language: str | None) -> None:
    bulletin = Bulletin(text=text, language=language, published=dt.date(2025, 12, 18), origin="hypothesis")
    check_evidence(extract_bulletin(bulletin))


@settings(max_examples=40, deadline=None)
@given(html=st.text(max_size=600).map(lambda t: f"<html><body><div><p>{t}</p></div><p>Nanchang University" + t))
def test_broken_html_parses_or_fails_cleanly(html: str) -> None:
    try:
        bulletin = parse_html(html.encode("utf-8"), origin="hypothesis")
    except ParseError:
        return
    check_evidence(extract_bulletin(bulletin))


def test_very_long_bulletin() -> None:
    paragraph = "On November 17, Nanchang University signed an agreement with Harlow University, UK. "
    record = extract_bulletin(Bulletin(text=paragraph * 400, language="en", origin="long"))
    check_evidence(record)
    assert len(record.partnerships) == 1
