"""Probes (session 13): people written in ways the corpus under-covers (GENRE.md "Roles and people";
GUIDE "people"): offices in brackets after a name, an office in the plural shared by a list of names,
embassy education officers, an office's unit when its body is not named, a person's university given by
the sentence before; in Chinese, foreign names with • ‧ ・ for the middle dot, names sharing one title
(副校长A、B), lists of the publisher's leaders (校领导A、B), a bare title in a list on a third-person
page. Each probe is made up in the way bulletins write, with the (name, title, organisation) a careful
reader takes."""

import pytest
from support import check_people

NCU_EN = "https://en.ncu.edu.cn/a.htm"  # a page of Nanchang University's English site: it is the publisher
NCU_ZH = "https://news.ncu.edu.cn/a.htm"

EN_PROBES = [
    (
        "Jane Doe (President of Harlow University) delivered a keynote speech.",
        None,
        [("Jane Doe", "President", "Harlow University")],
    ),
    (
        "The forum heard Dr. Jane Doe (Director of the International Office, Harlow University) on mobility.",
        None,
        [("Jane Doe", "Director of the International Office", "Harlow University")],
    ),
    (
        "Professor Lim Hui Ying (Provost of Nanyang Technological University, Singapore) spoke next.",
        None,
        [("Lim Hui Ying", "Provost", "Nanyang Technological University")],
    ),
    (
        "Speakers included John Smith (Vice-Chancellor, Harlow University) and Li Hua "
        "(President, Nanchang University).",
        None,
        [("John Smith", "Vice-Chancellor", "Harlow University"), ("Li Hua", "President", "Nanchang University")],
    ),
    (
        "The guests were received by vice presidents Wang Ming, Li Hua and Zhang Wei of Nanchang University.",
        None,
        [
            ("Wang Ming", "vice president", "Nanchang University"),
            ("Li Hua", "vice president", "Nanchang University"),
            ("Zhang Wei", "vice president", "Nanchang University"),
        ],
    ),
    (
        "Vice-presidents Wang Ming and Li Hua attended the ceremony.",
        NCU_EN,
        [("Wang Ming", "Vice-president", "Nanchang University"), ("Li Hua", "Vice-president", "Nanchang University")],
    ),
    (
        "Jane Doe, President of Harlow University, led a delegation that included vice-presidents John Smith "
        "and Mary Jones.",
        None,
        [
            ("Jane Doe", "President", "Harlow University"),
            ("John Smith", "vice-president", "Harlow University"),
            ("Mary Jones", "vice-president", "Harlow University"),
        ],
    ),
    (
        "Kanokwan Thongchai, Education Counsellor of the Royal Thai Embassy, accompanied the delegation.",
        None,
        [("Kanokwan Thongchai", "Education Counsellor", "Royal Thai Embassy")],
    ),
    (
        "Maria Santos, Education Attache of the Embassy of the Philippines in China, attended the fair.",
        None,
        [("Maria Santos", "Education Attache", "Embassy of the Philippines in China")],
    ),
    (
        "Wang Ming, Party secretary of Harlow University, met the guests.",
        None,
        [("Wang Ming", "Party secretary", "Harlow University")],
    ),
    (
        "Nanchang University Party secretary Wang Ming met the guests.",
        None,
        [("Wang Ming", "Party secretary", "Nanchang University")],
    ),
    (
        "The delegation included Dr. Jane Doe (Director of the International Office, Harlow University) and "
        "Professor John Smith, Dean of the Faculty of Engineering.",
        None,
        [
            ("Jane Doe", "Director of the International Office", "Harlow University"),
            ("John Smith", "Dean of the Faculty of Engineering", "Harlow University"),
        ],
    ),
    (
        "Professor John Smith, Dean of the School of Foreign Languages, chaired the session.",
        NCU_EN,
        [("John Smith", "Dean of the School of Foreign Languages", "Nanchang University")],
    ),
    (
        "Nanchang University signed a memorandum of understanding with Harlow University on May 4. The "
        "memorandum was signed by Vice-Chancellor Jane Doe and NCU Vice President Wang Ming.",
        None,
        [("Jane Doe", "Vice-Chancellor", "Harlow University"), ("Wang Ming", "Vice President", "Nanchang University")],
    ),
    (
        "Harlow University opened a campus office in Nanchang. Its first Director, John Smith, said it would "
        "recruit students.",
        None,
        [("John Smith", "Director", "Harlow University")],
    ),
    (
        "Vice Governor Sun Jianhua attended the opening of the fair. Nanchang University and Harlow University "
        "showed their joint programmes.",
        None,
        [("Sun Jianhua", "Vice Governor", None)],
    ),
]

