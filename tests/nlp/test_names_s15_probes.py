"""Genre probes, session 15: institution names as bulletins write them where the corpus says little —
a university named with one of its departments (the university is the institution), names after
与/同/和/及 and in lists, short forms and references after the first mention (南大, 江财, 该校, 双方,
使馆教育处), government bodies, embassies and consulates with their sections, foundations and
companies, programmes named after their universities, joint institutes named "<institute> of
<parent>". Each probe gives the names a careful reader lists and words that are no institution."""

from __future__ import annotations

import pytest
from support import names

from pipeline.link.gazetteer import load_gazetteer
from pipeline.nlp.institutions import _mission_sections, _section_after

PROBES = [
    # (language, text, names listed, names not listed)
    (
        "zh",
        "11月10日，南昌大学外国语学院与英国利兹大学语言文化学院签署合作备忘录。",
        ["南昌大学", "利兹大学"],
        ["南昌大学外国语学院", "利兹大学语言文化学院"],
    ),
    ("zh", "江西财经大学国际学院举行2025级中外合作办学项目新生开学典礼。", ["江西财经大学"], ["江西财经大学国际学院"]),
    ("zh", "池州学院与韩国又松大学签署合作协议。", ["池州学院", "又松大学"], []),
    ("zh", "黄山学院、铜陵学院和滁州学院的教师参加了培训。", ["黄山学院", "铜陵学院", "滁州学院"], []),
    ("zh", "英国驻华大使馆教育处一等秘书到访南昌大学。", ["英国驻华大使馆教育处", "南昌大学"], ["英国驻华大使馆"]),
    (
        "zh",
        "法国驻华大使馆科技教育处参赞到访华东交通大学，双方就合作事宜交换了意见。",
        ["法国驻华大使馆科技教育处", "华东交通大学"],
        ["法国驻华大使馆", "双方"],
    ),
    (
        "zh",
        "会上，英国驻华大使馆教育处介绍了奖学金项目。随后，使馆教育处官员与江西师范大学学生座谈。",
        ["英国驻华大使馆教育处", "江西师范大学"],
        ["使馆教育处"],
    ),
    ("zh", "英国驻广州总领事馆文化教育处处长访问江西农业大学。", ["英国驻广州总领事馆文化教育处", "江西农业大学"], []),
    ("zh", "美国驻武汉总领事馆总领事一行访问江西师范大学。", ["美国驻武汉总领事馆", "江西师范大学"], []),
    ("zh", "日本驻华大使馆一行到访赣南师范大学。", ["日本驻华大使馆", "赣南师范大学"], []),
    (
        "zh",
        "江西省人民政府外事办公室与教育部国际合作与交流司联合召开座谈会。",
        ["江西省人民政府外事办公室", "教育部国际合作与交流司"],
        ["教育部"],
    ),
    (
        "zh",
        "会上，南昌大学同英国伦敦玛丽女王大学续签合作协议。南大校长出席。",
        ["南昌大学", "伦敦玛丽女王大学"],
        ["南大"],
    ),
    (
        "zh",
        "江西财经大学与澳大利亚格里菲斯大学联合举办的会计学专业本科教育项目通过评估。江财副校长出席。",
        ["江西财经大学", "格里菲斯大学"],
        ["江财", "会计学专业本科教育项目"],
    ),
    ("zh", "该校与马来西亚博特拉大学签署合作协议。双方同意互派学生。", ["马来西亚博特拉大学"], ["该校", "双方"]),
    ("zh", "中国国际中文教育基金会与江西理工大学签署合作协议。", ["中国国际中文教育基金会", "江西理工大学"], []),
    ("zh", "江西省教育厅与华为技术有限公司签署校企合作协议。", ["江西省教育厅", "华为技术有限公司"], []),
    (
        "zh",
        "南昌航空大学与俄罗斯莫斯科航空学院及白俄罗斯国立技术大学联合举办研讨会。",
        ["南昌航空大学", "莫斯科航空学院", "白俄罗斯国立技术大学"],
        [],
    ),
    (
        "zh",
        "景德镇陶瓷大学和英国伯明翰城市大学、美国阿尔弗雷德大学共同主办论坛。",
        ["景德镇陶瓷大学", "伯明翰城市大学", "阿尔弗雷德大学"],
        [],
    ),
    (
        "zh",
        "华东交通大学中外合作办学项目“华东交通大学—英国桑德兰大学交通运输专业本科教育项目”招生。",
        ["华东交通大学", "桑德兰大学"],
        [],
    ),
    ("zh", "江西省教育国际交流协会与香港教育大学签署合作备忘录。", ["江西省教育国际交流协会", "香港教育大学"], []),
    (
        "en",
        "Glasgow College of the University of Electronic Science and Technology of China held its graduation.",
        [
            "Glasgow College of the University of Electronic Science and Technology of China",
            "University of Electronic Science and Technology of China",
        ],
        ["Glasgow College of the University of Electronic Science and Technology"],
    ),
    (
        "en",
        "Makerere University of Uganda signed an agreement with Hunan University.",
        ["Makerere University", "Hunan University"],
        ["Makerere University of Uganda"],
    ),
    (
        "en",
        "Renmin University of China and the University of Science and Technology of China attended.",
        ["Renmin University of China", "University of Science and Technology of China"],
        [],
    ),
    (
        "en",
        "A delegation from the Technical University of Moldova visited Nanchang University.",
        ["Technical University of Moldova", "Nanchang University"],
        [],
    ),
    (
        "en",
        "Li Na, First Secretary of the Education Section of the British Embassy in Beijing, spoke at the event.",
        ["Education Section of the British Embassy in Beijing"],
        [],
    ),
    (
        "en",
        "A representative of the Consulate General of France in Wuhan introduced scholarships.",
        ["Consulate General of France in Wuhan"],
        [],
    ),
    (
        "en",
        "The Chinese International Education Foundation presented its scholarship to Jiangxi Normal University.",
        ["Chinese International Education Foundation", "Jiangxi Normal University"],
        [],
    ),
    (
        "en",
        "The School of Foreign Languages of Nanchang University hosted the forum.",
        ["Nanchang University"],
        ["School of Foreign Languages of Nanchang University"],
    ),
    (
        "en",
        "Huawei Technologies Co., Ltd. and Nanchang University signed an agreement with the University of Sunderland.",
        ["Huawei Technologies Co., Ltd.", "Nanchang University", "University of Sunderland"],
        [],
    ),
    (
        "en",
        "Students of the Queen Mary School of Nanchang University graduated.",
        ["Queen Mary School of Nanchang University", "Nanchang University"],
        [],
    ),
    (
        "en",
        "Representatives of the Sydney Smart Technology College of Northeastern University attended.",
        ["Sydney Smart Technology College of Northeastern University", "Northeastern University"],
        [],
    ),
    (
        "en",
        "JUFE, Griffith University and iFLYTEK Co., Ltd. signed a tripartite agreement.",
        ["Griffith University", "iFLYTEK Co., Ltd."],
        [],
    ),
    (
        "en",
        "Heads of the International School of Jiangxi University of Finance and Economics reported on teaching.",
        ["Jiangxi University of Finance and Economics"],
        ["International School of Jiangxi University of Finance and Economics"],
    ),
    (
        "en",
        "The International College of Hunan University held an open day with the University of Leeds.",
        ["Hunan University", "University of Leeds"],
        ["International College of Hunan University"],
    ),
    (
        "en",
        "The International School of Beijing hosted a forum with the British Council.",
        ["International School of Beijing", "British Council"],
        [],
    ),
    (
        "en",
        "The Nanchang University-Queen Mary University of London joint programme admitted its tenth cohort.",
        ["Nanchang University", "Queen Mary University of London"],
        ["Nanchang University-Queen Mary University of London"],
    ),
    (
        "en",
        "The University of Michigan-Shanghai Jiao Tong University Joint Institute celebrated its anniversary.",
        ["University of Michigan-Shanghai Jiao Tong University Joint Institute"],
        [],
    ),
    (
        "en",
        "Officials of the Department of International Cooperation and Exchanges of the Ministry of Education came.",
        ["Department of International Cooperation and Exchanges of the Ministry of Education"],
        ["Ministry of Education"],
    ),
    (
        "en",
        "The Foreign Affairs Office of Jiangxi Provincial People's Government co-hosted the forum.",
        ["Foreign Affairs Office of Jiangxi Provincial People's Government"],
        ["Jiangxi Provincial People's Government"],
    ),
    (
        "en",
        "The Confucius Institute at Lusaka Apex Medical University opened.",
        ["Confucius Institute at Lusaka Apex Medical University", "Lusaka Apex Medical University"],
        [],
    ),
    (
        "en",
        "JUFE and Griffith have run the programme since 2014. JUFE signed with Griffith University again.",
        ["Griffith University"],
        ["Griffith"],
    ),
]


