"""One test per people rule of session 16 (see tests/extract/test_people_s16_probes.py for the probes)."""

from __future__ import annotations


def _people(record) -> dict[str, tuple[str | None, str | None]]:
    return {
        p.name: (p.title, p.organization.canonical_name or p.organization.name if p.organization else None)
        for p in record.people
    }


# a unit written after an institution's one-word short name belongs to the title


def test_a_unit_after_a_short_name_is_the_titles(extract):
    people = _people(extract("Dr Paul Byrne, Director of UCD Global, met the delegation.", "en"))
    assert people == {"Paul Byrne": ("Director of UCD Global", "University College Dublin")}


def test_the_units_words_are_no_person(extract):
    people = _people(extract("Professor Jane Holt, Pro-Vice-Provost of UCL Global Engagement, spoke.", "en"))
    assert set(people) == {"Jane Holt"}
    assert people["Jane Holt"][0] == "Pro-Vice-Provost of UCL Global Engagement"


def test_a_short_name_ending_the_clause_has_no_unit(extract):
    people = _people(extract("Zhang Wen, President of JXNU, met Li Ming, President of UCL.", "en"))
    assert people["Zhang Wen"][0] == "President"
    assert people["Li Ming"][0] == "President"


# an office's lower-case field after "'s" or "the university's"


def test_a_possessive_office_keeps_its_field(extract):
    people = _people(extract("Chen Hua, Tongji University's vice president for international affairs, spoke.", "en"))
    assert people["Chen Hua"] == ("vice president for international affairs", "Tongji University")


def test_what_an_office_is_in_charge_of_is_no_part_of_it(extract):
    people = _people(extract("Huang Lu, JXAU's vice president in charge of international affairs, said.", "en"))
    assert people["Huang Lu"][0] == "vice president"


def test_an_office_of_the_university_after_a_name_without_a_title(extract):
    record = extract(
        "Nanchang University hosted the signing. Zhou Lin, the university's director of international "
        "cooperation, said more students would go abroad.",
        "en",
    )
    assert _people(record)["Zhou Lin"] == ("director of international cooperation", "Nanchang University")


def test_a_possessive_of_no_institution_word_gives_no_person(extract):
    record = extract("Nanchang University hosted it. Zhou Lin, the city's deputy mayor, said so.", "en")
    assert "Zhou Lin" not in _people(record) or _people(record)["Zhou Lin"][1] != "Nanchang University"


# a form of address after "its" office


def test_a_form_of_address_after_its_office_is_no_part_of_the_name(extract):
    record = extract("A delegation from Tongji University, led by its Vice-President Professor Wu Gang, came.", "en")
    assert _people(record) == {"Wu Gang": ("Vice-President", "Tongji University")}


# names listed with one body after them


def test_names_listed_before_one_body_are_of_it(extract):
    record = extract("Professor Zhang was accompanied by Li Na and Zhou Bin of Tongji University.", "en")
    assert _people(record) == {"Li Na": (None, "Tongji University"), "Zhou Bin": (None, "Tongji University")}


def test_institutions_listed_before_of_are_no_people(extract):
    assert _people(extract("Nanchang University and Jiangxi Normal University of China signed.", "en")) == {}


# Chinese: a unit after 和 and another person's office is alone; a unit's own 与 stays


def test_a_unit_after_another_persons_office_is_not_joined_to_it(extract):
    people = _people(extract("宁波大学副校长陈刚和国际交流处处长沈丽出席。", "zh"))
    assert people["沈丽"] == ("国际交流处处长", "宁波大学")


def test_a_units_own_joiner_after_another_persons_office(extract):
    people = _people(extract("宁波大学副校长陈刚和国际合作与交流处处长沈丽出席。", "zh"))
    assert people["沈丽"] == ("国际合作与交流处处长", "宁波大学")


def test_a_unit_with_its_own_joiner_after_the_institution(extract):
    people = _people(extract("密西西比州立大学农业与生命科学学院院长Thomas Reed出席。", "zh"))
    assert people["Thomas Reed"][0] == "农业与生命科学学院院长"


# Chinese: a name with its body alone in brackets


def test_names_with_bracketed_bodies(extract):
    record = extract("出席活动的还有代表吴敏（浙江工业大学）、何军教授（杭州电子科技大学）。", "zh")
    assert _people(record) == {"吴敏": (None, "浙江工业大学"), "何军": ("教授", "杭州电子科技大学")}


def test_an_institution_with_its_short_name_in_brackets_is_no_person(extract):
    assert _people(extract("南昌大学（南大）与江西师范大学签约，合作项目（南昌大学）启动。", "zh")) == {}


# no country and no name over a line's end


def test_a_country_after_a_body_is_no_person(extract):
    record = extract(
        "Professor Jan Cole, Deputy Vice-Chancellor (Academic) of the University of Canterbury, New Zealand, came.",
        "en",
    )
    assert set(_people(record)) == {"Jan Cole"}


def test_a_name_does_not_run_over_a_lines_end(extract):
    record = extract(
        "Members: University of Baghdad, Iraq\n\nLi Xiaodong, president of Ningxia University, spoke.", "en"
    )
    assert _people(record) == {"Li Xiaodong": ("president", "Ningxia University")}


# a Chinese name stops before 随团, 通过, 于


def test_a_name_stops_before_what_follows_it(extract):
    people = _people(extract("江西师范大学教育学院院长张敏随团出访。迪肯大学副校长艾玛·劳森于6月10日来访。", "zh"))
    assert set(people) == {"张敏", "艾玛·劳森"}


def test_a_two_character_name_with_yu_stays(extract):
    assert set(_people(extract("南昌大学副校长王于出席，副校长于小明主持。", "zh"))) == {"王于", "于小明"}


def test_names_listed_after_a_plural_office_keep_it(extract):
    record = extract("The guests were received by vice presidents Wang Ming and Li Hua of Nanchang University.", "en")
    assert _people(record) == {
        "Wang Ming": ("vice president", "Nanchang University"),
        "Li Hua": ("vice president", "Nanchang University"),
    }


def test_a_units_words_before_a_body_are_no_names(extract):
    record = extract(
        "Chen Gang, Director of the International Cooperation and Exchange Division of the Jiangxi Provincial "
        "Department of Education, attended.",
        "en",
    )
    assert set(_people(record)) == {"Chen Gang"}
