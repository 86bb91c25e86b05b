"""A CMS that hard-wraps a paragraph with <br> inside a sentence cuts an institution's name in two
("...signed with the University of<br>Nottingham on ...", "江西师范大学与英国诺丁汉<br>大学签署..."): the two
lines are joined as a .txt bulletin's hard-wrapped lines are (with a space in English, nothing in Chinese).
Near-misses keep their breaks: a poem-like list, address lines, byline lines, list items, a sentence's end,
a colon heading, two breaks in a row (a blank line)."""

import pytest

from pipeline.bulletin import Bulletin
from pipeline.parse.html import parse_html

_PAGE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="article"><h1>{title}</h1>
<p>{lead}</p>
<p>{paragraph}</p>
<p>{tail}</p>
</div></body></html>"""

_EN = {
    "title": "University delegation visits partners in the United Kingdom",
    "lead": "A delegation of the university visited partner institutions in the United Kingdom last week, "
    "meeting senior leaders and discussing joint programmes in engineering and the sciences.",
    "tail": "Both sides agreed to expand student exchange and joint research in the coming years, the office said.",
}
_ZH = {
    "title": "我校代表团访问英国合作院校",
    "lead": "近日，我校代表团赴英国访问合作院校，与对方领导就联合培养、科研合作等议题进行了深入交流。",
    "tail": "双方表示，将在学生交流和联合科研等方面进一步深化合作，推动中外合作办学高质量发展。",
}


def _bulletin(paragraph: str, language: dict[str, str]) -> Bulletin:
    page = _PAGE.format(paragraph=paragraph, **language)
    return parse_html(page.encode("utf-8"))


def _text(paragraph: str, language: dict[str, str]) -> str:
    return _bulletin(paragraph, language).text


EN_WRAPPED = [
    (
        "On 17 November the university signed a memorandum with the University of<br>Nottingham on joint degrees.",
        "the University of Nottingham on joint degrees",
    ),
    (
        "A cooperation agreement was renewed by the School of Engineering and<br>the Faculty of Science of Keele.",
        "School of Engineering and the Faculty of Science",
    ),
    (
        "President Wang met the Vice-Chancellor of the University of<br>Glasgow, who leads its delegation.",
        "the University of Glasgow, who leads",
    ),
    (
        "The joint institute was founded in 2019 by Nanchang University and the<br>University of Leeds in Jiangxi.",
        "Nanchang University and the University of Leeds",
    ),
    (
        "Students will spend two years in Nanchang and two years at<br>Coventry University under the programme.",
        "two years at Coventry University under",
    ),
    (
        "The dean visited the East China University of<br>Technology to sign an exchange agreement for<br>"
        "undergraduates in nuclear engineering.",
        "the East China University of Technology to sign an exchange agreement for undergraduates",
    ),
]

ZH_WRAPPED = [
    ("11月17日，江西师范大学与英国诺丁汉<br>大学签署合作办学协议。", "江西师范大学与英国诺丁汉大学签署合作办学协议"),
    ("江西师范大学与英国诺丁汉<br>大学签署了学生交流协议。", "江西师范大学与英国诺丁汉大学签署了学生交流协议"),
    ("校长一行访问了英国考文垂<br>大学，并与该校副校长会谈。", "英国考文垂大学，并与该校副校长会谈"),
    ("会上，南昌大学副校长介绍了学校与英国伦敦<br>玛丽女王大学的合作情况。", "英国伦敦玛丽女王大学的合作情况"),
    (
        "双方代表在签约仪式上致辞，东华理工大学与澳大利亚<br>西澳大学将共建联合实验室。",
        "东华理工大学与澳大利亚西澳大学将共建",
    ),
    (
        "此次访问期间，代表团还走访了格拉斯哥大学工程<br>学院，就联合培养项目进行了交流。",
        "格拉斯哥大学工程学院，就联合培养",
    ),
]


@pytest.mark.parametrize(("paragraph", "joined"), EN_WRAPPED)
def test_an_english_line_broken_inside_a_sentence_is_joined(paragraph: str, joined: str) -> None:
    assert joined in _text(paragraph, _EN)


@pytest.mark.parametrize(("paragraph", "joined"), ZH_WRAPPED)
def test_a_chinese_line_broken_inside_a_sentence_is_joined(paragraph: str, joined: str) -> None:
    assert joined in _text(paragraph, _ZH)


EN_KEPT = [
    # a dateline
    (
        "Nanchang, 17 November 2025<br>The University of Nottingham and Jiangxi Normal University met today.",
        ["2025\n"],
    ),
    # a poem-like list: short lines
    ("Friendship of<br>the mountains and<br>the rivers of<br>our two lands", ["Friendship of\n"]),
    # address lines
    (
        "Office of International Affairs<br>University of Nottingham<br>University Park, Nottingham NG7 2RD",
        ["Office of International Affairs\n", "University of Nottingham\n"],
    ),
    # a sentence's end, a colon heading
    (
        "The agreement was signed by the two universities on Monday.<br>The University of Leeds hosted it.",
        ["on Monday.\n"],
    ),
    (
        "The delegation visited the following partner institutions and:<br>University of Leeds and Keele University",
        ["and:\n"],
    ),
    # list items
    (
        "The two sides agreed on cooperation in the fields of<br>1. engineering<br>2. business and finance",
        ["fields of\n"],
    ),
    # two breaks in a row: a blank line, a paragraph's end
    (
        "The memorandum was signed by the University of Leeds and the<br><br>University of Nottingham then.",
        ["and the\n"],
    ),
]

ZH_KEPT = [
    # a dateline, a reporter's line
    ("本网讯（通讯员 张三）<br>11月17日，江西师范大学与英国诺丁汉大学签署合作协议。", ["张三）\n"]),
    ("江西师范大学国际合作与交流处副处长<br>2025年11月17日", ["副处长\n"]),
    # a poem-like list
    ("携手共进，合作共赢<br>开放包容，互学互鉴<br>同心同行，共创未来", ["合作共赢\n"]),
    ("白日依山尽，黄河入海流<br>欲穷千里目，更上一层楼", ["黄河入海流\n"]),
    # address lines
    ("地址：江西省南昌市紫阳大道99号<br>江西师范大学国际合作与交流处", ["99号\n"]),
    ("江西师范大学国际合作与交流处<br>联系电话：0791-88120000", ["交流处\n"]),
    # a sentence's end, a colon heading
    ("11月17日，江西师范大学与英国诺丁汉大学签署合作办学协议。<br>大学校长出席了签约仪式。", ["协议。\n"]),
    ("会议确定了双方合作的主要内容，具体包括以下几个方面：<br>学生交流、教师互访和联合科研", ["方面：\n"]),
    # list items
    ("双方商定在以下领域开展合作，主要涉及联合培养项目<br>一、本科生交流<br>二、科研合作", ["培养项目\n"]),
    # two breaks in a row
    ("11月17日，江西师范大学与英国诺丁汉<br><br>大学签署合作办学协议。", ["诺丁汉\n"]),
]


@pytest.mark.parametrize(("paragraph", "breaks"), EN_KEPT)
def test_english_lines_that_stand_alone_stay_broken(paragraph: str, breaks: list[str]) -> None:
    text = _text(paragraph, _EN)
    for line_end in breaks:
        assert line_end in text
    for piece in paragraph.replace("<br><br>", "<br>").split("<br>"):
        assert piece in text  # no line lost nor cut


@pytest.mark.parametrize(("paragraph", "breaks"), ZH_KEPT)
def test_chinese_lines_that_stand_alone_stay_broken(paragraph: str, breaks: list[str]) -> None:
    text = _text(paragraph, _ZH)
    for line_end in breaks:
        assert line_end in text
    for piece in paragraph.replace("<br><br>", "<br>").split("<br>"):
        assert piece in text


BYLINES = [
    ("Editor: Li Hua<br>Source: International Office of the University of", _EN, "Li Hua", "International Office"),
    ("责任编辑：张三<br>来源：国际合作与交流处", _ZH, "张三", "国际合作与交流处"),
    ("来源：国际合作与交流处<br>责任编辑：张三", _ZH, "张三", "国际合作与交流处"),
]


@pytest.mark.parametrize(("paragraph", "language", "editor", "source"), BYLINES)
def test_byline_lines_stay_apart(paragraph: str, language: dict[str, str], editor: str, source: str) -> None:
    bulletin = _bulletin(paragraph, language)
    assert bulletin.editor == editor
    assert (bulletin.credited_source or "").startswith(source)
