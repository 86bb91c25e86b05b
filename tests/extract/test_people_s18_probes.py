"""Probes (session 18): a foreign name written after a title without its middle dot (校长史密斯,
东方系主任伊万诺夫: GENRE.md "Text quirks", transliterated names), and an office of a body (or of a unit
of it) written before an honorific and the name ("President of Nanchang University Professor Zhou
Chuangbing", "Dean of Tongji Medical College of HUST Professor Chen Jianguo"). Each probe is made up in
the way bulletins write, with the (name, title, organisation) a careful reader takes; the near-misses
(Chinese names, a title before a Chinese word, a body with no office before it) must not change."""

import pytest
from support import check_people

ZH_PROBES = [
    # a transliterated name after a title, no middle dot
    (
        "莫斯科国立大学东方系主任伊万诺夫出席签约仪式。",
        [("伊万诺夫", "东方系主任", "莫斯科国立大学")],
    ),
    (
        "英国考文垂大学校长约翰逊表示，将加强与南昌大学的合作。",
        [("约翰逊", "校长", "考文垂大学")],
    ),
    (
        "美国肯恩大学副校长史蒂文斯一行访问温州大学。",
        [("史蒂文斯", "副校长", "肯恩大学")],
    ),
    (
        "俄罗斯乌拉尔联邦大学副校长彼得罗夫、国际处处长伊万诺娃出席。",
        [("彼得罗夫", "副校长", "乌拉尔联邦大学"), ("伊万诺娃", "国际处处长", "乌拉尔联邦大学")],
    ),
    (
        "俄罗斯驻华大使馆参赞布鲁诺出席。",
        [("布鲁诺", "参赞", "俄罗斯驻华大使馆")],
    ),
    (
        "白俄罗斯国立大学国际合作处处长科瓦廖夫博士介绍了学校概况。",
        [("科瓦廖夫", "国际合作处处长", "白俄罗斯国立大学")],
    ),
    (
        "英國考文垂大學校長史密斯訪問南昌大學。",
        [("史密斯", "校長", "考文垂大学")],
    ),
    # near-misses: Chinese names (three characters, or two before a following word), dotted names
    (
        "南昌大学副校长王立新出席。",
        [("王立新", "副校长", "南昌大学")],
    ),
    (
        "学校党委书记张文明出席。",
        [("张文明", "党委书记", None)],
    ),
    (
        "江西师范大学校长梅国平会见了来宾。",
        [("梅国平", "校长", "江西师范大学")],
    ),
    (
        "白俄罗斯国立大学国际合作处处长叶夫根尼·科瓦廖夫出席。",
        [("叶夫根尼·科瓦廖夫", "国际合作处处长", "白俄罗斯国立大学")],
    ),
    # a title before a word, no name
    (
        "英国考文垂大学副校长一行访问南昌大学。",
        [],
    ),
    (
        "南昌大学副校长带领代表团访问俄罗斯。",
        [],
    ),
]

EN_PROBES = [
    # an office of a body, then an honorific and the name
    (
        "The delegation was received by Dean of Tongji Medical College of HUST Professor Chen Jianguo.",
        [("Chen Jianguo", "Dean of Tongji Medical College", "Huazhong University of Science and Technology")],
    ),
    (
        "President of Nanchang University Professor Zhou Chuangbing met the guests.",
        [("Zhou Chuangbing", "President", "Nanchang University")],
    ),
    (
        "Vice President of Jiangxi Normal University Professor Li Hua attended the ceremony.",
        [("Li Hua", "Vice President", "Jiangxi Normal University")],
    ),
    (
        "President of the University of Dundee Professor Iain Gillespie signed the agreement with Nanchang University.",
        [("Iain Gillespie", "President", "University of Dundee")],
    ),
    (
        "Dean of the School of Foreign Languages of Nanchang University Professor Wang Ming chaired the meeting.",
        [("Wang Ming", "Dean of the School of Foreign Languages", "Nanchang University")],
    ),
    (
        "A delegation led by Vice-Rector of Ural Federal University Professor Ivan Petrov visited Jiangxi.",
        [("Ivan Petrov", "Vice-Rector", "Ural Federal University")],
    ),
    (
        "Director of the Confucius Institute at the University of Nairobi Dr. Jane Mwangi spoke at the opening.",
        [("Jane Mwangi", "Director", "Confucius Institute at the University of Nairobi")],
    ),
    # near-misses: a body with no office before it, an office with no honorific
    (
        "The talks with Nanchang University Professor Li Ming were held in May.",
        [("Li Ming", "Professor", "Nanchang University")],
    ),
    (
        "President of Nanchang University Zhou Chuangbing met the guests.",
        [("Zhou Chuangbing", "President", "Nanchang University")],
    ),
    (
        "Professor Chen Jianguo, Dean of Tongji Medical College of HUST, met the delegation.",
        [("Chen Jianguo", "Dean of Tongji Medical College", "Huazhong University of Science and Technology")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ZH_PROBES)
def test_chinese_people_probe_s18(extract, text, expected):
    check_people(extract(text, "zh"), expected)


@pytest.mark.parametrize(("text", "expected"), EN_PROBES)
def test_english_people_probe_s18(extract, text, expected):
    check_people(extract(text, "en"), expected)
