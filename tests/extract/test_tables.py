"""Partnerships stated by table rows: approval notices and lists of programmes."""

from __future__ import annotations

import pytest
from support import check_evidence, pairs

from pipeline.batch import extract_bulletin
from pipeline.bulletin import TableCell
from pipeline.extract.tables import expand
from pipeline.parse.html import parse_html

_PAGE = """<html><head><meta charset="utf-8"><title>{title}</title>
<meta name="PubDate" content="2025-01-09 10:12"></head><body>
<div class="nav"><a href="/">Home</a> | <a href="/news/">News</a></div>
<div class="article"><h1>{title}</h1>
<div class="info">发布时间：2025-01-09</div>
{body}
</div><div class="footer">Copyright</div></body></html>"""


def _record(body: str, title: str):
    bulletin = parse_html(_PAGE.format(title=title, body=body).encode("utf-8"))
    record = extract_bulletin(bulletin)
    check_evidence(record)
    return record


def _zh(table: str, before: str = ""):
    intro = before or "<p>教育部于2024年12月30日发文，批准我省5个中外合作办学项目。现将审批结果公布如下：</p>"
    return _record(intro + table, "关于公布2024年中外合作办学项目审批结果的通知")


def _row(*cells: str) -> str:
    return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


def test_each_row_under_a_side_header_is_a_partnership_with_the_country_column():
    record = _zh(
        "<table>"
        + _row("序号", "中方合作办学者", "外方合作办学者", "国别", "专业", "办学层次")
        + _row("1", "南昌大学", "哈洛大学", "英国", "会计学", "本科")
        + _row("2", "江西师范大学", "喀山联邦大学", "俄罗斯", "数学与应用数学", "本科")
        + "</table>"
    )
    found = {(p.chinese.name, p.foreign_country, p.kind, p.date) for p in record.partnerships}
    assert ("南昌大学", "GB", "joint_program", "2024-12-30") in found
    assert ("江西师范大学", "RU", "joint_program", "2024-12-30") in found
    assert len(record.partnerships) == 2


def test_an_institute_column_makes_the_rows_joint_institutes():
    record = _zh(
        "<table>"
        + _row("序号", "机构名称", "中方合作者", "外方合作者", "办学层次")
        + _row("1", "南昌大学哈洛学院", "南昌大学", "英国哈洛大学", "本科")
        + "</table>"
    )
    assert [p.kind for p in record.partnerships] == ["joint_institute"]
    assert record.partnerships[0].chinese.name == "南昌大学"


def test_a_merged_chinese_cell_stands_for_every_row_it_spans():
    record = _zh(
        "<table>"
        + _row("中方合作者", "外方合作者", "国别", "专业")
        + '<tr><td rowspan="2">南昌大学</td><td>哈洛大学</td><td>英国</td><td>会计学</td></tr>'
        + _row("喀山联邦大学", "俄罗斯", "软件工程")
        + "</table>"
    )
    assert {(p.chinese.name, p.foreign_country) for p in record.partnerships} == {
        ("南昌大学", "GB"),
        ("南昌大学", "RU"),
    }


def test_an_empty_side_cell_repeats_the_side_above():
    record = _zh(
        "<table>"
        + _row("中方合作者", "外方合作者", "国别", "专业")
        + _row("南昌大学", "哈洛大学", "英国", "会计学")
        + _row("", "喀山联邦大学", "俄罗斯", "软件工程")
        + "</table>"
    )
    assert {p.chinese.name for p in record.partnerships} == {"南昌大学"}
    assert len(record.partnerships) == 2


def test_english_headers_and_country_names():
    record = _record(
        "<p>The Ministry of Education approved the following programmes on December 27, 2024.</p>"
        "<table>"
        + _row("No.", "Chinese Institution", "Foreign Partner (Country)", "Country", "Discipline")
        + _row("1", "Nanchang University", "Harlow University", "UK", "Accounting")
        + _row("2", "Jiangxi Normal University", "Orlov State University", "Russian Federation", "Mathematics")
        + "</table>",
        "Sino-Foreign Cooperative Programmes Approved",
    )
    assert pairs(record) >= {
        ("Nanchang University", "Harlow University"),
        ("Jiangxi Normal University", "Orlov State University"),
    }
    assert {p.foreign_country for p in record.partnerships} == {"GB", "RU"}
    assert {p.kind for p in record.partnerships} == {"joint_program"}


def test_the_evidence_is_the_rows_cells():
    record = _zh(
        "<table>" + _row("中方合作者", "外方合作者", "专业") + _row("南昌大学", "哈洛大学", "会计学") + "</table>"
    )
    [partnership] = record.partnerships
    assert partnership.evidence.text.startswith("南昌大学") and partnership.evidence.text.endswith("会计学")


