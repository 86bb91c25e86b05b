# ruff: noqa: E501  (probes are whole passages, one a line)
"""Probes, session 16: events told in the genre's ways the corpus under-covers. A clause's own day
("The institute, approved on 3 May, held its opening on 10 June"), delegations received, a visit told
as 率团来校, a delegation's later days merged into its trip, 同期 during a frame of several days, a
happening told in a headline and retold in the first sentence (推进会在赣州召开), ceremonies (毕业典礼,
开班仪式, 揭牌仪式), 宣讲会, and days without a year, 日前/近日/当天/次日. Made-up passages, each with
the (kind, date, location) of the events a careful reader takes. Pages are dated 20 November 2025."""

import pytest

PUBLISHED = "2025-11-20"

ENGLISH = [
    # a clause's own day
    (
        "The Sino-Thai Institute of Language Education, approved by the Ministry of Education on November 3, held its opening ceremony in Nanchang on November 15.",
        [("approval", "2025-11-03", None), ("establishment", "2025-11-15", "Nanchang")],
    ),
    (
        "The Jiangxi Normal University-Leeds Joint Institute, approved by the Ministry of Education on 3 May, held its opening ceremony on 10 November.",
        [("approval", "2025-05-03", None), ("establishment", "2025-11-10", None)],
    ),
    (
        "Nanchang University, which signed an agreement with the University of Dundee on November 4, hosted a delegation from Kazan Federal University on November 12.",
        [("signing", "2025-11-04", None), ("visit", "2025-11-12", None)],
    ),
    # delegations received
    (
        "On November 12, Jiangxi Normal University received a delegation from the University of Leeds.",
        [("visit", "2025-11-12", None)],
    ),
    (
        "On November 12, the university received delegations from the University of Leeds and Kazan Federal University.",
        [("visit", "2025-11-12", None)],
    ),
    # the days of a trip
    (
        "A delegation from Kazan Federal University arrived in Changsha on November 10. The two universities signed an agreement on November 11, and on November 12 the delegation visited Hunan University.",
        [("visit", "2025-11-10", "Changsha"), ("signing", "2025-11-11", "Changsha")],
    ),
    (
        "On November 10, Vice-Chancellor Jane Doe of the University of Dundee visited Nanchang University. The next day, the Dundee delegation visited Jiangxi Normal University.",
        [("visit", "2025-11-10", None)],
    ),
    # two delegations, two days: two visits
    (
        "On November 10, a delegation from the University of Leeds visited Nanchang University. On November 12, a delegation from Kazan Federal University visited Nanchang University.",
        [("visit", "2025-11-10", None), ("visit", "2025-11-12", None)],
    ),
    # a clause without a day keeps the sentence's
    (
        "On November 12, Nanchang University signed an agreement with the University of Dundee and hosted the 2025 Sino-British Education Forum.",
        [("signing", "2025-11-12", None), ("conference", "2025-11-12", None)],
    ),
]

