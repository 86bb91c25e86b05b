"""Probes (session 15): people written in ways the corpus under-covers (GENRE.md "Roles and people";
GUIDE "people", GUIDE-zh "People"): Chinese lists of officials with titles before and after the names,
一行 after a foreign guest, names with their English form in brackets, 中方院长/外方院长 of joint
institutes, double offices (省委常委、副省长), foreign names written in Chinese with their titles, a bare
office after an official; English "accompanied by", "joined by", "led by", "alongside", titles after
names ("Jane Smith, Dean of Engineering at X"), Acting/Interim/Deputy/Associate offices, "Her
Excellency", ambassadors and consuls general, people of one organisation named one after another. Each
probe is made up in the way bulletins write, with the (name, title, organisation) a careful reader takes."""

import pytest
from support import check_people

NCU_EN = "https://en.ncu.edu.cn/a.htm"  # a page of Nanchang University's English site: it is the publisher
NCU_ZH = "https://news.ncu.edu.cn/a.htm"

EN_PROBES = [
    (
        "Her Excellency Maria Kowalska, Ambassador of Poland to China, visited Nanchang University on Monday.",
        None,
        [("Maria Kowalska", "Ambassador", None)],
    ),
    (
        "His Excellency Tomas Berg, Ambassador of the Embassy of Sweden in China, met Professor Li Hua, "
        "President of Nanchang University.",
        None,
        [("Tomas Berg", "Ambassador", "Embassy of Sweden in China"), ("Li Hua", "President", "Nanchang University")],
    ),
    (
        "The delegation was received by Professor Jane Doe, Interim Vice-Chancellor of Harlow University.",
        None,
        [("Jane Doe", "Interim Vice-Chancellor", "Harlow University")],
    ),
    (
        "Professor John Smith, Acting President of the University of Leicester, signed the agreement.",
        None,
        [("John Smith", "Acting President", "University of Leicester")],
    ),
    (
        "Dr Anna Berg, Associate Dean of the Faculty of Engineering at Monash University, gave a talk.",
        None,
        [("Anna Berg", "Associate Dean of the Faculty of Engineering", "Monash University")],
    ),
    (
        "Professor Wang Lin, President of Nanchang University, was joined by Professor Zhou Hong, "
        "Vice-President, and Dr Li Na, Director of the International Office.",
        None,
        [
            ("Wang Lin", "President", "Nanchang University"),
            ("Zhou Hong", "Vice-President", "Nanchang University"),
            ("Li Na", "Director of the International Office", "Nanchang University"),
        ],
    ),
    (
        "The visitors were welcomed by Professor Anna Kerr, Provost of Harlow University, who was joined by "
        "Professor Mark Rowe, Acting Vice-President for Research, Dr Paul Carr, Interim Director of the "
        "International Office, and Dr Ruth Lane, Associate Dean for Engineering.",
        None,
        [
            ("Anna Kerr", "Provost", "Harlow University"),
            ("Mark Rowe", "Acting Vice-President for Research", "Harlow University"),
            ("Paul Carr", "Interim Director of the International Office", "Harlow University"),
            ("Ruth Lane", "Associate Dean for Engineering", "Harlow University"),
        ],
    ),
    (
        "Professor Liu Yang, Chinese Dean at Beijing-Dublin International College, presented the report.",
        None,
        [("Liu Yang", "Chinese Dean", "Beijing-Dublin International College")],
    ),
    (
        "The Consulate General of Ireland in Shanghai was represented by Consul General Deirdre Walsh.",
        NCU_EN,
        [("Deirdre Walsh", "Consul General", "Consulate General of Ireland in Shanghai")],
    ),
    (
        "Professor Niamh Kelly, Registrar and Deputy President of University College Dublin, welcomed the guests.",
        None,
        [("Niamh Kelly", "Registrar", "University College Dublin")],
    ),
    (
        "A delegation from Harlow University, led by its President, Professor Jane Doe, visited our university.",
        NCU_EN,
        [("Jane Doe", "President", "Harlow University")],
    ),
    (
        "Jane Smith, Dean of Engineering at Harlow University, attended the forum.",
        None,
        [("Jane Smith", "Dean of Engineering", "Harlow University")],
    ),
    (
        "The agreement was signed by Professor Li Hua, President of Nanchang University, alongside Dr Zhou "
        "Min, Vice-President of Nanchang University.",
        None,
        [("Li Hua", "President", "Nanchang University"), ("Zhou Min", "Vice-President", "Nanchang University")],
    ),
    (
        "Mr Chen Bo, Deputy Director-General of the Jiangxi Provincial Department of Education, accompanied "
        "by Ms Liu Fang, Deputy Director of the International Exchange Division, attended the ceremony.",
        None,
        [
            ("Chen Bo", "Deputy Director-General", "Jiangxi Provincial Department of Education"),
            (
                "Liu Fang",
                "Deputy Director of the International Exchange Division",
                "Jiangxi Provincial Department of Education",
            ),
        ],
    ),
    (
        "Peter Lund, Consul General of the Consulate General of Denmark in Shanghai, attended the signing.",
        None,
        [("Peter Lund", "Consul General", "Consulate General of Denmark in Shanghai")],
    ),
    (
        "Zhou Ping, Ambassador of the People's Republic of China to Ireland, attended together with Gao Jun, "
        "Education Counsellor of the Embassy of China in Ireland.",
        None,
        [
            ("Zhou Ping", "Ambassador", "Embassy of China in Ireland"),
            ("Gao Jun", "Education Counsellor", "Embassy of China in Ireland"),
        ],
    ),
]

