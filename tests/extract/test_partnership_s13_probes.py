"""Partnership probes of session 13: made-up passages telling a pair the many ways English and Chinese
bulletins do ("inked an MoU with", "partnering with", "X's joint institute with Y", foreign partners
in a list, signatories split at ";", renewals, programmes approved "between X and Y") and dating it
the ways they do ("on Monday", "last week", "earlier this month", 此前, 上周, a dateline only).

Each probe is (language, url of the page or None, text, the pairs a careful reader takes as
(Chinese side, foreign side, kind, date)); the page is dated Thursday 2025-12-18 (`extract`).
`PUBLISHER` is the page's own institution, whatever its name.
"""

from __future__ import annotations

import pytest

PUBLISHER = "<publisher>"
JXNU = "https://news.jxnu.edu.cn/info/1011/1.htm"  # a Chinese university's own page
LEEDS = "https://www.leeds.ac.uk/news/article/1/"  # a foreign university's own page

Probe = tuple[str, str | None, str, set[tuple[str, str, str, str | None]]]

EN: dict[str, Probe] = {
    "signed on a weekday": (
        "en",
        None,
        "Hunan University and Kazan Federal University signed a cooperation agreement on Monday.",
        {("Hunan University", "Kazan Federal University", "agreement", "2025-12-15")},
    ),
    "inked an MoU with": (
        "en",
        None,
        "On December 16, Nanchang University inked an MoU with the University of Dundee on medical education.",
        {("Nanchang University", "University of Dundee", "mou", "2025-12-16")},
    ),
    "delegation visits, the two sides agree": (
        "en",
        None,
        "A delegation from Ural Federal University visited Central South University on December 10."
        " The two sides agreed to set up a joint laboratory for powder metallurgy.",
        {("Central South University", "Ural Federal University", "other", "2025-12-10")},
    ),
    "partnering with, a plan": (
        "en",
        None,
        "Partnering with Monash University, Wuhan University will launch a dual-degree programme in"
        " pharmacy next year.",
        {("Wuhan University", "Monash University", "joint_program", None)},
    ),
    "agreements with a list of foreign partners": (
        "en",
        None,
        "Sichuan University has signed cooperation agreements with Ghent University, Politecnico di Milano"
        " and the University of Birmingham, the university said.",
        {
            ("Sichuan University", "Ghent University", "agreement", None),
            ("Sichuan University", "Politecnico di Milano", "agreement", None),
            ("Sichuan University", "University of Birmingham", "agreement", None),
        },
    ),
    "programme between X and Y approved": (
        "en",
        None,
        "The Ministry of Education has approved a Sino-foreign cooperatively-run undergraduate programme"
        " in civil engineering between Xihua University and the University of Portsmouth.",
        {("Xihua University", "University of Portsmouth", "joint_program", None)},
    ),
    "renewed its 2+2 agreement": (
        "en",
        None,
        "On December 3, Jiangxi Normal University renewed its 2+2 agreement with the University of"
        " Nottingham for another five years.",
        {("Jiangxi Normal University", "University of Nottingham", "agreement", "2025-12-03")},
    ),
    "earlier this month after a dated signing": (
        "en",
        None,
        "On December 8, Hunan University signed a memorandum of understanding with Makerere University."
        " Earlier this month, a delegation from Mahidol University visited Central South University and"
        " held talks on teacher training.",
        {
            ("Hunan University", "Makerere University", "mou", "2025-12-08"),
            ("Central South University", "Mahidol University", "talks", None),
        },
    ),
    "last week, the two sides": (
        "en",
        None,
        "On December 8, Hunan University signed an agreement with Kazan Federal University.\n\n"
        "Last week, a delegation from Ural Federal University visited Central South University."
        " The two sides signed an agreement on the exchange of doctoral students.",
        {
            ("Hunan University", "Kazan Federal University", "agreement", "2025-12-08"),
            ("Central South University", "Ural Federal University", "agreement", None),
        },
    ),
    "signatories split at a semicolon": (
        "en",
        None,
        "On December 2, a memorandum of understanding on joint research was signed by John Smith,"
        " Vice-Chancellor of the University of Dundee; and Li Ming, President of Nanchang University.",
        {("Nanchang University", "University of Dundee", "mou", "2025-12-02")},
    ),
    "the university's own page signs": (
        "en",
        JXNU,
        "On December 5, the university signed a 3+1 agreement with the University of Dundee.",
        {(PUBLISHER, "University of Dundee", "agreement", "2025-12-05")},
    ),
    "now runs, after a dated sentence": (
        "en",
        None,
        "On December 4, Wuhan University hosted a forum on engineering education. The university now runs"
        " a joint institute with Duke University.",
        {("Wuhan University", "Duke University", "joint_institute", None)},
    ),
    "a plan next year after a dated signing": (
        "en",
        None,
        "On December 4, Sichuan University signed an MoU with Ghent University. Sichuan University will"
        " launch a 2+2 programme with the University of Pittsburgh next year.",
        {
            ("Sichuan University", "Ghent University", "mou", "2025-12-04"),
            ("Sichuan University", "University of Pittsburgh", "joint_program", None),
        },
    ),
    "approved last week after a dated signing": (
        "en",
        None,
        "On December 9, Hunan University signed an agreement with Ural Federal University. The Ministry of"
        " Education approved a joint programme between Xihua University and the University of Portsmouth"
        " last week.",
        {
            ("Hunan University", "Ural Federal University", "agreement", "2025-12-09"),
            ("Xihua University", "University of Portsmouth", "joint_program", None),
        },
    ),
    "dateline only": (
        "en",
        None,
        "KUNMING, Dec. 17 (Xinhua) -- Kunming University of Science and Technology and Chulalongkorn"
        " University signed an agreement on joint training of engineers, the university said.",
        {("Kunming University of Science and Technology", "Chulalongkorn University", "agreement", None)},
    ),
    "talks on a programme on a weekday": (
        "en",
        None,
        "Officials of Central South University and Ural Federal University held talks on Tuesday on a"
        " joint programme in mining engineering.",
        {("Central South University", "Ural Federal University", "talks", "2025-12-16")},
    ),
    "run a programme since, signed anew": (
        "en",
        None,
        "Jiangxi Normal University and the University of Nottingham, which have run a joint programme since"
        " 2016, signed a new agreement on December 14.",
        {("Jiangxi Normal University", "University of Nottingham", "agreement", "2025-12-14")},
    ),
    "between A and B, and between C and D": (
        "en",
        None,
        "On December 9, memoranda of understanding were signed between Hunan University and Makerere"
        " University, and between Central South University and Ural Federal University.",
        {
            ("Hunan University", "Makerere University", "mou", "2025-12-09"),
            ("Central South University", "Ural Federal University", "mou", "2025-12-09"),
        },
    ),
    "last week's visit, told in the visitor's sentence": (
        "en",
        None,
        "On December 15, Nanchang University signed an agreement with the University of Dundee. Last week"
        " Nanchang University also welcomed a delegation from Monash University.",
        {
            ("Nanchang University", "University of Dundee", "agreement", "2025-12-15"),
            ("Nanchang University", "Monash University", "talks", None),
        },
    ),
    "recently, after a dated paragraph": (
        "en",
        None,
        "On December 11, Wuhan University signed an MoU with Monash University.\n\n"
        "Central South University recently signed an agreement with Ural Federal University on student exchange.",
        {
            ("Wuhan University", "Monash University", "mou", "2025-12-11"),
            ("Central South University", "Ural Federal University", "agreement", None),
        },
    ),
    "a day told after earlier this month": (
        "en",
        None,
        "Earlier this month, Hunan University hosted international guests. On December 12, Hunan University"
        " signed an agreement with Kazan Federal University.",
        {("Hunan University", "Kazan Federal University", "agreement", "2025-12-12")},
    ),
    "the campus of a foreign university, built with a Chinese one": (
        "en",
        None,
        "On December 3, the Nanchang campus of the University of Leeds, jointly built with Jiangxi Normal"
        " University, opened.",
        {("Jiangxi Normal University", "University of Leeds", "joint_institute", "2025-12-03")},
    ),
    "the foreign university's main campus is no joint campus": (
        "en",
        None,
        "On December 3, Jiangxi Normal University and the University of Leeds jointly held a summer school"
        " on the University of Leeds main campus.",
        {("Jiangxi Normal University", "University of Leeds", "other", "2025-12-03")},
    ),
    "will partner with": (
        "en",
        None,
        "Wuhan University will partner with Monash University to offer a master's degree in public health.",
        {("Wuhan University", "Monash University", "other", None)},
    ),
    "forged ties with": (
        "en",
        None,
        "On December 15, Hunan University forged ties with Makerere University.",
        {("Hunan University", "Makerere University", "other", "2025-12-15")},
    ),
    "the foreign page's officer visits two Chinese universities": (
        "en",
        LEEDS,
        "On December 3, Professor Jane Doe, Deputy Vice-Chancellor, visited Southwest Jiaotong University and"
        " Nanchang University.",
        {
            ("Southwest Jiaotong University", "University of Leeds", "talks", "2025-12-03"),
            ("Nanchang University", "University of Leeds", "talks", "2025-12-03"),
        },
    ),
    "the foreign page welcomes a delegation of two Chinese universities": (
        "en",
        LEEDS,
        "On December 4, the University welcomed a delegation from Hunan University and Central South University.",
        {
            ("Hunan University", "University of Leeds", "talks", "2025-12-04"),
            ("Central South University", "University of Leeds", "talks", "2025-12-04"),
        },
    ),
    "the foreign page: two Chinese founders are no partners of the publisher": (
        "en",
        LEEDS,
        "The Yangtze River Delta Engineering Education Alliance was initiated by Hunan University and"
        " Central South University in 2019.",
        set(),
    ),
}

