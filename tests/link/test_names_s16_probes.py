"""Genre probes, session 16: how bulletins write the names a careful reader lists — long lists joined
by 、 and 和/及/与 or "and", a name followed by its campus, school or research institute (XX大学XX学院,
"X University's Faculty of Y"), foreign names with their country before them (德国慕尼黑工业大学),
departments, ministries and embassies, names followed by 等/一行/代表团, short forms after the full
name (华中科大, 省外事办, UCL), dash-joined pairs, and first-person places (我省南昌大学). Each probe
gives the names listed and words that are no institution (a unit, a cut or a merged name)."""

from __future__ import annotations

import pytest
from support import names

from pipeline.link.gazetteer import load_gazetteer
from pipeline.link.names import fold_name

PROBES = [
    # (language, text, names listed, names not listed)
    # 1. long lists joined by 、 and 和/及/与, ended by 等
    (
        "zh",
        "来自西安交通大学、西北工业大学、西北大学、陕西师范大学、长安大学和西北农林科技大学等在陕高校的代表参加论坛。",
        ["西安交通大学", "西北工业大学", "西北大学", "陕西师范大学", "长安大学", "西北农林科技大学"],
        [],
    ),
    (
        "zh",
        "哈萨克斯坦国立大学、欧亚国立大学、吉尔吉斯国立大学及撒马尔罕国立大学等中亚高校校长出席。",
        ["哈萨克斯坦国立大学", "欧亚国立大学", "吉尔吉斯国立大学", "撒马尔罕国立大学"],
        [],
    ),
    (
        "zh",
        "会上，武汉大学、华中科技大学与武汉理工大学等12所高校与澳大利亚莫纳什大学、德国慕尼黑工业大学签署合作协议。",
        ["武汉大学", "华中科技大学", "武汉理工大学", "莫纳什大学", "慕尼黑工业大学"],
        ["澳大利亚莫纳什大学", "德国慕尼黑工业大学"],
    ),
    (
        "zh",
        "本次活动吸引了英国诺丁汉大学、利兹大学、谢菲尔德大学和爱丁堡大学等20余所英国高校参展。",
        ["诺丁汉大学", "利兹大学", "谢菲尔德大学", "爱丁堡大学"],
        [],
    ),
    (
        "en",
        "Graduates now teach at Wuhan Textile University, Hubei University of Technology and Jianghan University.",
        ["Wuhan Textile University", "Hubei University of Technology", "Jianghan University"],
        [],
    ),
    # 2. a school, campus or research institute after its university: the university only
    (
        "zh",
        "长安大学公路学院与吉尔吉斯国立技术大学交通学院签订了本科联合培养协议。",
        ["长安大学", "吉尔吉斯国立技术大学"],
        ["长安大学公路学院", "公路学院", "交通学院"],
    ),
    (
        "zh",
        "北京外国语大学亚洲学院院长、上海外国语大学东方语学院副院长参加会议。",
        ["北京外国语大学", "上海外国语大学"],
        ["北京外国语大学亚洲学院", "上海外国语大学东方语学院", "亚洲学院", "东方语学院"],
    ),
    (
        "zh",
        "浙江师范大学非洲研究院院长出席。",
        ["浙江师范大学"],
        ["非洲研究院", "浙江师范大学非洲研究院"],
    ),
    (
        "zh",
        "江西师范大学“一带一路”研究院与吉尔吉斯斯坦奥什国立大学签署合作协议。",
        ["江西师范大学", "奥什国立大学"],
        ["“一带一路”研究院", "一带一路研究院"],
    ),
    (
        "zh",
        "江西师范大学鄱阳湖研究院与奥什国立大学签署合作协议。",
        ["江西师范大学", "奥什国立大学"],
        ["鄱阳湖研究院"],
    ),
    (
        "zh",
        "会议在南昌大学前湖校区举行，南昌大学与白俄罗斯国立大学签署协议。",
        ["南昌大学", "白俄罗斯国立大学"],
        ["南昌大学前湖校区", "前湖校区"],
    ),
    (
        "en",
        "Monash University's Faculty of Engineering hosted a delegation from Nanchang University.",
        ["Monash University", "Nanchang University"],
        ["Faculty of Engineering", "Monash University's Faculty of Engineering"],
    ),
    (
        "en",
        "The University of Nottingham's School of Economics and Jiangxi University of Finance and Economics met.",
        ["University of Nottingham", "Jiangxi University of Finance and Economics"],
        ["School of Economics"],
    ),
    (
        "en",
        "Colleagues from UCL's Bartlett School of Architecture and HUST's School of Architecture presented results.",
        ["UCL", "HUST"],
        ["Bartlett School of Architecture", "School of Architecture"],
    ),
    (
        "en",
        "Zambia's Northern Technical College signed with Nanchang University.",
        ["Northern Technical College", "Nanchang University"],
        [],
    ),
    (
        "en",
        "Students of Shanghai University's SILC Business School visited Sydney.",
        ["Shanghai University", "SILC Business School"],
        [],
    ),
    # 3. a joint institute inside a Chinese university stays one
    (
        "zh",
        "浙江工商大学萨塞克斯人工智能学院揭牌。",
        ["浙江工商大学萨塞克斯人工智能学院"],
        ["萨塞克斯人工智能学院"],
    ),
    (
        "zh",
        "江西理工大学乌拉尔学院开学。",
        ["江西理工大学乌拉尔学院"],
        ["乌拉尔学院"],
    ),
    # 4. departments and offices: no institution of their own
    (
        "zh",
        "江西农业大学国际交流处、研究生院、教务处负责人陪同参观。",
        ["江西农业大学"],
        ["国际交流处", "研究生院", "教务处", "江西农业大学国际交流处"],
    ),
    (
        "zh",
        "学校国际合作与交流处、外事办负责人陪同会见。",
        [],
        ["国际合作与交流处", "外事办", "学校国际合作与交流处"],
    ),
    # 5. ministries and embassies, as written
    (
        "zh",
        "越南教育培训部、老挝教育体育部代表参加会议。",
        ["越南教育培训部", "老挝教育体育部"],
        [],
    ),
    (
        "zh",
        "英国驻华使馆教育处、美国驻华大使馆文化处、加拿大驻华使馆等有关人员出席。",
        ["英国驻华使馆教育处", "美国驻华大使馆文化处", "加拿大驻华使馆"],
        [],
    ),
    (
        "zh",
        "哈萨克斯坦驻西安总领事馆总领事出席开幕式。",
        ["哈萨克斯坦驻西安总领事馆"],
        [],
    ),
    (
        "en",
        "The Ministry of Education of Laos and the Embassy of Laos in China attended.",
        ["Ministry of Education of Laos", "Embassy of Laos in China"],
        [],
    ),
    # (a Chinese name with its English one in brackets: one body, as listed)
    (
        "zh",
        "英国文化协会（British Council）、德意志学术交流中心（DAAD）代表出席。",
        ["英国文化协会", "德意志学术交流中心"],
        ["British Council", "DAAD"],
    ),
    # 6. names followed by 等, 一行, 代表团
    (
        "zh",
        "德国慕尼黑工业大学代表团一行5人访问西北工业大学。",
        ["慕尼黑工业大学", "西北工业大学"],
        ["慕尼黑工业大学代表团"],
    ),
    (
        "zh",
        "西北工业大学副校长会见了白俄罗斯国立技术大学代表团和俄罗斯莫斯科航空学院一行。",
        ["西北工业大学", "白俄罗斯国立技术大学", "莫斯科航空学院"],
        ["俄罗斯莫斯科航空学院"],
    ),
    # 7. short forms after the full name: the full name only
    (
        "zh",
        "华中科技大学（以下简称华中科大）与莫纳什大学签署合作备忘录。华中科大校长出席。",
        ["华中科技大学", "莫纳什大学"],
        ["华中科大"],
    ),
    (
        "zh",
        "赣南师范大学与俄罗斯国立师范大学（俄师大）签署合作协议。俄师大校长出席。",
        ["赣南师范大学", "俄罗斯国立师范大学"],
        ["俄师大"],
    ),
    (
        "en",
        "University College London (UCL) signed with Nanchang University. UCL will send staff.",
        ["University College London", "Nanchang University"],
        ["UCL"],
    ),
    (
        "zh",
        "江西省人民政府外事办公室（省外办）副主任出席。",
        ["江西省人民政府外事办公室"],
        ["省外办"],
    ),
    (
        "zh",
        "陕西省人民政府外事办公室主任出席开幕式。省外办、省教育厅有关处室负责同志参加闭幕式。",
        ["陕西省人民政府外事办公室"],
        ["省外办"],
    ),
    # 8. a name written in full after its bare short form is not read twice
    (
        "zh",
        "中国科学院大学、中国社会科学院大学等高校参加。",
        ["中国科学院大学", "中国社会科学院大学"],
        ["中国社会科学院"],
    ),
    # 9. dash-joined pairs: two names, no compound
    (
        "zh",
        "南昌大学－英国邓迪大学本科双学位项目启动。",
        ["南昌大学", "邓迪大学"],
        [],
    ),
    (
        "zh",
        "井冈山大学—泰国清迈皇家大学汉语国际教育项目启动。",
        ["井冈山大学", "清迈皇家大学"],
        [],
    ),
    (
        "en",
        "The Nanchang University\u2013University of Dundee programme admitted students.",
        ["Nanchang University", "University of Dundee"],
        [],
    ),
    # 10. first-person places before a name: no part of it
    (
        "zh",
        "我省南昌大学、江西财经大学入选教育部首批中外合作办学示范项目。",
        ["南昌大学", "江西财经大学"],
        ["我省南昌大学"],
    ),
    (
        "zh",
        "本省江西财经大学与英国邓迪大学签署协议。",
        ["江西财经大学", "邓迪大学"],
        ["本省江西财经大学"],
    ),
]


