"""Partnership probes of session 14: made-up passages in university-news English ("X and Y have
signed", "renewed their agreement", "inked", "an articulation agreement", "a memorandum with Y was
signed by President A and Vice-Chancellor B"), the foreign partner named first, several agreements
on one page with different days, the day told only in a sentence before the signing, in a dateline
or a headline, and times that are no day ("earlier this year", 今年初, 年初, 今年以来).

Each probe is (language, url of the page or None, text, the pairs a careful reader takes as
(Chinese side, foreign side, kind, date)); the page is dated Thursday 2025-12-18 (`extract`).
`PUBLISHER` is the page's own institution, whatever its name.
"""

from __future__ import annotations

import pytest

PUBLISHER = "<publisher>"
JXNU = "https://news.jxnu.edu.cn/info/1011/1.htm"  # a Chinese university's own page

Probe = tuple[str, str | None, str, set[tuple[str, str, str, str | None]]]

EN: dict[str, Probe] = {
    "day in the sentence before, signed during the visit": (
        "en",
        None,
        "On 12 December, a delegation from the University of Dundee visited Nanchang University. During the"
        " visit, the two universities signed a student exchange agreement.",
        {("Nanchang University", "University of Dundee", "agreement", "2025-12-12")},
    ),
    "day in the sentence before, signed that afternoon": (
        "en",
        None,
        "On 10 December, President Zhou Chuangbing of Nanchang University received Vice-Chancellor Iain"
        " Gillespie of the University of Dundee. That afternoon, the two universities signed an articulation"
        " agreement.",
        {("Nanchang University", "University of Dundee", "agreement", "2025-12-10")},
    ),
    "renewed their agreement": (
        "en",
        None,
        "Hunan University and Kazan Federal University renewed their agreement on student exchange on December 9.",
        {("Hunan University", "Kazan Federal University", "agreement", "2025-12-09")},
    ),
    "foreign side first, inked a 2+2 programme agreement": (
        "en",
        None,
        "Monash University and Wuhan University inked a 2+2 programme agreement on Tuesday.",
        {("Wuhan University", "Monash University", "agreement", "2025-12-16")},
    ),
    "has signed an articulation agreement with": (
        "en",
        None,
        "Central South University has signed an articulation agreement with the University of Birmingham.",
        {("Central South University", "University of Birmingham", "agreement", None)},
    ),
    "a student exchange agreement between X and Y was signed": (
        "en",
        None,
        "A student exchange agreement between Sichuan University and Ghent University was signed on December 3.",
        {("Sichuan University", "Ghent University", "agreement", "2025-12-03")},
    ),
    "a memorandum with Y was signed by President A and Vice-Chancellor B": (
        "en",
        JXNU,
        "A memorandum with the University of Dundee was signed by President Huang Wei and Vice-Chancellor"
        " Iain Gillespie on December 10.",
        {(PUBLISHER, "University of Dundee", "mou", "2025-12-10")},
    ),
    "foreign sides first, two agreements on two days": (
        "en",
        None,
        "The University of Leeds and Jiangxi Normal University signed a research agreement on December 1."
        "\n\nOn December 8, Ural Federal University and Jiangxi Normal University signed a memorandum of"
        " understanding.",
        {
            ("Jiangxi Normal University", "University of Leeds", "agreement", "2025-12-01"),
            ("Jiangxi Normal University", "Ural Federal University", "mou", "2025-12-08"),
        },
    ),
    "two documents in one sentence, each with its day": (
        "en",
        None,
        "Central South University signed an agreement with Ural Federal University on December 1 and a"
        " memorandum of understanding with Kazan Federal University on December 5.",
        {
            ("Central South University", "Ural Federal University", "agreement", "2025-12-01"),
            ("Central South University", "Kazan Federal University", "mou", "2025-12-05"),
        },
    ),
    "date only in the headline": (
        "en",
        None,
        "Nanchang University and University of Dundee sign agreement on December 11\n\nThe two universities"
        " signed a cooperation agreement on medical education.",
        {("Nanchang University", "University of Dundee", "agreement", "2025-12-11")},
    ),
    "date only in the dateline": (
        "en",
        None,
        "NANCHANG, Dec. 17 (Xinhua) -- Nanchang University and the University of Dundee have signed an"
        " agreement on a joint programme in clinical medicine.",
        {("Nanchang University", "University of Dundee", "agreement", None)},
    ),
    "earlier this year, after a dated visit": (
        "en",
        None,
        "On December 15, Hunan University received a delegation from Kazan Federal University. Earlier this"
        " year, Hunan University signed a memorandum of understanding with Ural Federal University.",
        {
            ("Hunan University", "Kazan Federal University", "talks", "2025-12-15"),
            ("Hunan University", "Ural Federal University", "mou", None),
        },
    ),
    "earlier this year, renewed their agreement": (
        "en",
        None,
        "Earlier this year, Wuhan University and Monash University renewed their agreement on joint"
        " supervision of doctoral students.",
        {("Wuhan University", "Monash University", "agreement", None)},
    ),
    "earlier this year at the sentence's end": (
        "en",
        None,
        "On December 2, Yunnan University hosted a forum on South Asian studies. The University of Edinburgh"
        " and Yunnan University signed a 3+1 programme agreement earlier this year.",
        {("Yunnan University", "University of Edinburgh", "agreement", None)},
    ),
    "2+2 programme agreements with a list": (
        "en",
        None,
        "Sichuan University signed 2+2 programme agreements with Ghent University and the University of"
        " Birmingham on Monday.",
        {
            ("Sichuan University", "Ghent University", "agreement", "2025-12-15"),
            ("Sichuan University", "University of Birmingham", "agreement", "2025-12-15"),
        },
    ),
    "signatories named with their universities, for the two universities": (
        "en",
        None,
        "On December 4, Vice-Chancellor Iain Gillespie of the University of Dundee and President Zhou"
        " Chuangbing of Nanchang University signed the agreement on behalf of the two universities.",
        {("Nanchang University", "University of Dundee", "agreement", "2025-12-04")},
    ),
    "foreign side renewed its agreement with": (
        "en",
        None,
        "The University of Dundee renewed its exchange agreement with Nanchang University on December 2.",
        {("Nanchang University", "University of Dundee", "agreement", "2025-12-02")},
    ),
    "inked an MoU last Friday": (
        "en",
        None,
        "Yunnan University inked a memorandum of understanding with Mahasarakham University last Friday.",
        {("Yunnan University", "Mahasarakham University", "mou", "2025-12-12")},
    ),
    "a report's day is no signing's": (
        "en",
        None,
        "Monash University and Zhejiang University have inked a dual degree agreement, the Chinese university"
        " said on Tuesday.",
        {("Zhejiang University", "Monash University", "agreement", None)},
    ),
    "the memorandum, signed on a day, told after the renewal": (
        "en",
        None,
        "The University of Edinburgh and Zhejiang University have renewed their memorandum of understanding."
        " The memorandum, signed on December 9, covers joint research in data science.",
        {("Zhejiang University", "University of Edinburgh", "mou", "2025-12-09")},
    ),
    "the two universities have signed, after a visit the day before": (
        "en",
        None,
        "Vice-Rector Elena Petrova of Ural Federal University visited Central South University on December"
        " 11.\n\nThe two universities have signed a student exchange agreement.",
        {("Central South University", "Ural Federal University", "agreement", "2025-12-11")},
    ),
    "joined by a foreign partner in a 2+2 programme": (
        "en",
        None,
        "Ghent University has become Wuhan University's partner in a 2+2 programme in bioengineering.",
        {("Wuhan University", "Ghent University", "joint_program", None)},
    ),
    "formalised their partnership with a memorandum": (
        "en",
        None,
        "Nanchang University and the University of Dundee have formalised their partnership with a memorandum of "
        "understanding signed on December 9.",
        {("Nanchang University", "University of Dundee", "mou", "2025-12-09")},
    ),
    "sealed a new agreement": (
        "en",
        None,
        "On December 9, Nanchang University and the University of Dundee sealed a new agreement on medical education.",
        {("Nanchang University", "University of Dundee", "agreement", "2025-12-09")},
    ),
    "entered into a cooperation agreement": (
        "en",
        None,
        "Hunan University entered into a cooperation agreement with Kazan Federal University on December 9.",
        {("Hunan University", "Kazan Federal University", "agreement", "2025-12-09")},
    ),
    "struck a deal with": (
        "en",
        None,
        "Hunan University has struck a deal with Kazan Federal University to send 20 students a year to Kazan.",
        {("Hunan University", "Kazan Federal University", "agreement", None)},
    ),
    "put pen to paper": (
        "en",
        None,
        "The University of Edinburgh and Zhejiang University put pen to paper on a new research partnership on Monday.",
        {("Zhejiang University", "University of Edinburgh", "other", "2025-12-15")},
    ),
    "concluded an agreement": (
        "en",
        None,
        "Wuhan University concluded an agreement with Monash University on December 2.",
        {("Wuhan University", "Monash University", "agreement", "2025-12-02")},
    ),
    "A signing ceremony for the cooperation agreement": (
        "en",
        None,
        "A signing ceremony for the cooperation agreement between Sichuan University and Ghent University was held "
        "on December 4.",
        {("Sichuan University", "Ghent University", "agreement", "2025-12-04")},
    ),
    "The MoU signing between": (
        "en",
        None,
        "The MoU signing between Yunnan University and Mahasarakham University took place on December 5.",
        {("Yunnan University", "Mahasarakham University", "mou", "2025-12-05")},
    ),
    "welcomed a delegation from": (
        "en",
        None,
        "On December 5, Yunnan University welcomed a delegation from Mahasarakham University.",
        {("Yunnan University", "Mahasarakham University", "talks", "2025-12-05")},
    ),
    "s President visited": (
        "en",
        None,
        "Mahasarakham University's President visited Yunnan University on December 5.",
        {("Yunnan University", "Mahasarakham University", "talks", "2025-12-05")},
    ),
    "hosted Mahasarakham University’s delegation": (
        "en",
        None,
        "Yunnan University hosted Mahasarakham University's delegation on December 5.",
        {("Yunnan University", "Mahasarakham University", "talks", "2025-12-05")},
    ),
    "agreed to set up a joint research centre": (
        "en",
        None,
        "On December 5, Yunnan University and Mahasarakham University agreed to set up a joint research centre for "
        "Mekong studies.",
        {("Yunnan University", "Mahasarakham University", "other", "2025-12-05")},
    ),
    "A new partnership between": (
        "en",
        None,
        "A new partnership between Yunnan University and Mahasarakham University was launched on December 5.",
        {("Yunnan University", "Mahasarakham University", "other", "2025-12-05")},
    ),
    "exchanged agreements": (
        "en",
        None,
        "Zhejiang University and the University of Edinburgh have exchanged agreements on a joint PhD programme.",
        {("Zhejiang University", "University of Edinburgh", "agreement", None)},
    ),
    "signs MoU with": (
        "en",
        None,
        "Zhejiang University signs MoU with University of Edinburgh\nThe two universities signed the memorandum on "
        "December 11 in Hangzhou.",
        {("Zhejiang University", "University of Edinburgh", "mou", "2025-12-11")},
    ),
    "Under a 3+2 agreement signed with": (
        "en",
        None,
        "Under a 3+2 agreement signed with Central South University, the University of Birmingham will host 15 "
        "students from Changsha next year.",
        {("Central South University", "University of Birmingham", "agreement", None)},
    ),
    "a memorandum of understanding was signed between": (
        "en",
        None,
        "On December 1, a memorandum of understanding was signed between Central South University and the "
        "University of Birmingham.",
        {("Central South University", "University of Birmingham", "mou", "2025-12-01")},
    ),
    "s Vice-Chancellor Iain Gillespie and": (
        "en",
        None,
        "The University of Dundee's Vice-Chancellor Iain Gillespie and Nanchang University's President Zhou "
        "Chuangbing signed a cooperation agreement on December 3.",
        {("Nanchang University", "University of Dundee", "agreement", "2025-12-03")},
    ),
    "on December 3, and with the University of Leeds": (
        "en",
        None,
        "Nanchang University signed cooperation agreements with the University of Dundee on December 3, and with "
        "the University of Leeds on December 5.",
        {
            ("Nanchang University", "University of Dundee", "agreement", "2025-12-03"),
            ("Nanchang University", "University of Leeds", "agreement", "2025-12-05"),
        },
    ),
    "sign student exchange pact": (
        "en",
        None,
        "Nanchang University, University of Dundee sign student exchange pact\nNANCHANG, Dec. 12 (Xinhua) -- The "
        "two universities signed the pact on Wednesday.",
        {("Nanchang University", "University of Dundee", "agreement", "2025-12-17")},
    ),
    "In early December": (
        "en",
        None,
        "In early December, Nanchang University signed an agreement with the University of Dundee.",
        {("Nanchang University", "University of Dundee", "agreement", None)},
    ),
    "Last month, the university inked": (
        "en",
        None,
        "On December 2, Nanchang University held its international week. Last month, the university inked an "
        "agreement with the University of Dundee.",
        {("Nanchang University", "University of Dundee", "agreement", None)},
    ),
    "In November, Nanchang": (
        "en",
        None,
        "On December 2, Nanchang University held its international week. In November, Nanchang University inked an "
        "agreement with the University of Dundee.",
        {("Nanchang University", "University of Dundee", "agreement", None)},
    ),
    "have cooperated since 2012": (
        "en",
        None,
        "On December 2, Nanchang University held its international week. The university and the University of "
        "Dundee have cooperated since 2012.",
        {("Nanchang University", "University of Dundee", "other", None)},
    ),
    "signed an agreement on academic mobility": (
        "en",
        None,
        "Kazan Federal University and Hunan University signed an agreement on academic mobility on December 8.",
        {("Hunan University", "Kazan Federal University", "agreement", "2025-12-08")},
    ),
    "was signed by Hunan University President": (
        "en",
        None,
        "An academic exchange agreement with Kazan Federal University was signed by Hunan University President Duan "
        "Xianzhong on December 8.",
        {("Hunan University", "Kazan Federal University", "agreement", "2025-12-08")},
    ),
    "both named, have cooperated since": (
        "en",
        None,
        "Nanchang University and the University of Dundee have cooperated since 2012.",
        {("Nanchang University", "University of Dundee", "other", None)},
    ),
    "a delegation visited the university named before": (
        "en",
        None,
        "Lincoln University renewed its exchange agreement with Sichuan Agricultural University on December 6."
        "\n\nEarlier this year, a delegation from the University of Queensland visited the university for talks"
        " on plant protection.",
        {
            ("Sichuan Agricultural University", "Lincoln University", "agreement", "2025-12-06"),
            ("Sichuan Agricultural University", "University of Queensland", "talks", None),
        },
    ),
    "the visitors toured the university on a day": (
        "en",
        None,
        "Hunan University opened its international week on Monday. On Tuesday, a delegation from Kazan Federal"
        " University toured the university's laboratories.",
        {("Hunan University", "Kazan Federal University", "talks", "2025-12-16")},
    ),
}

