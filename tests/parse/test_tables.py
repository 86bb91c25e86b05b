"""The parse stage keeps each article table's rows as cells placed in the text."""

from __future__ import annotations

from pipeline.parse.html import parse_html
from pipeline.parse.text import parse_text

_PAGE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/news/">新闻</a></div>
<div class="article"><h1>{title}</h1>
{body}
</div><div class="footer">版权所有</div></body></html>"""

_INTRO = "<p>经研究，现将有关高校中外合作办学项目的审批结果公布如下，请各校认真做好招生和教学组织工作。</p>"


def _page(body: str, title: str = "关于公布中外合作办学项目审批结果的通知") -> bytes:
    return _PAGE.format(title=title, body=_INTRO + body).encode("utf-8")


def _cell_texts(bulletin, table):
    return [[bulletin.text[cell.start : cell.end] for cell in row] for row in table]


def test_each_cell_is_placed_at_its_words_in_unchanged_text():
    table = (
        "<table><tr><th>中方合作者</th><th>外方合作者</th><th>专业</th></tr>"
        "<tr><td>南昌大学</td><td>哈洛大学</td><td>会计学</td></tr></table>"
    )
    with_table = parse_html(_page(table))
    as_paragraphs = parse_html(_page(table.replace("<table>", "<div>").replace("</table>", "</div>")))
    assert with_table.text == as_paragraphs.text  # (the rows are kept beside the text, not in it)
    [rows] = with_table.tables
    assert _cell_texts(with_table, rows) == [["中方合作者", "外方合作者", "专业"], ["南昌大学", "哈洛大学", "会计学"]]


def test_an_empty_cell_is_kept_as_an_empty_place_after_the_cell_before():
    page = _page(
        "<table><tr><td>中方合作者</td><td>备注</td><td>外方合作者</td></tr>"
        "<tr><td>南昌大学</td><td></td><td>哈洛大学</td></tr></table>"
    )
    bulletin = parse_html(page)
    [rows] = bulletin.tables
    empty = rows[1][1]
    assert empty.start == empty.end == rows[1][0].end
    assert len(rows[1]) == 3


def test_merged_cells_keep_their_spans():
    page = _page(
        "<table><tr><td>中方合作者</td><td>外方合作者</td></tr>"
        '<tr><td rowspan="2">南昌大学</td><td>哈洛大学</td></tr>'
        "<tr><td>维尔莫拉理工大学</td></tr></table>"
    )
    bulletin = parse_html(page)
    [rows] = bulletin.tables
    assert [len(row) for row in rows] == [2, 2, 1]
    assert rows[1][0].rowspan == 2 and rows[1][1].rowspan == 1


def test_a_cell_of_several_paragraphs_reaches_from_the_first_to_the_last():
    page = _page(
        "<table><tr><td>中方合作者</td><td>外方合作者</td></tr>"
        "<tr><td><p>南昌大学</p><p>江西师范大学</p></td><td>哈洛大学</td></tr></table>"
    )
    bulletin = parse_html(page)
    [rows] = bulletin.tables
    text = bulletin.text[rows[1][0].start : rows[1][0].end]
    assert text.startswith("南昌大学") and text.endswith("江西师范大学")


def test_a_table_inside_a_layout_table_has_its_own_rows():
    page = _page(
        "<table><tr><td><p>以下为获批项目名单。</p>"
        "<table><tr><td>中方合作者</td><td>外方合作者</td></tr>"
        "<tr><td>南昌大学</td><td>哈洛大学</td></tr></table>"
        "</td></tr></table>"
    )
    bulletin = parse_html(page)
    inner = [rows for rows in bulletin.tables if len(rows) == 2]
    assert len(inner) == 1
    assert _cell_texts(bulletin, inner[0]) == [["中方合作者", "外方合作者"], ["南昌大学", "哈洛大学"]]


def test_a_page_without_a_table_has_none():
    assert parse_html(_page("<p>南昌大学与哈洛大学签署合作协议。</p>")).tables == ()


def test_text_input_has_no_tables():
    bulletin = parse_text("关于公布审批结果的通知\n中方合作者\t外方合作者\n南昌大学\t哈洛大学\n")
    assert bulletin.tables == ()
