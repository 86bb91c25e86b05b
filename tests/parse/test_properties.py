"""Whatever comes in, the readers either return a Bulletin or raise ParseError."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.bulletin import Bulletin
from pipeline.parse import ParseError
from pipeline.parse.html import parse_html
from pipeline.parse.text import parse_text

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_TAGS = [
    "p",
    "div",
    "span",
    "a",
    "br",
    "h1",
    "table",
    "td",
    "script",
    "style",
    "title",
    "meta",
    "li",
    "article",
]
_WORDS = [
    "来源:",
    "编辑:",
    "责任编辑",
    "2025-11-18 10:00",
    "首页 > 正文",
    "字体:大 中 小",
    "【纠错】",
    "&nbsp;",
    "　　",
    "南昌大学与澳大利亚某某大学签署合作协议，",
    "Source:",
    "Editor:",
    "|",
    ">",
    "<",
    "&",
    "\x00",
]


@st.composite
def broken_html(draw: st.DrawFn) -> str:
    pieces = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 3))
        tag = draw(st.sampled_from(_TAGS))
        if kind == 0:
            pieces.append(f"<{tag} class='{draw(st.sampled_from(['content', 'nav', 'title', '']))}'>")
        elif kind == 1:
            pieces.append(f"</{tag}>")
        elif kind == 2:
            pieces.append(draw(st.sampled_from(_WORDS)))
        else:
            pieces.append(draw(st.text(max_size=30)))
    return "".join(pieces)


def _reads_or_refuses(call: object, *args: object, **kwargs: object) -> None:
    try:
        result = call(*args, **kwargs)  # type: ignore[operator]
    except ParseError:
        return
    assert isinstance(result, Bulletin)
    assert result.text.strip()


@FAST
@given(st.text())
def test_parse_text_on_any_unicode(text: str) -> None:
    _reads_or_refuses(parse_text, text)


@FAST
@given(
    st.lists(
        st.sampled_from(_WORDS) | st.text(alphabet=string.printable + "中文，。　", max_size=40), max_size=30
    )
)
def test_parse_text_on_chrome_like_lines(lines: list[str]) -> None:
    _reads_or_refuses(parse_text, "\n".join(lines))


@FAST
@given(broken_html())
def test_parse_html_on_broken_markup(html: str) -> None:
    _reads_or_refuses(parse_html, html.encode("utf-8", "surrogatepass"))


@FAST
@given(st.binary(max_size=2000), st.sampled_from([None, "utf-8", "gbk", "big5", "nonsense", "utf-16"]))
@example(b"\t\t\t\x80?", None)  # read as UTF-8 with a replaced byte: the bytes themselves are not UTF-8
def test_parse_html_on_arbitrary_bytes(data: bytes, charset: str | None) -> None:
    _reads_or_refuses(parse_html, data, header_charset=charset)


@settings(max_examples=5, deadline=None)
@given(st.integers(min_value=2000, max_value=6000))
def test_very_long_inputs(count: int) -> None:
    paragraph = "南昌大学与澳大利亚某某大学签署合作协议，双方将联合培养本科生。"
    html = (
        "<html><body><div>" + "".join(f"<p>{paragraph}{n}</p>" for n in range(count)) + "</div></body></html>"
    )
    page = parse_html(html.encode("utf-8"))
    assert page.text.count("\n\n") == count - 1
    text = parse_text("\n".join(paragraph for _ in range(count)))
    assert text.text.count("\n\n") == count - 1
    deep = "<div>" * 3000 + paragraph + "</div>" * 3000
    _reads_or_refuses(parse_html, deep.encode("utf-8"))
