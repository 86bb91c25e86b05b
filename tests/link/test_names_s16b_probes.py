"""Genre probes, session 16 (second wave): names a careful reader lists where bulletins join, nest or
shorten them — a short name joined by "and" to a listed one ("Deakin and East China University of
Technology"), "the universities of A and B", an acronym in brackets after a Chinese name
(密歇根州立大学（MSU）), a firm whose Chinese name opens with a Latin brand (IDP教育集团), a foreign
ministry after its country's full name (哈萨克斯坦共和国教育和科学部), a school of a listed university
("Tongji Medical College of HUST", 华中科技大学同济医学院) and lists with a shared head (北京、上海两地高校)."""

from __future__ import annotations

import pytest
from support import names

from pipeline.nlp.institution_patterns import opens_with_state_form

PROBES = [
    # (language, text, names listed, names not listed)
    # 1. a short name joined by "and" to a listed name: two names
    (
        "en",
        "Representatives of Deakin and East China University of Technology attended the ceremony.",
        ["Deakin University", "East China University of Technology"],
        ["Deakin and East China University of Technology"],
    ),
    (
        "en",
        "Deakin University opened an office in Wuhan. Deakin and East China University of Technology "
        "have run a joint programme since 2019.",
        ["Deakin University", "East China University of Technology"],
        ["Deakin and East China University of Technology"],
    ),
    (
        "en",
        "Griffith and Jiangxi University of Finance and Economics renewed their agreement in May.",
        ["Griffith University", "Jiangxi University of Finance and Economics"],
        [],
    ),
    (
        "en",
        "In 2019, Monash and Southeast University opened a joint graduate school in Suzhou.",
        ["Monash University", "Southeast University"],
        [],
    ),
    (
        "en",
        "Hunan Mechanical and Electrical Polytechnic and Jiangxi Normal University signed a memorandum.",
        ["Hunan Mechanical and Electrical Polytechnic", "Jiangxi Normal University"],
        [],
    ),
    (
        "en",
        "Professor Jane Smith and Nanchang University staff met the delegation.",
        ["Nanchang University"],
        ["Smith"],
    ),
    # 2. "the universities of A and B": each place names its listed "University of <place>"
    (
        "en",
        "Delegates from the universities of Leeds and Sheffield visited Nanchang University.",
        ["University of Leeds", "University of Sheffield", "Nanchang University"],
        [],
    ),
    (
        "en",
        "The universities of Edinburgh, Glasgow and St Andrews signed the memorandum with Jiangxi Normal "
        "University.",
        ["University of Edinburgh", "University of Glasgow", "University of St Andrews", "Jiangxi Normal University"],
        [],
    ),
    (
        "en",
        "Nanchang University and the universities of Leeds, Bristol and Glasgow launched a research network.",
        ["Nanchang University", "University of Leeds", "University of Bristol", "University of Glasgow"],
        [],
    ),
    (
        "en",
        "Today the university cooperates with 14 universities of the People's Republic of China.",
        [],
        ["University of the People's Republic"],
    ),
    # 3. an acronym in brackets after a name is that name's
    (
        "zh",
        "武汉理工大学与密歇根州立大学（MSU）合作举办的本科教育项目已连续招生八届。MSU校长出席。",
        ["武汉理工大学", "密歇根州立大学"],
        ["MSU"],
    ),
    (
        "zh",
        "密歇根州立大学（MSU）代表团访问我校。",
        ["密歇根州立大学"],
        ["MSU"],
    ),
    (
        "zh",
        "南昌大学与英国伦敦大学学院（UCL）签署合作协议。",
        ["南昌大学", "伦敦大学学院"],
        ["英国伦敦大学学院"],
    ),
    (
        "zh",
        "东华理工大学（ECUT）与迪肯大学签署协议。",
        ["东华理工大学", "迪肯大学"],
        [],
    ),
    (
        "en",
        "Michigan State University (MSU) and Wuhan University of Technology signed an agreement. "
        "MSU will send students.",
        ["Michigan State University", "Wuhan University of Technology"],
        ["MSU"],
    ),
    # 4. a firm's Latin brand opens its Chinese name
    (
        "zh",
        "IB国际教育集团与南昌大学签署合作协议。",
        ["IB国际教育集团", "南昌大学"],
        ["国际教育集团"],
    ),
    (
        "zh",
        "同日，湖北大学与IDP教育集团签署留学服务合作协议，IDP教育集团将为该校学生提供咨询服务。",
        ["湖北大学", "IDP教育集团"],
        ["教育集团"],
    ),
    (
        "zh",
        "南昌大学与TCL科技集团签署校企合作协议。",
        ["南昌大学", "TCL科技集团"],
        ["科技集团"],
    ),
    # 5. a foreign ministry after its country's full name
    (
        "zh",
        "哈萨克斯坦共和国教育和科学部副部长一行访问江西。",
        ["哈萨克斯坦共和国教育和科学部"],
        ["共和国教育和科学部"],
    ),
    (
        "zh",
        "乌兹别克斯坦共和国高等教育、科学和创新部部长出席。",
        ["乌兹别克斯坦共和国高等教育、科学和创新部"],
        ["共和国高等教育、科学和创新部"],
    ),
    (
        "zh",
        "吉尔吉斯共和国教育与科学部代表团访问南昌大学。",
        ["吉尔吉斯共和国教育与科学部", "南昌大学"],
        [],
    ),
    (
        "zh",
        "柬埔寨王国教育、青年与体育部部长会见代表团。",
        ["柬埔寨王国教育、青年与体育部"],
        ["王国教育、青年与体育部"],
    ),
    (
        "zh",
        "俄罗斯联邦科学与高等教育部代表出席。",
        ["俄罗斯联邦科学与高等教育部"],
        [],
    ),
    # 6. a school of a listed university is its unit; a short form inside it names no body
    (
        "en",
        "Tongji Medical College of HUST hosted the delegation.",
        ["HUST"],
        ["Tongji Medical College of HUST", "Tongji"],
    ),
    (
        "en",
        "Professors from Tongji Medical College of Huazhong University of Science and Technology visited "
        "Monash University.",
        ["Huazhong University of Science and Technology", "Monash University"],
        ["Tongji Medical College of Huazhong University of Science and Technology", "Tongji"],
    ),
    (
        "en",
        "Xiangya School of Medicine of Central South University hosted the University of Pittsburgh delegation.",
        ["Central South University", "University of Pittsburgh"],
        ["Xiangya School of Medicine of Central South University"],
    ),
    (
        "en",
        "Tongji Medical College of HUST and Deakin's School of Medicine will co-supervise the candidates.",
        ["HUST"],
        ["Deakin's School of Medicine", "Tongji"],
    ),
    (
        "en",
        "Harbin Institute of Technology and Beijing Institute of Technology signed the agreement.",
        ["Harbin Institute of Technology", "Beijing Institute of Technology"],
        [],
    ),
    (
        "en",
        "Tongji University and HUST signed a memorandum.",
        ["Tongji University", "HUST"],
        [],
    ),
    (
        "zh",
        "华中科技大学同济医学院与哈萨克斯坦国立大学（KazNU）医学系签署了合作备忘录。",
        ["华中科技大学", "哈萨克斯坦国立大学"],
        ["同济", "KazNU"],
    ),
    (
        "zh",
        "华中科技大学同济医学院附属协和医院专家出席。",
        ["华中科技大学"],
        ["同济"],
    ),
    (
        "zh",
        "清华北大两校学生参加。",
        ["清华", "北大"],
        [],
    ),
    # 7. lists with a shared head: places, no bodies
    ("zh", "北京、上海两地高校代表参加会议。", [], ["北京", "上海"]),
    ("zh", "来自南昌、九江两市的12所高校参加。", [], ["南昌", "九江"]),
    (
        "zh",
        "江西财经大学、江西师范大学两校与英国邓迪大学签署协议。",
        ["江西财经大学", "江西师范大学", "邓迪大学"],
        ["英国邓迪大学"],
    ),
]


