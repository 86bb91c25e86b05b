# ruff: noqa: E501  (probes are whole sentences, one a line)
"""Probes, session 17: a person met by name ("met Liu Jianguo on September 29") is a visit as a person
met by title is; talks held by video are no trip; visits of two travelling parties are two trips even
when one is told without a day (one going the other way: "a delegation from A visited B. A delegation
from B visited C."), while more of one trip stays one; a person's trip abroad. Made-up passages in the
genre's ways; each with the events (kind, date, name, location). Pages are dated Thursday 20 November
2025."""

import pytest

PUBLISHED = "2025-11-20"

ENGLISH = [
    # a person met by name, with an institution in the sentence: a visit on that day
    (
        "Professor Andrew Mitchell, Pro-Vice-Chancellor (International) of the University of Leeds, met Liu Jianguo on September 29 to discuss a 2+2 programme in psychology.",
        [("visit", "2025-09-29", None, None)],
    ),
    (
        "On November 12, Nanchang University President Wang Lin met Jane Doe of the University of Dundee.",
        [("visit", "2025-11-12", None, None)],
    ),
    (
        "On the afternoon of November 12, the delegation from Kazan Federal University met Zhou Min, Vice President of Jiangxi Normal University.",
        [("visit", "2025-11-12", None, None)],
    ),
    (
        "Rector Ivan Petrov of Kazan Federal University met Nanchang University's leaders on November 12.",
        [("visit", "2025-11-12", None, None)],
    ),
    # near-misses: "met" before no person, or with no party named
    ("The programme met Chinese and British accreditation standards, Nanchang University said.", []),
    ("On November 12, the joint programme of Nanchang University met November's enrolment target.", []),
    ("President Wang Lin met Liu Jianguo on September 29.", []),
    # talks held by video are no trip
    (
        "On November 12, Vice President Li Hua held a video call with Rector Ivan Petrov of Kazan Federal University.",
        [],
    ),
    ("On November 12, Vice President Li Hua met online with Rector Ivan Petrov of Kazan Federal University.", []),
    # two travelling parties, one told without a day: two trips
    (
        "On November 17, a delegation from the University of Dundee visited Nanchang University. A delegation from Nanchang University visited Kazan Federal University to discuss joint training.",
        [("visit", "2025-11-17", None, None), ("visit", "2025-11-17", None, None)],
    ),
    (
        "A delegation from Nanchang University visited Kazan Federal University. On November 17, a delegation from the University of Dundee visited Nanchang University.",
        [("visit", None, None, None), ("visit", "2025-11-17", None, None)],
    ),
    (
        "On November 17, a delegation from the University of Dundee visited Nanchang University. Nanchang University's delegation to Kazan Federal University discussed joint training.",
        [("visit", "2025-11-17", None, None), ("visit", "2025-11-17", None, None)],
    ),
    # one party: more of one trip, one visit
    (
        "On November 17, a delegation from the University of Dundee visited Nanchang University. The delegation also visited Jiangxi Normal University.",
        [("visit", "2025-11-17", None, None)],
    ),
    (
        "On November 17, a delegation from the University of Dundee visited Nanchang University. During its stay, the University of Dundee delegation toured the laboratories of Nanchang University.",
        [("visit", "2025-11-17", None, None)],
    ),
    # a person's trip abroad, no institution named
    (
        "Vice President Li Hua's trip to Thailand from November 3 to 8 took her to four universities.",
        [("visit", "2025-11-03", None, "Thailand")],
    ),
    ("The students' trip to the United Kingdom from November 3 to 8 was their first.", []),
    # a signing told in a relative clause placed in a year is background, with no day
    (
        "Nanchang University and the University of Leeds, which signed an MoU in 2022, launched a joint doctoral programme on November 18.",
        [("signing", None, None, None)],
    ),
    (
        "Nanchang University, which signed an MoU with the University of Leeds in 2022, signed an agreement with it on November 18.",
        [("signing", None, None, None), ("signing", "2025-11-18", None, None)],
    ),
    # near-misses: a relative clause without a year, a signing in the main clause
    (
        "On November 18, Nanchang University, which is in Jiangxi, signed an agreement with the University of Leeds.",
        [("signing", "2025-11-18", None, None)],
    ),
    (
        "On November 18, Nanchang University signed an agreement with the University of Leeds, which it has worked with since 2022.",
        [("signing", "2025-11-18", None, None)],
    ),
]

CHINESE = [
    (
        "11月12日，副校长李华与喀山联邦大学校长伊万·彼得罗夫举行视频会谈。",
        [],
    ),
    (
        "11月12日，南昌大学校长王林与英国邓迪大学校长举行线上会谈。",
        [],
    ),
    # near-miss: the same talks held in person are a visit
    (
        "11月12日，南昌大学校长王林与英国邓迪大学校长在南昌举行会谈。",
        [("visit", "2025-11-12", None, "南昌")],
    ),
    (
        "11月17日，英国邓迪大学代表团来访南昌大学。南昌大学代表团赴喀山联邦大学访问，双方就联合培养进行了交流。",
        [("visit", "2025-11-17", None, None), ("visit", "2025-11-17", None, None)],
    ),
    (
        "11月17日，南昌大学副校长李华率团访问英国邓迪大学。喀山联邦大学代表团来访南昌大学，双方签署合作协议。",
        [
            ("visit", "2025-11-17", None, None),
            ("visit", "2025-11-17", None, None),
            ("signing", "2025-11-17", None, None),
        ],
    ),
    (
        "喀山联邦大学代表团来访江西师范大学。11月17日，英国邓迪大学代表团来访南昌大学。",
        [("visit", None, None, None), ("visit", "2025-11-17", None, None)],
    ),
    # one party: one trip
    (
        "11月17日，英国邓迪大学代表团来访南昌大学。邓迪大学代表团还参观了江西师范大学。",
        [("visit", "2025-11-17", None, None)],
    ),
    (
        "11月17日，英国邓迪大学代表团来访南昌大学。代表团参观了学校实验室。",
        [("visit", "2025-11-17", None, None)],
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
