# ruff: noqa: E501  (probes are whole passages, one a line)
"""Probes, session 15 (wave 2): where a happening on a day of its own, told without a place, took
place. A place is carried only within one happening's telling: a happening on another day than the
one a place was told with is placed nowhere (a visit told after a forum, a signing the day after a
meeting in the city, a meeting back home after a trip); a place still covers the days of a range told
with it ("held in Changsha from April 20 to 23" ... "on April 23, the forum's last day"), the days
after a delegation arrived there ("arrived in Chengdu on 22 September"; 抵达赣州), the lines under a
city heading, and a second happening on the same day. Made-up passages in the genre's ways, each with
the (kind, date, location) of the events a careful reader takes. Pages are dated 20 November 2025."""

import pytest

PUBLISHED = "2025-11-20"

ENGLISH = [
    # another day, another happening: no place carried
    (
        "On November 10, a delegation from Jiangxi Normal University visited the University of Auckland in Auckland. On November 12, the university hosted a delegation from Kazan Federal University, and the two sides held talks on joint programmes.",
        [("visit", "2025-11-10", "Auckland"), ("visit", "2025-11-12", None)],
    ),
    (
        "The 2025 China-ASEAN Education Forum was held in Guiyang on November 3. On November 7, Nanchang University signed a memorandum of understanding with Chiang Mai University.",
        [("conference", "2025-11-03", "Guiyang"), ("signing", "2025-11-07", None)],
    ),
    (
        "Vice President Li Ming spoke at the 2025 World Teachers Summit. The summit, held on November 11 in Shanghai, drew 600 educators. The China-Laos Presidents' Roundtable, held on November 14 on the university's main campus, gathered eight presidents.",
        [("conference", "2025-11-11", "Shanghai"), ("conference", "2025-11-14", None)],
    ),
    (
        "On November 4, the delegation visited Monash University in Melbourne. Back home, on November 12, the university signed an agreement with the University of Dundee on a joint master's programme.",
        [("visit", "2025-11-04", "Melbourne"), ("signing", "2025-11-12", None)],
    ),
    # the same day: the place carries
    (
        "On November 12, a delegation from the University of Leeds visited Jiangxi Normal University in Nanchang. On November 12, the two universities also signed a memorandum of understanding on teacher training.",
        [("visit", "2025-11-12", "Nanchang"), ("signing", "2025-11-12", "Nanchang")],
    ),
    # the days of a range told with a place
    (
        "The 2025 China-ASEAN Teacher Education Forum was held in Changsha from November 10 to 13. On November 11, on the sidelines of the forum, Hunan Normal University signed a memorandum of understanding with Chiang Mai University.",
        [("conference", "2025-11-10", "Changsha"), ("signing", "2025-11-11", "Changsha")],
    ),
    (
        "The 2025 China-Africa Vocational Education Forum was held in Changsha from November 10 to 13. On November 12, a delegation from Kenyatta University paid a visit to Xiangtan University in Xiangtan. The annual meeting of the council of the China-Africa Vocational Education Alliance took place on November 13, the forum's last day.",
        [
            ("conference", "2025-11-10", "Changsha"),
            ("visit", "2025-11-12", "Xiangtan"),
            ("conference", "2025-11-13", "Changsha"),
        ],
    ),
    # arrived at a place: the days after are spent there
    (
        "The delegation arrived in Chengdu on November 10 and toured the university's laboratories. On November 11, the two universities renewed their joint institute agreement for another five years.",
        [("signing", "2025-11-11", "Chengdu")],
    ),
    # a day given without a place before, then a place on another day: only that day's
    (
        "On November 3, the university held a seminar on joint programmes in Jiujiang. On November 5, a delegation from the University of Dundee visited the university.",
        [("conference", "2025-11-03", "Jiujiang"), ("visit", "2025-11-05", None)],
    ),
    # a forum opened there goes on over the days after
    (
        "The 2025 China-ASEAN Education Forum opened in Nanning on November 17. The next day, Guangxi University signed an agreement with Mahidol University.",
        [("conference", "2025-11-17", "Nanning"), ("signing", "2025-11-18", "Nanning")],
    ),
    # a city heading places every day under it
    (
        "Kuala Lumpur: On November 5, the delegation visited the University of Malaya.\nOn November 6, Jiangxi Agricultural University signed an agreement with Taylor's University.",
        [("visit", "2025-11-05", "Kuala Lumpur"), ("signing", "2025-11-06", "Kuala Lumpur")],
    ),
]

