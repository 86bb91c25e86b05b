"""Roles written in ways the corpus under-covered (session 13): a bare chair handed on ('A handed over
the chair to B', 交接给), a seat apposed to its institution ('X, the alliance's founding chair,'),
re-elected and taken-over seats, the founders counted after 'founded by', a council made up of
institutions (理事会由A、B等15所高校组成: its seats and their number), a relative clause between a
subject and its verb, attendance figures (rounded or exact) that count no holders, and a table whose role cell follows
the name. Each passage is made up in the way the genre writes, with the facts a careful reader takes;
the ones with no role say what must not be read as one."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.batch import extract_files

A_EN = "The Pearl River Universities Alliance held its council meeting in Guangzhou on May 3.\n\n"
A_ZH = "5月3日，珠江高校国际合作联盟理事会在广州召开。\n\n"
JNU, SYSU, SZU = "Jinan University", "Sun Yat-sen University", "Shenzhen University"

PROBES = [
    # a bare seat handed on: the institution after "to" holds it
    ("en", f"{SYSU} handed over the chair to {JNU}.", {(JNU, "chair")}, set()),
    ("en", f"{SYSU} hands over the chair of the alliance to {JNU} for 2026.", {(JNU, "chair")}, set()),
    ("en", f"{SYSU} passed the chair of the alliance to {JNU}.", {(JNU, "chair")}, set()),
    ("en", f"The chair was handed over from {SYSU} to {JNU}.", {(JNU, "chair")}, set()),
    ("en", f"The rotating chair was handed over from {SYSU} to {JNU}.", {(JNU, "chair")}, set()),
    ("zh", "中山大学将轮值主席单位交接给暨南大学。", {("暨南大学", "chair")}, set()),
    ("zh", "轮值主席单位由中山大学交接给暨南大学。", {("暨南大学", "chair")}, set()),
    # a seat apposed to its institution
    (
        "en",
        f"{JNU}, the alliance's founding chair, will host the secretariat.",
        {(JNU, "chair"), (JNU, "secretariat")},
        set(),
    ),
    (
        "en",
        f"{JNU}, the alliance's founding chair, continues to run its secretariat.",
        {(JNU, "chair"), (JNU, "secretariat")},
        set(),
    ),
    ("en", f"{JNU}, the alliance's new vice-chair, signed the charter.", {(JNU, "vice_chair")}, set()),
    ("en", f"{JNU}, the chair institution of the alliance, opened the meeting.", {(JNU, "chair")}, set()),
    # re-elected, taken over
    ("en", f"{JNU} was re-elected chair of the alliance.", {(JNU, "chair")}, set()),
    ("en", f"{JNU} was re-elected as vice-chair.", {(JNU, "vice_chair")}, set()),
    (
        "en",
        f"{JNU} and {SZU} were re-elected vice-chair institutions.",
        {(JNU, "vice_chair"), (SZU, "vice_chair")},
        set(),
    ),
    ("en", f"{JNU} takes over as chair from {SYSU}.", {(JNU, "chair")}, set()),
    ("en", f"{SZU} takes over as vice-chair from {SYSU}.", {(SZU, "vice_chair")}, set()),
    ("en", f"{JNU} will take over as chair in 2026.", {(JNU, "chair")}, set()),
    ("en", f"{JNU} took over the chairmanship of the alliance.", {(JNU, "chair")}, set()),
    ("en", f"{JNU} assumes the rotating presidency for 2026.", {(JNU, "chair")}, set()),
    (
        "en",
        f"{JNU}, which has run the secretariat since 2015, was re-elected as the chair institution.",
        {(JNU, "secretariat"), (JNU, "chair")},
        set(),
    ),
    ("zh", "暨南大学连任联盟理事长单位。", {("暨南大学", "chair")}, set()),
    ("zh", "暨南大学接任联盟理事长单位。", {("暨南大学", "chair")}, set()),
    # founders and the body made up of institutions, counted
    (
        "en",
        "Founded in 2015 by 12 universities, the alliance now has 30 members.",
        set(),
        {("member", 12), ("member", 30)},
    ),
    ("en", "The alliance was launched in 2019 by 14 universities.", set(), {("member", 14)}),
    (
        "en",
        f"Its council consists of 15 universities, including {JNU} and {SZU}.",
        {(JNU, "director"), (SZU, "director")},
        {("director", 15)},
    ),
    (
        "en",
        f"The board of the alliance consists of nine universities, including {JNU} and {SZU}.",
        {(JNU, "director"), (SZU, "director")},
        {("director", 9)},
    ),
    (
        "en",
        f"The alliance comprises 30 universities, including {JNU} and {SZU}.",
        {(JNU, "member"), (SZU, "member")},
        {("member", 30)},
    ),
    (
        "zh",
        "联盟理事会由中山大学、暨南大学等15所高校组成。",
        {("中山大学", "director"), ("暨南大学", "director")},
        {("director", 15)},
    ),
    (
        "zh",
        "联盟常务理事会由中山大学、暨南大学等9所高校组成。",
        {("中山大学", "director"), ("暨南大学", "director")},
        {("director", 9)},
    ),
    (
        "zh",
        "联盟由中山大学、暨南大学等12所高校组成。",
        {("中山大学", "member"), ("暨南大学", "member")},
        {("member", 12)},
    ),
    (
        "zh",
        "该联盟由中山大学、暨南大学等20余所高校组成。",
        {("中山大学", "member"), ("暨南大学", "member")},
        {("member", 20)},
    ),
    (
        "zh",
        "第二届理事会由中山大学、暨南大学、深圳大学等11家单位组成，中山大学为理事长单位。",
        {("中山大学", "director"), ("暨南大学", "director"), ("深圳大学", "director"), ("中山大学", "chair")},
        {("director", 11)},
    ),
    ("en", f"{JNU} has chaired the alliance since 2019.", {(JNU, "chair")}, set()),
    ("en", f"{JNU} was named the alliance's rotating chair.", {(JNU, "chair")}, set()),
    ("en", f"{JNU} was voted in as a council member institution.", {(JNU, "director")}, set()),
    # what is no role, and no count of holders
    ("en", f"{JNU} served as chair of the organising committee.", set(), set()),
    # a chair "of" the alliance's own organ stays an alliance seat; a person appointed holds it, not their school
    ("en", f"{JNU} serves as chair of the council.", {(JNU, "chair")}, set()),
    ("en", f"Professor Li Ming of {JNU} was appointed chair for a term of two years.", set(), set()),
    ("en", f"{JNU} chaired the opening session.", set(), set()),
    ("en", f"Professor Li Hua, President of {JNU}, the alliance's chair, opened the meeting.", set(), set()),
    ("en", "Its president Li Hua was elected chair of the alliance.", set(), set()),
    ("en", "Li Hua handed over the chair to Wang Ming.", set(), set()),
    ("en", f"{JNU}'s president took over as chair.", set(), set()),
    ("en", "More than 200 representatives from 40 universities attended the meeting.", set(), set()),
    ("en", "Some 120 delegates from 35 member universities attended.", set(), set()),
    ("en", "The forum was hosted by 3 universities.", set(), set()),
    ("zh", "代表团由中山大学、暨南大学等5所高校组成。", set(), set()),
    ("zh", "专家组由中山大学、暨南大学的8名学者组成。", set(), set()),
    ("zh", "来自40所高校的200余名代表参加会议。", set(), set()),
    ("zh", "来自12个国家的40余所成员高校代表参会。", set(), set()),
    # an exact number of the institutions the people attending come from
    ("en", "Representatives from 40 member universities attended the meeting.", set(), set()),
    ("en", "Presidents of 23 member universities took part in the forum.", set(), set()),
    ("en", "Delegates of 40 member institutions attended the meeting.", set(), set()),
    ("zh", "来自40所成员高校的代表参加会议。", set(), set()),
    ("zh", "来自12个国家的40所成员高校代表参会。", set(), set()),
    # and the counts of holders beside them
    ("en", "The alliance has 40 member universities.", set(), {("member", 40)}),
    ("en", "A total of 40 member universities attended.", set(), {("member", 40)}),
    ("zh", "联盟现有成员高校40所。", set(), {("member", 40)}),
]


@pytest.mark.parametrize(("language", "passage", "roles", "counts"), PROBES)
def test_roles_written_in_the_genre_s_ways(extract, language, passage, roles, counts):
    record = extract((A_EN if language == "en" else A_ZH) + passage, language)
    assert {(r.member.name, r.role) for r in record.roles} == roles
    assert {(c.role, c.count) for c in record.role_counts} == counts


def test_the_roles_belong_to_the_alliance_named_before(extract):
    record = extract(A_EN + f"{SYSU} handed over the chair to {JNU}.", "en")
    assert {r.organization.name for r in record.roles} == {"Pearl River Universities Alliance"}


_TABLE_PAGE = """<html><head><meta charset="utf-8"><title>Council elected</title></head><body>
<h1>Council elected</h1><p>Date: 2025-05-06</p>
<p>The Pearl River Universities Alliance held its council meeting in Guangzhou on May 3. It elected the following
institutions:</p>
<table>
<tr><th>Institution</th><th>Country</th><th>Seat</th></tr>
<tr><td>Chulalongkorn University</td><td>Thailand</td><td>Vice-chair institution</td></tr>
<tr><td>Jinan University</td><td>China</td><td>Vice-chair institution</td></tr>
<tr><td>Shenzhen University</td><td>China</td><td>Council member</td></tr>
<tr><td>University of Malaya</td><td>Malaysia</td><td>Secretariat</td></tr>
</table>
<p>The next council meeting will be held in Bangkok.</p>
</body></html>
"""


def test_a_table_whose_role_cell_follows_the_name(tmp_path: Path):
    page = tmp_path / "council.html"
    page.write_text(_TABLE_PAGE, encoding="utf-8")
    [(_, record)] = list(extract_files([page]))
    assert {(r.member.name, r.role) for r in record.roles} == {
        ("Chulalongkorn University", "vice_chair"),
        (JNU, "vice_chair"),
        (SZU, "director"),
        ("University of Malaya", "secretariat"),
    }


def test_a_table_whose_role_cell_comes_first_is_still_read_as_headings(tmp_path: Path):
    page = tmp_path / "council.html"
    rows = (
        "<tr><th>Seat</th><th>Institution</th></tr>"
        '<tr><td rowspan="2">Vice-chair institutions</td><td>Chulalongkorn University</td></tr>'
        "<tr><td>Jinan University</td></tr>"
        "<tr><td>Secretariat</td><td>University of Malaya</td></tr>"
    )
    page.write_text(_TABLE_PAGE.split("<table>")[0] + f"<table>{rows}</table></body></html>", encoding="utf-8")
    [(_, record)] = list(extract_files([page]))
    assert {(r.member.name, r.role) for r in record.roles} == {
        ("Chulalongkorn University", "vice_chair"),
        (JNU, "vice_chair"),
        ("University of Malaya", "secretariat"),
    }