@pytest.mark.parametrize(("language", "text", "listed", "not_listed"), PROBES)
def test_names_as_a_careful_reader_lists_them(extract, language, text, listed, not_listed):
    found = set(names(extract(text, language).institutions))
    assert set(listed) <= found, f"missing {set(listed) - found}"
    assert not set(not_listed) & found


KINDS = [
    # (language, text, first words of the name, kind, country)
    ("zh", "池州学院与韩国又松大学签署合作协议。", "池州学院", "university", "CN"),
    ("zh", "英国驻华大使馆教育处一等秘书到访南昌大学。", "英国驻华大使馆教育处", "government", "GB"),
    ("zh", "法国驻华大使馆科技教育处参赞到访华东交通大学。", "法国驻华大使馆科技教育处", "government", "FR"),
    ("en", "Chizhou University signed an agreement with Woosong University.", "Chizhou University", "university", "CN"),
    ("zh", "江西省教育厅与华为技术有限公司签署校企合作协议。", "华为技术有限公司", "company", "CN"),
    ("zh", "南昌大学与德国博世有限公司签署校企合作协议。", "博世有限公司", "company", "DE"),
    ("en", "iFLYTEK Co., Ltd. and Anhui University signed a cooperation agreement.", "iFLYTEK", "company", "CN"),
    (
        "en",
        "Samsung Electronics Co., Ltd. of South Korea and Anhui University signed a cooperation agreement.",
        "Samsung Electronics",
        "company",
        "KR",
    ),
    (
        "en",
        "Representatives of the Sydney Smart Technology College of Northeastern University attended.",
        "Sydney Smart Technology College",
        "joint_institute",
        "CN",
    ),
    (
        "en",
        "Glasgow College of the University of Electronic Science and Technology of China held its graduation.",
        "Glasgow College",
        "joint_institute",
        "CN",
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "kind", "country"), KINDS)
def test_kind_and_country_of_the_name(extract, language, text, name, kind, country):
    found = [i for i in extract(text, language).institutions if i.name.startswith(name)]
    assert found, f"{name} not found"
    assert (found[0].kind, found[0].country) == (kind, country)


