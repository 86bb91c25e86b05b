# ruff: noqa: E501  (passages are whole sentences)
"""Rules of session 15 for events, one test each: A与B…座谈会 opens with the pair (`_pair_opening`);
以线上/以云端 before a head (zh/event_online_manners.txt); 一行 a travelling party
(zh/event_delegations.txt) and 一行参观 a visit (zh/event_trigger_phrases.tsv); 保障 inside a name
(zh/event_name_inner_words.txt); 云端 generic (zh/event_generic_words.txt); 将举办/拟举办 planned
(zh/event_planned_words.txt); "the summit, held on …" and "the two sides held talks on …" retell the
sentence before (en/event_retold.txt); "a two-day symposium" (en/event_triggers.tsv) "opened"
(en/event_meeting_verbs.txt)."""

import pytest

PUBLISHED = "2025-11-20"


def _events(record):
    return sorted(((e.kind, e.date, e.name, e.location) for e in record.events), key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "11月12日，江西农业大学与哈珀亚当斯大学动物科学合作交流座谈会在南昌举行。",
            [("conference", "2025-11-12", "江西农业大学与哈珀亚当斯大学动物科学合作交流座谈会", "南昌")],
        ),
        # the organisers joined by 与 before a verb stay out of the name
        (
            "11月12日，南昌大学与利兹大学联合举办2025中英教育论坛。",
            [("conference", "2025-11-12", "2025中英教育论坛", None)],
        ),
        # a signing told by its sides has no name, also with the pair before it
        (
            "11月12日，南昌大学与利兹大学合作协议签约仪式举行。",
            [("signing", "2025-11-12", None, None)],
        ),
    ],
)
def test_pair_opens_a_name(extract, text, expected):
    assert _events(extract(text, "zh", published=PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "11月13日，2025年全省中外合作办学工作会议以线上会议形式召开。",
            [("conference", "2025-11-13", "2025年全省中外合作办学工作会议", None)],
        ),
        (
            "11月13日，第二届中美大学校长对话会以视频会议方式举行。",
            [("conference", "2025-11-13", "第二届中美大学校长对话会", None)],
        ),
        # a meeting word without the manner before it still ends a name
        (
            "11月13日，2025年全省中外合作办学工作会议在南昌召开。",
            [("conference", "2025-11-13", "2025年全省中外合作办学工作会议", "南昌")],
        ),
    ],
)
def test_online_manner_names_no_meeting(extract, text, expected):
    assert _events(extract(text, "zh", published=PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11月17日，Jane Morgan一行来访，校长王建会见了来宾。", [("visit", "2025-11-17", None, None)]),
        ("11月12日，喀山联邦大学代表团一行参观了江西理工大学黄金校区。", [("visit", "2025-11-12", None, None)]),
        # a party with no visit word pays no visit
        (
            "11月17日，Jane Morgan一行出席了2025中英教育论坛开幕式。",
            [("conference", "2025-11-17", "2025中英教育论坛", None)],
        ),
    ],
)
def test_a_party_visits(extract, text, expected):
    assert _events(extract(text, "zh", published=PUBLISHED)) == expected


def test_guarantee_inside_a_name(extract):
    record = extract("11月12日，2025年中外合作办学质量保障研讨会在南昌举行。", "zh", published=PUBLISHED)
    assert _events(record) == [("conference", "2025-11-12", "2025年中外合作办学质量保障研讨会", "南昌")]


def test_cloud_meeting_is_no_name(extract):
    record = extract("11月13日，南昌大学与邓迪大学召开云端会议。", "zh", published=PUBLISHED)
    assert all(e.name != "云端会议" for e in record.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("学校将于明年举办第三届中外合作办学研讨会。", []),
        ("学院拟举办2026中英教育论坛。", []),
        (
            "11月12日，学校举办第三届中外合作办学研讨会。",
            [("conference", "2025-11-12", "第三届中外合作办学研讨会", None)],
        ),
    ],
)
def test_planned_meeting(extract, text, expected):
    assert _events(extract(text, "zh", published=PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vice President Li Ming spoke at the 2025 World Teachers Summit. The summit, held on November 14 in Shanghai, drew 600 educators.",
            [("conference", "2025-11-14", "2025 World Teachers Summit", "Shanghai")],
        ),
        (
            "Nanchang University presented its programmes at the 2025 China-ASEAN Education Week. The event was held on November 10 in Guiyang.",
            [("conference", "2025-11-10", "2025 China-ASEAN Education Week", "Guiyang")],
        ),
        # a day of its own is kept
        (
            "On November 12, Vice President Li Ming spoke at the 2025 World Teachers Summit in Shanghai. The summit, held on November 11, drew 600 educators.",
            [("conference", "2025-11-12", "2025 World Teachers Summit", "Shanghai")],
        ),
        (
            "Jiangxi Normal University hosted a delegation from the University of Leeds. The two sides held talks on November 6 on a joint doctoral programme.",
            [("visit", "2025-11-06", None, None)],
        ),
    ],
)
def test_retold_by_its_head(extract, text, expected):
    assert _events(extract(text, "en", published=PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A two-day symposium on joint programmes opened in Nanchang on November 17.",
            [("conference", "2025-11-17", None, "Nanchang")],
        ),
        (
            "On November 17, Nanchang University hosted a three-day workshop on joint programmes.",
            [("conference", "2025-11-17", None, None)],
        ),
        ("Students may apply for a two-day workshop on study abroad.", []),
    ],
)
def test_meeting_told_by_its_length(extract, text, expected):
    assert _events(extract(text, "en", published=PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting first told by its head noun, with its day
        (
            "The roundtable, held on November 5, brought together the presidents of eight universities.",
            [("conference", "2025-11-05", None, None)],
        ),
        (
            "The forum, held on November 5 in Nanchang, brought together the presidents of eight universities.",
            [("conference", "2025-11-05", None, "Nanchang")],
        ),
        # the one named in the sentence before is the same happening: no second, unnamed one
        (
            "Li Ming spoke at the 2025 World Teachers Summit. The summit, held on November 14 in Shanghai, drew 600 educators.",
            [("conference", "2025-11-14", "2025 World Teachers Summit", "Shanghai")],
        ),
        # a forum neither held nor attended is no happening
        ("The forum is one of the largest in the region.", []),
    ],
)
def test_meeting_told_by_its_head_noun(extract, text, expected):
    assert _events(extract(text, "en", published=PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On November 12, Nanchang University and the University of Leeds held talks in Nanchang.",
            [("visit", "2025-11-12", None, "Nanchang")],
        ),
        # talks of no institution named report no visit
        ("On November 12, the two sides held talks on student exchanges.", []),
    ],
)
def test_held_talks(extract, text, expected):
    assert _events(extract(text, "en", published=PUBLISHED)) == expected
