# ruff: noqa: E501  (probes are whole sentences, one a line)
"""Probes, session 18: a meeting whose Chinese side is named by a person of it, the page naming the
person with his institution elsewhere ("met Zhou Min" after "JXNU President Zhou Min", 与李伟举行会谈
after 南昌大学校长李伟); a programme "run by A and B". Made-up passages in the genre's ways; each with
the pairs (Chinese side, foreign side, kind, date). Pages are dated Thursday 20 November 2025."""

import pytest

from pipeline.extract.person_hosts import name_before_side, named_in, names_after_side

PUBLISHED = "2025-11-20"

PROBES = [
    # the person named after his institution and title, met in a later sentence
    (
        "en",
        "On November 15, Jiangxi Normal University President Zhou Min attended the forum. Professor Alan Reid, Pro-Vice-Chancellor (International) of the University of Dundee, met Zhou Min on November 16 to discuss joint supervision of doctoral students.",
        {("Jiangxi Normal University", "University of Dundee", "talks", "2025-11-16")},
    ),
    # the person named before "Title of" his institution; talks held with him
    (
        "en",
        "On November 15, Zhou Min, President of Jiangxi Normal University, attended the forum. On November 16, Professor Alan Reid of the University of Dundee held talks with Zhou Min.",
        {("Jiangxi Normal University", "University of Dundee", "talks", "2025-11-16")},
    ),
    # the meeting told first, the person's institution after
    (
        "en",
        "On November 16, a delegation from Kazan Federal University met Li Wei to discuss a 2+2 programme. Nanchang University Vice President Li Wei thanked the guests.",
        {("Nanchang University", "Kazan Federal University", "talks", "2025-11-16")},
    ),
    (
        "zh",
        "南昌大学校长李伟出席论坛。11月16日，邓迪大学副校长艾伦·里德与李伟举行会谈。",
        {("南昌大学", "邓迪大学", "talks", "2025-11-16")},
    ),
    (
        "zh",
        "11月15日，江西师范大学党委书记周敏出席开幕式。11月16日，喀山联邦大学代表团会见了周敏。",
        {("江西师范大学", "喀山联邦大学", "talks", "2025-11-16")},
    ),
    # near-miss: the person is of the foreign side: no Chinese host
    (
        "en",
        "On November 15, University of Dundee Vice-Chancellor Iain Gillespie arrived in Nanchang. On November 16, a delegation from Monash University met Iain Gillespie to discuss research.",
        set(),
    ),
    # near-miss: the person named with no institution: no host
    (
        "en",
        "On November 16, Professor Alan Reid of the University of Dundee met Zhou Min to discuss joint supervision of doctoral students.",
        set(),
    ),
    # near-miss: two Chinese institutions' people met: which host is not said
    (
        "zh",
        "南昌大学校长李伟、江西师范大学校长李伟出席论坛。11月16日，邓迪大学副校长与李伟举行会谈。",
        set(),
    ),
    # a programme run by the pair
    (
        "en",
        "The three-year diploma programme in electrical automation technology run by Wuhan Polytechnic and Conestoga College of Canada enrolled 80 students.",
        {("Wuhan Polytechnic", "Conestoga College", "joint_program", None)},
    ),
    (
        "en",
        "The Sino-British Joint Laboratory for Wetland Ecology, run by Nanchang University and the University of Dundee, has 40 researchers.",
        {("Nanchang University", "University of Dundee", "other", None)},
    ),
    # near-miss: a forum co-hosted by the two is no partnership (sitting at the same forum)
    (
        "en",
        "The forum was hosted by Harbin Institute of Technology and co-hosted by Far Eastern Federal University.",
        set(),
    ),
]


@pytest.mark.parametrize(("language", "text", "facts"), PROBES)
def test_probe(extract, language, text, facts):
    record = extract(text, language, published=PUBLISHED)
    found = {(p.chinese.name, p.foreign.name, p.kind, p.date) for p in record.partnerships}
    assert found == facts


# the rule's parts, one by one
@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("JXNU President Zhou Min attended", "en", ["Zhou Min"]),
        ("'s Vice President Li Wei, who", "en", ["Li Wei"]),
        (" attended the forum", "en", []),  # no title: no name
        (" President attended", "en", []),  # a title and no name
        ("校长周敏出席论坛", "zh", ["周敏出", "周敏"]),
        ("党委副书记、副校长李伟表示", "zh", ["李伟表", "李伟"]),
        ("出席论坛", "zh", []),
        ("校长出席论坛", "zh", []),  # no surname after the title
    ],
)
def test_names_after_side(text, language, names):
    end = text.find(" ") if language == "en" and not text.startswith(("'", " ")) else 0
    assert names_after_side(text, end, language) == names


def test_name_before_side():
    text = "Zhou Min, President of Jiangxi Normal University"
    assert name_before_side(text, text.find("Jiangxi")) == ["Zhou Min"]
    text = "Zhou Min, a friend of Jiangxi Normal University"  # no title word: no person of it
    assert name_before_side(text, text.find("Jiangxi")) == []


def test_named_in_whole_words():
    text = "a delegation met Zhou Min on Monday"
    assert named_in(text, 0, len(text), ["Zhou Min"], "en")
    assert not named_in(text, 0, text.find("Zhou"), ["Zhou Min"], "en")  # (outside the range)
    text = "a delegation met Zhou Minghua on Monday"
    assert not named_in(text, 0, len(text), ["Zhou Min"], "en")
    text = "代表团会见了周敏。"
    assert named_in(text, 0, len(text), ["周敏出", "周敏"], "zh")