ZH: dict[str, Probe] = {
    "外方在前，日子在中间": (
        "zh",
        None,
        "英国邓迪大学与南昌大学12月9日签署学生交流协议。",
        {("南昌大学", "邓迪大学", "agreement", "2025-12-09")},
    ),
    "今年初，在有日子的来访之后": (
        "zh",
        None,
        "12月15日，湖南大学接待了喀山联邦大学代表团。今年初，湖南大学与乌拉尔联邦大学签署了合作备忘录。",
        {
            ("湖南大学", "喀山联邦大学", "talks", "2025-12-15"),
            ("湖南大学", "乌拉尔联邦大学", "mou", None),
        },
    ),
    "今年年初，续签": (
        "zh",
        None,
        "12月3日，武汉大学举办国际教育周活动。今年年初，武汉大学与莫纳什大学续签了合作协议。",
        {("武汉大学", "莫纳什大学", "agreement", None)},
    ),
    "日子在签约的前一句": (
        "zh",
        None,
        "12月10日，邓迪大学副校长一行访问南昌大学。访问期间，两校签署了“2+2”项目协议。",
        {("南昌大学", "邓迪大学", "agreement", "2025-12-10")},
    ),
    "一句两份协议，各有日子": (
        "zh",
        None,
        "12月1日，中南大学与乌拉尔联邦大学签署合作协议；12月5日，中南大学与喀山联邦大学签署合作备忘录。",
        {
            ("中南大学", "乌拉尔联邦大学", "agreement", "2025-12-01"),
            ("中南大学", "喀山联邦大学", "mou", "2025-12-05"),
        },
    ),
    "续签，没有日子": (
        "zh",
        None,
        "南昌大学与邓迪大学续签了学生交流协议。",
        {("南昌大学", "邓迪大学", "agreement", None)},
    ),
    "备忘录由两位校长签署": (
        "zh",
        JXNU,
        "我校与邓迪大学的合作备忘录由校长黄伟和邓迪大学副校长伊恩·吉莱斯皮于12月11日签署。",
        {(PUBLISHER, "邓迪大学", "mou", "2025-12-11")},
    ),
    "今年以来，先后签署": (
        "zh",
        None,
        "12月2日，南昌大学召开国际化工作会议。今年以来，南昌大学先后与邓迪大学、利兹大学签署合作协议。",
        {
            ("南昌大学", "邓迪大学", "agreement", None),
            ("南昌大学", "利兹大学", "agreement", None),
        },
    ),
    "年初，然后有日子的签约": (
        "zh",
        None,
        "年初，中南大学与乌拉尔联邦大学签署合作备忘录。12月16日，中南大学与喀山联邦大学签署合作协议。",
        {
            ("中南大学", "乌拉尔联邦大学", "mou", None),
            ("中南大学", "喀山联邦大学", "agreement", "2025-12-16"),
        },
    ),
    "电头的日子不是签约的": (
        "zh",
        None,
        "新华社南昌12月17日电 南昌大学与邓迪大学日前签署合作协议，双方将联合培养临床医学人才。",
        {("南昌大学", "邓迪大学", "agreement", None)},
    ),
    "外方续签，以视频方式": (
        "zh",
        None,
        "澳大利亚莫纳什大学与武汉大学于12月8日以视频方式续签了校际合作协议。",
        {("武汉大学", "莫纳什大学", "agreement", "2025-12-08")},
    ),
    "标题里的日子": (
        "zh",
        None,
        "12月12日南昌大学与邓迪大学签署合作协议\n\n两校将在医学教育领域开展合作。",
        {("南昌大学", "邓迪大学", "agreement", "2025-12-12")},
    ),
    "正式缔结合作关系": (
        "zh",
        None,
        "12月9日，南昌大学与邓迪大学正式缔结合作关系。",
        {("南昌大学", "邓迪大学", "other", "2025-12-09")},
    ),
    "签订校际交流协议": (
        "zh",
        None,
        "12月9日，南昌大学与邓迪大学签订校际交流协议。",
        {("南昌大学", "邓迪大学", "agreement", "2025-12-09")},
    ),
    "12月初": (
        "zh",
        None,
        "12月初，南昌大学与邓迪大学签署合作协议。",
        {("南昌大学", "邓迪大学", "agreement", None)},
    ),
    "11月，南昌大学": (
        "zh",
        None,
        "12月2日，南昌大学举办国际文化节。11月，南昌大学与邓迪大学签署合作协议。",
        {("南昌大学", "邓迪大学", "agreement", None)},
    ),
    "本月初": (
        "zh",
        None,
        "12月2日，南昌大学举办国际文化节。本月初，南昌大学与邓迪大学签署合作协议。",
        {("南昌大学", "邓迪大学", "agreement", None)},
    ),
    "上半年": (
        "zh",
        None,
        "12月2日，南昌大学举办国际文化节。上半年，南昌大学与邓迪大学签署合作协议。",
        {("南昌大学", "邓迪大学", "agreement", None)},
    ),
    "今年5月": (
        "zh",
        None,
        "12月2日，南昌大学举办国际文化节。今年5月，南昌大学与邓迪大学签署合作协议。",
        {("南昌大学", "邓迪大学", "agreement", None)},
    ),
    "签约仪式12月9日举行": (
        "zh",
        None,
        "邓迪大学与南昌大学“2+2”联合培养项目协议签约仪式12月9日举行。",
        {("南昌大学", "邓迪大学", "agreement", "2025-12-09")},
    ),
    "签字仪式于12月9日": (
        "zh",
        None,
        "南昌大学与邓迪大学合作备忘录签字仪式于12月9日在南昌举行。",
        {("南昌大学", "邓迪大学", "mou", "2025-12-09")},
    ),
    "代表两校签署": (
        "zh",
        None,
        "12月9日，邓迪大学校长伊恩·吉莱斯皮与南昌大学校长周创兵代表两校签署合作协议。",
        {("南昌大学", "邓迪大学", "agreement", "2025-12-09")},
    ),
    "分别于12月9日和12月11日": (
        "zh",
        None,
        "南昌大学分别于12月9日和12月11日与邓迪大学、利兹大学签署合作协议。",
        {("南昌大学", "邓迪大学", "agreement", "2025-12-09"), ("南昌大学", "利兹大学", "agreement", "2025-12-11")},
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