ZH_PROBES = [
    (
        "出席活动的有省教育厅副厅长张立新，南昌大学党委书记李明、校长王华等。",
        NCU_ZH,
        [("张立新", "副厅长", "江西省教育厅"), ("李明", "党委书记", "南昌大学"), ("王华", "校长", "南昌大学")],
    ),
    (
        "英国利兹大学副校长约翰·史密斯一行来访南昌大学。",
        None,
        [("约翰·史密斯", "副校长", "利兹大学")],
    ),
    (
        "英国利兹大学副校长约翰·史密斯（John Smith）一行访问南昌大学。",
        None,
        [("约翰·史密斯", "副校长", "利兹大学")],
    ),
    (
        "南昌大学玛丽女王学院中方院长谢文彬、外方院长约翰·布朗分别介绍了学院情况。",
        NCU_ZH,
        [("谢文彬", "中方院长", "南昌大学玛丽女王学院"), ("约翰·布朗", "外方院长", "南昌大学玛丽女王学院")],
    ),
    (
        "南昌大学玛丽女王学院外方院长约翰·布朗、中方院长谢文彬出席。",
        None,
        [("约翰·布朗", "外方院长", "南昌大学玛丽女王学院"), ("谢文彬", "中方院长", "南昌大学玛丽女王学院")],
    ),
    (
        "省委常委、副省长陈晓平出席会议并讲话。",
        None,
        [("陈晓平", "省委常委", None)],
    ),
    (
        "江西省教育厅党组成员、副厅长刘国强，国际合作与交流处处长钟敏出席会议。",
        NCU_ZH,
        [("刘国强", "党组成员", "江西省教育厅"), ("钟敏", "国际合作与交流处处长", "江西省教育厅")],
    ),
    (
        "江西省教育厅副厅长刘国强、国际合作与交流处处长钟敏出席会议。",
        NCU_ZH,
        [("刘国强", "副厅长", "江西省教育厅"), ("钟敏", "国际合作与交流处处长", "江西省教育厅")],
    ),
    (
        "英国驻武汉总领事馆文化教育领事海伦·格林随同来访。",
        None,
        [("海伦·格林", "文化教育领事", "英国驻武汉总领事馆")],
    ),
    (
        "李晓东会见了英国驻武汉总领事馆总领事戴维·道森（David Dawson）一行。",
        None,
        [("戴维·道森", "总领事", "英国驻武汉总领事馆")],
    ),
    (
        "江西财经大学副校长邓辉，我校党委书记李晓东、校长王建华出席签约仪式。",
        NCU_ZH,
        [("邓辉", "副校长", "江西财经大学"), ("李晓东", "党委书记", "南昌大学"), ("王建华", "校长", "南昌大学")],
    ),
    (
        "澳大利亚莫纳什大学副校长安德鲁·琼斯教授一行5人访问江西师范大学。",
        None,
        [("安德鲁·琼斯", "副校长", "莫纳什大学")],
    ),
    (
        "会议由南昌大学副校长周红主持，江西师范大学副校长王立新作总结。",
        None,
        [("周红", "副校长", "南昌大学"), ("王立新", "副校长", "江西师范大学")],
    ),
    (
        "法国雷恩第一大学校长大卫·阿里亚斯与南昌大学校长王华签署协议。",
        None,
        [("大卫·阿里亚斯", "校长", "雷恩第一大学"), ("王华", "校长", "南昌大学")],
    ),
    (
        "格拉斯哥大学副校长（国际）Helen Marsh教授一行访问南昌大学。",
        None,
        [("Helen Marsh", "副校长（国际）", "格拉斯哥大学")],
    ),
    (
        "波兰驻华大使馆大使马雷克·科瓦尔斯基阁下出席开幕式。",
        None,
        [("马雷克·科瓦尔斯基", "大使", "波兰驻华大使馆")],
    ),
    (
        "英国驻华大使馆公使衔参赞（教育）白丽雅（Liz Bell）女士一行访问江西师范大学。",
        None,
        [("白丽雅", "公使衔参赞（教育）", "英国驻华大使馆")],
    ),
    (
        "江西师范大学党委常委、副校长王立新陪同来访。",
        None,
        [("王立新", "党委常委", "江西师范大学")],
    ),
]


@pytest.mark.parametrize(("text", "url", "expected"), EN_PROBES)
def test_english_people_probe_s15(extract, text, url, expected):
    check_people(extract(text, "en", url=url), expected)


@pytest.mark.parametrize(("text", "url", "expected"), ZH_PROBES)
def test_chinese_people_probe_s15(extract, text, url, expected):
    check_people(extract(text, "zh", url=url), expected)
