"""Genre probes, session 14 (resolver): the kind and country of joint laboratories and joint research
centres (corpus/GUIDE.md: a joint lab hosted in China is a `research_institute` in CN, not a joint
institute), unlisted Chinese 学院 (an undergraduate one is a `university`, a vocational one a
`college`), and the publisher's kind and script."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin
from pipeline.nlp.institutions import is_joint_research_body

JOINT_RESEARCH = [
    # (language, text, name, kind, country)
    ("zh", "10月29日，中俄稀有金属联合实验室在赣州揭牌。", "中俄稀有金属联合实验室", "research_institute", "CN"),
    (
        "zh",
        "华中农业大学与荷兰瓦赫宁根大学共建的中荷园艺联合实验室启动运行。",
        "中荷园艺联合实验室",
        "research_institute",
        "CN",
    ),
    ("zh", "11月20日，中泰海洋科学联合研究中心在青岛揭牌。", "中泰海洋科学联合研究中心", "research_institute", "CN"),
    (
        "zh",
        "由四川大学与英国曼彻斯特大学共建的“中英先进材料联合研究院”正式启用。",
        "中英先进材料联合研究院",
        "research_institute",
        "CN",
    ),
    (
        "en",
        "The NUAA-Cranfield Joint Laboratory for Aviation Safety was inaugurated in Nanjing on Monday.",
        "NUAA-Cranfield Joint Laboratory for Aviation Safety",
        "research_institute",
        "CN",
    ),
    (
        "en",
        "Nanjing University of Aeronautics and Astronautics (NUAA) and Cranfield University opened the "
        "NUAA-Cranfield Joint Research Centre for Aircraft Maintenance on Monday.",
        "NUAA-Cranfield Joint Research Centre for Aircraft Maintenance",
        "research_institute",
        "CN",
    ),
    (
        "en",
        "The Sino-German Joint Research Centre for Intelligent Manufacturing opened at Tongji University on Monday.",
        "Sino-German Joint Research Centre for Intelligent Manufacturing",
        "research_institute",
        "CN",
    ),
    (
        "en",
        "The China-Russia Joint Laboratory for Rare Metals was unveiled in Ganzhou on Nov. 3.",
        "China-Russia Joint Laboratory for Rare Metals",
        "research_institute",
        "CN",
    ),
    (
        "en",
        "Officials unveiled the Sino-Thai Joint Laboratory of Tropical Agriculture in Haikou on Friday.",
        "Sino-Thai Joint Laboratory of Tropical Agriculture",
        "research_institute",
        "CN",
    ),
    (
        "en",
        "Zhejiang University of Technology and Deakin University opened the ZJUT-Deakin Joint Research "
        "Center for Advanced Materials in Hangzhou.",
        "ZJUT-Deakin Joint Research Center for Advanced Materials",
        "research_institute",
        "CN",
    ),
]

COLLEGES = [
    # (text, name, kind): an unlisted Chinese 学院 by what it is (GUIDE-zh)
    ("宁波工程学院与英国诺森比亚大学签署合作协议。", "宁波工程学院", "university"),
    ("衢州学院代表团访问了泰国清迈大学。", "衢州学院", "university"),
    ("丽水学院与韩国又松大学续签交流协议。", "丽水学院", "university"),
    ("无锡学院与马来西亚北方大学签署合作备忘录。", "无锡学院", "university"),
    ("温州理工学院与英国赫瑞瓦特大学签署合作协议。", "温州理工学院", "university"),
    ("金华职业技术学院与泰国易三仓大学签署合作协议。", "金华职业技术学院", "college"),
    ("宁波城市职业技术学院代表团访问德国。", "宁波城市职业技术学院", "college"),
    ("浙江旅游职业学院与瑞士洛桑酒店管理学院签署合作协议。", "浙江旅游职业学院", "college"),
]

NOT_JOINT_RESEARCH = [
    ("en", "Joint Research Centre"),  # (the phrase alone names no pair's body)
    ("en", "Southeast University-Monash University Joint Graduate School"),
    ("en", "Sino-British College"),
    ("zh", "联合实验室"),
    ("zh", "南昌大学玛丽女王学院"),
    ("zh", "江西省重点实验室"),
]


def _run(text: str, language: str, url: str | None = None, site_name: str | None = None):
    bulletin = Bulletin(
        text=text,
        language=language,
        url=url,
        site_name=site_name,
        published=dt.date(2025, 12, 18),
        origin="test",
    )
    return extract_bulletin(bulletin)


@pytest.mark.parametrize(("language", "text", "name", "kind", "country"), JOINT_RESEARCH)
def test_a_joint_laboratory_is_a_research_institute_in_china(language, text, name, kind, country):
    found = {i.name: i for i in _run(text, language).institutions}
    assert name in found, sorted(found)
    assert (found[name].kind, found[name].country) == (kind, country)


@pytest.mark.parametrize(("text", "name", "kind"), COLLEGES)
def test_an_unlisted_chinese_college_by_what_it_is(text, name, kind):
    found = {i.name: i for i in _run(text, "zh").institutions}
    assert name in found, sorted(found)
    assert found[name].kind == kind


@pytest.mark.parametrize(("language", "name"), NOT_JOINT_RESEARCH)
def test_names_that_are_no_joint_laboratory(language, name):
    assert not is_joint_research_body(name, language)


def test_a_joint_laboratory_is_no_side_of_its_parents_partnership():
    text = "11月21日，浙江工业大学与澳大利亚迪肯大学在杭州签署合作协议，并为浙工大—迪肯先进材料联合研究中心揭牌。"
    pairs = {(p.chinese.name, p.foreign.name) for p in _run(text, "zh").partnerships}
    assert ("浙江工业大学", "迪肯大学") in pairs
    assert all("联合研究中心" not in side for pair in pairs for side in pair)


@pytest.mark.parametrize(
    ("site_name", "text", "publisher", "kind"),
    [
        ("九江學院新聞網", "11月18日，九江學院與泰國清邁皇家大學簽署合作協議。", "九江學院", "university"),
        ("九江学院新闻网", "11月18日，九江学院与泰国清迈皇家大学签署合作协议。", "九江学院", "university"),
        ("宁波工程学院", "我校与英国诺森比亚大学签署合作协议。", "宁波工程学院", "university"),
        ("台州学院新闻网", "我校与韩国又松大学签署合作协议。", "台州学院", "university"),
        ("温州职业技术学院", "我院与德国代根多夫应用技术大学签署合作协议。", "温州职业技术学院", "college"),
    ],
)
def test_the_publisher_as_the_page_writes_it(site_name, text, publisher, kind):
    record = _run(text, "zh", url="https://news.example.edu.cn/a.htm", site_name=site_name)
    assert record.document.publisher is not None
    assert record.document.publisher.name == publisher
    found = {i.name: i for i in record.institutions}
    assert publisher in found and found[publisher].kind == kind


EVENT_NAMES = [
    # (text, a name inside the event's name that is no body, a body the text does name)
    (
        "The 2025 China-South Asia and Southeast Asia University Presidents' Forum opened in Kunming on Friday.",
        "Southeast Asia University",
        None,
    ),
    (
        "The China-ASEAN University Presidents Forum was held in Nanning on Tuesday.",
        "China-ASEAN University",
        None,
    ),
    (
        "Guangxi University hosted the China-ASEAN University Leaders Dialogue on Tuesday.",
        "China-ASEAN University",
        "Guangxi University",
    ),
    (
        "Rectors from Central Asia attended the China-Central Asia University Rectors' Forum in Xi'an, "
        "hosted by Northwest University.",
        "China-Central Asia University",
        "Northwest University",
    ),
]


@pytest.mark.parametrize(("text", "inside", "named"), EVENT_NAMES)
def test_a_name_inside_an_event_name_is_no_institution(text, inside, named):
    found = {i.name for i in _run(text, "en").institutions}
    assert inside not in found
    if named is not None:
        assert named in found