@pytest.mark.parametrize(("language", "text", "listed", "not_listed"), PROBES)
def test_names_as_a_careful_reader_lists_them(extract, language, text, listed, not_listed):
    found = set(names(extract(text, language).institutions))
    assert set(listed) <= found, f"missing {set(listed) - found}"
    assert not set(not_listed) & found, f"not institutions: {set(not_listed) & found}"


LINKS = [
    # (language, text, name, gazetteer id)
    # a listed body's name written with a short ending (`zh/name_short_forms.tsv`)
    ("zh", "陕西省外事办有关负责同志参加闭幕式。", "陕西省外事办", "cn-sn-fao"),
    # a name whose hyphen a copy wrote as a figure dash
    ("en", "Nanchang University and Xi'an Jiaotong\u2012Liverpool University signed an agreement.", None, "cn-xjtlu"),
    ("en", "Nanchang University and Xi'an Jiaotong\u2212Liverpool University signed an agreement.", None, "cn-xjtlu"),
    # a foreign name with its country before it, linked to the listed one
    ("zh", "法国国立民用航空学院（ENAC）国际关系处处长出席。", None, "fr-enac"),
]


@pytest.mark.parametrize(("language", "text", "name", "entry_id"), LINKS)
def test_names_link_to_their_listed_entry(extract, language, text, name, entry_id):
    found = [i for i in extract(text, language).institutions if i.canonical_id == entry_id]
    assert found, f"{entry_id} not linked"
    if name is not None:
        assert found[0].name == name


