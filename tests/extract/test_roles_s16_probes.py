"""Roles written in ways the corpus under-covered (session 16): seats told at a later year's general assembly
(re-election, "re-elected to the same post", a seat with its owner "elected as the alliance's chair",
"retained its seat as vice-chair", "voted in as"), a publisher's own seat in the first person ("We are honoured
to be elected chair"), members listed in the clause after the role phrase ("..., including A and B";
'，分别是A、B'), a count before a verb of joining (newcomers, no total), a seat in a body of the alliance
("chairs the association's Academic Committee", a working group's 组长单位: no seat of the alliance),
an alliance whose name has "and" before its head word ("South and Southeast Asian University Network"), and
Chinese 当选/连任/轮值主席单位/秘书处设在/牵头单位/发起单位 and member counts. Each passage is made up in the
genre's way, with the facts a careful reader takes."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.batch import extract_files

A_EN = "The Pearl River Universities Alliance held its general assembly in Guangzhou on May 3.\n\n"
A_ZH = "5月3日，珠江高校国际合作联盟2026年理事会在广州召开。\n\n"
PRUA, ZJ = "Pearl River Universities Alliance", "珠江高校国际合作联盟"
JNU, SYSU, SZU = "Jinan University", "Sun Yat-sen University", "Shenzhen University"

PROBES = [
    # a seat with its owner between the verb and the seat
    ("en", f"{JNU} was re-elected as the alliance's chair for a second term.", {(JNU, "chair")}, set()),
    ("en", f"{JNU} becomes the alliance's new chair.", {(JNU, "chair")}, set()),
    ("en", f"{JNU} was elected to the alliance's executive council.", {(JNU, "director")}, set()),
    ("en", f"{JNU} retained its seat as vice-chair of the alliance.", {(JNU, "vice_chair")}, set()),
    (
        "en",
        f"{JNU} and {SZU} were voted in as vice-chairs.",
        {(JNU, "vice_chair"), (SZU, "vice_chair")},
        set(),
    ),
    ("en", f"{JNU}, which hosted the assembly, was elected to the association's council.", {(JNU, "director")}, set()),
    # (a person elected to it gives the institution of their office none)
    ("en", f"Li Hua, president of {JNU}, was elected as the alliance's chair.", set(), set()),
    ("en", f"Li Hua, president of {JNU}, was voted in as vice-chair.", set(), set()),
    ("en", f"{JNU} was elected as the first chair of the alliance.", {(JNU, "chair")}, set()),
    ("en", f"{JNU} was elected a standing council member of the alliance.", {(JNU, "director")}, set()),
    ("en", f"{JNU} was elected to the alliance's board of directors.", {(JNU, "director")}, set()),
    ("en", f"{JNU} won a seat on the alliance's council.", {(JNU, "director")}, set()),
    ("en", f"{JNU} and {SZU} will co-chair the alliance.", {(JNU, "chair"), (SZU, "chair")}, set()),
    # (a person of the institution: "of X", "a professor at X")
    ("en", f"Li Hua of {JNU} was elected chair of the alliance.", set(), set()),
    ("en", f"Li Hua, a professor at {JNU}, was elected as the first chair of the alliance.", set(), set()),
    # a member apposed, welcomed, founding
    ("en", f"{JNU}, a member of the alliance since 2018, hosted the meeting.", {(JNU, "member")}, set()),
    ("en", f"The alliance welcomed {JNU} as its newest member.", {(JNU, "member")}, set()),
    ("en", f"{JNU}, which founded the alliance in 2016, hosted the meeting.", {(JNU, "member")}, set()),
    ("en", f"{JNU} was founded in 1906.", set(), set()),
    # (a council or board with no verb and owner before it is no seat)
    ("en", f"The council of the alliance met on May 4 at {JNU}. The board approved its plan.", set(), set()),
    # the seat named before it in the sentence
    (
        "en",
        f"{SYSU} was unanimously elected vice-chair of the alliance, while {JNU} was re-elected to the same post.",
        {(SYSU, "vice_chair"), (JNU, "vice_chair")},
        set(),
    ),
    (
        "en",
        f"{JNU} was elected chair of the alliance. Li Hua was re-elected to the same post.",
        {(JNU, "chair")},
        set(),
    ),
    # (no seat before it: nothing to refer to)
    ("en", f"{JNU} was re-elected to the same post.", set(), set()),
    # a seat in a body of the alliance is no seat of the alliance
    ("en", f"{JNU} chairs the association's Academic Committee.", set(), set()),
    ("en", f"{JNU} will chair its working group on energy engineering.", set(), set()),
    ("en", f"{JNU} was elected chair of the Academic Committee of the alliance.", set(), set()),
    ("en", f"{JNU} chairs the alliance.", {(JNU, "chair")}, set()),
    # the list the next clause opens
    (
        "en",
        f"Four universities joined the alliance, including {JNU} and {SZU}.",
        {(JNU, "member"), (SZU, "member")},
        set(),
    ),
    (
        "en",
        f"Three universities were elected vice-chair institutions, namely {JNU}, {SZU} and {SYSU}.",
        {(JNU, "vice_chair"), (SZU, "vice_chair"), (SYSU, "vice_chair")},
        {("vice_chair", 3)},
    ),
    # a count before a verb of joining counts newcomers
    (
        "en",
        f"Three universities joined the alliance: {JNU}, {SZU} and {SYSU}.",
        {(JNU, "member"), (SZU, "member"), (SYSU, "member")},
        set(),
    ),
    (
        "en",
        f"Two universities were welcomed into the alliance:\n{JNU}\n{SZU}",
        {(JNU, "member"), (SZU, "member")},
        set(),
    ),
    ("en", f"{JNU} and {SZU} were admitted into the alliance.", {(JNU, "member"), (SZU, "member")}, set()),
    # (founders counted: a total of the founding members)
    ("en", "Fifteen universities co-founded the alliance in 2015.", set(), {("member", 15)}),
    # the founders listed; a count of members now
    (
        "en",
        f"The founding members are {JNU}, {SZU} and {SYSU}.",
        {(JNU, "member"), (SZU, "member"), (SYSU, "member")},
        set(),
    ),
    ("en", "The alliance now has 56 member institutions.", set(), {("member", 56)}),
    ("en", f"The secretariat of the alliance is based at {JNU}.", {(JNU, "secretariat")}, set()),
    # reported speech: "whose university" is the speaker's
    (
        "en",
        f'"We will open new channels," said Li Hua, president of {JNU}, whose university continues to host the'
        " alliance's secretariat.",
        {(JNU, "secretariat")},
        set(),
    ),
    # Chinese
    ("zh", "暨南大学连任联盟理事长单位。", {("暨南大学", "chair")}, set()),
    ("zh", "暨南大学当选联盟新一届轮值主席单位。", {("暨南大学", "chair")}, set()),
    ("zh", "会议选举暨南大学为轮值主席单位，任期两年。", {("暨南大学", "chair")}, set()),
    ("zh", "联盟秘书处设在暨南大学，由该校国际合作与交流处具体负责。", {("暨南大学", "secretariat")}, set()),
    ("zh", "暨南大学为联盟牵头单位。", {("暨南大学", "member")}, set()),
    (
        "zh",
        "该联盟由暨南大学牵头，联合深圳大学、中山大学共同发起成立。",
        {("暨南大学", "member"), ("深圳大学", "member"), ("中山大学", "member")},
        set(),
    ),
    (
        "zh",
        "联盟发起单位包括暨南大学、深圳大学和中山大学。",
        {("暨南大学", "member"), ("深圳大学", "member"), ("中山大学", "member")},
        set(),
    ),
    ("zh", "联盟现有成员单位56所，覆盖粤港澳三地。", set(), {("member", 56)}),
    ("zh", "目前，联盟成员单位已达56家。", set(), {("member", 56)}),
    (
        "zh",
        "会上，4所高校加入联盟，分别是暨南大学、深圳大学、中山大学和华南理工大学。",
        {("暨南大学", "member"), ("深圳大学", "member"), ("中山大学", "member"), ("华南理工大学", "member")},
        set(),
    ),
    (
        "zh",
        "会议新增副理事长单位3家，分别为暨南大学、深圳大学和中山大学。",
        {("暨南大学", "vice_chair"), ("深圳大学", "vice_chair"), ("中山大学", "vice_chair")},
        set(),
    ),
    # (a seat of a working group or committee; the members as a verb's object; a person's seat)
    ("zh", "联盟下设国际交流工作组，由暨南大学任组长单位，负责统筹成员高校的留学生联合培养。", set(), set()),
    ("zh", "深圳大学担任联盟学术委员会主任单位。", set(), set()),
    ("zh", "暨南大学校长李华表示，学校将与各成员高校一道推动联盟发展。", set(), set()),
    ("zh", "暨南大学校长李华当选联盟理事长。", set(), set()),
]


@pytest.mark.parametrize(("language", "passage", "roles", "counts"), PROBES)
def test_roles_written_in_the_genre_s_ways(extract, language, passage, roles, counts):
    record = extract((A_EN if language == "en" else A_ZH) + passage, language)
    assert {(r.member.name, r.role) for r in record.roles} == roles
    assert {r.organization.name for r in record.roles} <= {PRUA, ZJ}
    assert {(c.role, c.count) for c in record.role_counts} == counts


def test_an_alliance_named_with_and_before_its_head_word_owns_its_seats(extract):
    network = "South and Southeast Asian University Network"
    record = extract(
        f"The {network} held its council meeting in Kunming on September 1.\n\n"
        f"{JNU} and {SZU} were elected vice-chair institutions of the network.",
        "en",
    )
    assert {i.name: i.kind for i in record.institutions}[network] == "alliance"
    assert {(r.organization.name, r.member.name, r.role) for r in record.roles} == {
        (network, JNU, "vice_chair"),
        (network, SZU, "vice_chair"),
    }


_OWN_PAGE = """<html><head><meta charset="utf-8"><title>{title}-Jinan University</title>
<link rel="canonical" href="https://english.jnu.edu.cn/2026/0903/c1/page.htm"></head><body>
<div class="nav">Jinan University | Home | News</div>
<h1>{title}</h1><p>Date: 2026-09-03</p>
<p>{body}</p>
</body></html>
"""


def _roles_of_own_page(tmp_path: Path, title: str, body: str) -> set[tuple[str, str, str]]:
    page = tmp_path / "page.html"
    page.write_text(_OWN_PAGE.format(title=title, body=body), encoding="utf-8")
    [(_, record)] = list(extract_files([page]))
    return {(r.organization.name, r.member.name, r.role) for r in record.roles}


@pytest.mark.parametrize(
    "body",
    [
        f'"We are honoured to be elected chair of the {PRUA}," said Li Hua, Vice President of {JNU}, at the'
        " council meeting on September 1.",
        f"At the council meeting of the {PRUA} on September 1, we were elected chair of the alliance, said"
        f" Li Hua of {JNU}.",
    ],
)
def test_we_on_a_publisher_s_page_is_the_publisher(tmp_path: Path, body: str):
    assert _roles_of_own_page(tmp_path, "News", body) == {(PRUA, JNU, "chair")}


def test_we_after_the_seat_s_own_subject_gives_the_publisher_none(tmp_path: Path):
    body = f"As we reported, {SZU} was elected chair of the {PRUA} on September 1."
    assert _roles_of_own_page(tmp_path, "News", body) == {(PRUA, SZU, "chair")}