CHINESE = [
    # 分句自己的日子
    (
        "经教育部11月3日批准设立的南昌大学中法学院，于11月15日在南昌举行揭牌仪式。",
        [("approval", "2025-11-03", None), ("establishment", "2025-11-15", "南昌")],
    ),
    (
        "11月3日，江西师范大学与利兹大学签署合作备忘录，11月12日，两校又签署联合培养协议。",
        [("signing", "2025-11-03", None), ("signing", "2025-11-12", None)],
    ),
    # 率团来校、来校访问
    (
        "11月12日，利兹大学副校长Jane Doe率团来校，校长张华会见了代表团一行。",
        [("visit", "2025-11-12", None)],
    ),
    (
        "11月12日，喀山联邦大学副校长伊万·彼得罗夫率团来校。",
        [("visit", "2025-11-12", None)],
    ),
    (
        "11月12日，邓迪大学代表团来访南昌大学。近年来，喀山联邦大学副校长伊万·彼得罗夫曾两次率团来校。",
        [("visit", "2025-11-12", None), ("visit", None, None)],
    ),
    # 代表团次日的访问并入其行程
    (
        "11月17日下午，副省长在南昌会见了英国利兹大学代表团一行。11月18日，代表团访问江西师范大学，两校签署了合作备忘录。",
        [("signing", "2025-11-18", None), ("visit", "2025-11-17", "南昌")],
    ),
    (
        "11月10日，莫斯科国立交通大学代表团抵达南昌，华东交通大学校长会见了代表团一行。次日，代表团参观了华东交通大学轨道交通实验室。",
        [("visit", "2025-11-10", "南昌")],
    ),
    # 同期：为期数日的活动期间，无一日
    (
        "11月10日至12日，2025中国—东盟教育交流周在贵阳举行。同期，贵州大学与清迈大学签署合作协议。",
        [("conference", "2025-11-10", "贵阳"), ("signing", None, "贵阳")],
    ),
    pytest.param(
        "11月10日，2025中俄交通大学联盟论坛在南昌开幕。论坛为期两天，于11日下午闭幕。同期，华东交通大学副校长率团访问圣彼得堡国立交通大学。",
        [("conference", "2025-11-10", "南昌"), ("visit", None, None)],
    ),
    (
        "11月10日，2025中俄交通大学联盟论坛在南昌举行。同日，华东交通大学与圣彼得堡国立交通大学签署合作协议。",
        [("conference", "2025-11-10", "南昌"), ("signing", "2025-11-10", "南昌")],
    ),
    # 标题讲事件，首句复述（无名称的中心词）并给出日子
    (
        "一、全省中外合作办学质量提升推进会在赣州召开\n11月12日，推进会在赣州召开，省教育厅副厅长出席并讲话。\n二、南昌航空大学与赫瑞瓦特大学举行合作办学项目签约仪式\n11月10日上午，签约仪式在南昌航空大学举行。",
        [("conference", "2025-11-12", "赣州"), ("signing", "2025-11-10", None)],
    ),
    (
        "江西财经大学举行2025届中外合作办学项目毕业典礼\n11月6日，典礼在该校蛟桥园校区举行，168名毕业生获得中外双方学位。",
        [("other", "2025-11-06", None)],
    ),
    (
        "2025江西—东盟职业教育合作论坛在南昌开幕\n11月14日，论坛在南昌开幕，来自东盟国家的200余名代表参会。",
        [("conference", "2025-11-14", "南昌")],
    ),
    # 典礼、仪式、宣讲会
    (
        "11月6日，南昌大学玛丽女王学院2025届毕业典礼在前湖校区举行。",
        [("other", "2025-11-06", None)],
    ),
    pytest.param(
        "11月8日，华东交通大学在吉隆坡举办2026年来华留学招生宣讲会，当地600余名学生和家长到场咨询。",
        [("conference", "2025-11-08", "吉隆坡")],
    ),
    pytest.param(
        "11月8日，江西理工大学2026年国际学生招生宣讲会在塔什干举行。",
        [("conference", "2025-11-08", "塔什干")],
    ),
    (
        "11月8日，2025年全省中外合作办学机构管理干部研修班开班仪式在南昌举行。",
        [("other", "2025-11-08", "南昌")],
    ),
    (
        "11月8日，南昌大学—邓迪大学联合研究中心揭牌仪式在南昌举行。",
        [("establishment", "2025-11-08", "南昌")],
    ),
    (
        "11月8日，2025年全省教育外事工作会议以线上会议形式召开。",
        [("conference", "2025-11-08", None)],
    ),
    (
        "11月9日，第三届中泰高等教育合作论坛在曼谷闭幕。",
        [("conference", "2025-11-09", "曼谷")],
    ),
    (
        "11月9日，2025中国—东盟教育交流周在贵阳落幕。",
        [("conference", "2025-11-09", "贵阳")],
    ),
    # 日前、近日、当天、次日
    (
        "日前，南昌航空大学与赫瑞瓦特大学签署合作办学协议。",
        [("signing", None, None)],
    ),
    (
        "11月12日，邓迪大学代表团来访南昌大学。当天下午，两校签署合作协议。",
        [("signing", "2025-11-12", None), ("visit", "2025-11-12", None)],
    ),
    (
        "11月12日，邓迪大学代表团抵达南昌，开始对南昌大学的访问。次日，两校在南昌大学签署合作协议。",
        [("signing", "2025-11-13", "南昌"), ("visit", "2025-11-12", "南昌")],
    ),
    # 背景：某年签署
    (
        "11月12日，邓迪大学代表团来访南昌大学。两校于2019年签署合作备忘录。",
        [("signing", None, None), ("visit", "2025-11-12", None)],
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
