# ruff: noqa: E501  (probes are whole sentences, one a line)
"""Probes, session 14: happenings the corpus under-covers. Several happenings on one page (a forum,
then a signing, then a visit); a happening named later only by a generic noun ("the ceremony", 会上,
活动期间); online and hybrid meetings; 座谈会/推介会/对接会/洽谈会/见面会, 开班仪式/揭牌仪式/启动仪式,
云签约; "roundtable", "webinar", "launch", "inauguration", "unveiling"; a day given as a range; a
happening at a campus of a university (a campus is no location). Made-up passages in the genre's ways;
each with the events (kind, date, name, location). Pages are dated Thursday 20 November 2025."""

import pytest

PUBLISHED = "2025-11-20"

ENGLISH = [
    # roundtable / webinar, unnamed and named
    (
        "On November 17, Nanchang University held a roundtable on joint programmes with the University of Dundee.",
        [("conference", "2025-11-17", None, None)],
    ),
    (
        "On November 17, Jiangxi Normal University hosted a webinar on Sino-foreign cooperative education with Monash University.",
        [("conference", "2025-11-17", None, None)],
    ),
    (
        "The 2025 China-ASEAN Vocational Education Webinar was held online on November 12.",
        [("conference", "2025-11-12", "2025 China-ASEAN Vocational Education Webinar", None)],
    ),
    (
        "The 2025 Sino-British Education Roundtable was held in Nanchang on November 12.",
        [("conference", "2025-11-12", "2025 Sino-British Education Roundtable", "Nanchang")],
    ),
    # a day given as a range
    (
        "The 2025 China-Africa University Presidents' Forum was held in Changsha on Nov 5-7.",
        [("conference", "2025-11-05", "2025 China-Africa University Presidents' Forum", "Changsha")],
    ),
    (
        "From November 5 to 7, the Third China-Central Asia Education Forum was held in Lanzhou.",
        [("conference", "2025-11-05", "Third China-Central Asia Education Forum", "Lanzhou")],
    ),
    # inauguration, unveiling, launch
    (
        "On November 14, the inauguration ceremony of the Sino-Italian Institute of Design was held at Nanchang University.",
        [("establishment", "2025-11-14", "Sino-Italian Institute of Design", None)],
    ),
    (
        "Nanchang University launched the Sino-French Institute of Engineering with the University of Poitiers on November 12.",
        [("establishment", "2025-11-12", "Sino-French Institute of Engineering", None)],
    ),
    (
        "The Jiangxi-Africa Vocational Education Alliance was launched in Nanchang on November 14.",
        [("establishment", "2025-11-14", "Jiangxi-Africa Vocational Education Alliance", "Nanchang")],
    ),
    (
        "On November 14, Jiangxi University of Finance and Economics and the University of Pavia unveiled the plaque of the Joint Research Centre for Digital Economy.",
        [("establishment", "2025-11-14", "Joint Research Centre for Digital Economy", None)],
    ),
    # a happening named later only by a generic noun takes the first one's day and place
    (
        "On November 17, the 2025 Jiangxi International Education Forum opened in Nanchang. During the event, Jiangxi Normal University signed an agreement with the University of Dundee.",
        [
            ("conference", "2025-11-17", "2025 Jiangxi International Education Forum", "Nanchang"),
            ("signing", "2025-11-17", None, "Nanchang"),
        ],
    ),
    (
        "On November 17, the 2025 Jiangxi International Education Forum was held in Nanchang. On the sidelines of the forum, Nanchang University and Kazan Federal University signed a memorandum of understanding.",
        [
            ("conference", "2025-11-17", "2025 Jiangxi International Education Forum", "Nanchang"),
            ("signing", "2025-11-17", None, "Nanchang"),
        ],
    ),
    # a campus is no location
    (
        "On November 17, a delegation from the University of Dundee visited Nanchang University's Qianhu campus.",
        [("visit", "2025-11-17", None, None)],
    ),
    (
        "On November 17, the 2025 China-UK Education Forum was held at the university's Qianhu campus.",
        [("conference", "2025-11-17", "2025 China-UK Education Forum", None)],
    ),
    # several happenings on one page
    (
        "On November 17, Nanchang University hosted the 2025 China-UK Education Forum. After the forum, the university signed an agreement with the University of Dundee. On November 18, the Dundee delegation visited Jiangxi Normal University.",
        [
            ("conference", "2025-11-17", "2025 China-UK Education Forum", None),
            ("signing", "2025-11-17", None, None),
            ("visit", "2025-11-18", None, None),
        ],
    ),
    # hybrid keeps its place; online has none
    (
        "The 2025 Belt and Road Vocational Education Conference was held both online and offline in Nanchang on November 12.",
        [("conference", "2025-11-12", "2025 Belt and Road Vocational Education Conference", "Nanchang")],
    ),
    (
        "On November 12, Nanchang University and the University of Leeds signed an agreement online.",
        [("signing", "2025-11-12", None, None)],
    ),
    (
        "On November 12, Nanchang University and the University of Leeds held an online signing ceremony for a dual-degree programme.",
        [("signing", "2025-11-12", None, None)],
    ),
    # signings of other parties, one on a day and one without (during an expo of several days) are
    # two; a headline retelling the dated one is the same
    (
        "The 2025 Jiangxi Education Expo was held in Nanchang from November 12 to 14. During the expo, Nanchang University signed an agreement with the University of Leeds. On November 13, Jiangxi Normal University and Monash University signed a memorandum of understanding.",
        [
            ("conference", "2025-11-12", "2025 Jiangxi Education Expo", "Nanchang"),
            ("signing", None, None, "Nanchang"),
            ("signing", "2025-11-13", None, "Nanchang"),
        ],
    ),
    (
        "Nanchang University signs agreement with University of Leeds\nOn November 17, Nanchang University signed an agreement with the University of Leeds on joint training.",
        [("signing", "2025-11-17", None, None)],
    ),
]

