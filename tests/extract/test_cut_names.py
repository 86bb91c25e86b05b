"""Names that a reading would cut short: a state body named by generic words and owned by its
country in the possessive, a unit of a diplomatic mission (the unit is the party)."""

from __future__ import annotations

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _record(text: str):
    return extract_bulletin(Bulletin(text=text, url="http://www.example.com/news/1.html", published="2025-05-20"))


def _names(record) -> list[str]:
    return [i.name for i in record.institutions]


def test_a_generic_office_owned_by_a_country_is_named_whole_and_again_without_its_owner():
    record = _record(
        "The seminar was supported by Cambodia's Office of the Higher Education Commission. "
        "Anna Berg, Secretary-General of the Office of the Higher Education Commission, spoke."
    )
    assert "Office of the Higher Education Commission" in _names(record)
    assert "Higher Education Commission" not in _names(record)
    [person] = [p for p in record.people if p.name == "Anna Berg"]
    assert person.organization is not None
    assert person.organization.name == "Office of the Higher Education Commission"


def test_generic_words_without_a_country_owner_name_no_body():
    record = _record("The Office of the Vice President received the guests at Nanchang University.")
    assert not any(name.startswith("Office of") for name in _names(record))


def test_an_education_section_of_an_embassy_is_the_party_not_the_embassy():
    record = _record(
        "Zhang Li, Counsellor of the Education Section of the Ruritanian Embassy in Beijing, attended the forum."
    )
    assert _names(record) == ["Education Section of the Ruritanian Embassy in Beijing"]
    [person] = record.people
    assert person.organization is not None and person.organization.name == _names(record)[0]


def test_a_joint_institute_at_its_university_still_names_the_university():
    record = _record("Queen Mary College at Nanchang University admitted its first students.")
    assert "Nanchang University" in _names(record)


def _zh(text: str):
    return extract_bulletin(Bulletin(text=text, url="http://www.example.com/news/1.html", published="2025-05-20"))


def test_a_national_association_keeps_its_country_a_university_does_not():
    record = _zh("会上，江西师范大学与泰国私立高校联合会、澳大利亚悉尼科技大学分别签署合作备忘录。")
    names = _names(record)
    assert "泰国私立高校联合会" in names
    assert "悉尼科技大学" in names


def test_an_umbrella_associations_zonghui_is_part_of_its_name():
    record = _zh("印度尼西亚华文教育联合会总会主席陈明出席开幕式并致辞。")
    assert _names(record) == ["印度尼西亚华文教育联合会总会"]
    [person] = record.people
    assert person.title == "主席"


def test_xueyuan_after_daxue_alone_is_one_university_college():
    record = _zh("18日，代表团前往槟城，与北方大学学院座谈。")
    assert "北方大学学院" in _names(record)
    assert "北方大学" not in _names(record)


def test_a_school_inside_a_university_stays_out_of_its_name():
    record = _zh("诺丁汉大学医学院院长出席会议。")
    assert "诺丁汉大学医学院" not in _names(record)


def test_a_listed_university_before_xueyuan_is_not_a_university_college():
    record = _zh("南昌大学学院领导出席了签约仪式。")
    assert "南昌大学学院" not in _names(record)


def test_a_notices_generic_addressees_name_no_body():
    record = _zh(
        "各省、自治区、直辖市教育厅（教委）：现将有关事项通知如下。赣江师范大学与英国哈洛大学合作举办会计学专业。"
    )
    assert not any(name.startswith(("直辖市", "自治区")) for name in _names(record))


def test_a_counted_class_of_schools_names_no_body():
    record = _zh("来自全省的30余所华文民办中学的校长出席会议，南昌市第五中学校长王明致辞。")
    names = _names(record)
    assert "华文民办中学" not in names
    assert "南昌市第五中学" in names
