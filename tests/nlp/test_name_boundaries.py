"""Where an institution's name starts and ends, on made-up sentences written the bulletins' way:
an article before a listed name, a purpose after a school's 'for', a verb of holding a post
before a Chinese body, and the country a possessive right after a name describes it by."""

from __future__ import annotations

import pytest

EN_NAMES = [
    # a listed name written with its article, opening a sentence or inside one
    ("The University of Auckland signed a memorandum with Nanchang University.", ["University of Auckland"]),
    ("Wuhan University and the University of Melbourne launched a dual-degree programme.", ["University of Melbourne"]),
    (
        "The Hong Kong Polytechnic University hosted teachers from Gannan Normal University.",
        ["Hong Kong Polytechnic University"],
    ),
    (
        "Jiangxi Normal University sent ten engineers to the University of Auckland for PhDs in 2024.",
        ["University of Auckland"],
    ),
    # an unlisted school: one word after 'for' is what it was gone to for
    ("Nanchang University sent 12 teachers to Westmoor Polytechnic for Training last year.", ["Westmoor Polytechnic"]),
    ("Students will go to Velmora State University for Internships this summer.", ["Velmora State University"]),
    # ... but a field, a phrase, or a body that is no school keeps its 'for'
    (
        "The University of Westmoor for Applied Sciences signed an agreement with Jiangxi Agricultural University.",
        ["University of Westmoor for Applied Sciences"],
    ),
    (
        "The Ruritanian Institute for Advanced Study signed an MoU with Nanchang University.",
        ["Ruritanian Institute for Advanced Study"],
    ),
    (
        "The Westmoor Centre for Peace welcomed a delegation from Jiangxi Normal University.",
        ["Westmoor Centre for Peace"],
    ),
    (
        "The Velmora Alliance for Education admitted Jiangxi Normal University as a member.",
        ["Velmora Alliance for Education"],
    ),
    # a research institute's head right before 'for' names what it studies, one word or more
    (
        "Scholars from the Westmoor Institute for Peace met researchers of Nanchang University.",
        ["Westmoor Institute for Peace"],
    ),
    ("Velmora Academy for Diplomacy signed an MoU with Jiangxi Normal University.", ["Velmora Academy for Diplomacy"]),
    (
        "Jiangxi Normal University sent ten engineers to Velmora Institute of Technology for PhDs in 2024.",
        ["Velmora Institute of Technology"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EN_NAMES)
def test_an_english_name_is_cut_at_its_article_and_at_a_purpose(extract, text, expected):
    found = [i.name for i in extract(text, "en").institutions]
    for name in expected:
        assert name in found
    assert not [n for n in found if n.lower().startswith("the ") or n.endswith((" for PhDs", " for Training"))]


EN_COUNTRIES = [
    (
        "Westmoor Polytechnic is New Zealand's largest institute of technology. It signed a memorandum with"
        " Nanchang Normal University.",
        "Westmoor Polytechnic",
        "NZ",
    ),
    (
        "Velmora Institute of Technology, Canada's oldest polytechnic, signed an agreement with Jiangxi Normal"
        " University.",
        "Velmora Institute of Technology",
        "CA",
    ),
    (
        "Velmora State University was Ireland's first technological university; it met Nanchang University.",
        "Velmora State University",
        "IE",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), EN_COUNTRIES)
def test_a_country_possessive_right_after_an_unlisted_name_gives_its_country(extract, text, name, country):
    found = {i.name: i.country for i in extract(text, "en").institutions}
    assert found[name] == country


def test_a_possessive_of_no_country_after_a_name_gives_none(extract):
    found = {
        i.name: i.country
        for i in extract("Westmoor Polytechnic is Ruritania's pride; it met Nanchang University.", "en").institutions
    }
    assert found.get("Westmoor Polytechnic") is None


ZH_NAMES = [
    ("会议决定，秘书处设在江西师范大学，负责联盟日常工作。", ["江西师范大学"]),
    ("兰州大学连任联盟理事长单位，南昌大学当选联盟副理事长单位。", ["兰州大学", "南昌大学"]),
    ("九江学院出任联盟理事单位，赣南师范大学继续担任联盟监事单位。", ["九江学院", "赣南师范大学"]),
    ("南昌航空大学负责联盟与俄罗斯高校的联络工作。", ["南昌航空大学"]),
    ("江西财经大学牵头联盟第二届年会筹备工作。", ["江西财经大学"]),
    ("景德镇陶瓷大学再次当选联盟副主席单位。", ["景德镇陶瓷大学"]),
    ("华东交通大学兼任联盟秘书处所在单位。", ["华东交通大学"]),
    ("南昌大学顺利入选联盟首批成员单位。", ["南昌大学"]),
    ("九江学院荣获联盟优秀成员单位称号。", ["九江学院"]),
    ("赣南医科大学入选中俄医科大学联盟理事单位。", ["赣南医科大学", "中俄医科大学联盟"]),
]


@pytest.mark.parametrize(("text", "expected"), ZH_NAMES)
def test_a_verb_of_holding_a_post_or_task_is_no_word_of_a_chinese_name(extract, text, expected):
    found = [i.name for i in extract(text, "zh").institutions]
    assert found == expected


# jieba's HMM glues a preposition onto a foreign name it does not know (由哈洛 | 大学): the
# preposition is no word of the name; a listed name starting with such a character stays whole.
ZH_GLUED_PREPOSITIONS = [
    ("2025年中外合作办学研讨会由哈洛大学承办。", ["哈洛大学"]),
    ("我校同哈洛大学签署合作办学协议。", ["哈洛大学"]),
    ("副校长向哈洛大学代表团介绍了学校办学情况。", ["哈洛大学"]),
    ("学院为哈洛大学师生举办了中国文化体验活动。", ["哈洛大学"]),
    ("项目以哈洛大学为合作方，开设本科专业。", ["哈洛大学"]),
    ("我校从维尔莫拉理工学院引进外籍教师三名。", ["维尔莫拉理工学院"]),
    ("代表团对维尔莫拉大学进行了回访。", ["维尔莫拉大学"]),
    ("项目由维斯特莫尔国际大学具体实施。", ["维斯特莫尔国际大学"]),
    ("本次会议由省教育厅主办。", ["省教育厅"]),
    ("活动经市教育局批准举办。", ["市教育局"]),
    ("以琳学院与哈洛大学签署合作协议。", ["以琳学院", "哈洛大学"]),
    ("同济大学与以色列理工学院签署合作协议。", ["同济大学", "以色列理工学院"]),
    ("对外经济贸易大学同哈洛大学签署合作协议。", ["对外经济贸易大学", "哈洛大学"]),
]


@pytest.mark.parametrize(("text", "expected"), ZH_GLUED_PREPOSITIONS)
def test_a_preposition_glued_to_an_unlisted_chinese_name_is_no_part_of_it(extract, text, expected):
    found = [i.name for i in extract(text, "zh").institutions]
    assert found == expected
