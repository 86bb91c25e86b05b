# ruff: noqa: E501  (probes are whole sentences, one a line)
"""Probes, session 13 (wave 2): events told with words that give no day ("earlier this month",
上周, 此前, 近日) after a dated sentence, a country named for a happening (在英国签署, "signed in
the UK"), and a trip to a country whose forum attended on it is in a city. Made-up passages in the
genre's ways; each with the events (kind, date, name, location). Pages are dated Thursday
20 November 2025."""

import pytest

PUBLISHED = "2025-11-20"

ENGLISH = [
    # a word that gives no day stops the day given before
    (
        "On November 17, a delegation from the University of Dundee visited Nanchang University. Earlier this month, a team from Nanchang University visited Kazan Federal University.",
        [("visit", "2025-11-17", None, None), ("visit", None, None, None)],
    ),
    (
        "On November 17, Jiangxi Normal University signed an agreement with the University of Dundee. Last week, the two universities also signed a memorandum on student exchange.",
        [("signing", "2025-11-17", None, None), ("signing", None, None, None)],
    ),
    (
        "On November 17, a delegation from the University of Dundee visited Nanchang University. Recently, Nanchang University signed an agreement with Kazan Federal University.",
        [("visit", "2025-11-17", None, None), ("signing", None, None, None)],
    ),
    (
        "On Monday, Hunan University signed an agreement with the University of Leeds. Previously, a delegation from the University of Leeds had visited Hunan University.",
        [("signing", "2025-11-17", None, None), ("visit", None, None, None)],
    ),
    # a word of no day in a sentence with its own day changes nothing
    (
        "On November 17, a delegation from the University of Dundee visited Nanchang University, which it had contacted earlier this month.",
        [("visit", "2025-11-17", None, None)],
    ),
    # the day still carries to a sentence without such a word
    (
        "On November 17, a delegation from the University of Dundee visited Nanchang University. The two universities signed an agreement on joint training.",
        [("visit", "2025-11-17", None, None), ("signing", "2025-11-17", None, None)],
    ),
    # a country named for a happening
    (
        "On November 12, Jiangxi Normal University and Nottingham Trent University signed an agreement in the United Kingdom.",
        [("signing", "2025-11-12", None, "United Kingdom")],
    ),
    (
        "The agreement between Hunan University and the University of Leeds was signed in the UK on November 12.",
        [("signing", "2025-11-12", None, "UK")],
    ),
    # a country that is no happening's place
    (
        "On November 12, Hunan University signed an agreement with the University of Leeds, one of the leading universities in the UK.",
        [("signing", "2025-11-12", None, None)],
    ),
    # a country visited is the trip's place, not the city of a forum attended on it
    (
        "From November 9 to 14, Nanchang University Vice President Zhao Lin led a delegation to New Zealand, attending the 2025 Asia-Pacific Education Forum in Auckland.",
        [
            ("visit", "2025-11-09", None, "New Zealand"),
            ("conference", None, "2025 Asia-Pacific Education Forum", "Auckland"),
        ],
    ),
    # a visit with a city and no country visited keeps the city
    (
        "On November 12, a delegation from Nanchang University visited the University of Dundee in Dundee.",
        [("visit", "2025-11-12", None, "Dundee")],
    ),
    (
        "On November 17, the two universities signed a memorandum, two years after their scientists first met at the 2023 World Dryland Congress in Milan.",
        [("signing", "2025-11-17", None, None), ("conference", None, "2023 World Dryland Congress", "Milan")],
    ),
]

CHINESE = [
    (
        "11月17日，邓迪大学代表团来访南昌大学。上周，南昌大学代表团访问了喀山联邦大学。",
        [("visit", "2025-11-17", None, None), ("visit", None, None, None)],
    ),
    (
        "11月17日，江西师范大学与邓迪大学签署合作协议。此前，诺丁汉特伦特大学副校长一行曾来访江西师范大学。",
        [("signing", "2025-11-17", None, None), ("visit", None, None, None)],
    ),
    (
        "11月17日，邓迪大学代表团来访南昌大学。近日，南昌大学与喀山联邦大学签署合作备忘录。",
        [("visit", "2025-11-17", None, None), ("signing", None, None, None)],
    ),
    (
        "11月17日，邓迪大学代表团来访南昌大学。日前，江西师范大学与诺丁汉特伦特大学签署联合培养协议。",
        [("visit", "2025-11-17", None, None), ("signing", None, None, None)],
    ),
    (
        "11月17日，邓迪大学代表团来访南昌大学。双方签署了合作协议。",
        [("visit", "2025-11-17", None, None), ("signing", "2025-11-17", None, None)],
    ),
    (
        "11月14日，江西师范大学副校长在英国签署了与诺丁汉特伦特大学的联合培养协议。",
        [("signing", "2025-11-14", None, "英国")],
    ),
    (
        "11月14日，第三届中泰职业教育合作论坛于泰国举行。",
        [("conference", "2025-11-14", "第三届中泰职业教育合作论坛", "泰国")],
    ),
    (
        "11月12日，南昌大学与邓迪大学签署合作协议。此前，两校曾于2024年3月在英国签署合作备忘录。",
        [("signing", "2025-11-12", None, None), ("signing", None, None, "英国")],
    ),
    (
        "11月14日，南昌大学与英国邓迪大学签署合作协议。",
        [("signing", "2025-11-14", None, None)],
    ),
    (
        "11月12日至18日，江西师范大学副校长率团出访英国，其间出席了在伦敦举行的2025中英高等教育合作论坛。",
        [("visit", "2025-11-12", None, "英国"), ("conference", None, "2025中英高等教育合作论坛", "伦敦")],
    ),
    (
        "11月12日至18日，江西师范大学副校长率团出访英国。11月14日，代表团在英国签署了两校联合培养协议。",
        [("visit", "2025-11-12", None, "英国"), ("signing", "2025-11-14", None, "英国")],
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