@pytest.mark.parametrize(
    ("written", "entry_id"),
    [
        ("Glasgow College of the University of Electronic Science and Technology of China", "cn-uestc-glasgow"),
        ("Sydney Smart Technology College of Northeastern University", "cn-neu-sstc"),
        ("英国驻华大使馆教育处", "gb-britishcouncil"),
        ("池州学院", "cn-czu-ah"),
    ],
)
def test_written_forms_link(written, entry_id):
    entry = load_gazetteer().lookup(written)
    assert entry is not None and entry.id == entry_id


def test_of_forms_are_made_for_joint_institutes_only():
    # "University of Technology, Sydney" (au-uts) is a university's name with its city, no
    # "<institute>, <parent>": "... of Sydney" is no form of it
    assert load_gazetteer().lookup("University of Technology, Sydney").id == "au-uts"
    assert load_gazetteer().lookup("University of Technology of Sydney") is None


@pytest.mark.parametrize(
    ("text", "at", "section"),
    [
        ("英国驻华大使馆文化教育处处长", 7, "文化教育处"),
        ("英国驻华大使馆教育处", 7, "教育处"),
        ("英国驻华大使馆一等秘书", 7, ""),
    ],
)
def test_the_longest_section_after_a_mission(text, at, section):
    assert _section_after(text, at, _mission_sections()) == section
