# ruff: noqa: E501  (probes are whole sentences, one a line)
"""Probes, session 15: happenings the corpus under-covers. Chinese pages with several happenings chained
by 期间 / 随后 / 当天下午; happenings named by a verb only (举行会谈, 参观了, 出席…并致辞, 一行来访);
交流会/研讨会/工作会议/年会/理事会/成立大会/启动会/云端会议/线上会议; a place given as a city or a hall
(在南昌举行, 于…报告厅举行); English "held talks", "paid a visit", "hosted a delegation", "co-hosted", "a
two-day symposium", "the annual meeting of the council", "opening ceremony", "the summit, held on ...";
a happening of one day inside a forum of several days in another city. Made-up passages in the genre's
ways, each with the events (kind, date, name, location) a careful reader takes. Pages are dated Thursday
20 November 2025."""

import pytest

PUBLISHED = "2025-11-20"

ENGLISH = [
    # verbs only: held talks, paid a visit, hosted a delegation
    (
        "On November 17, a delegation from the University of Dundee paid a visit to Nanchang University.",
        [("visit", "2025-11-17", None, None)],
    ),
    (
        "On November 17, Nanchang University hosted a delegation from the University of Dundee led by its Vice-Principal.",
        [("visit", "2025-11-17", None, None)],
    ),
    (
        "A delegation from the University of Leeds paid a visit to Jiangxi Normal University in Nanchang on November 12.",
        [("visit", "2025-11-12", None, "Nanchang")],
    ),
    # a visit whose day is given by the next sentence's talks
    (
        "Earlier in the month, Jiangxi Normal University hosted a delegation from the University of Leeds. The two sides held talks on November 6 on a joint doctoral programme.",
        [("visit", "2025-11-06", None, None)],
    ),
    # co-hosted, a two-day symposium, an opening ceremony of a named forum
    (
        "The 2025 Sino-British Teacher Education Forum, co-hosted by Jiangxi Normal University and the University of Leeds, was held in Nanchang on November 12.",
        [("conference", "2025-11-12", "2025 Sino-British Teacher Education Forum", "Nanchang")],
    ),
    (
        "A two-day symposium on joint programmes in engineering opened in Nanchang on November 17.",
        [("conference", "2025-11-17", None, "Nanchang")],
    ),
    (
        "More than 200 delegates attended the opening ceremony of the 2025 China-Africa Vocational Education Forum in Changsha on November 14.",
        [("conference", "2025-11-14", "2025 China-Africa Vocational Education Forum", "Changsha")],
    ),
    # the annual meeting of a council
    (
        "The annual meeting of the council of the Jiangxi Sino-Foreign Cooperative Education Alliance was held in Jiujiang on November 14.",
        [("conference", "2025-11-14", None, "Jiujiang")],
    ),
    # a happening first told by its name, its day and place in the next sentence's "the summit, held on ..."
    (
        "Vice President Li Ming spoke at the 2025 World Teachers Summit. The summit, held on November 14 in Shanghai, drew 600 educators.",
        [("conference", "2025-11-14", "2025 World Teachers Summit", "Shanghai")],
    ),
    (
        "Nanchang University presented its joint programmes at the 2025 China-ASEAN Education Week. The event, held on November 10 in Guiyang, gathered 40 universities.",
        [("conference", "2025-11-10", "2025 China-ASEAN Education Week", "Guiyang")],
    ),
    # "the roundtable, held on ..." named in its own sentence is a new happening, not one told before
    (
        "The China-Thailand University Presidents' Roundtable, held on November 5 on the university's Yaohu campus, gathered eight presidents.",
        [("conference", "2025-11-05", "China-Thailand University Presidents' Roundtable", None)],
    ),
    # a meeting during a forum of several days takes the forum's place, not the previous sentence's city
    (
        "The 2025 China-ASEAN Teacher Education Forum was held in Changsha from November 10 to 13. On November 12, a delegation from Philippine Normal University paid a visit to Xiangtan University in Xiangtan. The annual meeting of the council of the China-ASEAN Teacher Education Alliance took place on November 13, the forum's last day.",
        [
            ("conference", "2025-11-10", "2025 China-ASEAN Teacher Education Forum", "Changsha"),
            ("visit", "2025-11-12", None, "Xiangtan"),
            ("conference", "2025-11-13", None, "Changsha"),
        ],
    ),
    # a visit in another city on one day of a forum of several days keeps its own city
    (
        "The 2025 Russia-China University Rectors' Forum was held in Kuala Lumpur from November 10 to 13. During the forum, on November 11, a delegation of Nanchang University visited Kazan Federal University in Kazan.",
        [
            ("conference", "2025-11-10", "2025 Russia-China University Rectors' Forum", "Kuala Lumpur"),
            ("visit", "2025-11-11", None, "Kazan"),
        ],
    ),
    # a signing on the sidelines of a forum takes the forum's city
    (
        "The 2025 China-ASEAN Teacher Education Forum was held in Changsha from November 10 to 13. On the sidelines of the forum on November 11, Hunan Normal University and Chiang Mai University signed a memorandum of understanding.",
        [
            ("conference", "2025-11-10", "2025 China-ASEAN Teacher Education Forum", "Changsha"),
            ("signing", "2025-11-11", None, "Changsha"),
        ],
    ),
    # nothing held: a plan, a call for papers
    ("The university will host a two-day symposium on joint programmes next spring.", []),
]

