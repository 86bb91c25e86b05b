# ruff: noqa: E501  (probe passages are kept whole, one string each)
"""Partnership probes (session 16): ways bulletins tell of pairs that the extractor used to misread
(corpus/GUIDE.md "partnerships"): the foreign side's own news ("X University signs pact with China's
Y"), several signings on one page each with its own day, agreements "renewed" or "extended",
2+2 / 3+1 programmes and dual degrees, articulation agreements, exchange agreements signed online, a
Chinese university signing with two foreign ones in one sentence, an MoU described as "the first
formal agreement between the two" (no second document), a trip's outcomes listed after a colon
(inline or over lines) with no day of their own, a day told in a paragraph before about other sides,
two days in one sentence (the later is the pair's), and Chinese 签署/签订/续签/框架协议/合作备忘录/共建
in lists over lines.

Each probe: (language, publication date, text, every partnership as (Chinese side, foreign side,
kind, date)), the sides as the text names them.
"""

from __future__ import annotations

import pytest

Pair = tuple[str, str, str, str | None]
Probe = tuple[str, str, str, set[Pair]]

PUBLISHED = "2026-11-14"  # a Saturday

HNU, MONASH, LEEDS = "Hunan University", "Monash University", "University of Leeds"

PROBES: list[Probe] = [
    # the foreign side's news
    (
        "en",
        PUBLISHED,
        "Monash University has signed a pact with China's Hunan University to co-supervise doctoral students. The pact was signed in Melbourne on 5 November.",
        {(HNU, MONASH, "agreement", "2026-11-05")},
    ),
    (
        "en",
        PUBLISHED,
        "The University of Leeds inked a deal with Hunan University on 5 November for a 3+1 programme in finance.",
        {(HNU, LEEDS, "agreement", "2026-11-05")},
    ),
    (
        "en",
        PUBLISHED,
        "A memorandum of understanding was signed between the University of Otago and Nanchang University on 5 November.",
        {("Nanchang University", "University of Otago", "mou", "2026-11-05")},
    ),
    # several signings, each its own day
    (
        "en",
        PUBLISHED,
        "Hunan University signed an MoU with Monash University on 3 November and an agreement with the University of Leeds on 9 November.",
        {(HNU, MONASH, "mou", "2026-11-03"), (HNU, LEEDS, "agreement", "2026-11-09")},
    ),
    (
        "en",
        PUBLISHED,
        "On 3 November, Hunan University signed an MoU with Monash University.\n\nOn 9 November, Central South University signed an agreement with the University of Leeds.",
        {(HNU, MONASH, "mou", "2026-11-03"), ("Central South University", LEEDS, "agreement", "2026-11-09")},
    ),
    # renewed, extended
    (
        "en",
        PUBLISHED,
        "Hunan University and Monash University renewed their student exchange agreement on 5 November.",
        {(HNU, MONASH, "agreement", "2026-11-05")},
    ),
    (
        "en",
        PUBLISHED,
        "On 5 November, East China Jiaotong University extended its articulation agreement with Coventry University for another five years.",
        {("East China Jiaotong University", "Coventry University", "agreement", "2026-11-05")},
    ),
    # programmes and dual degrees
    (
        "en",
        PUBLISHED,
        "Hunan University and the University of Leeds launched a 2+2 programme in civil engineering on 5 November.",
        {(HNU, LEEDS, "joint_program", "2026-11-05")},
    ),
    (
        "en",
        PUBLISHED,
        "Central South University and the University of Queensland have run a dual degree programme in mining engineering since 2019.",
        {("Central South University", "University of Queensland", "joint_program", None)},
    ),
    (
        "en",
        PUBLISHED,
        "Hunan Normal University signed an articulation agreement with the University of Nottingham on 5 November.",
        {("Hunan Normal University", "University of Nottingham", "agreement", "2026-11-05")},
    ),
    (
        "en",
        PUBLISHED,
        "On 5 November, Xiangtan University and Coventry University signed a student exchange agreement online.",
        {("Xiangtan University", "Coventry University", "agreement", "2026-11-05")},
    ),
    # one Chinese side, two foreign ones in one sentence
    (
        "en",
        PUBLISHED,
        "On 5 November, Hunan University signed cooperation agreements with Monash University and the University of Leeds.",
        {(HNU, MONASH, "agreement", "2026-11-05"), (HNU, LEEDS, "agreement", "2026-11-05")},
    ),
    (
        "en",
        PUBLISHED,
        "Nanchang University signed cooperation agreements with Italy's University of Bologna and Ghent University of Belgium on Nov. 2, launching dual degree programs in food science and bioengineering.",
        {
            ("Nanchang University", "University of Bologna", "agreement", "2026-11-02"),
            ("Nanchang University", "Ghent University", "agreement", "2026-11-02"),
        },
    ),
    (
        "en",
        PUBLISHED,
        "Nanchang University signed an MoU with the University of Bologna and an agreement with Ghent University on Nov. 2, launching dual degree programs.",
        {
            ("Nanchang University", "University of Bologna", "mou", "2026-11-02"),
            ("Nanchang University", "Ghent University", "agreement", "2026-11-02"),
        },
    ),
    # the document described, not a second one
    (
        "en",
        PUBLISHED,
        "Deakin University signed a memorandum of understanding with Nanchang University on 28 October, the first formal agreement between the two institutions.",
        {("Nanchang University", "Deakin University", "mou", "2026-10-28")},
    ),
    (
        "en",
        PUBLISHED,
        "On 5 November, Hunan University signed a letter of intent with Monash University, which was their first agreement on doctoral training.",
        {(HNU, MONASH, "mou", "2026-11-05")},
    ),
    (
        "en",
        PUBLISHED,
        "On 5 November, Hunan University signed the first agreement with Monash University.",
        {(HNU, MONASH, "agreement", "2026-11-05")},
    ),
    # a trip's outcomes, after a colon
    (
        "en",
        PUBLISHED,
        "Jiangxi Normal University President Huang Ming led a delegation to Kazakhstan from 26 to 31 October. The trip produced three agreements: a student exchange agreement with Al-Farabi Kazakh National University, a 2+2 program agreement with Ablai Khan Kazakh University of International Relations and World Languages, and a memorandum of understanding with L.N. Gumilyov Eurasian National University.",
        {
            ("Jiangxi Normal University", "Al-Farabi Kazakh National University", "agreement", None),
            (
                "Jiangxi Normal University",
                "Ablai Khan Kazakh University of International Relations and World Languages",
                "agreement",
                None,
            ),
            ("Jiangxi Normal University", "L.N. Gumilyov Eurasian National University", "mou", None),
        },
    ),
    (
        "en",
        PUBLISHED,
        "On 3 November, Hunan University signed an MoU with Monash University.\n\nHunan Normal University also sent a delegation to Britain. The visit produced three agreements: a student exchange agreement with the University of Leeds, a 2+2 programme agreement with the University of Exeter, and an MoU with Newcastle University.",
        {
            (HNU, MONASH, "mou", "2026-11-03"),
            ("Hunan Normal University", LEEDS, "agreement", None),
            ("Hunan Normal University", "University of Exeter", "agreement", None),
            ("Hunan Normal University", "Newcastle University", "mou", None),
        },
    ),
    (
        "en",
        PUBLISHED,
        "On 3 November, Hunan University signed an MoU with Monash University.\n\nThe visit of a Hunan Normal University delegation to Britain produced three agreements:\na student exchange agreement with the University of Leeds;\na 2+2 programme agreement with the University of Exeter;\na memorandum of understanding with Newcastle University.",
        {
            (HNU, MONASH, "mou", "2026-11-03"),
            ("Hunan Normal University", LEEDS, "agreement", None),
            ("Hunan Normal University", "University of Exeter", "agreement", None),
            ("Hunan Normal University", "Newcastle University", "mou", None),
        },
    ),
    # a day carried into a new paragraph: by "the same day", or by a side it shares
    (
        "en",
        PUBLISHED,
        "On 7 November, Hunan University signed an MoU with Monash University.\n\nThe same day, Central South University signed an agreement with the University of Queensland.",
        {
            (HNU, MONASH, "mou", "2026-11-07"),
            ("Central South University", "University of Queensland", "agreement", "2026-11-07"),
        },
    ),
    (
        "en",
        PUBLISHED,
        "On 7 November, a delegation from Monash University arrived at Hunan University.\n\nThe two universities signed an MoU on joint doctoral training.",
        {(HNU, MONASH, "mou", "2026-11-07")},
    ),
    (
        "en",
        PUBLISHED,
        "On 5 November, the 2026 China-ASEAN Education Forum opened in Nanchang.\n\nNanchang University signed a memorandum of understanding with Universiti Putra Malaysia.",
        {("Nanchang University", "Universiti Putra Malaysia", "mou", "2026-11-05")},
    ),
    # two days in one sentence: the later one is the pair's (a dateline's day is the dispatch's, no happening)
    (
        "en",
        PUBLISHED,
        "NAIROBI, Nov. 12 (Xinhua) -- Kenya's Machakos University and China's Tianjin City Vocational College on Monday signed an agreement on a cloud computing programme.",
        {("Tianjin City Vocational College", "Machakos University", "agreement", "2026-11-09")},
    ),
    (
        "en",
        PUBLISHED,
        "Hunan University received delegations from Monash University on November 3 and November 9 and signed a letter of intent.",
        {(HNU, MONASH, "mou", "2026-11-09")},
    ),
    # documents told "respectively", in the order of the sides
    (
        "en",
        PUBLISHED,
        "On 5 November, Hunan University signed an agreement and an MoU with Monash University and the University of Leeds respectively.",
        {(HNU, MONASH, "agreement", "2026-11-05"), (HNU, LEEDS, "mou", "2026-11-05")},
    ),
    (
        "zh",
        PUBLISHED,
        "11月5日，湖南大学与莫纳什大学、利兹大学分别签署合作协议和合作备忘录。",
        {("湖南大学", "莫纳什大学", "agreement", "2026-11-05"), ("湖南大学", "利兹大学", "mou", "2026-11-05")},
    ),
    (
        "zh",
        PUBLISHED,
        "11月5日，湖南大学分别与莫纳什大学、利兹大学签署合作备忘录和学生交流协议。",
        {("湖南大学", "莫纳什大学", "mou", "2026-11-05"), ("湖南大学", "利兹大学", "agreement", "2026-11-05")},
    ),
    # Chinese lists over lines
    (
        "zh",
        PUBLISHED,
        "11月5日，我省高校与境外高校签署了一批合作文件，主要有：\n南昌大学与马来西亚博特拉大学签订联合培养研究生框架协议；\n江西师范大学与泰国清迈大学续签学生交流协议；\n华东交通大学与新加坡南洋理工大学签署合作备忘录；\n江西财经大学与越南河内国家大学共建中越经贸研究中心。",
        {
            ("南昌大学", "马来西亚博特拉大学", "agreement", "2026-11-05"),
            ("江西师范大学", "清迈大学", "agreement", "2026-11-05"),
            ("华东交通大学", "南洋理工大学", "mou", "2026-11-05"),
            ("江西财经大学", "河内国家大学", "other", "2026-11-05"),
        },
    ),
    (
        "zh",
        PUBLISHED,
        "11月7日，江西理工大学分别与俄罗斯乌拉尔联邦大学、英国阿斯顿大学签署合作协议。",
        {
            ("江西理工大学", "乌拉尔联邦大学", "agreement", "2026-11-07"),
            ("江西理工大学", "阿斯顿大学", "agreement", "2026-11-07"),
        },
    ),
    (
        "zh",
        PUBLISHED,
        "11月3日和9日，南昌航空大学与英国考文垂大学先后举行两轮会谈，双方签署合作备忘录。",
        {("南昌航空大学", "考文垂大学", "mou", "2026-11-09")},
    ),
    (
        "zh",
        PUBLISHED,
        "11月3日，湖南大学与莫纳什大学签署合作备忘录，这是两校首份合作协议。",
        {("湖南大学", "莫纳什大学", "mou", "2026-11-03")},
    ),
    (
        "zh",
        PUBLISHED,
        "11月3日，湖南大学与莫纳什大学签署合作备忘录。\n\n湖南师范大学代表团此次访问英国取得丰硕成果：与利兹大学签署学生交流协议，与埃克塞特大学签署“2+2”项目协议，与纽卡斯尔大学签署合作备忘录。",
        {
            ("湖南大学", "莫纳什大学", "mou", "2026-11-03"),
            ("湖南师范大学", "利兹大学", "agreement", None),
            ("湖南师范大学", "埃克塞特大学", "agreement", None),
            ("湖南师范大学", "纽卡斯尔大学", "mou", None),
        },
    ),
    (
        "zh",
        PUBLISHED,
        "11月3日，湖南大学与莫纳什大学签署合作备忘录。\n\n10月下旬，湖南师范大学代表团访问英国，取得以下成果：\n与利兹大学签署学生交流协议；\n与埃克塞特大学签署“2+2”项目协议；\n与纽卡斯尔大学签署合作备忘录。",
        {
            ("湖南大学", "莫纳什大学", "mou", "2026-11-03"),
            ("湖南师范大学", "利兹大学", "agreement", None),
            ("湖南师范大学", "埃克塞特大学", "agreement", None),
            ("湖南师范大学", "纽卡斯尔大学", "mou", None),
        },
    ),
    (
        "zh",
        PUBLISHED,
        "11月5日，湖南大学与莫纳什大学续签合作协议。",
        {("湖南大学", "莫纳什大学", "agreement", "2026-11-05")},
    ),
    (
        "zh",
        PUBLISHED,
        "11月5日，湖南大学与莫纳什大学签订战略合作框架协议。",
        {("湖南大学", "莫纳什大学", "agreement", "2026-11-05")},
    ),
    (
        "zh",
        PUBLISHED,
        "11月5日，湖南大学与利兹大学以视频连线方式签署“2+2”双学位项目协议。",
        {("湖南大学", "利兹大学", "agreement", "2026-11-05")},
    ),
    (
        "zh",
        PUBLISHED,
        "11月7日，东华理工大学与喀山联邦大学签署合作协议。\n\n同日，江西理工大学与乌拉尔联邦大学签署合作备忘录。",
        {
            ("东华理工大学", "喀山联邦大学", "agreement", "2026-11-07"),
            ("江西理工大学", "乌拉尔联邦大学", "mou", "2026-11-07"),
        },
    ),
    (
        "zh",
        PUBLISHED,
        "11月5日，莫纳什大学副校长一行访问湖南大学，并与湖南大学签署《合作备忘录》。",
        {("湖南大学", "莫纳什大学", "mou", "2026-11-05")},
    ),
    (
        "zh",
        PUBLISHED,
        "11月5日，中南大学代表团访问昆士兰大学，并与该校签署学生交流协议。",
        {("中南大学", "昆士兰大学", "agreement", "2026-11-05")},
    ),
]


@pytest.mark.parametrize("probe", PROBES, ids=[f"{p[0]}-{i}" for i, p in enumerate(PROBES)])
def test_partnership_probe(extract, probe: Probe) -> None:
    language, published, text, expected = probe
    record = extract(text, language, published=published)
    got = {(p.chinese.name, p.foreign.name, p.kind, p.date) for p in record.partnerships}
    assert got == expected