CHINESE = [
    # 座谈会/推介会/对接会/洽谈会/见面会, named
    (
        "11月17日，2025年江西—英国中外合作办学座谈会在南昌召开。",
        [("conference", "2025-11-17", "2025年江西—英国中外合作办学座谈会", "南昌")],
    ),
    (
        "11月12日，2025“留学江西”教育推介会在吉隆坡举行。",
        [("conference", "2025-11-12", "2025“留学江西”教育推介会", "吉隆坡")],
    ),
    (
        "11月12日，2025中国—东盟职业教育校企对接会在南宁举行。",
        [("conference", "2025-11-12", "2025中国—东盟职业教育校企对接会", "南宁")],
    ),
    (
        "11月12日，2025江西—非洲教育合作洽谈会在南昌举行。",
        [("conference", "2025-11-12", "2025江西—非洲教育合作洽谈会", "南昌")],
    ),
    (
        "11月12日，2025中外合作办学项目招生见面会在南昌举行。",
        [("conference", "2025-11-12", "2025中外合作办学项目招生见面会", "南昌")],
    ),
    # 开班仪式 (other), 揭牌仪式 (establishment of what is unveiled), 启动仪式
    (
        "11月17日，江西财经大学与格里菲斯大学合作举办的国际商务硕士项目举行开班仪式。",
        [("other", "2025-11-17", None, None)],
    ),
    (
        "11月14日，南昌大学中意设计学院揭牌仪式在南昌大学前湖校区举行。",
        [("establishment", "2025-11-14", "南昌大学中意设计学院", None)],
    ),
    (
        "11月14日，江西—非洲职业教育联盟启动仪式在南昌举行。",
        [("establishment", "2025-11-14", "江西—非洲职业教育联盟", "南昌")],
    ),
    # 云签约: an online signing
    (
        "11月12日，南昌大学与英国利兹大学举行云签约仪式。",
        [("signing", "2025-11-12", None, None)],
    ),
    (
        "11月12日，江西师范大学与蒙纳士大学以云签约方式签署合作备忘录。",
        [("signing", "2025-11-12", None, None)],
    ),
    # a day given as a range
    (
        "11月5日至7日，第三届中国—中亚教育合作论坛在兰州举行。",
        [("conference", "2025-11-05", "第三届中国—中亚教育合作论坛", "兰州")],
    ),
    # a happening named later only by 会上 / 活动期间 / 仪式上
    (
        "11月17日，2025江西国际教育论坛在南昌开幕。会上，江西师范大学与邓迪大学签署合作协议。",
        [
            ("conference", "2025-11-17", "2025江西国际教育论坛", "南昌"),
            ("signing", "2025-11-17", None, "南昌"),
        ],
    ),
    (
        "11月17日，2025江西国际教育周在南昌开幕。活动期间，南昌大学与喀山联邦大学签署合作备忘录。",
        [
            ("conference", "2025-11-17", "2025江西国际教育周", "南昌"),
            ("signing", "2025-11-17", None, "南昌"),
        ],
    ),
    # online / hybrid
    (
        "11月12日，2025中国—东盟职业教育合作论坛以线上线下相结合的方式在南宁举行。",
        [("conference", "2025-11-12", "2025中国—东盟职业教育合作论坛", "南宁")],
    ),
    (
        "11月12日，2025中俄高校合作线上研讨会举行。",
        [("conference", "2025-11-12", "2025中俄高校合作线上研讨会", None)],
    ),
    # a campus is no location
    (
        "11月17日，邓迪大学代表团访问南昌大学前湖校区。",
        [("visit", "2025-11-17", None, None)],
    ),
    # several happenings on one page (the lead's place carries to its day's happenings; a visit on another
    # day, named no place, is placed nowhere: session 15, corpus/GUIDE.md "the city ... named for it")
    (
        "11月17日，2025中英高等教育合作论坛在南昌举行。论坛结束后，南昌大学与邓迪大学签署合作协议。11月18日，邓迪大学代表团访问江西师范大学。",
        [
            ("conference", "2025-11-17", "2025中英高等教育合作论坛", "南昌"),
            ("signing", "2025-11-17", None, "南昌"),
            ("visit", "2025-11-18", None, None),
        ],
    ),
    # signings of other parties, one on a day and one without (活动期间 of several days) are two; a
    # headline retelling the dated one is the same
    (
        "11月12日至14日，2025江西国际教育博览会在南昌举行。展会期间，南昌大学与利兹大学签署合作协议。11月13日，江西师范大学与蒙纳士大学签署合作备忘录。",
        [
            ("conference", "2025-11-12", "2025江西国际教育博览会", "南昌"),
            ("signing", None, None, "南昌"),
            ("signing", "2025-11-13", None, "南昌"),
        ],
    ),
    (
        "南昌大学与利兹大学签署合作协议\n11月17日，南昌大学与英国利兹大学签署合作协议。",
        [("signing", "2025-11-17", None, None)],
    ),
    (
        "11月17日，2025江西国际教育论坛在南昌举行。会上，南昌大学与利兹大学签署合作协议。11月18日，江西财经大学与格里菲斯大学以云签约方式签署合作备忘录。",
        [
            ("conference", "2025-11-17", "2025江西国际教育论坛", "南昌"),
            ("signing", "2025-11-17", None, "南昌"),
            ("signing", "2025-11-18", None, None),
        ],
    ),
]


def _events(record):
    return sorted(((e.kind, e.date, e.name, e.location) for e in record.events), key=str)


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_probe(extract, text, expected):
    assert _events(extract(text, "en", published=PUBLISHED)) == sorted(expected, key=str)


@pytest.mark.parametrize(("text", "expected"), CHINESE)
def test_chinese_probe(extract, text, expected):
    assert _events(extract(text, "zh", published=PUBLISHED)) == sorted(expected, key=str)
