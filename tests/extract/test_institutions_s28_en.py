"""Session 28 (en): names and seats of institutions, on bulletins written for the tests."""

import pytest


@pytest.mark.parametrize(
    ("school", "university", "other"),
    [
        ("University of Auckland Business School", "University of Auckland", "Hunan University"),
        ("University of Melbourne Law School", "University of Melbourne", "Hunan University"),
        ("Tsinghua University School of Economics and Management", "Tsinghua University", "University of Leeds"),
        ("Harbin Institute of Technology School of Management", "Harbin Institute of Technology", "Monash University"),
    ],
)
def test_a_listed_universitys_school_names_the_university(extract, school, university, other):
    text = (
        f"On November 11, {other} signed a memorandum of understanding with the {school} on a "
        f"double master's degree programme. Professor Rachel Hunt, Deputy Dean of the {school}, signed it."
    )
    record = extract(text, "en", published="2025-11-14")
    assert [i.name for i in record.institutions] == [other, university]
    assert {(p.chinese.name, p.foreign.name, p.kind) for p in record.partnerships} <= {
        (other, university, "mou"),
        (university, other, "mou"),
    }
    assert len(record.partnerships) == 1
    assert [(p.name, p.organization.name) for p in record.people] == [("Rachel Hunt", university)]



@pytest.mark.parametrize(
    "seat",
    [
        "The secretariat of the alliance will be based at Zhengzhou University.",
        "Its annual meeting was undertaken by Zhengzhou University, the alliance's secretariat.",
    ],
)
def test_a_seat_told_after_of_the_alliance_or_in_apposition_places_the_alliance(extract, seat):
    text = (
        "The Yellow River Basin International University Alliance was launched on Saturday with 28 member "
        f"universities from 11 countries, among them Australia's Griffith University. {seat}"
    )
    record = extract(text, "en", published="2025-10-27")
    alliance = next(i for i in record.institutions if i.kind == "alliance")
    assert (alliance.name, alliance.country) == ("Yellow River Basin International University Alliance", "CN")


@pytest.mark.parametrize(
    "institute", ["Nanchang University Leicester Institute", "Wuhan Textile University Manchester College"]
)
def test_a_joint_institute_opening_with_its_chinese_host_is_in_china(extract, institute):
    text = (
        "The Ministry of Education recently approved the establishment of three Sino-foreign cooperative "
        f"education institutions. One of them is the {institute}, which will enroll its first students in "
        "September 2026."
    )
    record = extract(text, "en", published="2026-03-05")
    found = next(i for i in record.institutions if i.name == institute)
    assert (found.kind, found.country) == ("joint_institute", "CN")


@pytest.mark.parametrize(
    ("partner", "name", "kind", "country"),
    [
        ("Malaysia's Politeknik Ungku Omar", "Politeknik Ungku Omar", "college", "MY"),
        ("Politeknik Negeri Bali of Indonesia", "Politeknik Negeri Bali", "college", "ID"),
        ("Universitas Negeri Malang of Indonesia", "Universitas Negeri Malang", "university", "ID"),
    ],
)
def test_malay_and_indonesian_heads_open_a_name(extract, partner, name, kind, country):
    record = extract(f"On Friday, Guizhou Vocational Technology College signed an agreement with {partner}.", "en")
    found = [(i.name, i.kind, i.country) for i in record.institutions]
    assert (name, kind, country) in found
    assert [p.foreign.name for p in record.partnerships] == [name]


@pytest.mark.parametrize("office", ["China Office", "Beijing Office"])
def test_a_foreign_universitys_office_in_china_is_its_own_unit(extract, office):
    text = (
        "A delegation from UNSW Sydney, led by Professor Jane Mason, visited Tsinghua University on May 4. "
        f"The delegation also included Mr David Chen, Director of the {office}."
    )
    record = extract(text, "en", published="2026-05-07", url="https://www.unsw.edu.au/news/2026/05/delegation")
    assert office not in [i.name for i in record.institutions]
    assert len(record.partnerships) == 1
    chen = next(p for p in record.people if p.name == "David Chen")
    assert chen.organization is not None and chen.organization.canonical_id == "au-unsw"


def test_a_building_the_model_reads_as_a_university_is_no_institution(extract):
    text = (
        "The University of Malta signed a memorandum of understanding with Jimei University on Friday. The "
        "memorandum was signed in Valletta, at the University's campus in the Old University Building, by the "
        "Rector and the President of Jimei University."
    )
    record = extract(text, "en", published="2026-11-23", url="https://www.um.edu.mt/newspoint/news/2026/11/jimei")
    assert [i.name for i in record.institutions] == ["University of Malta", "Jimei University"]
    pairs = [(p.chinese.name, p.foreign.name) for p in record.partnerships]
    assert pairs == [("Jimei University", "University of Malta")]


@pytest.mark.parametrize("place", ["Dresden", "Ilmenau"])
def test_tu_and_the_technical_university_of_the_same_place_are_one_institution(extract, place):
    text = (
        f"From October 12 to 17, a delegation of Central South University visited the Technical University of "
        f"{place} in Germany.\n\nIn {place}, the delegation visited the Faculty of Mechanical Engineering of TU "
        f"{place} and discussed a 3+1 program."
    )
    record = extract(text, "en", published="2025-10-20")
    assert [i.name for i in record.institutions] == ["Central South University", f"Technical University of {place}"]
    assert [p.foreign.name for p in record.partnerships] == [f"Technical University of {place}"]
