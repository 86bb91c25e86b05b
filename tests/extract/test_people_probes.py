"""Probes: people written in the genre's many ways (GENRE.md, "Roles and people"; GUIDE "people"): title
chains before the name with the body they are held in ("Vice President and Provost of X, Prof. Y"), an
office of a body in apposition before the name, "Y from X", signatories as "Name, Title, Body",
"its Vice-President", a delegation's leader named sentences after the delegation, forms of
address that are no office; in Chinese, names written before their titles (王明副校长, 简·多伊副校长一行),
members of a delegation's list, two signatories joined by 与, a title word inside a mission's name. Each
probe is made up in the way bulletins write, with the (name, title, organisation) a careful reader takes."""

import pytest
from support import check_people

NCU_EN = "https://en.ncu.edu.cn/a.htm"  # a page of Nanchang University's English site: it is the publisher
NCU_ZH = "https://news.ncu.edu.cn/a.htm"

EN_PROBES = [
    (
        "Vice President and Provost of Harlow University, Prof. Jane Doe, delivered a speech.",
        None,
        [("Jane Doe", "Vice President", "Harlow University")],
    ),
    (
        "Jane Doe, Dean of the School of Engineering at Harlow University, introduced the programme.",
        None,
        [("Jane Doe", "Dean of the School of Engineering", "Harlow University")],
    ),
    (
        "Professor Wang Ming from Nanchang University gave a keynote speech at the forum.",
        None,
        [("Wang Ming", "Professor", "Nanchang University")],
    ),
    (
        "Dr. Jane Doe from Harlow University and Professor Wang Ming from Nanchang University gave keynote speeches.",
        None,
        [("Jane Doe", None, "Harlow University"), ("Wang Ming", "Professor", "Nanchang University")],
    ),
    (
        "The agreement was signed by Jane Doe, Vice-Chancellor of Harlow University, and Li Hua, "
        "President of Nanchang University.",
        None,
        [("Jane Doe", "Vice-Chancellor", "Harlow University"), ("Li Hua", "President", "Nanchang University")],
    ),
    (
        "A delegation from Harlow University, UK, visited Nanchang University on May 4. The delegation "
        "was led by Professor Jane Doe, Pro Vice-Chancellor (International).",
        None,
        [("Jane Doe", "Pro Vice-Chancellor (International)", "Harlow University")],
    ),
    (
        "A delegation led by Jane Doe, President of Harlow University, visited Nanchang University on May 4.",
        None,
        [("Jane Doe", "President", "Harlow University")],
    ),
    (
        "A delegation led by Professor Jane Doe, President of Harlow University, visited Nanchang University on May 4.",
        None,
        [("Jane Doe", "President", "Harlow University")],
    ),
    (
        "Mr. Wang Ming, Director of the Jiangxi Provincial Department of Education, attended the ceremony.",
        None,
        [("Wang Ming", "Director", "Jiangxi Provincial Department of Education")],
    ),
    (
        "WANG Ming, Vice President of Nanchang University, met the guests.",
        None,
        [("WANG Ming", "Vice President", "Nanchang University")],
    ),
    (
        "Ming Wang, Vice President of Nanchang University, met the guests.",
        None,
        [("Ming Wang", "Vice President", "Nanchang University")],
    ),
    (
        "Nanchang University President Wang Ming welcomed the guests.",
        None,
        [("Wang Ming", "President", "Nanchang University")],
    ),
    (
        "Harlow University's Vice-Chancellor, Professor Jane Doe, said the partnership would grow.",
        None,
        [("Jane Doe", "Vice-Chancellor", "Harlow University")],
    ),
    (
        "Attending the ceremony were Wang Ming, Vice President of Nanchang University, and Jane Doe, "
        "Dean of International Affairs at Harlow University.",
        None,
        [
            ("Wang Ming", "Vice President", "Nanchang University"),
            ("Jane Doe", "Dean of International Affairs", "Harlow University"),
        ],
    ),
    (
        "Wang Ming, Party Secretary of Nanchang University, met the delegation.",
        None,
        [("Wang Ming", "Party Secretary", "Nanchang University")],
    ),
    (
        "Jane Doe, Consul General of the Consulate General of France in Wuhan, visited Nanchang University.",
        None,
        [("Jane Doe", "Consul General", "Consulate General of France in Wuhan")],
    ),
    (
        "Professor Jane Doe, President of Harlow University, UK, signed the agreement.",
        None,
        [("Jane Doe", "President", "Harlow University")],
    ),
    (
        "Harlow University President Professor Jane Doe signed the agreement.",
        None,
        [("Jane Doe", "President", "Harlow University")],
    ),
    (
        "Wang Ming, Secretary of the Party Committee of Nanchang University, met the delegation.",
        None,
        [("Wang Ming", "Secretary of the Party Committee", "Nanchang University")],
    ),
    (
        "Jane Doe, Director of the International Office at Harlow University, introduced the university.",
        None,
        [("Jane Doe", "Director of the International Office", "Harlow University")],
    ),
    (
        "Professor Wang Ming, vice president of Nanchang University, presided over the ceremony.",
        None,
        [("Wang Ming", "vice president", "Nanchang University")],
    ),
    (
        "Jane Doe, the President of Harlow University, signed the agreement.",
        None,
        [("Jane Doe", "President", "Harlow University")],
    ),
    (
        "The agreement was signed by Jane Doe, President, Harlow University, and Wang Ming, President, "
        "Nanchang University.",
        None,
        [("Jane Doe", "President", "Harlow University"), ("Wang Ming", "President", "Nanchang University")],
    ),
    (
        "Rector of Ruritania State University Jane Doe visited Nanchang University.",
        None,
        [("Jane Doe", "Rector", "Ruritania State University")],
    ),
    (
        "Nanchang University's Vice President Wang Ming met the guests.",
        None,
        [("Wang Ming", "Vice President", "Nanchang University")],
    ),
    (
        "The President of Harlow University, Jane Doe, signed the agreement.",
        None,
        [("Jane Doe", "President", "Harlow University")],
    ),
    (
        "Vice President Wang Ming met Jane Doe, President of Harlow University.",
        NCU_EN,
        [("Wang Ming", "Vice President", "Nanchang University"), ("Jane Doe", "President", "Harlow University")],
    ),
    (
        "Jane Doe, President of Harlow University, and her delegation visited our university.",
        NCU_EN,
        [("Jane Doe", "President", "Harlow University")],
    ),
    (
        "On behalf of Harlow University, Professor Jane Doe, its Vice-President, signed the agreement.",
        None,
        [("Jane Doe", "Vice-President", "Harlow University")],
    ),
    (
        "Mr Li Hua, Deputy Director-General of the Department of International Cooperation and "
        "Exchanges of the Ministry of Education, attended.",
        None,
        [
            (
                "Li Hua",
                "Deputy Director-General",
                "Department of International Cooperation and Exchanges of the Ministry of Education",
            )
        ],
    ),
    (
        "Ms. Jane Doe, Director of the Confucius Institute at Harlow University, attended the opening.",
        None,
        [("Jane Doe", "Director", "Confucius Institute at Harlow University")],
    ),
    (
        "Among the guests were Professor Jane Doe, Vice-Chancellor of Harlow University; Dr John Smith, "
        "Rector of Ruritania State University; and Wang Ming, President of Nanchang University.",
        None,
        [
            ("Jane Doe", "Vice-Chancellor", "Harlow University"),
            ("John Smith", "Rector", "Ruritania State University"),
            ("Wang Ming", "President", "Nanchang University"),
        ],
    ),
    (
        "Vice Governor of Jiangxi Province Wang Ming attended the opening of the Jiangxi International "
        "Education Forum.",
        None,
        [("Wang Ming", "Vice Governor of Jiangxi Province", None)],
    ),
    (
        "Speaking at the ceremony, Wang Ming, President of Nanchang University, said the two universities share goals.",
        None,
        [("Wang Ming", "President", "Nanchang University")],
    ),
    (
        "Prof. Jane Doe, Vice President for International Affairs of Harlow University, gave a speech.",
        None,
        [("Jane Doe", "Vice President for International Affairs", "Harlow University")],
    ),
    (
        "Harlow University was represented by its President, Professor Jane Doe.",
        None,
        [("Jane Doe", "President", "Harlow University")],
    ),
    (
        "Jane Doe, President of Harlow University, led a delegation to Nanchang University. She met "
        "Wang Ming, Vice President of Nanchang University.",
        None,
        [("Jane Doe", "President", "Harlow University"), ("Wang Ming", "Vice President", "Nanchang University")],
    ),
    (
        "Chen Hua, Director-General of the Jiangxi Provincial Department of Education, and Jane Doe, "
        "Consul General of the Consulate General of France in Wuhan, attended the ceremony.",
        None,
        [
            ("Chen Hua", "Director-General", "Jiangxi Provincial Department of Education"),
            ("Jane Doe", "Consul General", "Consulate General of France in Wuhan"),
        ],
    ),
    (
        "Wang Ming, vice president of Nanchang University, and Jane Doe, vice-chancellor of Harlow "
        "University, signed the agreement on behalf of the two universities.",
        None,
        [("Wang Ming", "vice president", "Nanchang University"), ("Jane Doe", "vice-chancellor", "Harlow University")],
    ),
    (
        "Harlow University Vice-Chancellor Professor Jane Doe and Nanchang University President Wang "
        "Ming signed the agreement.",
        None,
        [("Jane Doe", "Vice-Chancellor", "Harlow University"), ("Wang Ming", "President", "Nanchang University")],
    ),
    (
        "Welcoming the guests, Vice President Wang Ming introduced the university's history.",
        NCU_EN,
        [("Wang Ming", "Vice President", "Nanchang University")],
    ),
    (
        "Ms. Jane Doe, Director of International Partnerships at Harlow University, said the programme "
        "would admit 60 students.",
        None,
        [("Jane Doe", "Director of International Partnerships", "Harlow University")],
    ),
    (
        "LI Hua, Director of the International Office of Nanchang University, presided over the meeting.",
        None,
        [("LI Hua", "Director of the International Office", "Nanchang University")],
    ),
    (
        "Hua Li, Deputy Dean of the School of Foreign Languages at Nanchang University, introduced the programme.",
        None,
        [("Hua Li", "Deputy Dean of the School of Foreign Languages", "Nanchang University")],
    ),
    (
        "Nanchang University received a delegation headed by Jane Doe, Vice-Rector of Ruritania State "
        "University, on May 4.",
        None,
        [("Jane Doe", "Vice-Rector", "Ruritania State University")],
    ),
    (
        "A delegation from Ruritania State University visited Nanchang University on May 4. The "
        "delegation was headed by Vice-Rector Jane Doe.",
        NCU_EN,
        [("Jane Doe", "Vice-Rector", "Ruritania State University")],
    ),
    (
        "The Harlow University delegation, led by Dr. Jane Doe, toured the campus.",
        NCU_EN,
        [("Jane Doe", None, "Harlow University")],
    ),
    (
        "Mr. Wang Ming from the Jiangxi Provincial Department of Education attended the opening ceremony.",
        None,
        [("Wang Ming", None, "Jiangxi Provincial Department of Education")],
    ),
]