ZH: dict[str, Probe] = {
    "此前，教育部已批准": (
        "zh",
        None,
        "12月8日，湖南大学与喀山联邦大学签署合作协议。此前，教育部已批准中南大学与乌拉尔联邦大学合作举办冶金工程专业本科教育项目。",
        {
            ("湖南大学", "喀山联邦大学", "agreement", "2025-12-08"),
            ("中南大学", "乌拉尔联邦大学", "joint_program", None),
        },
    ),
    "上周，代表团访问": (
        "zh",
        None,
        "12月8日，湖南大学与喀山联邦大学签署合作备忘录。上周，莫纳什大学代表团访问了武汉大学。",
        {
            ("湖南大学", "喀山联邦大学", "mou", "2025-12-08"),
            ("武汉大学", "莫纳什大学", "talks", None),
        },
    ),
    "日前，续签": (
        "zh",
        None,
        "12月1日，南昌大学代表团访问了邓迪大学。日前，江西师范大学与诺丁汉大学续签了2+2双学位项目协议。",
        {
            ("南昌大学", "邓迪大学", "talks", "2025-12-01"),
            ("江西师范大学", "诺丁汉大学", "agreement", None),
        },
    ),
    "分别与": (
        "zh",
        None,
        "12月10日，签约仪式上，四川大学分别与根特大学、米兰理工大学签署合作协议。",
        {
            ("四川大学", "根特大学", "agreement", "2025-12-10"),
            ("四川大学", "米兰理工大学", "agreement", "2025-12-10"),
        },
    ),
    "目前，合作举办的学院": (
        "zh",
        None,
        "12月4日，武汉大学举办国际教育论坛。目前，武汉大学与杜克大学合作举办的昆山杜克大学在校生已达2000人。",
        {("武汉大学", "杜克大学", "joint_institute", None)},
    ),
    "代表团来我校，双方签署": (
        "zh",
        JXNU,
        "12月3日，邓迪大学代表团来我校访问，双方签署了合作备忘录。",
        {(PUBLISHER, "邓迪大学", "mou", "2025-12-03")},
    ),
    "近日，签署": (
        "zh",
        None,
        "12月2日，南昌大学与邓迪大学签署合作协议。\n\n近日，中南大学与乌拉尔联邦大学签署合作备忘录。",
        {
            ("南昌大学", "邓迪大学", "agreement", "2025-12-02"),
            ("中南大学", "乌拉尔联邦大学", "mou", None),
        },
    ),
    "上周之后又给出日子": (
        "zh",
        None,
        "上周，湖南大学接待了多批外宾。12月15日，湖南大学与喀山联邦大学签署合作协议。",
        {("湖南大学", "喀山联邦大学", "agreement", "2025-12-15")},
    ),
    "共建的校区": (
        "zh",
        JXNU,
        "12月3日，我校与利兹大学共建的利兹大学南昌校区举行开学典礼。",
        {(PUBLISHER, "利兹大学", "joint_institute", "2025-12-03")},
    ),
    "合作建设的校区揭牌": (
        "zh",
        None,
        "12月3日，利兹大学与江西师范大学合作建设的利兹大学南昌校区正式揭牌。",
        {("江西师范大学", "利兹大学", "joint_institute", "2025-12-03")},
    ),
    "在外方大学的校区揭牌，不是合作校区": (
        "zh",
        None,
        "12月3日，江西师范大学代表团访问利兹大学，双方共建的联合实验室在利兹大学校区揭牌。",
        {("江西师范大学", "利兹大学", "other", "2025-12-03")},
    ),
}


def _expected(record, facts: set[tuple[str, str, str, str | None]]) -> set[tuple[str, str, str, str | None]]:
    publisher = record.document.publisher
    name = publisher.name if publisher is not None else PUBLISHER
    return {(name if c == PUBLISHER else c, f, kind, date) for c, f, kind, date in facts}


@pytest.mark.parametrize("probe", [*EN, *ZH])
def test_probe(extract, probe: str) -> None:
    language, url, text, facts = EN.get(probe) or ZH[probe]
    record = extract(text, language, url=url)
    found = {(p.chinese.name, p.foreign.name, p.kind, p.date) for p in record.partnerships}
    assert found == _expected(record, facts)