def test_a_table_without_side_headers_gives_nothing():
    record = _zh(
        "<table>" + _row("时间", "地点", "内容") + _row("上午", "南昌大学", "哈洛大学代表团来访") + "</table>",
        before="<p>会议日程安排如下。</p>",
    )
    assert record.partnerships == []


def test_a_pair_stated_in_a_sentence_is_not_repeated():
    record = _zh(
        "<table>" + _row("中方合作者", "外方合作者", "专业") + _row("南昌大学", "哈洛大学", "会计学") + "</table>",
        before="<p>2024年12月30日，南昌大学与英国哈洛大学签署合作办学协议。获批项目如下：</p>",
    )
    assert len(record.partnerships) == 1


@pytest.mark.parametrize(
    ("table", "grid"),
    [
        # a cell spanning two rows stands in the second row too, before that row's own cells
        (((TableCell(0, 1, 2), TableCell(1, 2)), (TableCell(2, 3),)), [[0, 1], [0, 2]]),
        # a cell spanning two columns stands in both
        (
            ((TableCell(0, 1, 1, 2), TableCell(1, 2)), (TableCell(2, 3), TableCell(3, 4), TableCell(4, 5))),
            [[0, 0, 1], [2, 3, 4]],
        ),
        # a merged cell in the middle column
        (
            ((TableCell(0, 1), TableCell(1, 2, 2), TableCell(2, 3)), (TableCell(3, 4), TableCell(4, 5))),
            [[0, 1, 2], [3, 1, 4]],
        ),
    ],
)
def test_expand_places_merged_cells_in_every_row_and_column_they_cover(table, grid):
    assert [[cell.start for cell in row] for row in expand(table)] == grid


def test_a_table_of_labels_and_values_is_one_record():
    record = _zh(
        "<table>"
        + _row("项目名称", "南昌大学与英国哈洛大学合作举办会计学专业本科教育项目")
        + _row("中方合作办学者", "南昌大学")
        + _row("外方合作办学者", "哈洛大学")
        + _row("国别", "英国")
        + "</table>"
    )
    assert [(p.chinese.name, p.foreign_country, p.kind) for p in record.partnerships] == [
        ("南昌大学", "GB", "joint_program")
    ]


def test_labels_and_values_side_by_side_in_one_row():
    record = _zh(
        "<table>"
        + _row("中方合作办学者", "南昌大学", "外方合作办学者", "哈洛大学")
        + _row("中方合作办学者", "江西师范大学", "外方合作办学者", "喀山联邦大学")
        + "</table>"
    )
    assert {p.chinese.name for p in record.partnerships} == {"南昌大学", "江西师范大学"}
    assert len(record.partnerships) == 2


def test_a_list_of_partners_on_a_chinese_university_page_pairs_them_with_it():
    record = _record(
        "<div>来源：南昌大学</div><p>2024年12月30日，我校与以下院校签署合作协议，名单如下：</p>"
        "<table>" + _row("序号", "合作院校", "国家") + _row("1", "哈洛大学", "英国") + "</table>",
        "我校新增一批国际合作院校",
    )
    assert [(p.chinese.name, p.foreign_country) for p in record.partnerships] == [("南昌大学", "GB")]


def test_a_chinese_institution_under_the_foreign_header_is_no_foreign_side():
    record = _record(
        "<div>来源：南昌大学</div><p>2024年12月30日，我校与以下院校签署合作协议，名单如下：</p>"
        "<table>" + _row("序号", "合作院校") + _row("1", "江西师范大学") + "</table>",
        "我校新增一批合作院校",
    )
    assert record.partnerships == []


def test_a_heading_across_the_table_is_no_row_and_ends_the_sides_above():
    record = _zh(
        "<table>"
        + _row("中方合作者", "外方合作者", "专业")
        + '<tr><td colspan="3">一、本科教育项目</td></tr>'
        + _row("南昌大学", "哈洛大学", "会计学")
        + '<tr><td colspan="3">二、二级学院项目</td></tr>'
        + _row("", "喀山联邦大学", "软件工程")
        + "</table>"
    )
    assert pairs(record) == {("南昌大学", "哈洛大学")}


def test_a_side_cell_without_an_institution_gives_no_side():
    record = _zh("<table>" + _row("中方合作者", "外方合作者", "专业") + _row("南昌大学", "—", "会计学") + "</table>")
    assert record.partnerships == []


