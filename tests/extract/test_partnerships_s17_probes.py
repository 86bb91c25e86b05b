# ruff: noqa: E501  (probes are whole sentences, one a line)
"""Probes, session 17: a signing whose document the page never names (两校正式签约, "signed up with",
"held a signing ceremony") is an agreement signed (corpus/GUIDE.md), while a document named elsewhere
on the page makes the kind; a memorandum named in a relative clause (", which signed an MoU in 2019,")
does not hide the programme of the main clause. Made-up passages; each with the pairs (Chinese side,
foreign side, kind, date). Pages are dated Thursday 20 November 2025."""

import pytest

PUBLISHED = "2025-11-20"

PROBES = [
    # a signing, its document never named: an agreement
    ("zh", "11月12日，南昌大学与英国邓迪大学正式签约。", {("南昌大学", "邓迪大学", "agreement", "2025-11-12")}),
    ("zh", "11月12日，南昌大学与英国邓迪大学举行签约仪式。", {("南昌大学", "邓迪大学", "agreement", "2025-11-12")}),
    (
        "zh",
        "11月12日，江西师范大学与白俄罗斯国立大学在南昌签约，双方将在学生交流方面开展合作。",
        {("江西师范大学", "白俄罗斯国立大学", "agreement", "2025-11-12")},
    ),
    (
        "en",
        "On November 12, Nanchang University signed up with the University of Dundee.",
        {("Nanchang University", "University of Dundee", "agreement", "2025-11-12")},
    ),
    (
        "en",
        "On November 12, Nanchang University and the University of Dundee held a signing ceremony.",
        {("Nanchang University", "University of Dundee", "agreement", "2025-11-12")},
    ),
    (
        "en",
        "On November 12, Nanchang University signed with the University of Dundee to launch a joint programme.",
        {("Nanchang University", "University of Dundee", "agreement", "2025-11-12")},
    ),
    # near-misses: the document named in another sentence of the page makes the kind
    (
        "zh",
        "11月12日，南昌大学与英国邓迪大学举行签约仪式。双方签署了合作备忘录。",
        {("南昌大学", "邓迪大学", "mou", "2025-11-12")},
    ),
    (
        "en",
        "On November 12, Nanchang University and the University of Dundee held a signing ceremony. The two universities signed a memorandum of understanding on joint research.",
        {("Nanchang University", "University of Dundee", "mou", "2025-11-12")},
    ),
    # a memorandum in a relative clause: the main clause's programme stands
    (
        "en",
        "Nanchang University and the University of Dundee, which signed an MoU in 2019, upgraded the partnership to a joint doctoral programme on November 12.",
        {("Nanchang University", "University of Dundee", "joint_program", "2025-11-12")},
    ),
    (
        "en",
        "The University of Dundee, which signed an MoU with Nanchang University in 2019, launched a dual degree programme with it on November 12.",
        {("Nanchang University", "University of Dundee", "joint_program", "2025-11-12")},
    ),
    (
        "en",
        "On November 12, Nanchang University, whose memorandum with the University of Dundee dates from 2019, launched a 2+2 programme with Dundee.",
        {("Nanchang University", "University of Dundee", "joint_program", "2025-11-12")},
    ),
    # near-miss: a memorandum in the main clause about a programme stays a memorandum
    (
        "en",
        "On November 12, Nanchang University signed an MoU with the University of Dundee on a joint doctoral programme.",
        {("Nanchang University", "University of Dundee", "mou", "2025-11-12")},
    ),
    # near-miss: an agreement in the relative clause is the strongest kind the text gives
    (
        "en",
        "The University of Dundee, which signed a cooperation agreement with Nanchang University in 2019, launched a dual degree programme with it on November 12.",
        {("Nanchang University", "University of Dundee", "agreement", "2025-11-12")},
    ),
]


@pytest.mark.parametrize(("language", "text", "facts"), PROBES)
def test_probe(extract, language, text, facts):
    record = extract(text, language, published=PUBLISHED)
    found = {(p.chinese.name, p.foreign.name, p.kind, p.date) for p in record.partnerships}
    assert found == facts
