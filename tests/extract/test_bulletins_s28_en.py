"""Session 28 (en): whole bulletins written for the tests (tests/extract/fixtures/s28_en, in the styles
of /work/shared/GENRE.md), each checked for the facts corpus/GUIDE.md asks of the rules added then.

A fixture opens with `#published=YYYY-MM-DD` and, for a university's own page, `#url=...` lines."""

from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "s28_en"


def _read(name: str, extract):
    lines = (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    meta = {}
    while lines and lines[0].startswith("#"):
        key, _, value = lines.pop(0)[1:].partition("=")
        meta[key.strip()] = value.strip()
    return extract("\n".join(lines).strip(), "en", published=meta["published"], url=meta.get("url"))


def _pairs(record):
    return {(p.chinese.name, p.foreign.name): (p.kind, p.date) for p in record.partnerships}


def test_a_university_business_school_is_the_university(extract):
    record = _read("hnu-auckland-business-school.txt", extract)
    names = [i.name for i in record.institutions]
    assert names == ["Hunan University", "University of Auckland", "University of Melbourne"]
    assert _pairs(record)["Hunan University", "University of Auckland"] == ("mou", "2025-11-11")
    assert {p.name: p.organization.name for p in record.people}["Rachel Hunt"] == "University of Auckland"


def test_an_alliance_founded_together_with_foreign_universities_and_seated_at_one(extract):
    record = _read("xinhua-yellow-river-alliance.txt", extract)
    alliance = next(i for i in record.institutions if i.kind == "alliance")
    assert alliance.country == "CN"
    members = [r.member.name for r in record.roles if r.role == "member"]
    assert members == ["Zhengzhou University", "Lanzhou University", "Griffith University", "University of Bordeaux"]


def test_a_principal_and_vice_chancellor_knighted(extract):
    record = _read("glasgow-xjtu.txt", extract)
    assert (record.people[0].name, record.people[0].title) == ("Anton Muscatelli", "Principal and Vice-Chancellor")


def test_a_renewal_of_a_joint_institute_founded_years_before(extract):
    record = _read("edinburgh-zje-renewal.txt", extract)
    assert ("establishment", None) in [(e.kind, e.date) for e in record.events]
    assert record.people[0].name == "Peter Mathieson"


def test_an_alliance_whose_secretariat_undertook_its_meeting(extract):
    record = _read("xinhua-china-africa-vocational.txt", extract)
    alliance = next(i for i in record.institutions if i.kind == "alliance")
    assert (alliance.name, alliance.country) == ("China-Africa Vocational Education Alliance", "CN")


def test_a_visit_to_the_confucius_institute_office(extract):
    record = _read("jxnu-enu-visit.txt", extract)
    assert _pairs(record) == {
        ("Jiangxi Normal University", "L.N. Gumilyov Eurasian National University"): ("agreement", "2024-09-10")
    }


def test_joint_institutes_named_after_their_hosts_and_partners_are_in_china(extract):
    record = _read("moe-three-institutes.txt", extract)
    institutes = {i.name: i.country for i in record.institutions if i.kind == "joint_institute"}
    assert set(institutes.values()) == {"CN"} and len(institutes) == 3


def test_agreements_signed_during_a_delegations_visit(extract):
    record = _read("ncu-russia-belarus.txt", extract)
    assert _pairs(record)["Nanchang University", "Belarusian State University"] == ("agreement", "2025-05-06")


def test_a_centre_opened_at_a_joint_institute_on_a_foreign_page(extract):
    record = _read("nottingham-zjut-centre.txt", extract)
    pairs = _pairs(record)
    assert pairs["Zhejiang University of Technology", "University of Nottingham"][1] == "2026-04-10"
    assert "Ningbo University" not in {chinese for chinese, _ in pairs}


def test_a_malaysian_polytechnic_elected_vice_chair(extract):
    record = _read("xinhua-china-asean-week.txt", extract)
    vice_chairs = [r.member.name for r in record.roles if r.role == "vice_chair"]
    assert vice_chairs == ["Guizhou Vocational Technology College", "Politeknik Ungku Omar"]

