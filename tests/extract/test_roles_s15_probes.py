"""Roles written in ways the corpus under-covered (session 15): university news of a seat ("has been elected
vice-chair of", "were named vice-presidents", "houses its secretariat", "remains the chair"), the holder as
"it", "the university" or 该校 after its name, a short form in brackets after the subject, joining "as a full
member", "set up ... by", a count or "now" before the listing word, a seat passed on by year in Chinese
('2028年由B担任'), several alliances on one page, and an alliance named only in a Chinese headline. Each passage
is made up in the genre's way, with the facts a careful reader takes; the ones with no role say what must not
be read as one ("the meeting of member institutions", a person named to a seat, an ambiguous "it")."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.batch import extract_files
from pipeline.extract.roles import EVENT_ROLES

A_EN = "The Pearl River Universities Alliance held its council meeting in Guangzhou on May 3.\n\n"
A_ZH = "5月3日，珠江高校国际合作联盟理事会在广州召开。\n\n"
PRUA, ZJ = "Pearl River Universities Alliance", "珠江高校国际合作联盟"
JNU, SYSU, SZU = "Jinan University", "Sun Yat-sen University", "Shenzhen University"
SNNU, SCUT = "Shaanxi Normal University", "South China University of Technology"

PROBES = [
    # university news of a seat
    ("en", f"{JNU} has been elected vice-chair of the {PRUA}.", {(JNU, "vice_chair")}, set()),
    ("en", f"{SNNU} (SNNU) has been elected vice-chair of the alliance.", {(SNNU, "vice_chair")}, set()),
    ("en", f"{SNNU} (SNNU) was elected a vice-chair institution of the alliance.", {(SNNU, "vice_chair")}, set()),
    ("en", f"{JNU} joined the alliance as a founding member in 2019.", {(JNU, "member")}, set()),
    ("en", f"{JNU} will serve as the secretariat of the alliance.", {(JNU, "secretariat")}, set()),
    ("en", f"The presidency of the alliance passed to {SZU}.", {(SZU, "chair")}, set()),
    # several named to a seat at once
    (
        "en",
        f"{JNU}, {SYSU} and {SZU} were named vice-presidents of the alliance.",
        {(JNU, "vice_chair"), (SYSU, "vice_chair"), (SZU, "vice_chair")},
        set(),
    ),
    (
        "en",
        f"{SYSU} was elected chair. {JNU} and {SZU} were elected vice-chairs.",
        {(SYSU, "chair"), (JNU, "vice_chair"), (SZU, "vice_chair")},
        set(),
    ),
    # (a person named to a seat gives the institution of their office none)
    ("en", f"Li Hua, President of {JNU}, was named vice-president of the alliance.", set(), set()),
    # a seat kept, and the secretariat housed, by the subject (past a relative clause)
    ("en", f"{JNU} remains the chair of the alliance.", {(JNU, "chair")}, set()),
    (
        "en",
        f"{JNU}, which hosted the meeting of member institutions, remains the alliance's chair and houses its"
        " secretariat.",
        {(JNU, "chair"), (JNU, "secretariat")},
        set(),
    ),
    ("en", f"{JNU} hosts the secretariat of the alliance.", {(JNU, "secretariat")}, set()),
    # (who gathered is no member: "the meeting of member institutions", "representatives of member universities")
    ("en", f"{JNU}, which hosted the meeting of member institutions, presented its report.", set(), set()),
    ("en", f"Representatives of member universities attended the meeting at {JNU}.", set(), set()),
    # the holder named by "it" or "the university" after its name
    (
        "en",
        f"{JNU} was founded in 1906. The university was elected vice-chair of the alliance.",
        {(JNU, "vice_chair")},
        set(),
    ),
    (
        "en",
        f"{JNU} sent a delegation of five. It was elected a vice-chair institution of the alliance.",
        {(JNU, "vice_chair")},
        set(),
    ),
    # (an "it" after a sentence whose subject is the alliance, or after two universities, stands for no one seat)
    ("en", f"The alliance met at {JNU} on May 3. It also admitted three new members.", set(), set()),
    (
        "en",
        f"{JNU} and {SZU} sent delegations. It was elected a vice-chair institution of the alliance.",
        set(),
        set(),
    ),
    # joining as a kind of member; founders set it up
    ("en", f"{JNU} has been admitted to the alliance as a full member.", {(JNU, "member")}, set()),
    ("en", f"The alliance admitted {JNU} as an associate member.", {(JNU, "member")}, set()),
    # a list word after "now"
    (
        "en",
        f"The alliance's member universities now include {JNU} and {SZU}.",
        {(JNU, "member"), (SZU, "member")},
        set(),
    ),
    (
        "en",
        f"Member universities include {JNU}, {SYSU} and {SZU}.",
        {(JNU, "member"), (SYSU, "member"), (SZU, "member")},
        set(),
    ),
    # roles given in lines under labels
    (
        "en",
        f"The meeting elected a new council.\nChair: {SYSU}\nVice-chairs: {JNU}, {SZU}\nSecretariat: {SCUT}",
        {(SYSU, "chair"), (JNU, "vice_chair"), (SZU, "vice_chair"), (SCUT, "secretariat")},
        set(),
    ),
    # Chinese: a seat passed on by year
    (
        "zh",
        "2027年理事长单位由暨南大学担任，2028年由中山大学担任。",
        {("暨南大学", "chair"), ("中山大学", "chair")},
        set(),
    ),
    (
        "zh",
        "本届秘书处单位由暨南大学承担，下一届由深圳大学承担。",
        {("暨南大学", "secretariat"), ("深圳大学", "secretariat")},
        set(),
    ),
    # (what follows is no seat's next holder: the host of a meeting)
    (
        "zh",
        "2027年理事长单位由暨南大学担任，2028年年会由中山大学承办。",
        {("暨南大学", "chair"), ("中山大学", "host")},
        set(),
    ),
    # Chinese: 该校 after its name
    (
        "zh",
        "会议增选暨南大学为常务理事单位。该校自2016年联盟成立之初即为成员单位。",
        {("暨南大学", "director"), ("暨南大学", "member")},
        set(),
    ),
    (
        "zh",
        "会议选举暨南大学为副理事长单位。该校同时当选为秘书长单位。",
        {("暨南大学", "vice_chair"), ("暨南大学", "secretariat")},
        set(),
    ),
    # (two schools before: 该校 stands for neither for sure)
    ("zh", "暨南大学和中山大学派代表参会。该校当选为副理事长单位。", set(), set()),
    # Chinese: a count between the role phrase and its list word
    (
        "zh",
        "联盟现有成员高校43所，包括中山大学、暨南大学、深圳大学等。",
        {("中山大学", "member"), ("暨南大学", "member"), ("深圳大学", "member")},
        {("member", 43)},
    ),
    (
        "zh",
        "暨南大学、中山大学、深圳大学当选为副理事长单位。",
        {("暨南大学", "vice_chair"), ("中山大学", "vice_chair"), ("深圳大学", "vice_chair")},
        set(),
    ),
]


@pytest.mark.parametrize(("language", "passage", "roles", "counts"), PROBES)
def test_roles_written_in_the_genre_s_ways(extract, language, passage, roles, counts):
    record = extract((A_EN if language == "en" else A_ZH) + passage, language)
    assert {(r.member.name, r.role) for r in record.roles} == roles
    assert {r.organization.name for r in record.roles if r.role not in EVENT_ROLES} <= {PRUA, ZJ}
    assert {(c.role, c.count) for c in record.role_counts} == counts


def test_founders_set_it_up(extract):
    record = extract(f"The {PRUA} was set up in 2016 by {JNU} and {SZU}.", "en")
    assert {(r.organization.name, r.member.name, r.role) for r in record.roles} == {
        (PRUA, JNU, "member"),
        (PRUA, SZU, "member"),
    }


def test_a_participle_before_the_alliance_bringing_members_together(extract):
    record = extract(
        f"The {PRUA} held its council meeting in Guangzhou on May 3.\n\n"
        "Founded in 2015, the alliance brings together 152 universities from 38 countries.",
        "en",
    )
    assert {(c.organization.name, c.role, c.count) for c in record.role_counts} == {(PRUA, "member", 152)}


def test_each_seat_to_its_own_alliance(extract):
    consortium = "Asia-Pacific Maritime Universities Consortium"
    record = extract(
        f"{JNU} attended the council meetings of two networks this month.\n\n"
        f"At the {PRUA}, {JNU} was re-elected vice-chair. At the {consortium}, it became a founding member.",
        "en",
    )
    assert {(r.organization.name, r.member.name, r.role) for r in record.roles} == {
        (PRUA, JNU, "vice_chair"),
        (consortium, JNU, "member"),
    }


_HEADLINE_PAGE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<h1>{title}</h1><p>发布日期：2026-09-04</p>
<p>9月2日，联盟2026年年会在珠海召开。</p>
<p>会议增选华南农业大学为常务理事单位，秘书处继续设在中山大学。</p>
</body></html>
"""


