"""Roles written in ways the corpus under-covered (session 14): seats passed round by year ('followed by B
in 2028'), a seat with its holder right after it (理事长单位X向大会报告, 'the chair institution, X,'), a
relative clause giving a seat to a name a role before it claimed, 'together with' after a seat, a seat's
term before its listing word, the secretariat 'hosted by' / 'sits at', counts written in words
('sixty-three', 'more than forty', '四十余所…于2014年共同发起'), 'N universities were elected <seat>', founders
('co-founded the alliance'), 'brings together' with the alliance as subject, a table's header cells between
a colon and its list, and the headline's alliance over a text that says only 'the consortium'. Each
passage is made up in the genre's way, with the facts a careful reader takes; the ones with no role say
what must not be read as one."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.batch import extract_files

A_EN = "The Pearl River Universities Alliance held its council meeting in Guangzhou on May 3.\n\n"
A_ZH = "5月3日，珠江高校国际合作联盟理事会在广州召开。\n\n"
JNU, SYSU, SZU = "Jinan University", "Sun Yat-sen University", "Shenzhen University"

PROBES = [
    # a seat passed round by year: each name with its year after the first holder
    (
        "en",
        f"{JNU} will take over the chair in 2027, followed by {SYSU} in 2028.",
        {(JNU, "chair"), (SYSU, "chair")},
        set(),
    ),
    ("en", f"The chair rotates to {JNU} in 2027 and to {SZU} in 2028.", {(JNU, "chair"), (SZU, "chair")}, set()),
    (
        "en",
        f"The rotating chair passes to {JNU} in 2027, then to {SZU} in 2028 and to {SYSU} in 2029.",
        {(JNU, "chair"), (SZU, "chair"), (SYSU, "chair")},
        set(),
    ),
    ("en", f"{JNU} takes over the rotating presidency of the alliance for 2026.", {(JNU, "chair")}, set()),
    # (what follows the year is no institution: no second holder)
    (
        "en",
        f"{JNU} will take over the chair in 2027, followed by a review of its charter in 2028.",
        {(JNU, "chair")},
        set(),
    ),
    # (a person taking over the chair gives the institution of their office no seat)
    ("en", f"Li Hua, President of {JNU}, will take over the chair in 2027.", set(), set()),
    # a seat with its holder right after it
    ("zh", "理事长单位暨南大学向大会报告了联盟两年来的工作。", {("暨南大学", "chair")}, set()),
    ("zh", "副理事长单位中山大学代表作交流发言。", {("中山大学", "vice_chair")}, set()),
    ("en", f"The chair institution, {JNU}, reported on the alliance's work.", {(JNU, "chair")}, set()),
    # a relative clause giving a second seat to the name a first one claimed
    (
        "en",
        f"The alliance's secretariat is based at {JNU}, which was also re-elected a vice-chair institution.",
        {(JNU, "secretariat"), (JNU, "vice_chair")},
        set(),
    ),
    (
        "en",
        f"The secretariat moved to {JNU}, which became a vice-chair institution in 2024.",
        {(JNU, "secretariat"), (JNU, "vice_chair")},
        set(),
    ),
    (
        "en",
        f"Its secretariat is housed in {JNU}, which was elected to the standing council"
        f" together with {SYSU} and {SZU}.",
        {(JNU, "secretariat"), (JNU, "director"), (SYSU, "director"), (SZU, "director")},
        set(),
    ),
    # "together with" after a seat
    (
        "en",
        f"{JNU} was elected a vice-chair institution of the alliance, together with {SYSU} and {SZU}.",
        {(JNU, "vice_chair"), (SYSU, "vice_chair"), (SZU, "vice_chair")},
        set(),
    ),
    ("en", f"{JNU} was elected to the council of the alliance.", {(JNU, "director")}, set()),
    # a seat's term between the seat and its listing word
    (
        "en",
        f"The vice-chair institutions for the 2026-2029 term are {SYSU} and {SZU}.",
        {(SYSU, "vice_chair"), (SZU, "vice_chair")},
        set(),
    ),
    (
        "en",
        f"The vice-chair institutions for 2026-2028 include {SYSU} and {SZU}.",
        {(SYSU, "vice_chair"), (SZU, "vice_chair")},
        set(),
    ),
    # the secretariat's seat in other words
    ("en", f"Its secretariat is hosted by {JNU}.", {(JNU, "secretariat")}, set()),
    ("en", f"The alliance's secretariat will be hosted by {JNU} from 2026.", {(JNU, "secretariat")}, set()),
    (
        "en",
        f"The alliance, whose secretariat sits at {JNU}, now has 70 members.",
        {(JNU, "secretariat")},
        {("member", 70)},
    ),
    # counts in words, rounded counts
    ("en", "The alliance now brings together sixty-three member universities.", set(), {("member", 63)}),
    ("en", "The alliance has twenty-one member universities.", set(), {("member", 21)}),
    (
        "en",
        "The alliance was founded in 2018 by more than forty universities from China and abroad.",
        set(),
        {("member", 40)},
    ),
    ("zh", "联盟由中外四十余所高校于2014年共同发起成立。", set(), {("member", 40)}),
    (
        "en",
        f"Six universities were elected standing council members: {JNU}, {SYSU} and {SZU}.",
        {(JNU, "director"), (SYSU, "director"), (SZU, "director")},
        {("director", 6)},
    ),
    ("en", "Twelve universities were elected vice-chair institutions.", set(), {("vice_chair", 12)}),
    # (newcomers are no total)
    ("en", "Six new universities were elected members of the alliance.", set(), set()),
    # founders, and the alliance bringing institutions together
    (
        "en",
        f"{JNU} and {SZU} co-founded the Pearl River Universities Alliance in 2011.",
        {(JNU, "member"), (SZU, "member")},
        set(),
    ),
    ("en", f"{JNU} co-founded a joint laboratory with {SZU} in 2011.", set(), set()),
    (
        "en",
        f"The association, whose secretariat sits at {JNU}, now brings together 70 universities of the two countries.",
        {(JNU, "secretariat")},
        {("member", 70)},
    ),
    (
        "en",
        f"The alliance brings together {JNU}, {SYSU} and {SZU}.",
        {(JNU, "member"), (SYSU, "member"), (SZU, "member")},
        set(),
    ),
    # (an event bringing people or institutions together gives no member and no count)
    ("en", "The forum brought together 40 universities from ten countries.", set(), set()),
    ("en", "The meeting, organized by the alliance, brought together 60 universities.", set(), set()),
    # Chinese: counts, lists with 等, a term in brackets
    (
        "zh",
        "联盟由中山大学、暨南大学等四十余所高校共同发起成立。",
        {("中山大学", "member"), ("暨南大学", "member")},
        {("member", 40)},
    ),
    (
        "zh",
        "副理事长单位（2026—2028年）为中山大学、深圳大学。",
        {("中山大学", "vice_chair"), ("深圳大学", "vice_chair")},
        set(),
    ),
    ("zh", "目前联盟共有成员单位七十八家。", set(), {("member", 78)}),
]


@pytest.mark.parametrize(("language", "passage", "roles", "counts"), PROBES)
def test_roles_written_in_the_genre_s_ways(extract, language, passage, roles, counts):
    record = extract((A_EN if language == "en" else A_ZH) + passage, language)
    assert {(r.member.name, r.role) for r in record.roles} == roles
    assert {(c.role, c.count) for c in record.role_counts} == counts


_HEADLINE_PAGE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<h1>{title}</h1><p>Date: 2026-04-01</p>
<p>Jinan University was elected a vice-chair institution of the consortium at its council meeting on March 28.</p>
<p>Shenzhen University, which holds the rotating chair for 2026, hosted the meeting.</p>
</body></html>
"""