@pytest.mark.parametrize(("language", "text", "listed", "not_listed"), PROBES)
def test_names_as_a_careful_reader_lists_them(extract, language, text, listed, not_listed):
    found = set(names(extract(text, language).institutions))
    assert set(listed) <= found, f"missing {set(listed) - found}"
    assert not set(not_listed) & found, f"not institutions: {set(not_listed) & found}"


LINKS = [
    # (language, text, gazetteer id of a name the text gives)
    ("zh", "密歇根州立大学（MSU）代表团访问我校。", "us-msu"),
    ("en", "Representatives of Deakin and East China University of Technology attended.", "au-deakin"),
    ("en", "Delegates from the universities of Leeds and Sheffield visited Nanchang University.", "gb-sheffield"),
    ("zh", "同日，湖北大学与IDP教育集团签署留学服务合作协议。", "au-idp"),
]


@pytest.mark.parametrize(("language", "text", "entry_id"), LINKS)
def test_names_link_to_their_listed_entry(extract, language, text, entry_id):
    assert entry_id in {i.canonical_id for i in extract(text, language).institutions}


def test_an_acronym_after_a_name_never_links_to_another_entry(extract):
    ids = {i.canonical_id for i in extract("密歇根州立大学（MSU）代表团访问我校。", "zh").institutions}
    assert "ru-msu" not in ids


def test_a_foreign_ministry_is_in_its_country(extract):
    record = extract("哈萨克斯坦共和国教育和科学部副部长一行访问江西。", "zh")
    ministry = next(i for i in record.institutions if i.name.endswith("科学部"))
    assert (ministry.country, ministry.kind) == ("KZ", "government")


def test_a_country_full_name_opens_with_its_state_form():
    assert opens_with_state_form("共和国教育和科学部")
    assert opens_with_state_form("王国教育、青年与体育部")
    assert not opens_with_state_form("悉尼科技大学")


def test_a_short_name_and_a_listed_name_make_a_partnership(extract):
    record = extract(
        "Deakin University sent staff. Deakin and East China University of Technology have run a joint "
        "programme in environmental engineering since 2019.",
        "en",
    )
    pairs = {(p.chinese.canonical_id, p.foreign.canonical_id) for p in record.partnerships}
    assert ("cn-ecut", "au-deakin") in pairs