def test_the_country_column_gives_an_unlisted_foreign_side_its_country():
    record = _zh(
        "<table>"
        + _row("序号", "中方合作者", "外方合作者", "国别", "专业", "办学层次")
        + _row("1", "南昌大学", "维尔莫拉州立大学", "美国", "会计学", "本科")
        + _row("2", "江西师范大学", "卡尔多斯大学", "英国", "数学与应用数学", "本科")
        + "</table>"
    )
    countries = {i.name: i.country for i in record.institutions}
    assert countries["维尔莫拉州立大学"] == "US"
    assert countries["卡尔多斯大学"] == "GB"
    assert countries["南昌大学"] == "CN"


def test_a_name_under_the_institute_header_is_a_joint_institute_and_its_host_is_not():
    record = _record(
        "<p>The Ministry of Education approved one institution.</p><table>"
        + _row("No.", "Chinese Institution", "Foreign Institution", "Country", "Name of Institute")
        + _row("1", "Nanchang University", "Velmora University", "USA", "Nanchang Velmora College")
        + "</table>",
        "Approved Sino-foreign institutions",
    )
    kinds = {i.name: (i.kind, i.country) for i in record.institutions}
    assert kinds["Nanchang Velmora College"][0] == "joint_institute"
    assert kinds["Nanchang University"] == ("university", "CN")
    assert kinds["Velmora University"] == ("university", "US")


def _signing(table: str):
    intro = "<p>1月8日，江西省与东盟国家高校合作签约仪式在南昌举行，各校签署了以下合作文件。</p>"
    return _record(intro + table, "江西高校与东盟高校签署合作文件")


def test_a_document_column_gives_each_row_its_kind_by_the_documents_last_word():
    record = _signing(
        "<table>"
        + _row("序号", "中方院校", "外方院校", "合作文件")
        + _row("1", "南昌大学", "哈洛大学", "《共建联合实验室合作备忘录》")
        + _row("2", "江西师范大学", "喀山联邦大学", "本科生“2+2”联合培养项目协议")
        + _row("3", "江西财经大学", "奥尔洛夫国立大学", "合作意向书")
        + "</table>"
    )
    kinds = {p.chinese.name: p.kind for p in record.partnerships}
    assert kinds == {"南昌大学": "mou", "江西师范大学": "agreement", "江西财经大学": "mou"}


def test_an_english_document_column_takes_the_documents_first_word():
    record = _record(
        "<p>On January 8, six agreements were signed at the forum.</p><table>"
        + _row("No.", "Chinese institution", "Foreign institution", "Document")
        + _row("1", "Nanchang University", "Harlow University", "Memorandum of understanding on a joint programme")
        + _row("2", "Jiangxi Normal University", "Orlov State University", "Agreement on a 2+2 programme")
        + "</table>",
        "Cooperation documents signed",
    )
    kinds = {p.foreign.name: p.kind for p in record.partnerships}
    assert kinds == {"Harlow University": "mou", "Orlov State University": "agreement"}


def test_a_place_before_a_side_noun_names_the_side_of_the_column():
    record = _record(
        "<p>On January 8, the following documents were signed.</p><table>"
        + _row("No.", "Jiangxi institution", "UK institution", "Document")
        + _row("1", "Nanchang University", "Harlow University", "Cooperation agreement")
        + "</table>",
        "Cooperation documents signed",
    )
    assert pairs(record) == {("Nanchang University", "Harlow University")}
    assert [p.kind for p in record.partnerships] == ["agreement"]


def test_a_table_split_in_two_keeps_its_columns_for_the_second_part():
    header = _row("No.", "Jiangxi institution", "UK institution", "Document")
    record = _record(
        "<p>On January 8, the following documents were signed.</p><table>"
        + header
        + _row("1", "Nanchang University", "Harlow University", "Cooperation agreement")
        + "</table><p>(continued)</p><table>"
        + _row("2", "Jiangxi Normal University", "Orlov State University", "Letter of intent on teacher training")
        + "</table>",
        "Cooperation documents signed",
    )
    assert pairs(record) >= {("Jiangxi Normal University", "Orlov State University")}
    assert {p.foreign.name: p.kind for p in record.partnerships}["Orlov State University"] == "mou"


def test_a_narrower_table_after_a_headed_one_is_no_continuation():
    record = _record(
        "<p>On January 8, the following documents were signed.</p><table>"
        + _row("No.", "Jiangxi institution", "UK institution", "Document")
        + _row("1", "Nanchang University", "Harlow University", "Cooperation agreement")
        + "</table><table>"
        + _row("Jiangxi Normal University", "Orlov State University")
        + "</table>",
        "Cooperation documents signed",
    )
    assert ("Jiangxi Normal University", "Orlov State University") not in pairs(record)
