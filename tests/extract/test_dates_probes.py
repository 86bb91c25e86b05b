# ruff: noqa: E501  (probe passages are kept whole, one string each)
"""Date probes: made-up passages written the ways bulletins date a partnership and its event
(corpus/GUIDE.md "Dates"): days with and without a year, dotted and slashed dates, weekdays and
"last Friday"/上周五, 昨天/今天, ranges (a visit's first day), 当天/同日/"the same day", 次日/"the
next day", a dispatch's dateline, a day in the sentence before, 近日/日前/"recently" (no day), and
a background day of an older agreement that does not date this one.

Each probe is (publication date, text, the date of every partnership found, an (event kind, date)
the events hold).
"""

from __future__ import annotations

import pytest

Probe = tuple[str, str, str | None, tuple[str, str | None]]

ZH: list[Probe] = [
    (
        "2025-11-20",
        "2025.11.18，江西师范大学与俄罗斯国立师范大学签署合作协议。",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "江西师范大学与俄罗斯国立师范大学于2025.11.18签署合作备忘录。",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    ("2025-11-20", "11月18日，江西师范大学与俄罗斯国立师范大学签署合作协议。", "2025-11-18", ("signing", "2025-11-18")),
    ("2025-11-20", "昨天，江西师范大学与俄罗斯国立师范大学签署合作协议。", "2025-11-19", ("signing", "2025-11-19")),
    ("2025-11-20", "今天上午，江西师范大学与俄罗斯国立师范大学签署合作协议。", "2025-11-20", ("signing", "2025-11-20")),
    ("2025-11-20", "上周五，江西师范大学与俄罗斯国立师范大学签署合作协议。", "2025-11-14", ("signing", "2025-11-14")),
    ("2025-11-20", "近日，江西师范大学与俄罗斯国立师范大学签署合作协议。", None, ("signing", None)),
    ("2025-11-20", "日前，江西师范大学与俄罗斯国立师范大学签署合作协议。", None, ("signing", None)),
    ("2025-11-20", "11月12日至14日，俄罗斯国立师范大学代表团访问江西师范大学。", "2025-11-12", ("visit", "2025-11-12")),
    (
        "2025-11-20",
        "俄罗斯国立师范大学代表团于11月12日至14日访问江西师范大学，双方签署合作协议。",
        None,
        ("visit", "2025-11-12"),
    ),
    (
        "2025-11-20",
        "11月12日，俄罗斯国立师范大学代表团抵达南昌。当天，江西师范大学与俄罗斯国立师范大学签署合作协议。",
        "2025-11-12",
        ("signing", "2025-11-12"),
    ),
    (
        "2025-11-20",
        "11月12日，俄罗斯国立师范大学代表团抵达南昌。同日，江西师范大学与俄罗斯国立师范大学签署合作协议。",
        "2025-11-12",
        ("signing", "2025-11-12"),
    ),
    (
        "2025-11-20",
        "新华社南昌11月18日电 11月17日，江西师范大学与俄罗斯国立师范大学签署合作协议。",
        "2025-11-17",
        ("signing", "2025-11-17"),
    ),
    (
        "2025-11-20",
        "11月18日，江西师范大学与俄罗斯国立师范大学签署合作协议。早在2019年3月5日，两校即签署了合作备忘录。",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "11月18日（星期二），江西师范大学与俄罗斯国立师范大学签署合作协议。",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    ("2025-11-20", "本周二，江西师范大学与俄罗斯国立师范大学签署合作协议。", "2025-11-18", ("signing", "2025-11-18")),
    (
        "2025-11-20",
        "2025年11月18日上午，江西师范大学与俄罗斯国立师范大学在南昌签署合作协议。",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "江西师范大学与俄罗斯国立师范大学合作协议签约仪式于11月18日在南昌举行。",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    ("2025-11-20", "18日，江西师范大学与俄罗斯国立师范大学签署合作协议。", "2025-11-18", ("signing", "2025-11-18")),
    (
        "2025-11-20",
        "2025/11/18，江西师范大学与俄罗斯国立师范大学签署合作协议。",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "2025-11-18，江西师范大学与俄罗斯国立师范大学签署合作协议。",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "江西师范大学与俄罗斯国立师范大学于当地时间11月17日签署合作协议。",
        "2025-11-17",
        ("signing", "2025-11-17"),
    ),
    (
        "2025-11-20",
        "11月17日，俄罗斯国立师范大学校长一行来访江西师范大学。次日，双方签署合作协议。",
        "2025-11-18",
        ("visit", "2025-11-17"),
    ),
    (
        "2025-11-20",
        "应江西师范大学邀请，俄罗斯国立师范大学副校长一行于11月12日至14日来校访问。\n13日上午，双方签署了合作协议。",
        "2025-11-13",
        ("visit", "2025-11-12"),
    ),
    (
        "2025-11-20",
        "11月12日至14日，江西省教育厅代表团访问俄罗斯国立师范大学。代表团与俄罗斯国立师范大学就合作办学进行了会谈。",
        "2025-11-12",
        ("visit", "2025-11-12"),
    ),
    (
        "2025-11-20",
        "11月10日，江西师范大学代表团启程赴俄罗斯访问。\n11月12日，代表团访问俄罗斯国立师范大学，双方签署合作备忘录。",
        "2025-11-12",
        ("signing", "2025-11-12"),
    ),
    (
        "2025-11-20",
        "江西师范大学校长率团于11月12日至16日访问俄罗斯，其间与俄罗斯国立师范大学签署合作协议。",
        None,
        ("visit", "2025-11-12"),
    ),
    (
        "2025-11-20",
        "【江西师范大学新闻网】11月18日，江西师范大学与俄罗斯国立师范大学签署合作协议。",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "（通讯员 李明）11月18日，江西师范大学与俄罗斯国立师范大学签署合作协议。",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "本网讯 11月18日，江西师范大学与俄罗斯国立师范大学签署合作协议。",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "11月18日，江西师范大学与俄罗斯国立师范大学签署合作协议。\n签约现场\n此前，两校已于2023年6月5日签署合作备忘录。",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "江西师范大学与俄罗斯国立师范大学于11月18日（周二）签署合作协议。",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "11月18日下午，俄罗斯国立师范大学校长一行访问江西师范大学。双方举行会谈，并签署合作协议。",
        "2025-11-18",
        ("visit", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "2025年11月18日，俄罗斯国立师范大学校长一行访问江西师范大学。",
        "2025-11-18",
        ("visit", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "11月18日—20日，俄罗斯国立师范大学校长一行访问江西师范大学。",
        "2025-11-18",
        ("visit", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "11月18日至20日，俄罗斯国立师范大学校长一行访问江西师范大学并签署合作协议。",
        None,
        ("visit", "2025-11-18"),
    ),
    ("2025-11-20", "俄罗斯国立师范大学校长一行11月18日访问江西师范大学。", "2025-11-18", ("visit", "2025-11-18")),
    ("2025-11-20", "俄罗斯国立师范大学校长一行18日访问江西师范大学。", "2025-11-18", ("visit", "2025-11-18")),
    (
        "2025-11-20",
        "俄罗斯国立师范大学校长一行于2025年11月18日访问江西师范大学。",
        "2025-11-18",
        ("visit", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "11月18日，江西师范大学与俄罗斯国立师范大学在线签署合作协议。",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "江西师范大学与俄罗斯国立师范大学签署合作协议\n2025-11-19 10:20\n11月18日，江西师范大学与俄罗斯国立师范大学签署合作协议。",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    ("2025-11-20", "12月3日，江西师范大学与俄罗斯国立师范大学签署合作协议。", "2024-12-03", ("signing", "2024-12-03")),
    (
        "2025-11-20",
        "当地时间11月17日，江西师范大学代表团访问俄罗斯国立师范大学。",
        "2025-11-17",
        ("visit", "2025-11-17"),
    ),
    (
        "2025-11-20",
        "11月17日，江西师范大学代表团抵达圣彼得堡。18日，代表团访问俄罗斯国立师范大学，双方签署合作协议。",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "11月17日，江西师范大学代表团抵达圣彼得堡。次日，代表团访问俄罗斯国立师范大学，双方签署合作协议。",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
]

EN: list[Probe] = [
    (
        "2025-11-20",
        "On 2025.11.18, Jiangxi Normal University signed an agreement with Herzen State Pedagogical University of Russia.",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "On November 18, Jiangxi Normal University signed an agreement with Herzen State Pedagogical University of Russia.",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "Jiangxi Normal University signed an agreement with Herzen State Pedagogical University of Russia last Friday.",
        "2025-11-14",
        ("signing", "2025-11-14"),
    ),
    (
        "2025-11-20",
        "Jiangxi Normal University signed an agreement with Herzen State Pedagogical University of Russia on Tuesday.",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "Jiangxi Normal University signed an agreement with Herzen State Pedagogical University of Russia yesterday.",
        "2025-11-19",
        ("signing", "2025-11-19"),
    ),
    (
        "2025-11-20",
        "Jiangxi Normal University recently signed an agreement with Herzen State Pedagogical University of Russia.",
        None,
        ("signing", None),
    ),
    (
        "2025-11-20",
        "A delegation from Herzen State Pedagogical University of Russia visited Jiangxi Normal University from Nov 12-14.",
        "2025-11-12",
        ("visit", "2025-11-12"),
    ),
    (
        "2025-11-20",
        "A delegation from Herzen State Pedagogical University of Russia visited Jiangxi Normal University on Nov. 12-14.",
        "2025-11-12",
        ("visit", "2025-11-12"),
    ),
    (
        "2025-11-20",
        "A delegation from Herzen State Pedagogical University of Russia visited Jiangxi Normal University from November 12 to 14, 2025.",
        "2025-11-12",
        ("visit", "2025-11-12"),
    ),
    (
        "2025-11-20",
        "NANCHANG, Nov. 19 (Xinhua) -- Jiangxi Normal University signed an agreement with Herzen State Pedagogical University of Russia on Monday.",
        "2025-11-17",
        ("signing", "2025-11-17"),
    ),
    (
        "2025-11-20",
        "A delegation from Herzen State Pedagogical University of Russia arrived in Nanchang on November 12. On the same day, Jiangxi Normal University signed an agreement with Herzen State Pedagogical University of Russia.",
        "2025-11-12",
        ("signing", "2025-11-12"),
    ),
    (
        "2025-11-20",
        "On November 18, Jiangxi Normal University signed an agreement with Herzen State Pedagogical University of Russia. The two universities first signed a memorandum on 5 March 2019.",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "On 18 November 2025, Jiangxi Normal University signed an agreement with Herzen State Pedagogical University of Russia.",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "On Tuesday, November 18, Jiangxi Normal University signed an agreement with Herzen State Pedagogical University of Russia.",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    # an abbreviated weekday before the day: its stop and comma end no sentence
    (
        "2025-11-20",
        "Jiangxi Normal University signed an agreement with Herzen State Pedagogical University of Russia on Tues., Nov. 18.",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "On Thurs., Nov. 13, Jiangxi Normal University signed an agreement with Herzen State Pedagogical University of Russia.",
        "2025-11-13",
        ("signing", "2025-11-13"),
    ),
    (
        "2025-11-20",
        "Jiangxi Normal University signed an agreement with Herzen State Pedagogical University of Russia on 18/11/2025.",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "On November 17, a delegation from Herzen State Pedagogical University of Russia visited Jiangxi Normal University. The next day, the two universities signed an agreement.",
        "2025-11-18",
        ("visit", "2025-11-17"),
    ),
    (
        "2025-11-20",
        "Jiangxi Normal University signed an agreement with Herzen State Pedagogical University of Russia on the 18th.",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "Jiangxi Normal University and Herzen State Pedagogical University of Russia signed an agreement earlier this week.",
        None,
        ("signing", None),
    ),
    (
        "2025-11-20",
        "A delegation from Jiangxi Normal University visited Herzen State Pedagogical University of Russia on November 12-14. On November 13, the two sides signed a memorandum of understanding.",
        "2025-11-13",
        ("visit", "2025-11-12"),
    ),
    (
        "2025-11-20",
        "A delegation from Herzen State Pedagogical University of Russia led by its rector paid a three-day visit to Jiangxi Normal University starting on November 12.",
        "2025-11-12",
        ("visit", "2025-11-12"),
    ),
    (
        "2025-11-20",
        "On Wednesday, November 12, a delegation from Herzen State Pedagogical University of Russia visited Jiangxi Normal University.",
        "2025-11-12",
        ("visit", "2025-11-12"),
    ),
    (
        "2025-11-20",
        "Jiangxi Normal University and Herzen State Pedagogical University of Russia signed a cooperation agreement on Nov 18th.",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "Jiangxi Normal University and Herzen State Pedagogical University of Russia signed a cooperation agreement on 18th November.",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "Jiangxi Normal University and Herzen State Pedagogical University of Russia signed a cooperation agreement on the 18th of November.",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "Jiangxi Normal University and Herzen State Pedagogical University of Russia signed a cooperation agreement on Nov. 18, 2025.",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "Jiangxi Normal University and Herzen State Pedagogical University of Russia signed a cooperation agreement on 2025-11-18.",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "Jiangxi Normal University and Herzen State Pedagogical University of Russia signed a cooperation agreement on Monday (Nov 17).",
        "2025-11-17",
        ("signing", "2025-11-17"),
    ),
    (
        "2025-11-20",
        "Jiangxi Normal University and Herzen State Pedagogical University of Russia signed a cooperation agreement this Monday.",
        "2025-11-17",
        ("signing", "2025-11-17"),
    ),
    (
        "2025-11-20",
        "Jiangxi Normal University and Herzen State Pedagogical University of Russia signed a cooperation agreement on December 3.",
        "2024-12-03",
        ("signing", "2024-12-03"),
    ),
    (
        "2025-11-20",
        "NANCHANG, Nov. 19 (Xinhua) -- Jiangxi Normal University signed a cooperation agreement with Herzen State Pedagogical University of Russia.",
        None,
        ("signing", None),
    ),
    (
        "2025-11-20",
        "On November 17, the delegation arrived in St Petersburg. On the 18th, Jiangxi Normal University signed an agreement with Herzen State Pedagogical University of Russia.",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "Jiangxi Normal University signed an agreement with Herzen State Pedagogical University of Russia in St Petersburg, Russia on November 18 local time.",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "Herzen State Pedagogical University of Russia and Jiangxi Normal University have signed a cooperation agreement. The signing ceremony took place on November 18 in Nanchang.",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "Jiangxi Normal University (JXNU) signed a memorandum with Herzen State Pedagogical University of Russia on Tuesday, 18 November 2025.",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
    (
        "2025-11-20",
        "On 18.11.2025, Jiangxi Normal University signed a memorandum with Herzen State Pedagogical University of Russia.",
        "2025-11-18",
        ("signing", "2025-11-18"),
    ),
]


@pytest.mark.parametrize(("language", "probe"), [("zh", p) for p in ZH] + [("en", p) for p in EN])
def test_date_probe(extract, language: str, probe: Probe) -> None:
    published, text, pair_date, event = probe
    record = extract(text, language, published=published)
    assert record.partnerships, "the probe's pair is found"
    assert [p.date for p in record.partnerships] == [pair_date] * len(record.partnerships)
    assert event in [(e.kind, e.date) for e in record.events]