ZH_PROBES = [
    (
        "5月8日，江西省教育厅副厅长王明，南昌大学党委书记李华，英国哈洛大学校长简·多伊出席签约仪式。",
        None,
        [("王明", "副厅长", "江西省教育厅"), ("李华", "党委书记", "南昌大学"), ("简·多伊", "校长", "哈洛大学")],
    ),
    (
        "出席仪式的有：江西省教育厅副厅长王明、南昌大学校长李华。",
        None,
        [("王明", "副厅长", "江西省教育厅"), ("李华", "校长", "南昌大学")],
    ),
    (
        "5月8日，我校外国语学院院长王明教授为留学生作讲座。",
        NCU_ZH,
        [("王明", "外国语学院院长", "南昌大学")],
    ),
    (
        "5月8日，哈洛大学副校长简·多伊教授与我校副校长王明签署协议。",
        NCU_ZH,
        [("简·多伊", "副校长", "哈洛大学"), ("王明", "副校长", "南昌大学")],
    ),
    (
        "5月8日，由王明副校长带队的代表团访问英国哈洛大学。",
        NCU_ZH,
        [("王明", "副校长", "南昌大学")],
    ),
    (
        "5月8日，学校邀请哈洛大学约翰·史密斯教授来校讲学。",
        NCU_ZH,
        [("约翰·史密斯", "教授", "哈洛大学")],
    ),
    (
        "5月8日，南昌大学王明副校长会见了哈洛大学代表团。",
        None,
        [("王明", "副校长", "南昌大学")],
    ),
    (
        "5月8日，英国哈洛大学Jane Doe副校长一行访问南昌大学。",
        None,
        [("Jane Doe", "副校长", "哈洛大学")],
    ),
    (
        "5月8日，会上，李华处长介绍了合作项目的进展。",
        NCU_ZH,
        [("李华", "处长", "南昌大学")],
    ),
    (
        "5月8日，各高校校长参加了会议。",
        None,
        [],
    ),
    (
        "5月8日，常务副校长王明出席会议。",
        NCU_ZH,
        [("王明", "常务副校长", "南昌大学")],
    ),
    (
        "5月8日，党委书记、校长王明会见了来访的英国哈洛大学代表团。",
        NCU_ZH,
        [("王明", "党委书记", "南昌大学")],
    ),
    (
        "5月8日，南昌大学党委书记、校长王明会见了英国哈洛大学代表团。",
        None,
        [("王明", "党委书记", "南昌大学")],
    ),
    (
        "5月8日，江西省人民政府副省长王明出席开幕式并致辞。",
        None,
        [("王明", "副省长", "江西省人民政府")],
    ),
    (
        "5月8日，英国哈洛大学副校长简·多伊一行访问南昌大学。",
        None,
        [("简·多伊", "副校长", "哈洛大学")],
    ),
    (
        "5月8日，来自英国哈洛大学的简·多伊教授作主旨报告。",
        None,
        [("简·多伊", "教授", "哈洛大学")],
    ),
    (
        "5月8日，我校副校长王明与哈洛大学国际处处长约翰·史密斯签署合作协议。",
        NCU_ZH,
        [("王明", "副校长", "南昌大学"), ("约翰·史密斯", "国际处处长", "哈洛大学")],
    ),
    (
        "5月8日，江西省教育厅副厅长王明出席签约仪式。",
        None,
        [("王明", "副厅长", "江西省教育厅")],
    ),
    (
        "5月8日，哈洛大学副校长John Smith博士一行访问南昌大学。",
        None,
        [("John Smith", "副校长", "哈洛大学")],
    ),
    (
        "5月8日，南昌大学校长王明教授会见了来宾。",
        None,
        [("王明", "校长", "南昌大学")],
    ),
    (
        "5月8日，签约仪式由副校长王明主持。",
        NCU_ZH,
        [("王明", "副校长", "南昌大学")],
    ),
    (
        "5月8日，王明副校长会见了英国哈洛大学代表团。",
        NCU_ZH,
        [("王明", "副校长", "南昌大学")],
    ),
    (
        "5月8日，哈洛大学校长简·多伊教授一行访问我校，王明副校长会见了代表团。",
        NCU_ZH,
        [("简·多伊", "校长", "哈洛大学"), ("王明", "副校长", "南昌大学")],
    ),
    (
        "5月8日，外国语学院院长王明介绍了学院情况。",
        NCU_ZH,
        [("王明", "外国语学院院长", "南昌大学")],
    ),
    (
        "5月8日，南昌大学副校长王明、哈洛大学副校长简·多伊分别代表两校签署协议。",
        None,
        [("王明", "副校长", "南昌大学"), ("简·多伊", "副校长", "哈洛大学")],
    ),
    (
        "5月8日，鲁里塔尼亚驻华大使馆教育参赞约翰·史密斯访问南昌大学。",
        None,
        [("约翰·史密斯", "教育参赞", "鲁里塔尼亚驻华大使馆")],
    ),
    (
        "5月8日，副校长王明会见了哈洛大学校长简·多伊一行。",
        NCU_ZH,
        [("王明", "副校长", "南昌大学"), ("简·多伊", "校长", "哈洛大学")],
    ),
    (
        "5月8日，校长王明、副校长李华等出席签约仪式。",
        NCU_ZH,
        [("王明", "校长", "南昌大学"), ("李华", "副校长", "南昌大学")],
    ),
    (
        "5月8日，哈洛大学代表团访问我校。代表团由该校副校长简·多伊率领。",
        NCU_ZH,
        [("简·多伊", "副校长", "哈洛大学")],
    ),
    (
        "5月8日，哈洛大学副校长简·多伊（Jane Doe）一行访问我校。",
        NCU_ZH,
        [("简·多伊", "副校长", "哈洛大学")],
    ),
    (
        "5月8日，英国哈洛大学简·多伊副校长一行访问我校。",
        NCU_ZH,
        [("简·多伊", "副校长", "哈洛大学")],
    ),
    (
        "5月8日，哈洛大学教授约翰·史密斯在南昌大学作学术报告。",
        None,
        [("约翰·史密斯", "教授", "哈洛大学")],
    ),
    (
        "5月8日，教育部国际合作与交流司副司长李华出席会议。",
        None,
        [("李华", "副司长", "教育部国际合作与交流司")],
    ),
    (
        "5月8日，省教育厅党组成员、副厅长李华出席会议。",
        None,
        [("李华", "党组成员", "省教育厅")],
    ),
    (
        "5月8日，南昌大学与英国哈洛大学签署合作协议。南昌大学副校长王明和哈洛大学副校长简·多伊代表双方签约。",
        None,
        [("王明", "副校长", "南昌大学"), ("简·多伊", "副校长", "哈洛大学")],
    ),
    (
        "5月8日，哈洛大学国际处处长约翰·史密斯、商学院院长玛丽·布朗一行访问我校。",
        NCU_ZH,
        [("约翰·史密斯", "国际处处长", "哈洛大学"), ("玛丽·布朗", "商学院院长", "哈洛大学")],
    ),
    (
        "5月8日，哈洛大学校长简·多伊率团访问我校，校长王明会见代表团。",
        NCU_ZH,
        [("简·多伊", "校长", "哈洛大学"), ("王明", "校长", "南昌大学")],
    ),
    (
        "5月8日，南昌市副市长王明出席开幕式。",
        None,
        [("王明", "副市长", None)],
    ),
    (
        "5月8日，哈洛大学副校长简·多伊教授、国际处主任约翰·史密斯一行三人访问我校。",
        NCU_ZH,
        [("简·多伊", "副校长", "哈洛大学"), ("约翰·史密斯", "国际处主任", "哈洛大学")],
    ),
    (
        "5月8日，江西省教育厅厅长王明会见了哈洛大学校长简·多伊一行。",
        None,
        [("王明", "厅长", "江西省教育厅"), ("简·多伊", "校长", "哈洛大学")],
    ),
    (
        "5月8日，法国驻武汉总领事馆总领事马克·博兰访问南昌大学。",
        None,
        [("马克·博兰", "总领事", "法国驻武汉总领事馆")],
    ),
    (
        "5月8日，哈洛大学校长、教授简·多伊访问南昌大学。",
        None,
        [("简·多伊", "校长", "哈洛大学")],
    ),
    (
        "5月8日，校党委副书记、副校长王明出席会议。",
        NCU_ZH,
        [("王明", "党委副书记", "南昌大学")],
    ),
    (
        "5月8日，国际合作与交流处处长王明主持签约仪式。",
        NCU_ZH,
        [("王明", "国际合作与交流处处长", "南昌大学")],
    ),
    (
        "5月8日，Harlow大学副校长Jane Doe一行访问我校。",
        NCU_ZH,
        [("Jane Doe", "副校长", "Harlow大学")],
    ),
]


@pytest.mark.parametrize(("text", "url", "expected"), EN_PROBES)
def test_english_people_probe(extract, text, url, expected):
    check_people(extract(text, "en", url=url), expected)


@pytest.mark.parametrize(("text", "url", "expected"), ZH_PROBES)
def test_chinese_people_probe(extract, text, url, expected):
    check_people(extract(text, "zh", url=url), expected)
