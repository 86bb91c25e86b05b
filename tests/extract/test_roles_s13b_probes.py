"""Roles written in ways wave 1 left (session 13, wave 2): a seat given by an electing body with no "as"
("The council elected X vice-chair institution", "X was elected vice-chair institution"), a seat taken on
from its holder ("X will succeed Y as chair", 接任, 将于2026年接任), a seat handed from A to B (A向B移交;
"A向大会报告" hands nothing on), and the previous holder, who hands a seat on, holding none. Each passage is
made up in the way the genre writes, with the facts a careful reader takes."""

from __future__ import annotations

import pytest

A_EN = "The Pearl River Universities Alliance held its council meeting in Guangzhou on May 3.\n\n"
A_ZH = "5月3日，珠江高校国际合作联盟理事会在广州召开。\n\n"
JNU, SYSU, SZU = "Jinan University", "Sun Yat-sen University", "Shenzhen University"

PROBES = [
    # an electing body, then the holder and its seat with no "as"
    ("en", f"The council elected {JNU} vice-chair institution.", {(JNU, "vice_chair")}),
    ("en", f"The council elected {JNU} and {SZU} vice-chair institutions.", {(JNU, "vice_chair"), (SZU, "vice_chair")}),
    ("en", f"Delegates unanimously elected {JNU} chair institution of the alliance.", {(JNU, "chair")}),
    ("en", f"The general assembly elected {SZU} the new secretariat institution.", {(SZU, "secretariat")}),
    ("en", f"{JNU} was elected vice-chair institution.", {(JNU, "vice_chair")}),
    ("en", f"{JNU} was elected vice-chair institution of the alliance.", {(JNU, "vice_chair")}),
    (
        "en",
        f"{JNU} and {SZU} were elected vice-chair institutions at the meeting.",
        {(JNU, "vice_chair"), (SZU, "vice_chair")},
    ),
    ("en", f"{SZU} was voted vice-chair institution for a three-year term.", {(SZU, "vice_chair")}),
    # a seat taken on from its holder: the one who takes it holds it, the one left does not
    ("en", f"{JNU} will succeed {SYSU} as chair.", {(JNU, "chair")}),
    ("en", f"{JNU} will succeed {SYSU} as chair of the alliance in 2026.", {(JNU, "chair")}),
    ("en", f"{JNU} succeeds {SYSU} as the rotating chair.", {(JNU, "chair")}),
    ("en", f"{SZU} succeeded {SYSU} as secretariat institution.", {(SZU, "secretariat")}),
    ("en", f"{JNU} will replace {SYSU} as vice-chair institution.", {(JNU, "vice_chair")}),
    ("zh", "暨南大学将于2026年接任轮值主席单位。", {("暨南大学", "chair")}),
    ("zh", "暨南大学将于2026年1月起接任联盟轮值主席单位。", {("暨南大学", "chair")}),
    ("zh", "暨南大学接任联盟轮值主席。", {("暨南大学", "chair")}),
    ("zh", "暨南大学接任中山大学成为联盟理事长单位。", {("暨南大学", "chair")}),
    ("zh", "会议决定，由暨南大学接任联盟秘书处单位。", {("暨南大学", "secretariat")}),
    ("zh", "深圳大学接替中山大学担任联盟秘书处单位。", {("深圳大学", "secretariat")}),
    # a seat handed from A to B: B holds it; A, who hands it on, does not
    ("zh", "中山大学向暨南大学移交轮值主席单位。", {("暨南大学", "chair")}),
    ("zh", "中山大学向暨南大学交接轮值主席单位。", {("暨南大学", "chair")}),
    ("zh", "中山大学将轮值主席单位职责正式交接给暨南大学。", {("暨南大学", "chair")}),
    ("en", f"{SYSU} handed the rotating chair over to {JNU}.", {(JNU, "chair")}),
    # reporting to the meeting hands nothing on: the holder keeps its seat
    ("zh", "中山大学作为理事长单位向大会报告工作。", {("中山大学", "chair")}),
    ("zh", "中山大学当选理事长单位，并向大会报告了联盟工作。", {("中山大学", "chair")}),
    ("zh", "暨南大学当选秘书处单位。中山大学向大会报告了联盟一年来的工作。", {("暨南大学", "secretariat")}),
    ("zh", "会上，中山大学向暨南大学正式移交联盟秘书处单位。", {("暨南大学", "secretariat")}),
    ("zh", "中山大学将联盟秘书处单位工作顺利交接给深圳大学。", {("深圳大学", "secretariat")}),
    ("en", f"{SYSU} passed the chair over to {JNU} at the close of the meeting.", {(JNU, "chair")}),
    ("en", f"{SYSU}, the chair institution, reported to the assembly on the year's work.", {(SYSU, "chair")}),
]


@pytest.mark.parametrize(("language", "passage", "roles"), PROBES)
def test_roles_written_in_the_genre_s_ways(extract, language, passage, roles):
    record = extract((A_EN if language == "en" else A_ZH) + passage, language)
    assert {(r.member.name, r.role) for r in record.roles} == roles


# a tally of the institutions whose people attend gives the venue before it no seat
ATTENDING = [
    ("en", f"The meeting was held at {JNU}, with delegates from 46 member institutions attending.", set()),
    ("en", f"The meeting opened at {JNU}; representatives of 40 member universities attended.", set()),
    ("zh", "会议在暨南大学召开，来自17个国家的46所成员高校代表参加会议。", set()),
    ("zh", "暨南大学等46所成员高校参加会议。", {("暨南大学", "member")}),
]


@pytest.mark.parametrize(("language", "passage", "roles"), ATTENDING)
def test_a_tally_of_those_attending_gives_the_venue_no_seat(extract, language, passage, roles):
    record = extract((A_EN if language == "en" else A_ZH) + passage, language)
    assert {(r.member.name, r.role) for r in record.roles} == roles