CHINESE = [
    # 另一天、另一件事：不沿用前文地点
    (
        "11月10日，江西师范大学代表团在奥克兰访问奥克兰大学。11月12日，喀山联邦大学代表团来访我校，双方就联合培养项目进行了会谈。",
        [("visit", "2025-11-10", "奥克兰"), ("visit", "2025-11-12", None)],
    ),
    (
        "11月3日，2025中国—东盟教育合作研讨会在贵阳举行。11月7日，南昌大学与泰国清迈大学签署合作备忘录。",
        [("conference", "2025-11-03", "贵阳"), ("signing", "2025-11-07", None)],
    ),
    (
        "11月4日，代表团在墨尔本访问莫纳什大学。11月12日，学校与英国邓迪大学签署硕士研究生联合培养协议。",
        [("visit", "2025-11-04", "墨尔本"), ("signing", "2025-11-12", None)],
    ),
    (
        "11月17日下午，副省长在南昌会见了英国利兹大学代表团一行。11月18日，代表团访问江西师范大学，两校签署了合作备忘录。",
        # (the delegation's trip is one visit, dated and placed by its first day)
        [("signing", "2025-11-18", None), ("visit", "2025-11-17", "南昌")],
    ),
    (
        "11月5日，代表团在明斯克访问白俄罗斯国立大学。6日，江西师范大学与明斯克国立语言大学签署合作备忘录。",
        [("signing", "2025-11-06", None), ("visit", "2025-11-05", "明斯克")],
    ),
    # 同一天：沿用
    (
        "11月12日上午，英国利兹大学代表团在南昌访问江西师范大学。11月12日下午，两校签署了教师培训合作备忘录。",
        [("signing", "2025-11-12", "南昌"), ("visit", "2025-11-12", "南昌")],
    ),
    # 时间段内的日子：沿用
    (
        "11月10日至13日，2025中国—东盟教师教育论坛在长沙举行。11月11日，湖南师范大学与清迈大学签署合作备忘录。",
        [("conference", "2025-11-10", "长沙"), ("signing", "2025-11-11", "长沙")],
    ),
    (
        "11月10日至13日，2025中非职业教育论坛在长沙举行。12日，肯雅塔大学代表团在湘潭访问湘潭大学。13日，中非职业教育联盟理事会年会召开。",
        [("conference", "2025-11-10", "长沙"), ("conference", "2025-11-13", "长沙"), ("visit", "2025-11-12", "湘潭")],
    ),
    # 抵达某地：此后几天都在该地
    (
        "泰国宋卡王子大学代表团11月6日抵达赣州，开始为期三天的访问。11月7日，赣南医科大学与宋卡王子大学签署合作备忘录。",
        [("signing", "2025-11-07", "赣州"), ("visit", "2025-11-06", "赣州")],
    ),
    # 论坛在某地开幕：此后几天都在该地
    (
        "11月17日，2025中国—东盟教育论坛在南宁开幕。次日，广西大学与玛希隆大学签署合作协议。",
        [("conference", "2025-11-17", "南宁"), ("signing", "2025-11-18", "南宁")],
    ),
    (
        "11月17日，2025中国—东盟教育论坛在南宁举行。11月19日，广西大学与玛希隆大学签署合作协议。",
        [("conference", "2025-11-17", "南宁"), ("signing", "2025-11-19", None)],
    ),
    # 地名作小标题：其下各日都在该地
    (
        "吉隆坡：\n11月5日，代表团访问马来亚大学。\n11月6日，江西农业大学与泰莱大学签署合作协议。",
        [("signing", "2025-11-06", "吉隆坡"), ("visit", "2025-11-05", "吉隆坡")],
    ),
    # 不带日期的地点：其后有日期的活动仍在该地（未另述）
    (
        "中英合作办学研讨会在南昌召开。11月14日，江西财经大学与英国诺丁汉特伦特大学签署续签协议。",
        [("conference", None, "南昌"), ("signing", "2025-11-14", "南昌")],
    ),
]


def _events(record):
    return sorted(((e.kind, e.date, e.location) for e in record.events), key=str)


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_probe(extract, text, expected):
    assert _events(extract(text, "en", published=PUBLISHED)) == sorted(expected, key=str)


@pytest.mark.parametrize(("text", "expected"), CHINESE)
def test_chinese_probe(extract, text, expected):
    assert _events(extract(text, "zh", published=PUBLISHED)) == sorted(expected, key=str)
