"""Unit tests of the rules behind the <br> joining (s18): which lines a single <br> ended (`page_text`),
and when two such lines are joined (`text.joined_at_breaks`)."""

import pytest
from lxml import etree

from pipeline.parse.blocks import page_text
from pipeline.parse.text import joined_at_breaks

_LONG_OF = "The university signed a memorandum with the University of"


def _page(body: str):
    root = etree.fromstring(f"<html><body>{body}</body></html>", etree.HTMLParser()).find("body")
    return page_text(root)


def _joined(body: str) -> list[str]:
    page = _page(body)
    return joined_at_breaks(page.lines, page.broken)


def test_a_single_br_marks_the_line_it_ends() -> None:
    page = _page("<p>a<br>b<br>c</p><p>d</p>")
    assert [line.text for line in page.lines] == ["a", "b", "c", "d"]
    assert sorted(page.broken) == [0, 1]
    assert all(br.tag == "br" for br in page.broken.values())


def test_two_breaks_in_a_row_join_no_line() -> None:
    assert (
        len(_joined(f"<p>{_LONG_OF}<br><br>Leeds.<br>{_LONG_OF}<br> <br>Keele.<br>{_LONG_OF}<br>\n<br>York</p>")) == 6
    )
    assert len(_joined(f"<p>{_LONG_OF}<br>Leeds.<br>{_LONG_OF}<br> Keele.<br>{_LONG_OF}<br>\nYork</p>")) == 3


def test_a_block_ends_a_line_unmarked() -> None:
    assert _page("<div>a<p>b</p>c</div>").broken == {}


def test_a_br_inside_an_inline_element_marks_its_line() -> None:
    assert list(_page("<p><span>a<br>b</span></p>").broken) == [0]


def test_an_english_line_ending_in_a_joining_word_is_joined_with_a_space() -> None:
    assert _joined(f"<p>{_LONG_OF}<br>Nottingham on Monday.</p>") == [f"{_LONG_OF} Nottingham on Monday."]


def test_several_breaks_in_one_sentence_all_join() -> None:
    body = f"<p>{_LONG_OF}<br>Nottingham and the University of Leeds and<br>Keele University.</p>"
    assert _joined(body) == [f"{_LONG_OF} Nottingham and the University of Leeds and Keele University."]


@pytest.mark.parametrize(
    "body",
    [
        "<p>Friendship of<br>the mountains</p>",  # short: a poem's line
        f"<p>{_LONG_OF}</p><p>Nottingham</p>",  # a block, not a <br>
        f"<p>{_LONG_OF}<br><br>Nottingham</p>",  # a blank line
        f"<p>{_LONG_OF}<br></p><p>Nottingham</p>",  # the next line in another block
        f"<p>{_LONG_OF}.<br>Nottingham</p>",  # a sentence's end
        f"<p>{_LONG_OF}<br>Source: Nottingham</p>",  # a label's line
        f"<p>{_LONG_OF}<br>2. Nottingham</p>",  # a list item
        "<p>Editor: the staff of the Office of International Affairs of<br>Nottingham</p>",  # a byline's line
        "<p>The university signed a memorandum with the University<br>of Nottingham.</p>",  # no joining word
    ],
)
def test_lines_that_stand_alone_stay_apart(body: str) -> None:
    assert len(_joined(body)) == 2


def test_a_chinese_body_line_with_a_comma_is_joined_with_nothing() -> None:
    assert _joined("<p>\u3000\u300011月17日，江西师范大学与英国考文垂<br>\u3000学院签署了合作协议。</p>") == [
        "\u3000\u300011月17日，江西师范大学与英国考文垂学院签署了合作协议。"  # the indentation: clean_line's
    ]


def test_a_chinese_line_before_a_name_head_word_is_joined() -> None:
    assert _joined("<p>江西师范大学与英国诺丁汉<br>大学签署合作协议。</p>") == [
        "江西师范大学与英国诺丁汉大学签署合作协议。"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "<p>白日依山尽，黄河入海流<br>欲穷千里目，更上一层楼</p>",  # short: a poem's lines
        "<p>江西省南昌市紫阳大道99号<br>江西师范大学国际处</p>",  # an address: no comma, no head word opening
        "<p>江西师范大学与英国诺丁汉大学签署合作协议，<br>大学校长出席。</p>",  # a clause's end
        "<p>责任编辑：张三、李四、王五、赵六<br>大学新闻中心</p>",  # a byline's line
        "<p>双方商定在以下领域开展合作，主要涉及联合培养<br>一、本科生交流</p>",  # a list item
        "<p>江西师范大学与英国诺丁汉<br>来源：大学新闻网</p>",  # a label's line
        "<p>诺丁汉<br>大学</p>",  # too short to be a sentence's line
    ],
)
def test_chinese_lines_that_stand_alone_stay_apart(body: str) -> None:
    assert len(_joined(body)) == 2


def test_a_page_without_breaks_keeps_its_lines_as_they_are() -> None:
    page = _page("<p>a</p><p>b</p>")
    assert joined_at_breaks(page.lines, page.broken) == ["a", "b"]
