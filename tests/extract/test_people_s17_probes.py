"""Probes (session 17): officials written with a short name the page made of a name it wrote in full
(浙外, 南大, 江理工, 华交大, 江财: GENRE.md "Institutions" abbreviations), with a unit named by fields
listed with 、 (工程、环境与计算学院院长), and title-then-name readings whose "name" is a body's
("Dean of Tongji Medical College of HUST", 商学院副院长). Each probe is made up in the way bulletins
write, with the (name, title, organisation) a careful reader takes; the near-misses (a short form two
names give, one written before its full name, a longer name ending like one, a place, a common word)
must not change."""

import pytest
from support import check_people

ZH_PROBES = [
    # a short form after its full name: the institution
    (
        "江西理工大学与俄罗斯乌拉尔联邦大学签署协议。江理工副校长王立新出席。",
        [("王立新", "副校长", "江西理工大学")],
    ),
    (
        "华东交通大学代表团访问德国。华交大党委书记张明会见了外宾。",
        [("张明", "党委书记", "华东交通大学")],
    ),
    (
        "江西财经大学与英国邓迪大学签署协议，江财校长卢福财和邓迪大学副校长Iain Gillespie出席。",
        [("卢福财", "校长", "江西财经大学"), ("Iain Gillespie", "副校长", "邓迪大学")],
    ),
    (
        "浙江外國語學院與英國利茲大學續簽合作協議，浙外副院長周紅出席。",
        [("周紅", "副院長", "浙江外国语学院")],
    ),
    (
        "浙江外国语学院与英国利兹大学续签合作协议。签约仪式上，浙外党委书记王建华致辞。",
        [("王建华", "党委书记", "浙江外国语学院")],
    ),
    # near-misses: two names give the short form; it comes before its full name; a longer listed name
    # ends like one; a place; a common word
    (
        "南昌大学与南京大学签署协议。南大副校长王立新出席。",
        [("王立新", "副校长", None)],
    ),
    (
        "南大副校长王立新出席。南昌大学与法国雷恩第一大学签署协议。",
        [("王立新", "副校长", None)],
    ),
    (
        "南昌大学与河南大学签署协议。河南大学副校长王立新出席。",
        [("王立新", "副校长", "河南大学")],
    ),
    (
        "浙江外国语学院代表团访问杭州。浙江省副省长王明出席。",
        [("王明", "副省长", None)],
    ),
    (
        "中国人民大学代表团访问英国。中学校长王立新出席。",
        [("王立新", "校长", None)],
    ),
    # a unit named by fields listed with 、 after its university: the title's
    (
        "英国考文垂大学工程、环境与计算学院院长约翰·史密斯出席。",
        [("约翰·史密斯", "工程、环境与计算学院院长", "考文垂大学")],
    ),
    (
        "利兹大学艺术、人文与文化学院院长Frank Finlay访问浙江外国语学院。",
        [("Frank Finlay", "艺术、人文与文化学院院长", "利兹大学")],
    ),
    (
        "英国考文垂大学艺术与人文学院院长约翰·史密斯出席。",
        [("约翰·史密斯", "艺术与人文学院院长", "考文垂大学")],
    ),
    # near-misses: a chain of offices and a list of people keep their 、
    (
        "江西省教育厅党组成员、副厅长刘国强出席。",
        [("刘国强", "党组成员", "江西省教育厅")],
    ),
    (
        "南昌大学副校长王明、国际处处长李华出席。",
        [("王明", "副校长", "南昌大学"), ("李华", "国际处处长", "南昌大学")],
    ),
    # a unit's name before a title is no person's name
    (
        "澳大利亚斯威本科技大学商学院副院长Mark Jones、国际处处长Anna Lee一行访问南昌大学。",
        [("Mark Jones", "商学院副院长", "斯威本科技大学"), ("Anna Lee", "国际处处长", "斯威本科技大学")],
    ),
    (
        "南昌大学商学院副院长王明出席。",
        [("王明", "商学院副院长", "南昌大学")],
    ),
]

EN_PROBES = [
    (
        "Professor Chen Jianguo, Dean of Tongji Medical College of HUST, met the delegation.",
        [("Chen Jianguo", "Dean of Tongji Medical College", "Huazhong University of Science and Technology")],
    ),
    (
        "Dr Liu Fang, Vice Dean of Xiangya Medical College of Central South University, spoke at the forum.",
        [("Liu Fang", "Vice Dean of Xiangya Medical College", "Central South University")],
    ),
]

# title-then-name readings whose words end in a body's head: no person of those words
EN_NO_BODY_NAMES = [
    "Professor Chen Jianguo, Dean of Tongji Medical College of HUST, met the delegation.",
    "The delegation was received by Dean of Tongji Medical College of Huazhong University of Science and "
    "Technology Professor Chen Jianguo.",
    "Vice President of Nanchang University Medical College hosted the talks.",
    "Director of Confucius Institute Li Hua attended the opening.",
    "Dean of Xiangya School of Medicine Professor Chen Xiang welcomed the guests.",
]


@pytest.mark.parametrize(("text", "expected"), ZH_PROBES)
def test_chinese_people_probe_s17(extract, text, expected):
    check_people(extract(text, "zh"), expected)


@pytest.mark.parametrize(("text", "expected"), EN_PROBES)
def test_english_people_probe_s17(extract, text, expected):
    check_people(extract(text, "en"), expected)


@pytest.mark.parametrize("text", EN_NO_BODY_NAMES)
def test_no_person_is_named_by_a_body_s17(extract, text):
    heads = ("College", "School", "Institute", "University", "Medicine")
    assert not [p.name for p in extract(text, "en").people if p.name.endswith(heads)]