CHINESE = [
    # several happenings of one day chained by 当天下午 / 随后 / 期间
    (
        "11月17日上午，2025赣英合作办学论坛在南昌举行。当天下午，论坛期间，南昌大学与利兹大学举行合作协议签约仪式。随后，英方代表团参观了南昌大学前湖校区。",
        [
            ("conference", "2025-11-17", "2025赣英合作办学论坛", "南昌"),
            ("signing", "2025-11-17", None, "南昌"),
        ],
    ),
    # verbs only: 举行会谈, 一行来访, 参观了
    (
        "11月17日，邓迪大学副校长约翰·史密斯一行来访南昌大学，双方举行会谈。",
        [("visit", "2025-11-17", None, None)],
    ),
    (
        "此前一天（11月16日），利兹大学副校长海伦·马什一行来访，校长王建会见了来宾，双方举行会谈。",
        [("visit", "2025-11-16", None, None)],
    ),
    (
        "11月12日，喀山联邦大学代表团一行参观了江西理工大学黄金校区。",
        [("visit", "2025-11-12", None, None)],
    ),
    (
        "11月12日，南昌大学代表团访问喀山联邦大学，双方举行会谈并签署合作备忘录。",
        [("visit", "2025-11-12", None, None), ("signing", "2025-11-12", None, None)],
    ),
    # 出席…并致辞 at a named meeting held in a hall (a hall is no location)
    (
        "11月14日，2025年江西省中外合作办学工作会议于江西师范大学瑶湖校区报告厅举行，省教育厅副厅长出席会议并致辞。",
        [("conference", "2025-11-14", "2025年江西省中外合作办学工作会议", None)],
    ),
    (
        "11月14日上午，江西省高校国际交流协会2025年年会在南昌召开。",
        [("conference", "2025-11-14", "江西省高校国际交流协会2025年年会", "南昌")],
    ),
    (
        "11月14日，江西省中外合作办学联盟2025年年会于九江学院图书馆报告厅举行。",
        [("conference", "2025-11-14", "江西省中外合作办学联盟2025年年会", None)],
    ),
    # 交流会 / 研讨会 / 启动会 / 成立大会
    (
        "11月12日，2025年中外合作办学质量保障研讨会在南昌举行。",
        [("conference", "2025-11-12", "2025年中外合作办学质量保障研讨会", "南昌")],
    ),
    (
        "11月12日，第三届中俄高校学生交流会在哈尔滨举行。",
        [("conference", "2025-11-12", "第三届中俄高校学生交流会", "哈尔滨")],
    ),
    (
        "11月12日，江西省中外合作办学联盟成立大会在南昌召开。",
        [("establishment", "2025-11-12", "江西省中外合作办学联盟", "南昌")],
    ),
    # "A与B…座谈会": the whole name, both parties in it
    (
        "11月12日，江西农业大学与哈珀亚当斯大学动物科学合作交流座谈会在南昌举行。",
        [("conference", "2025-11-12", "江西农业大学与哈珀亚当斯大学动物科学合作交流座谈会", "南昌")],
    ),
    (
        "11月12日，南昌大学与邓迪大学合作办学工作座谈会在前湖校区举行。",
        [("conference", "2025-11-12", "南昌大学与邓迪大学合作办学工作座谈会", None)],
    ),
    # online meetings: no place, and the name stops before 以线上会议形式 / 以云端会议方式
    (
        "11月13日，2025年全省中外合作办学工作会议以线上会议形式召开。",
        [("conference", "2025-11-13", "2025年全省中外合作办学工作会议", None)],
    ),
    (
        "11月13日，第二届中美大学校长对话会以云端会议方式举行。",
        [("conference", "2025-11-13", "第二届中美大学校长对话会", None)],
    ),
    # a visit in another city on one day of a forum of several days keeps its own city
    (
        "11月10日至13日，第五届中俄大学校长论坛在叶卡捷琳堡举行。论坛期间，11月11日，江西理工大学副校长邓华一行在喀山访问喀山联邦大学。",
        [
            ("conference", "2025-11-10", "第五届中俄大学校长论坛", "叶卡捷琳堡"),
            ("visit", "2025-11-11", None, "喀山"),
        ],
    ),
    # a signing during a forum of one day takes its city
    (
        "11月14日，2025中外合作办学高质量发展论坛在南昌举行。论坛期间，江西财经大学与诺丁汉特伦特大学签署合作协议。",
        [
            ("conference", "2025-11-14", "2025中外合作办学高质量发展论坛", "南昌"),
            ("signing", "2025-11-14", None, "南昌"),
        ],
    ),
    # 揭牌 / 启动仪式 of a centre in a hall
    (
        "11月14日下午，江西师范大学与利兹大学共建的中英教育数字化研究中心揭牌仪式于瑶湖校区报告厅举行。",
        [("establishment", "2025-11-14", "中英教育数字化研究中心", None)],
    ),
    # a meeting neither held nor attended is no happening
    ("学校将于明年举办第三届中外合作办学研讨会。", []),
]


def _events(record):
    return sorted(((e.kind, e.date, e.name, e.location) for e in record.events), key=str)


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_probe(extract, text, expected):
    assert _events(extract(text, "en", published=PUBLISHED)) == sorted(expected, key=str)


@pytest.mark.parametrize(("text", "expected"), CHINESE)
def test_chinese_probe(extract, text, expected):
    assert _events(extract(text, "zh", published=PUBLISHED)) == sorted(expected, key=str)
