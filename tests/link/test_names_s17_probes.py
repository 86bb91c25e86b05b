"""Probes (session 17): names a careful reader lists where the page's writing hides them — a university
glued by the dictionary to one of its units (北京大学医学部, 清华大学经济管理学院: GUIDE-zh, a 学院 of a
university is a unit and the university the party), a firm's Latin brand glued to its Chinese name
(EF英孚教育), a name hard-wrapped over two lines of a .txt bulletin ("East China University of" /
"Technology"); and the rules behind them: a Chinese short form of a name written before (浙外, 南大)."""

from __future__ import annotations

import pytest
from support import names

from pipeline.link.short_forms import named_by_short_form, shortens
from pipeline.parse.text import parse_text, unwrapped

PROBES = [
    # (language, text, names listed, names not listed)
    ("zh", "北京大学医学部与美国密歇根大学签署合作协议。", ["北京大学", "密歇根大学"], ["北京大学医学部"]),
    (
        "zh",
        "清华大学经济管理学院院长白重恩会见了哈佛大学商学院代表团。",
        ["清华大学", "哈佛大学"],
        ["清华大学经济管理学院"],
    ),
    ("zh", "北京师范大学历史系与英国伦敦大学学院签署交流协议。", ["北京师范大学"], ["北京师范大学历史系"]),
    ("zh", "美国哈佛大学医学院代表团访问南昌大学。", ["哈佛大学", "南昌大学"], ["哈佛大学医学院"]),
    ("zh", "江西财经大学与EF英孚教育签署校企合作协议。", ["江西财经大学", "EF英孚教育"], []),
    ("zh", "南昌大学与英孚教育签署协议，英孚教育将为学生提供语言培训。", ["南昌大学", "英孚教育"], []),
    (
        "en",
        "Jiangxi University of Finance and Economics signed an agreement with EF Education First.",
        ["Jiangxi University of Finance and Economics", "EF Education First"],
        [],
    ),
]


@pytest.mark.parametrize(("language", "text", "listed", "not_listed"), PROBES)
def test_names_as_a_careful_reader_lists_them_s17(extract, language, text, listed, not_listed):
    found = set(names(extract(text, language).institutions))
    assert set(listed) <= found, f"missing {set(listed) - found}"
    assert not set(not_listed) & found, f"not institutions: {set(not_listed) & found}"


def test_a_university_glued_to_its_unit_is_the_partner(extract):
    record = extract("北京大学医学部与美国密歇根大学签署合作协议。", "zh")
    assert {(p.chinese.name, p.foreign.name) for p in record.partnerships} == {("北京大学", "密歇根大学")}


def test_a_press_of_a_university_stays_whole(extract):
    # 北京大学出版社 is a body of its own (a press), not the university
    assert "北京大学" not in names(extract("北京大学出版社与剑桥大学出版社签署协议。", "zh").institutions)


WRAPPED = [
    # (text of a .txt bulletin, names listed)
    (
        "East China University of Technology signs with Sheffield\n2025-05-08\n"
        "Nanchang, May 6 -- East China University of\nTechnology signed an agreement with the University of\n"
        "Sheffield on Tuesday.\n",
        ["East China University of Technology", "University of Sheffield"],
    ),
    (
        "Visit\n2025-05-08\nA delegation from Jiangxi University of Finance and\nEconomics visited the "
        "University of Dundee last week.\n",
        ["Jiangxi University of Finance and Economics", "University of Dundee"],
    ),
    (
        "Talks\n2025-05-08\nProfessor Liu Wei, President of Nanchang University, met the Vice-Chancellor of the\n"
        "University of Leeds in Nanchang.\n",
        ["Nanchang University", "University of Leeds"],
    ),
    (
        "东华理工大学与谢菲尔德大学签署协议\n2025-05-08\n5月6日，东华理工大学校长刘伟会见了英国谢菲尔德大学代表团，"
        "双方签署了与华东交通\n大学的三方合作协议。\n",
        ["东华理工大学", "谢菲尔德大学", "华东交通大学"],
    ),
]


