# ruff: noqa: E501  (probes are whole sentences, one a line)
"""Events, session 20 (q3): made-up passages in the genre's ways, each with the events read
(kind, date, name, location). Pages are dated Thursday 20 November 2025."""

import pytest

PUBLISHED = "2025-11-20"

CHINESE = [
    # 齐聚 + a city: where the guests gathered is where the forum they came to was held, not the dateline's city
    (
        "新华社南昌11月19日电 来自12个国家的40余所高校代表18日齐聚九江，出席2025赣鄱国际教育交流大会。会议期间，双方代表签署合作协议。",
        [("conference", "2025-11-18", "2025赣鄱国际教育交流大会", "九江"), ("signing", "2025-11-18", None, "九江")],
    ),
    (
        "11月17日，两省高校负责人汇聚赣州，参加2025赣南职业教育合作论坛。",
        [("conference", "2025-11-17", "2025赣南职业教育合作论坛", "赣州")],
    ),
    # an event named after a clause of an earlier time (去年…举办的): background, no day, the clause's place;
    # the visit and signing of the sentence's day are not there
    (
        "11月17日，英国邓迪大学代表团来访我校。双方去年在九江举办的2024中英教育合作论坛上初次接触，此次来访旨在落实合作设想。会上，双方签署合作备忘录。",
        [("visit", "2025-11-17", None, None), ("conference", None, "2024中英教育合作论坛", "九江"), ("signing", "2025-11-17", None, None)],
    ),
    # near-miss: held with no earlier time, the forum is the day's, and its place the signing's
    (
        "11月17日，英国邓迪大学代表团来访我校。双方在九江举办的2025中英教育合作论坛上签署合作备忘录。",
        [("visit", "2025-11-17", None, None), ("conference", "2025-11-17", "2025中英教育合作论坛", "九江"), ("signing", "2025-11-17", None, "九江")],
    ),
    # 访问 + a city: where the visit and what it did took place
    (
        "11月14日，英国邓迪大学副校长约翰·史密斯一行访问赣州，与江西理工大学签署合作备忘录。",
        [("visit", "2025-11-14", None, "赣州"), ("signing", "2025-11-14", None, "赣州")],
    ),
    # near-miss: 访问 + a university named after its city is no place
    (
        "11月14日，英国邓迪大学副校长约翰·史密斯一行访问南昌大学，与南昌大学签署合作备忘录。",
        [("visit", "2025-11-14", None, None), ("signing", "2025-11-14", None, None)],
    ),
    # at the opening of a forum of several days: its first day and place; "during" it: no one day
    (
        "11月17日至18日，2025赣鄱国际教育交流大会在九江举行。大会开幕式上，赣鄱高校国际合作联盟正式成立。大会期间，双方签署合作协议。",
        [("conference", "2025-11-17", "2025赣鄱国际教育交流大会", "九江"), ("establishment", "2025-11-17", "赣鄱高校国际合作联盟", "九江"), ("signing", None, None, "九江")],
    ),
    # near-miss: a university after 齐聚 is no city (南昌 inside 南昌大学)
    (
        "11月17日，中外高校代表齐聚南昌大学，参加2025赣鄱国际教育交流大会。",
        [("conference", "2025-11-17", "2025赣鄱国际教育交流大会", None)],
    ),
]

ENGLISH = [
    # a photo caption naming a place under the signing told: the signing's place
    (
        "On November 12, Harlow University and Ruritania State University signed a cooperation agreement.\n\nSigning ceremony in Edinburgh\n\nThe two universities will exchange students from next year.",
        [("signing", "2025-11-12", None, "Edinburgh")],
    ),
    # near-miss: the signing placed by its own sentence keeps its place
    (
        "On November 12, Harlow University and Ruritania State University signed a cooperation agreement in London.\n\nSigning ceremony in Edinburgh",
        [("signing", "2025-11-12", None, "London")],
    ),
    # a relative clause telling a trip places it, and what the sentence tells on it
    (
        "On November 12, the memorandum was signed by Professor Jane Moore and Professor Li Ming, Vice President of Harlow University, who led a delegation on a visit to the university in Nairobi from 10 to 13 November.",
        [("signing", "2025-11-12", None, "Nairobi"), ("visit", "2025-11-10", None, "Nairobi")],
    ),
    # near-miss: a relative clause telling where a body is places nothing
    (
        "On November 12, the memorandum was signed by Professor Li Ming of Harlow University, which is based in Nairobi.",
        [("signing", "2025-11-12", None, None)],
    ),
    # an alliance launched with "a", named in the next sentence: its founding
    (
        "NANCHANG, Nov. 19 (Xinhua) -- A vocational education alliance linking China and Africa was launched on Tuesday in Nanchang.\n\nInitiated by Jiangxi Normal University and Makerere University, the China-Africa Vocational Education Alliance brings together 30 colleges.",
        [("establishment", "2025-11-18", "China-Africa Vocational Education Alliance", "Nanchang")],
    ),
    # near-miss: another alliance named next, sharing no word with the one launched, was not founded then
    (
        "A new alliance was launched on Tuesday in Nanchang. Jiangxi Normal University joined the Silk Road University Alliance in 2019.",
        [],
    ),
    # at the opening ceremony of a forum of several days: its first day
    (
        "The 2025 China-Africa Vocational Education Forum was held in Nanchang from November 17 to 18. At the opening ceremony, the China-Africa Vocational Education Alliance was launched.",
        [("conference", "2025-11-17", "2025 China-Africa Vocational Education Forum", "Nanchang"), ("establishment", "2025-11-17", "China-Africa Vocational Education Alliance", "Nanchang")],
    ),
    # near-miss: a caption with no signing word places no signing
    (
        "On November 12, Harlow University and Ruritania State University signed a cooperation agreement.\n\nGroup photo in Edinburgh",
        [("signing", "2025-11-12", None, None)],
    ),
]


def _events(record):
    return sorted(((e.kind, e.date, e.name, e.location) for e in record.events), key=str)


@pytest.mark.parametrize(("text", "expected"), CHINESE)
def test_chinese_probe(extract, text, expected):
    assert _events(extract(text, "zh", published=PUBLISHED)) == sorted(expected, key=str)


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_probe(extract, text, expected):
    assert _events(extract(text, "en", published=PUBLISHED)) == sorted(expected, key=str)
