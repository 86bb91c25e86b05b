"""Partnership probes of session 11: made-up sentences in the many ways bulletins tell a pair (MOA, LOI,
"visits", "called on", a visitor received or hosted by title, a facility two sides open, "partnered
with", 接待/走访/拜访, 就合办…达成初步意向, 缔结), and what is no pair ("received 300 students", a
delegation's own "met Professor X", an association's own page, 该校 standing for the foreign side just
named, 双方 beside a side of unknown country).

Each probe is (language, url of the page or None, text, the pairs a careful reader takes as (Chinese side,
foreign side, kind, date)); the Chinese side of a publisher's page is written `PUBLISHER`.
"""

from __future__ import annotations

import pytest

PUBLISHER = "<publisher>"
JXNU = "https://news.jxnu.edu.cn/info/1011/1.htm"  # a Chinese university's own page

Probe = tuple[str, str | None, str, set[tuple[str, str, str, str | None]]]

PROBES: dict[str, Probe] = {
    "an MOA is an agreement": (
        "en",
        None,
        "Zhejiang University and the University of Glasgow signed an MOA on 9 May.",
        {("Zhejiang University", "University of Glasgow", "agreement", "2025-05-09")},
    ),
    "an LOI is a letter of intent": (
        "en",
        None,
        "On 9 May, Zhejiang University signed an LOI with the University of Glasgow.",
        {("Zhejiang University", "University of Glasgow", "mou", "2025-05-09")},
    ),
    "memoranda with two sides": (
        "en",
        None,
        "On 9 May, Hunan University signed memoranda with the University of Leeds and Monash University.",
        {
            ("Hunan University", "Monash University", "mou", "2025-05-09"),
            ("Hunan University", "University of Leeds", "mou", "2025-05-09"),
        },
    ),
    "a visit in the present (Xinhua lead)": (
        "en",
        None,
        "On 9 May, Vice-Chancellor Simone Buitendijk of the University of Leeds visits Hunan University.",
        {("Hunan University", "University of Leeds", "talks", "2025-05-09")},
    ),
    "called on": (
        "en",
        None,
        "On 9 May, Vice-Chancellor Simone Buitendijk of the University of Leeds called on Hunan University.",
        {("Hunan University", "University of Leeds", "talks", "2025-05-09")},
    ),
    "hosted by title": (
        "en",
        None,
        "On 9 May, Hunan University hosted Vice-Chancellor Simone Buitendijk of the University of Leeds.",
        {("Hunan University", "University of Leeds", "talks", "2025-05-09")},
    ),
    "received by title": (
        "en",
        None,
        "President Li Ming of Hunan University received Vice-Chancellor Simone Buitendijk of the University"
        " of Leeds on 9 May.",
        {("Hunan University", "University of Leeds", "talks", "2025-05-09")},
    ),
    "received by title on the university's own page": (
        "en",
        JXNU,
        "On 9 May, President Li Ming received Vice-Rector Anna Smirnova of Kazan Federal University.",
        {(PUBLISHER, "Kazan Federal University", "talks", "2025-05-09")},
    ),
    "received students: no visit": (
        "en",
        None,
        "Hunan University has received 300 students from the University of Leeds since 2010.",
        set(),
    ),
    "the delegation met a professor: not the leading body's talks": (
        "en",
        None,
        "A delegation of the Hunan Provincial Department of Education visited Malaysia from 3 to 8 June. In"
        " Kuala Lumpur on 4 June, the delegation met Professor Aziz Hamid,"
        " Deputy Vice-Chancellor of Universiti Malaya.",
        set(),
    ),
    "unveiled a joint laboratory": (
        "en",
        None,
        "On 9 May, Hunan University and the University of Leeds unveiled a joint laboratory for robotics.",
        {("Hunan University", "University of Leeds", "other", "2025-05-09")},
    ),
    "a joint research centre": (
        "en",
        None,
        "On 9 May, Hunan University and the University of Leeds set up a joint research centre for batteries.",
        {("Hunan University", "University of Leeds", "other", "2025-05-09")},
    ),
    "opened a training centre in a city with X": (
        "en",
        None,
        "On 9 May, Griffith University opened a training centre in Nanchang with Jiangxi University of"
        " Finance and Economics.",
        {("Jiangxi University of Finance and Economics", "Griffith University", "other", "2025-05-09")},
    ),
    "opened a language centre at X": (
        "en",
        None,
        "On 9 May, the University of Leeds opened a language centre at Hunan University.",
        {("Hunan University", "University of Leeds", "other", "2025-05-09")},
    ),
    "set up a training base with X": (
        "en",
        None,
        "On 9 May, the University of Leeds set up a training base with Hunan University.",
        {("Hunan University", "University of Leeds", "other", "2025-05-09")},
    ),
    "opened a forum, a convention centre: no facility of the pair": (
        "en",
        None,
        "On 9 May, Hunan University opened the forum, and Vice-Chancellor Simone Buitendijk of the"
        " University of Leeds spoke at the convention centre.",
        set(),
    ),
    "a workshop built by two sides": (
        "en",
        None,
        "On 9 May, a Luban Workshop built by Tianjin City Vocational College and Machakos University opened in Kenya.",
        {("Tianjin City Vocational College", "Machakos University", "other", "2025-05-09")},
    ),
    "partnered with": (
        "en",
        None,
        "On 9 May, Hunan University partnered with the University of Leeds on a summer school.",
        {("Hunan University", "University of Leeds", "other", "2025-05-09")},
    ),
    "接待": (
        "zh",
        None,
        "5月9日，南昌大学副校长李明接待了英国利兹大学副校长约翰·史密斯。",
        {("南昌大学", "利兹大学", "talks", "2025-05-09")},
    ),
    "走访": (
        "zh",
        None,
        "5月9日，南昌大学副校长李明走访英国利兹大学。",
        {("南昌大学", "利兹大学", "talks", "2025-05-09")},
    ),
    "拜访": (
        "zh",
        None,
        "5月9日，英国利兹大学副校长约翰·史密斯拜访南昌大学。",
        {("南昌大学", "利兹大学", "talks", "2025-05-09")},
    ),
    "该校 after the foreign side is that side": (
        "zh",
        None,
        "5月8日，南昌大学与英国利兹大学签署合作协议。9日，代表团走访英国邓迪大学，受到该校副校长的热情接待。",
        {("南昌大学", "利兹大学", "agreement", "2025-05-08")},
    ),
    "an association's delegation visits: no pair of the association": (
        "zh",
        None,
        "来源：江西省教育国际交流协会\n\n5月9日，我会组织的江西高校代表团走访英国邓迪大学。",
        set(),
    ),
    "就合办…达成初步意向": (
        "zh",
        None,
        "5月9日，南昌大学与英国利兹大学就合办暑期学校达成初步意向。",
        {("南昌大学", "利兹大学", "talks", "2025-05-09")},
    ),
    "达成共识": (
        "zh",
        None,
        "5月9日，南昌大学与英国利兹大学达成共识，将互派教师。",
        {("南昌大学", "利兹大学", "talks", "2025-05-09")},
    ),
    "合办": (
        "zh",
        None,
        "5月9日，南昌大学与英国利兹大学合办的暑期学校开班。",
        {("南昌大学", "利兹大学", "other", "2025-05-09")},
    ),
    "缔结姊妹学校关系": (
        "zh",
        None,
        "5月9日，南昌大学与英国利兹大学缔结姊妹学校关系。",
        {("南昌大学", "利兹大学", "other", "2025-05-09")},
    ),
    "双方 beside a side of unknown country": (
        "zh",
        None,
        "5月8日，代表团访问英国利兹大学。9日，南昌大学与南方某某学院就合办培训班达成初步意向，双方约定年内再商具体方案。",
        set(),
    ),
    "each founder run pairs within itself, a co-founding government too": (
        "en",
        None,
        "Duke Kunshan University, run by Duke University and Wuhan University, grew, while Shenzhen MSU-BIT"
        " University, co-founded by Lomonosov Moscow State University, Beijing Institute of Technology and the"
        " Shenzhen Municipal People's Government, reported more applicants.",
        {
            ("Wuhan University", "Duke University", "joint_institute", None),
            ("Beijing Institute of Technology", "Lomonosov Moscow State University", "joint_institute", None),
            ("Shenzhen Municipal People's Government", "Lomonosov Moscow State University", "joint_institute", None),
        },
    ),
    "a city government among the founders (共同举办), approved": (
        "zh",
        None,
        "5月9日，南昌市人民政府、南昌大学与英国利兹大学共同举办的利兹大学南昌校区获批。",
        # a foreign university's campus in a Chinese city is a joint institution (session 13)
        {
            ("南昌市人民政府", "利兹大学", "joint_institute", "2025-05-09"),
            ("南昌大学", "利兹大学", "joint_institute", "2025-05-09"),
        },
    ),
    "the ministry approving a run of founders is none of them": (
        "zh",
        None,
        "9月25日，教育部发文批准南昌大学与英国利兹大学合作举办南昌大学利兹学院。",
        {("南昌大学", "利兹大学", "joint_institute", "2025-09-25")},
    ),
}


@pytest.mark.parametrize("probe", list(PROBES))
def test_probe(extract, probe: str) -> None:
    language, url, text, facts = PROBES[probe]
    record = extract(text, language, url=url)
    publisher = record.document.publisher
    own = publisher.name if publisher is not None else PUBLISHER
    expected = {(own if c == PUBLISHER else c, f, kind, date) for c, f, kind, date in facts}
    found = {(p.chinese.name, p.foreign.name, p.kind, p.date) for p in record.partnerships}
    assert found == expected