def _roles_of_page(tmp_path: Path, title: str) -> set[tuple[str, str, str]]:
    page = tmp_path / "page.html"
    page.write_text(_HEADLINE_PAGE.format(title=title), encoding="utf-8")
    [(_, record)] = list(extract_files([page]))
    return {(r.organization.name, r.member.name, r.role) for r in record.roles}


@pytest.mark.parametrize(
    "title",
    [
        "华南农业大学当选粤港澳高校联盟常务理事单位",
        "我校连任粤港澳高校联盟常务理事单位",
        "粤港澳高校联盟2026年年会在珠海召开",
        "在粤港澳高校联盟年会上，华南农业大学当选常务理事单位",
    ],
)
def test_a_chinese_headline_s_alliance_owns_the_seats_of_a_text_naming_none(tmp_path: Path, title: str):
    assert _roles_of_page(tmp_path, title) == {
        ("粤港澳高校联盟", "华南农业大学", "director"),
        ("粤港澳高校联盟", "中山大学", "secretariat"),
    }


def test_a_chinese_headline_with_a_head_word_alone_names_no_alliance(tmp_path: Path):
    assert _roles_of_page(tmp_path, "华南农业大学当选联盟常务理事单位") == set()


def test_a_chinese_headline_s_alliance_of_another_head_word_owns_nothing(tmp_path: Path):
    # (the text says 联盟: a headline's 协会 is not what it refers to)
    assert _roles_of_page(tmp_path, "华南农业大学当选广东省高等教育学会常务理事单位") == set()


def test_it_opening_a_paragraph_stands_for_the_subject_before(extract):
    record = extract(A_EN + f"{JNU} sent a delegation of five.\n\nIt was elected a vice-chair institution.", "en")
    assert {(r.organization.name, r.member.name, r.role) for r in record.roles} == {(PRUA, JNU, "vice_chair")}