def _roles_of_page(tmp_path: Path, title: str) -> set[tuple[str, str, str]]:
    page = tmp_path / "page.html"
    page.write_text(_HEADLINE_PAGE.format(title=title), encoding="utf-8")
    [(_, record)] = list(extract_files([page]))
    return {(r.organization.name, r.member.name, r.role) for r in record.roles}


def test_the_headline_s_alliance_owns_the_seats_of_a_text_naming_none(tmp_path: Path):
    consortium = "Pearl River Maritime Universities Consortium"
    assert _roles_of_page(tmp_path, f"Jinan University elected vice-chair of the {consortium}") == {
        (consortium, JNU, "vice_chair"),
        (consortium, SZU, "chair"),
    }


def test_a_headline_s_alliance_of_another_head_word_owns_nothing(tmp_path: Path):
    # (the text says "the consortium": a headline's "Alliance" is not what it refers to)
    assert (
        _roles_of_page(tmp_path, "Jinan University elected vice-chair of the Pearl River Universities Alliance")
        == set()
    )


def test_a_title_case_headline_gives_no_alliance(tmp_path: Path):
    # (its verbs run into the name: "Jinan University Joins ... Consortium" is no alliance's name)
    assert _roles_of_page(tmp_path, "Jinan University Joins Pearl River Maritime Universities Consortium") == set()


_TABLE_PAGE = """<html><head><meta charset="utf-8"><title>Council elected</title></head><body>
<h1>Council elected</h1><p>Date: 2026-03-02</p>
<p>The Pearl River Universities Alliance held its council meeting in Guangzhou on March 1.</p>
<p>Three universities were elected standing council members:</p>
<table>
<tr><td>Institution</td><td>Country</td></tr>
<tr><td>Jinan University</td><td>China</td></tr>
<tr><td>Chulalongkorn University</td><td>Thailand</td></tr>
<tr><td>University of Malaya</td><td>Malaysia</td></tr>
</table>
<p>The next council meeting will be held in Bangkok.</p>
</body></html>
"""


def test_a_table_s_header_cells_between_the_colon_and_the_names(tmp_path: Path):
    page = tmp_path / "council.html"
    page.write_text(_TABLE_PAGE, encoding="utf-8")
    [(_, record)] = list(extract_files([page]))
    assert {(r.member.name, r.role) for r in record.roles} == {
        (JNU, "director"),
        ("Chulalongkorn University", "director"),
        ("University of Malaya", "director"),
    }
    assert {(c.role, c.count) for c in record.role_counts} == {("director", 3)}
