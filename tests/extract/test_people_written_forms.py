"""How bulletins write people beside verbs, possessives and appositions (GENRE.md, "Roles and
people"; "Text quirks"): a name stops at the verb after it, an office in commas after an
institution's short form, an office written after "the school's", and a student with no office."""

from __future__ import annotations

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    bulletin = Bulletin(text=text, url="http://www.example.org/news/2.html", published="2025-05-20")
    record = extract_bulletin(bulletin)
    return {p.name: (p.title, p.organization.name if p.organization else None) for p in record.people}


def test_a_chinese_name_stops_before_the_verb_after_it():
    people = _people("5月8日，副校长王建国率代表团访问赣江大学。赣江大学校长马克·贝尔纳签署合作协议。")
    assert "王建国" in people and "王建国率" not in people
    assert "马克·贝尔纳" in people
    assert not any(name.startswith("马克·贝尔纳") and name != "马克·贝尔纳" for name in people)


def test_an_office_in_commas_after_a_short_form_is_held_in_the_institution_it_shortens():
    people = _people(
        "Westlake Normal University and Borodin State Technical University met in Harbin on May 4. "
        "WNU's president, Gao Feng, was elected chair, and Borodin's rector, Ivan Petrov, was elected co-chair."
    )
    assert people["Gao Feng"] == ("president", "Westlake Normal University")
    assert people["Ivan Petrov"] == ("rector", "Borodin State Technical University")


def test_an_office_with_its_area_after_a_colon_before_an_honorific():
    people = _people(
        "Harlow University signed an agreement with Nanchang University. A delegation led by the "
        "University's Pro-Vice-Chancellor: International, Professor Jane Moss, arrived in Nanchang."
    )
    assert people["Jane Moss"][0] == "Pro-Vice-Chancellor: International"


def test_the_schools_first_director_is_an_office_of_the_school_and_no_person():
    people = _people(
        "The Harlow-Nanchang Joint School was set up by Harlow University and Nanchang University. "
        '"It was hard," says Professor Tom Reed, the school\'s first Harlow Director.'
    )
    assert people["Tom Reed"] == ("Harlow Director", "Harlow-Nanchang Joint School")
    assert "Harlow Director" not in people


def test_a_graduate_named_without_an_office_is_a_person_with_no_title():
    people = _people("Harlow University welcomed its alumni. Lin Xiaoyu, who graduated in 2018, spoke to the students.")
    assert people["Lin Xiaoyu"][0] is None


def test_an_office_after_an_honorific_keeps_the_unit_it_runs_over_up_to_its_organisation():
    people = _people(
        "The delegation held talks with Professor Oh Min-jun, Dean of the Graduate School of Marine Science "
        "at Harlow University, on joint supervision."
    )
    assert people["Oh Min-jun"] == ("Dean of the Graduate School of Marine Science", "Harlow University")


def test_a_person_received_at_an_institution_by_is_the_hosts():
    people = _people(
        "Nanchang University sent a delegation abroad. On March 10, the delegation was received at Harlow "
        "University in Harlow by Dr. Jane Moss, Vice President for Global Engagement and Director of the Office "
        "of Partnerships."
    )
    assert people["Jane Moss"][1] == "Harlow University"


def test_an_office_of_the_capitalised_college_is_the_college_named_before():
    people = _people(
        "Harlow College, NCU held its graduation ceremony on 29 June. Nanchang University and Harlow University "
        "award the degrees. Professor Zhao Lei, Dean of the College, presided."
    )
    assert (people["Zhao Lei"][1] or "").startswith("Harlow College")