@pytest.mark.parametrize(("text", "listed"), WRAPPED)
def test_a_name_hard_wrapped_over_two_lines_is_one_name(extract, text, listed):
    bulletin = parse_text(text, origin="test")
    language = "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"
    found = set(names(extract(bulletin.text, language, published="2025-05-08").institutions))
    assert set(listed) <= found, f"missing {set(listed) - found}"


# --- the rules ------------------------------------------------------------------------------
def test_lines_joined_only_where_a_line_was_hard_wrapped():
    title = "A title"
    assert unwrapped([title, "East China University of", "Technology signed."]) == [
        title,
        "East China University of Technology signed.",
    ]
    # a caption, a title, a short Chinese line, a sentence's end: each its own paragraph
    kept = [title, "Signing ceremony", "The two sides signed.", "Nanchang University hosted the talks", "签约现场"]
    assert unwrapped(kept) == kept
    assert unwrapped([title, "University of", "", "Technology"]) == [title, "University of", "", "Technology"]
    # the title is never joined to the next line
    assert unwrapped(["Talks with the University of", "Leeds"]) == ["Talks with the University of", "Leeds"]
    long_zh = "5月6日，东华理工大学校长刘伟会见了英国谢菲尔德大学代表团，双方签署了与华东交通"
    assert unwrapped([title, long_zh, "大学的协议。"]) == [title, long_zh + "大学的协议。"]
    short_zh = ["南昌大学与英国邓迪大学签署合作协议", "双方将开展交流。"]
    assert unwrapped([title, *short_zh]) == [title, *short_zh]


def test_a_page_wrapped_at_a_width_has_its_lines_joined_where_no_sentence_ends():
    page = [
        "Wuhan college signs with Galway",
        "2026-03-18 10:42:05",
        "Source: Xinhua",
        "",
        "WUHAN, March 17 (Xinhua) -- Professor Chen Jianguo, Dean of Tongji Medical",
        "College of HUST, said that the programme would admit its first students",
        "in September, when the two schools will open a joint laboratory in Wuhan.",
        "",
        "The University of Galway and the college have exchanged teachers since 2019",
        "Source: an earlier report",
    ]
    text = "\n".join(unwrapped(page))
    assert "Dean of Tongji Medical College of HUST, said that the programme would admit its first students in " in text
    assert "2026-03-18 10:42:05\nSource: Xinhua\n" in text  # the header's lines stay apart
    assert text.endswith("since 2019\nSource: an earlier report")  # a label's line stays apart
    # one paragraph a line (far longer lines): nothing joined but after a word that ends no sentence
    long_lines = [page[0], "A" * 120 + " and more", "Then another paragraph."]
    assert unwrapped(long_lines) == long_lines


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("浙外", "浙江外国语学院"),
        ("南大", "南昌大学"),
        ("江理工", "江西理工大学"),
        ("华交大", "华东交通大学"),
        ("江财", "江西财经大学"),
    ],
)
def test_a_short_form_takes_the_names_characters_in_order(short, name):
    assert shortens(short, name)


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("浙江", "浙江外国语学院"),  # a run of the name (the province), not a short form
        ("南昌", "南昌大学"),
        ("中学", "中国人民大学"),  # a common word (not_short_forms.txt)
        ("北大", "南昌大学"),  # not its first character
        ("南学", "南昌"),  # longer than the name leaves
        ("大南", "南昌大学"),
        ("南京", "南昌大学"),  # a character the name lacks
    ],
)
def test_a_run_a_place_a_common_word_is_no_short_form(short, name):
    assert not shortens(short, name)


def test_a_short_form_two_names_give_names_neither():
    assert named_by_short_form("南大", ["南昌大学", "南京大学"]) is None
    assert named_by_short_form("南大", ["南昌大学", "江西师范大学", "南昌大学"]) == "南昌大学"
    assert named_by_short_form("南大", []) is None