ZH_PROBES = [
    (
        "英国哈洛大学校长简•多伊教授一行访问我校。",
        NCU_ZH,
        [("简•多伊", "校长", "哈洛大学")],
    ),
    (
        "哈洛大学副校长约翰‧史密斯出席签约仪式。",
        None,
        [("约翰‧史密斯", "副校长", "哈洛大学")],
    ),
    (
        "哈洛大学国际处处长玛丽・琼斯介绍了学校概况。",
        None,
        [("玛丽・琼斯", "国际处处长", "哈洛大学")],
    ),
    (
        "简•多伊副校长一行参观了图书馆。",
        NCU_ZH,
        [("简•多伊", "副校长", "南昌大学")],
    ),
    (
        "副校长王明、李华分别会见了来宾。",
        NCU_ZH,
        [("王明", "副校长", "南昌大学"), ("李华", "副校长", "南昌大学")],
    ),
    (
        "哈洛大学副校长约翰·史密斯、玛丽·琼斯出席仪式。",
        None,
        [("约翰·史密斯", "副校长", "哈洛大学"), ("玛丽·琼斯", "副校长", "哈洛大学")],
    ),
    (
        "副校长陈立新、吴建国及孙国平陪同客人参观了校史馆。",
        NCU_ZH,
        [("陈立新", "副校长", "南昌大学"), ("吴建国", "副校长", "南昌大学"), ("孙国平", "副校长", "南昌大学")],
    ),
    (
        "校领导王晓燕、孙国平参加会见。",
        NCU_ZH,
        [("王晓燕", None, "南昌大学"), ("孙国平", None, "南昌大学")],
    ),
    (
        "学校领导王明、李华、张伟出席开幕式。",
        NCU_ZH,
        [("王明", None, "南昌大学"), ("李华", None, "南昌大学"), ("张伟", None, "南昌大学")],
    ),
    (
        "校长王明、副校长李华会见了代表团。",
        NCU_ZH,
        [("王明", "校长", "南昌大学"), ("李华", "副校长", "南昌大学")],
    ),
    (
        "校长王明与哈洛大学校长简·多伊签署协议。",
        NCU_ZH,
        [("王明", "校长", "南昌大学"), ("简·多伊", "校长", "哈洛大学")],
    ),
    (
        "南昌大学党委副书记、校长李文华，副校长彭云、肖勇出席签约仪式。",
        None,
        [("李文华", "党委副书记", "南昌大学"), ("彭云", "副校长", "南昌大学"), ("肖勇", "副校长", "南昌大学")],
    ),
    (
        "哈洛大学工程学院院长Mark Taylor教授、中国事务办公室主任Helen Wood参加会见。",
        None,
        [("Mark Taylor", "工程学院院长", "哈洛大学"), ("Helen Wood", "中国事务办公室主任", "哈洛大学")],
    ),
    (
        "省教育厅副厅长刘强见证签约。",
        None,
        [("刘强", "副厅长", "省教育厅")],
    ),
    (
        "9月22日下午，孙建华副省长在南昌会见了代表团一行。",
        None,
        [("孙建华", "副省长", None)],
    ),
    (
        "泰国驻华大使馆教育参赞差玛•通猜陪同来访。",
        None,
        [("差玛•通猜", "教育参赞", "泰国驻华大使馆")],
    ),
    (
        "副校长王明、国际合作与交流处处长李华陪同参观。",
        NCU_ZH,
        [("王明", "副校长", "南昌大学"), ("李华", "国际合作与交流处处长", "南昌大学")],
    ),
]


@pytest.mark.parametrize(("text", "url", "expected"), EN_PROBES)
def test_english_people_probe_s13(extract, text, url, expected):
    check_people(extract(text, "en", url=url), expected)


@pytest.mark.parametrize(("text", "url", "expected"), ZH_PROBES)
def test_chinese_people_probe_s13(extract, text, url, expected):
    check_people(extract(text, "zh", url=url), expected)