def test_every_dash_between_names_folds_like_a_hyphen():
    hyphened = fold_name("Xi'an Jiaotong-Liverpool University")
    for dash in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d":
        assert fold_name(f"Xi'an Jiaotong{dash}Liverpool University") == hyphened, hex(ord(dash))


def test_short_endings_link_only_to_the_one_entry_written_long():
    gazetteer = load_gazetteer()
    assert gazetteer.lookup("陕西省外事办").id == "cn-sn-fao"
    assert gazetteer.lookup("江西省人民政府外事办").id == "cn-jx-fao"
    assert gazetteer.lookup("江西省政府").id == "cn-jx-gov"
    assert gazetteer.lookup("外事办") is None  # no entry's whole name
    assert gazetteer.lookup("省外事办") is None  # every province's: no one entry


def test_a_partner_stem_that_is_a_field_names_no_joint_institute(extract):
    record = extract("北京外国语大学非洲学院、亚洲学院和欧洲学院师生参加活动。", "zh")
    assert [i.kind for i in record.institutions] == ["university"]


PEOPLE = [
    # (language, text, name, title, organisation)
    # a hyphened office after a name, with its bracket (`en/person_titles.txt`)
    (
        "en",
        "The visitors were received by Professor Helen Barker, Vice-Provost (International) of University College"
        " London.",
        "Helen Barker",
        "Vice-Provost (International)",
        "University College London",
    ),
    (
        "en",
        "Dr Alan Reid, Vice-Dean of the Faculty of Engineering at the University of Dundee, attended.",
        "Alan Reid",
        "Vice-Dean of the Faculty of Engineering",
        "University of Dundee",
    ),
    # the members a delegation "included" are of the body named before (`en/person_org_pointers.txt`)
    (
        "en",
        "The delegation from Hunan University included Dr Chen Lu, Director of the Office of International Affairs.",
        "Chen Lu",
        "Director of the Office of International Affairs",
        "Hunan University",
    ),
    (
        "en",
        "The ceremony included Professor Jane Doe, President of the University of Dundee.",
        "Jane Doe",
        "President",
        "University of Dundee",
    ),
    # an office in a unit keeps the unit; the organisation is the body the unit is in
    ("zh", "莫纳什大学商学院副院长彼得·李一行访问江西财经大学。", "彼得·李", "商学院副院长", "莫纳什大学"),
    (
        "zh",
        "白俄罗斯国立大学国际合作处处长叶夫根尼·科瓦廖夫参加会谈。",
        "叶夫根尼·科瓦廖夫",
        "国际合作处处长",
        "白俄罗斯国立大学",
    ),
    ("zh", "越南驻南宁总领事馆总领事阮文雄出席开幕式。", "阮文雄", "总领事", "越南驻南宁总领事馆"),
    (
        "zh",
        "乌兹别克斯坦驻华大使馆教育参赞阿利舍尔·卡里莫夫在闭幕式上致辞。",
        "阿利舍尔·卡里莫夫",
        "教育参赞",
        "乌兹别克斯坦驻华大使馆",
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "title", "organisation"), PEOPLE)
def test_people_with_their_office_and_body(extract, language, text, name, title, organisation):
    people = {person.name: person for person in extract(text, language).people}
    assert name in people, f"{name} not found in {list(people)}"
    person = people[name]
    assert person.title == title
    held = person.organization
    assert held is not None and organisation in {held.name, held.canonical_name}
