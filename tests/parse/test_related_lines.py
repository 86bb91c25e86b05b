"""Aggregators paste lines inside the body: other articles' headlines opened by a related-reading
heading, ads, a fold, a call to follow the account. Each is chrome and the article goes on after it."""

from __future__ import annotations

import pytest

from pipeline.parse.chrome import LineKind, read_line, read_lines
from pipeline.parse.html import parse_html


@pytest.mark.parametrize(
    "line",
    [
        "相关阅读：甲大学与乙大学签署合作协议　丙大学迎来留学生",
        "推荐阅读: 甲大学与乙大学签署合作协议",
        "热点：丙大学迎来俄罗斯留学生",
        "Related reading: Alder University signs MoU with Birch University",
        "READ MORE: Alder University hosts a forum",
        "广告　雅思保分班限时5折 名师一对一 点击咨询>>",
        "展开全文 ▼",
        "扫码关注“某某教育号”，回复“留学”免费领取申请攻略！",
    ],
)
def test_a_line_pasted_in_the_body_is_chrome(line: str) -> None:
    assert read_line(line).kind is LineKind.CHROME
    assert read_lines([line])[0].kind is LineKind.CHROME  # (the prefilter admits it)


@pytest.mark.parametrize(
    "line",
    [
        "相关负责人表示：双方将共同推进合作。",  # prose opening with 相关
        "Related programmes will start next year: the two sides agreed on three of them.",
        "热点问题是合作办学的质量。",
        "广告设计专业的学生参加了交流活动。",
        "Advertisement of the programme began in May.",
    ],
)
def test_prose_opening_with_the_same_words_stays_text(line: str) -> None:
    assert read_line(line).kind is LineKind.TEXT


def test_the_heading_alone_still_ends_the_article() -> None:
    assert read_line("相关阅读").kind is LineKind.END


def test_the_text_after_a_pasted_related_line_is_kept() -> None:
    body = (
        "<p>11月20日，某国某某大学代表团来访我校，双方签署合作备忘录。</p>"
        "<p>相关阅读：甲大学与乙大学签署合作协议　丙大学迎来留学生</p>"
        "<p>广告　留学保分班 点击咨询&gt;&gt;</p>"
        "<p>代表团还参观了我校实验平台，并与师生进行了座谈。</p>"
    )
    head = "<html><head><meta charset='utf-8'></head><body><h1>某某大学代表团来访</h1>"
    html = f"{head}<div class='content'>{body}</div></body></html>"
    text = parse_html(html.encode()).text
    assert "代表团还参观了我校实验平台" in text
    assert "甲大学与乙大学" not in text
    assert "保分班" not in text
