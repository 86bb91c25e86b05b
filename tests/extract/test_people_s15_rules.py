"""One test per rule added in session 15 to the people rules (pipeline/extract/people.py and
pipeline/resources/rules/*/person_*), each with the case the rule must leave alone: styles of address
(Her Excellency), people-only modifiers (Interim, 中方/外方), an office stopping before the next
person's form of address, a list over commas after a joiner, a bare office joined to a person with no
publisher, "represented by", a unit office after a government official (zh), government-only offices
on a university's page, 随同 after a foreign name, a listed foreign name with its own title."""

from __future__ import annotations

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin
from pipeline.extract import people as rules
from pipeline.rules import word_list

NCU_ZH = "https://news.ncu.edu.cn/a.htm"
NCU_EN = "https://en.ncu.edu.cn/a.htm"


def _people(text: str, language: str, url: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    bulletin = Bulletin(text=text, language=language, url=url, published="2025-12-18")
    record = extract_bulletin(bulletin)
    return {p.name: (p.title, p.organization.name if p.organization else None) for p in record.people}


def test_a_style_of_address_is_neither_name_nor_office():
    people = _people("Her Excellency Maria Kowalska, Ambassador of Poland to China, spoke.", "en")
    assert people == {"Maria Kowalska": ("Ambassador", None)}


def test_a_style_of_address_alone_gives_no_title():
    assert rules._office_or_none("His Excellency") is None
    assert rules._office_or_none("Ambassador") == "Ambassador"


def test_a_people_only_modifier_stays_in_the_title():
    people = _people("Professor Jane Doe, Interim Vice-Chancellor of Harlow University, spoke.", "en")
    assert people == {"Jane Doe": ("Interim Vice-Chancellor", "Harlow University")}


def test_people_only_modifiers_are_no_title_modifiers_of_institution_names():
    # (read by the people rules only: title_modifiers.txt's words also end institution names)
    assert not set(word_list("en", "person_title_modifiers.txt")) & set(word_list("en", "title_modifiers.txt"))


def test_an_office_stops_before_the_next_persons_form_of_address():
    text = (
        "Professor Anna Kerr was joined by Professor Mark Rowe, Acting Vice-President for Research, Dr Paul Carr, "
        "Director of the International Office of Harlow University."
    )
    people = _people(text, "en")
    assert people["Mark Rowe"][0] == "Acting Vice-President for Research"
    assert "Dr" not in people


def test_a_form_of_address_opens_no_office_after_a_comma():
    assert "Dr" not in rules._en_titles_after() and "Mr" not in rules._en_titles_after()
    assert "Professor" in rules._en_titles_after()  # (an academic rank is an office: "X, Professor of Y")


def test_a_comma_goes_on_with_a_list_a_joiner_opened():
    text = (
        "Professor Anna Lee, Provost of Harlow University, was joined by Dr Brian Kim, Dean, Dr Carol Park, Registrar."
    )
    people = _people(text, "en")
    assert people["Brian Kim"][1] == "Harlow University" and people["Carol Park"][1] == "Harlow University"


def test_a_comma_alone_joins_no_two_people():
    text = "Professor Anna Lee, Provost of Harlow University, Dr Carol Park, Registrar, spoke."
    assert _people(text, "en").get("Carol Park", (None, None))[1] is None


def test_a_bare_office_joined_to_a_person_takes_the_publishers_body_on_its_page():
    text = "Professor Jane Doe, President of Harlow University, was joined by Dr Li Na, Vice-President."
    assert _people(text, "en", NCU_EN)["Li Na"] == ("Vice-President", "Nanchang University")
    assert _people(text, "en")["Li Na"] == ("Vice-President", "Harlow University")


def test_represented_by_points_to_the_body_named_before():
    text = "The Consulate General of Ireland in Shanghai was represented by Consul General Deirdre Walsh."
    assert _people(text, "en", NCU_EN)["Deirdre Walsh"][1] == "Consulate General of Ireland in Shanghai"


def test_a_unit_office_after_a_government_official_takes_the_officials_body():
    people = _people("江西省教育厅副厅长刘国强、国际合作与交流处处长钟敏出席会议。", "zh", NCU_ZH)
    assert people["钟敏"] == ("国际合作与交流处处长", "江西省教育厅")


def test_a_campus_office_after_a_government_official_stays_the_publishers():
    people = _people("江西省教育厅副厅长刘国强、副校长周红出席会议。", "zh", NCU_ZH)
    assert people["周红"] == ("副校长", "南昌大学")


def test_a_unit_office_after_a_university_officer_stays_the_publishers():
    people = _people("江西财经大学副校长邓辉、国际合作与交流处处长钟敏出席会议。", "zh", NCU_ZH)
    assert people["钟敏"][1] == "南昌大学"


def test_the_other_side_dean_follows_the_joint_institute_before():
    people = _people("南昌大学玛丽女王学院中方院长谢文彬、外方院长约翰·布朗出席。", "zh", NCU_ZH)
    assert people == {"谢文彬": ("中方院长", "南昌大学玛丽女王学院"), "约翰·布朗": ("外方院长", "南昌大学玛丽女王学院")}


def test_a_government_only_office_is_no_publishers_officer():
    assert _people("省委常委、副省长陈晓平出席会议。", "zh", NCU_ZH) == {"陈晓平": ("省委常委", None)}
    assert _people("副校长周红出席会议。", "zh", NCU_ZH) == {"周红": ("副校长", "南昌大学")}


def test_suitong_ends_a_foreign_name():
    people = _people("英国驻武汉总领事馆文化教育领事海伦·格林随同来访。", "zh")
    assert set(people) == {"海伦·格林"}


def test_a_listed_foreign_name_with_its_own_title_is_read_with_it():
    text = "外方院长约翰·布朗"
    assert rules._listed_foreign_name_end(text, 0) is None
    assert rules._listed_foreign_name_end("约翰·布朗出席", 0) == 5


def test_side_words_are_two_characters():
    assert all(len(word) == 2 for word in word_list("zh", "person_title_modifiers.txt"))


def test_a_role_word_after_a_side_word_is_no_person():
    people = _people("东华理工大学为联盟中方理事长单位。", "zh")
    assert people == {}


def test_a_bare_office_with_an_unlinked_body_after_it_takes_no_joined_body():
    text = "NUAA President Zhang Hui and Sarah Walker, Pro-Vice-Chancellor of Cranfield, signed the document."
    assert (
        _people(text, "en").get("Sarah Walker", (None, None))[1] != "Nanjing University of Aeronautics and Astronautics"
    )


def test_gexia_ends_a_foreign_name():
    people = _people("波兰驻华大使馆大使马雷克·科瓦尔斯基阁下出席开幕式。", "zh")
    assert set(people) == {"马雷克·科瓦尔斯基"}
