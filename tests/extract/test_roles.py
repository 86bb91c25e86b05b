"""Roles of institutions in alliances and events, and role counts."""


def _roles(record):
    return {(r.member.name, r.role) for r in record.roles}


def test_alliance_roles_and_counts_in_english(extract):
    record = extract(
        "The Hunan Alliance for International Education was founded on May 4. Hunan University serves as the "
        "alliance's chair institution, with Central South University and Hunan Normal University among its "
        "8 vice-chair institutions.",
        "en",
    )
    assert _roles(record) == {
        ("Hunan University", "chair"),
        ("Central South University", "vice_chair"),
        ("Hunan Normal University", "vice_chair"),
    }
    assert [(c.role, c.count) for c in record.role_counts] == [("vice_chair", 8)]
    assert {r.organization.name for r in record.roles} == {"Hunan Alliance for International Education"}


def test_role_phrase_followed_by_a_list(extract):
    record = extract(
        "The Jiangxi Vocational Education Alliance was set up. Its member institutions include "
        "Jiangxi Normal University and Gannan Normal University.",
        "en",
    )
    assert _roles(record) == {("Jiangxi Normal University", "member"), ("Gannan Normal University", "member")}


def test_event_organizers_in_english(extract):
    record = extract(
        "The 2025 Poyang Lake Education Forum was hosted by the Jiangxi Provincial Department of "
        "Education, undertaken by Nanchang University and co-organized by Jiangxi Normal University.",
        "en",
    )
    roles = {(r.member.name, r.role) for r in record.roles}
    assert roles == {
        ("Jiangxi Provincial Department of Education", "organizer"),
        ("Nanchang University", "host"),
        ("Jiangxi Normal University", "co_organizer"),
    }
    assert {r.organization.name for r in record.roles} == {"2025 Poyang Lake Education Forum"}


def test_alliance_roles_in_chinese(extract):
    record = extract(
        "湖南省国际教育联盟成立。湖南大学为理事长单位，中南大学、湖南师范大学等12所高校为副理事长单位。", "zh"
    )
    assert _roles(record) == {("湖南大学", "chair"), ("中南大学", "vice_chair"), ("湖南师范大学", "vice_chair")}
    assert [(c.role, c.count) for c in record.role_counts] == [("vice_chair", 12)]


def test_chinese_event_organizers(extract):
    record = extract("2025赣鄱国际教育论坛在南昌举行。论坛由江西省教育厅主办，南昌大学承办，江西师范大学协办。", "zh")
    assert _roles(record) == {("江西省教育厅", "organizer"), ("南昌大学", "host"), ("江西师范大学", "co_organizer")}


def test_organized_by_beside_hosted_by_names_the_host(extract):
    record = extract(
        "The 2025 Lushan Vocational Forum was hosted by the Ministry of Education and the Jiangxi "
        "Provincial People's Government, and organized by Jiujiang Vocational University.",
        "en",
    )
    assert _roles(record) == {
        ("Ministry of Education", "organizer"),
        ("Jiangxi Provincial People's Government", "organizer"),
        ("Jiujiang Vocational University", "host"),
    }


def test_secretariat_located_at_and_dashed_alliance_names(extract):
    record = extract("中国—中亚职业教育联盟在西安成立，联盟秘书处设在西安交通大学。", "zh")
    assert {r.organization.name for r in record.roles} == {"中国—中亚职业教育联盟"}
    assert _roles(record) == {("西安交通大学", "secretariat")}


def test_chinese_count_before_becoming_members(extract):
    record = extract("湖南国际教育联盟成立，来自6个国家的30所高校成为联盟首批成员单位。", "zh")
    assert [(c.role, c.count) for c in record.role_counts] == [("member", 30)]


def test_membership_totals_count_and_newcomers_do_not(extract):
    record = extract(
        "The Lake Universities Alliance admitted 12 new members on Tuesday, bringing its membership "
        "to 185 universities.",
        "en",
    )
    assert [(c.role, c.count) for c in record.role_counts] == [("member", 185)]


def test_founders_of_an_alliance_are_members_and_events_keep_their_organisers(extract):
    record = extract(
        "The Lake Universities Alliance, founded by Nanchang University and Harlow University (UK) "
        "in 2019, held the 2025 Lake Universities Forum on May 3. The forum was hosted by Jiangxi "
        "Normal University.",
        "en",
        published="2025-05-10",
    )
    assert {(r.organization.name, r.member.name, r.role) for r in record.roles} == {
        ("Lake Universities Alliance", "Nanchang University", "member"),
        ("Lake Universities Alliance", "Harlow University", "member"),
        ("2025 Lake Universities Forum", "Jiangxi Normal University", "organizer"),
    }
    assert [(p.chinese.name, p.foreign.name, p.kind) for p in record.partnerships] == [
        ("Nanchang University", "Harlow University", "other")
    ]


def _owned(record):
    return {(r.organization.name, r.member.name, r.role) for r in record.roles}


def test_a_reference_to_this_years_event_names_no_new_event(extract):
    record = extract("5月8日，2025赣鄱国际教育论坛在南昌举行。本届论坛由江西省教育厅主办，南昌大学承办。", "zh")
    assert [e.name for e in record.events] == ["2025赣鄱国际教育论坛"]
    assert _owned(record) == {
        ("2025赣鄱国际教育论坛", "江西省教育厅", "organizer"),
        ("2025赣鄱国际教育论坛", "南昌大学", "host"),
    }


def test_an_alliance_organises_an_event(extract):
    record = extract("5月8日，赣鄱高校联盟2025年年会在南昌举行。年会由赣鄱高校联盟主办，南昌大学承办。", "zh")
    assert ("赣鄱高校联盟2025年年会", "赣鄱高校联盟", "organizer") in _owned(record)


def test_a_verb_before_a_bare_alliance_word_is_no_alliance_name(extract):
    record = extract(
        "赣鄱高校联盟举行年会。南昌大学接任联盟理事长单位，九江学院、宜春学院继续担任副理事长单位。目前联盟共有成员高校36所。",
        "zh",
    )
    assert {i.name for i in record.institutions if i.kind == "alliance"} == {"赣鄱高校联盟"}
    assert _owned(record) == {
        ("赣鄱高校联盟", "南昌大学", "chair"),
        ("赣鄱高校联盟", "九江学院", "vice_chair"),
        ("赣鄱高校联盟", "宜春学院", "vice_chair"),
    }
    assert [(c.organization.name, c.role, c.count) for c in record.role_counts] == [("赣鄱高校联盟", "member", 36)]


def test_cofounders_elected_and_added_holders(extract):
    record = extract(
        "赣鄱高校联盟由南昌大学与九江学院等12所高校共同发起。会议增选宜春学院、赣南师范大学为副理事长单位，"
        "井冈山大学等8所高校当选为理事单位。",
        "zh",
    )
    assert _owned(record) == {
        ("赣鄱高校联盟", "南昌大学", "member"),
        ("赣鄱高校联盟", "九江学院", "member"),
        ("赣鄱高校联盟", "宜春学院", "vice_chair"),
        ("赣鄱高校联盟", "赣南师范大学", "vice_chair"),
        ("赣鄱高校联盟", "井冈山大学", "director"),
    }
    assert {(c.role, c.count) for c in record.role_counts} == {("member", 12), ("director", 8)}


def test_a_unit_of_the_university_holds_no_role_for_it(extract):
    record = extract(
        "5月8日，2025赣鄱国际教育论坛在南昌举行。论坛由江西省教育厅主办，南昌大学国际合作与交流处承办。", "zh"
    )
    assert _roles(record) == {("江西省教育厅", "organizer")}


def test_guidance_of_an_alliance_belongs_to_it_not_to_the_event_before(extract):
    record = extract(
        "5月8日，2025赣鄱国际教育论坛在南昌举行。会上，赣鄱高校联盟揭牌成立。联盟在江西省教育厅指导下组建，"
        "首批成员单位30家。",
        "zh",
    )
    assert _owned(record) == {("赣鄱高校联盟", "江西省教育厅", "other")}
    assert [(c.organization.name, c.role, c.count) for c in record.role_counts] == [("赣鄱高校联盟", "member", 30)]


def test_an_english_alliance_supported_by_a_department(extract):
    record = extract(
        "The 2025 Poyang Lake Education Forum opened on May 8. The Jiangxi Vocational Education Alliance was "
        "launched at the forum. The alliance is supported by the Jiangxi Provincial Department of Education.",
        "en",
    )
    assert (
        "Jiangxi Vocational Education Alliance",
        "Jiangxi Provincial Department of Education",
        "other",
    ) in _owned(record)


def test_an_apposed_chair_institution_that_also_houses_the_secretariat(extract):
    record = extract(
        "The Jiangxi Vocational Education Alliance was set up in Nanchang on May 8. Jiujiang Vocational College, "
        "the alliance's chair institution, will also house its secretariat.",
        "en",
    )
    assert _roles(record) == {("Jiujiang Vocational College", "chair"), ("Jiujiang Vocational College", "secretariat")}


def test_undertaken_by_a_body_that_is_the_alliances_chair(extract):
    record = extract(
        "On May 8, the 2025 Council Meeting of the Jiangxi Vocational Education Alliance was held in Nanchang. "
        "The meeting was hosted by the Jiangxi Provincial Department of Education and undertaken by Jiujiang "
        "Vocational College, the alliance's chair institution.",
        "en",
    )
    assert ("Jiujiang Vocational College", "host") in _roles(record)
    assert ("Jiujiang Vocational College", "chair") in _roles(record)


def test_support_from_names_the_bodies_after_it_and_a_role_word_inside_a_name_is_none(extract):
    record = extract(
        "The 2025 Poyang Lake Education Forum was sponsored by the Jiangxi Provincial Department of Education, "
        "with support from the ASEAN Secretariat.",
        "en",
    )
    assert _roles(record) == {
        ("Jiangxi Provincial Department of Education", "organizer"),
        ("ASEAN Secretariat", "other"),
    }


def test_joining_as_a_new_member(extract):
    record = extract(
        "The Jiangxi Vocational Education Alliance met in Nanchang on May 8. At the meeting, Jiujiang Vocational "
        "College joined the alliance as a new member.",
        "en",
    )
    assert _roles(record) == {("Jiujiang Vocational College", "member")}


def test_a_founder_before_the_alliance_it_founded(extract):
    record = extract("5月8日，由南昌大学牵头发起的赣鄱高校联盟成立大会在南昌举行。", "zh")
    assert _owned(record) == {("赣鄱高校联盟", "南昌大学", "member")}


def test_members_whose_names_hold_and_in_a_list_joined_by_and(extract):
    record = extract(
        "The 2025 Poyang Lake Education Forum was hosted by the Jiangxi Provincial Department of Education and "
        "co-organized by Jiangxi Technological College of Machinery and Electricity and Nanchang College of "
        "Technology. Jiujiang Vocational and Technical College and Yichun Vocational and Technical College "
        "supported it.",
        "en",
    )
    assert {(m, r) for m, r in _roles(record) if r == "co_organizer"} == {
        ("Jiangxi Technological College of Machinery and Electricity", "co_organizer"),
        ("Nanchang College of Technology", "co_organizer"),
    }
    names = {i.name for i in record.institutions}
    assert {"Jiujiang Vocational and Technical College", "Yichun Vocational and Technical College"} <= names


def test_a_modifier_after_and_opens_the_next_name(extract):
    record = extract(
        "The Poyang Lake University Alliance was founded on May 8. Kestrel Bay University and Ganzhou-based "
        "Gannan Normal University are among its 4 vice-chair institutions.",
        "en",
    )
    assert _roles(record) == {("Kestrel Bay University", "vice_chair"), ("Gannan Normal University", "vice_chair")}


def test_alliance_names_holding_a_university_word_or_quoted_words(extract):
    record = extract(
        "5月8日，“丝路”高校战略联盟2025年年会在敦煌举行。年会由“丝路”高校战略联盟主办。"
        "亚洲大学联盟由清华大学与东京大学共同发起，首届亚洲大学联盟青年论坛同期举行。",
        "zh",
    )
    alliances = {i.name for i in record.institutions if i.kind == "alliance"}
    assert alliances == {"“丝路”高校战略联盟", "亚洲大学联盟"}
    assert ("“丝路”高校战略联盟2025年年会", "“丝路”高校战略联盟", "organizer") in _owned(record)
    assert ("亚洲大学联盟", "东京大学", "member") in _owned(record)


def test_support_with_an_object_is_a_verb_not_a_role(extract):
    record = extract(
        "9月20日，2025赣鄱国际教育论坛在南昌举行。南昌大学将与邓迪大学一道，支持九江学院建设高水平大学。", "zh"
    )
    assert _roles(record) == set()


def test_a_role_belongs_to_the_alliance_last_named_up_to_its_sentence(extract):
    # The owner is found by position (the last sentence naming an alliance), not carried sentence
    # by sentence: sentences between, with no role phrase, are not read.
    record = extract(
        "The Hunan Alliance for International Education was founded on May 4. It met twice in June. "
        "Hunan University serves as the alliance's chair institution. "
        "The Jiangxi Vocational Education Alliance was set up in July. Delegates toured the campus. "
        "Its member institutions include Jiangxi Normal University.",
        "en",
    )
    owners = {(r.member.name, r.role, r.organization.name) for r in record.roles}
    assert owners == {
        ("Hunan University", "chair", "Hunan Alliance for International Education"),
        ("Jiangxi Normal University", "member", "Jiangxi Vocational Education Alliance"),
    }


def test_a_guiding_association_is_not_the_alliance_whose_roles_are_listed(extract):
    # 协会 bodies are alliances (GENRE.md): one that guides a founding holds the guidance, and the
    # roles after it belong to the alliance founded
    record = extract(
        "在中国教育国际交流协会指导下，江西省中外合作办学联盟于5月8日在南昌成立。"
        "南昌大学当选为理事长单位，江西财经大学、江西师范大学为副理事长单位。",
        "zh",
    )
    assert {i.name: i.kind for i in record.institutions}["中国教育国际交流协会"] == "alliance"
    assert {(r.organization.name, r.member.name, r.role) for r in record.roles if r.role != "other"} == {
        ("江西省中外合作办学联盟", "南昌大学", "chair"),
        ("江西省中外合作办学联盟", "江西财经大学", "vice_chair"),
        ("江西省中外合作办学联盟", "江西师范大学", "vice_chair"),
    }


def test_an_association_guiding_before_the_founded_alliance_in_one_clause(extract):
    record = extract(
        "由中国高等教育学会指导、南昌大学牵头发起的赣鄱高校国际教育联盟近日成立。"
        "江西财经大学、江西师范大学等8所高校为副理事长单位。",
        "zh",
    )
    assert {r.organization.name for r in record.roles if r.role != "other"} == {"赣鄱高校国际教育联盟"}
    assert [(c.organization.name, c.count) for c in record.role_counts] == [("赣鄱高校国际教育联盟", 8)]


def test_under_the_guidance_of_an_association_with_its_acronym(extract):
    record = extract(
        "Under the guidance of the China Education Association for International Exchange (CEAIE), the Jiangxi "
        "Alliance for Sino-Foreign Cooperative Education was founded in Nanchang on May 8. Nanchang University "
        "serves as the chair institution, with Jiangxi Normal University among its vice-chair institutions.",
        "en",
    )
    assert _owned(record) >= {
        ("Jiangxi Alliance for Sino-Foreign Cooperative Education", "Nanchang University", "chair"),
        ("Jiangxi Alliance for Sino-Foreign Cooperative Education", "Jiangxi Normal University", "vice_chair"),
    }
    assert not any(r.organization.name.startswith(("China Education", "CEAIE")) for r in record.roles)


def test_an_association_holds_the_roles_of_its_own_council(extract):
    record = extract(
        "江西省教育国际交流协会第三届理事会第一次会议在南昌召开。南昌大学当选为会长单位，江西财经大学为副会长单位。",
        "zh",
    )
    assert _owned(record) == {
        ("江西省教育国际交流协会", "南昌大学", "chair"),
        ("江西省教育国际交流协会", "江西财经大学", "vice_chair"),
    }


def test_an_association_whose_officials_attend_is_not_the_alliance_founded(extract):
    record = extract(
        "中国教育国际交流协会、江西省教育厅有关负责人出席江西省中外合作办学联盟成立大会。"
        "南昌大学当选为理事长单位，江西财经大学为秘书长单位。",
        "zh",
    )
    assert {(r.organization.name, r.member.name, r.role) for r in record.roles} == {
        ("江西省中外合作办学联盟", "南昌大学", "chair"),
        ("江西省中外合作办学联盟", "江西财经大学", "secretariat"),
    }
    record = extract(
        "Officials from the China Education Association for International Exchange attended the founding of the "
        "Jiangxi Alliance for Sino-Foreign Cooperative Education on May 8. Nanchang University serves as the "
        "chair institution.",
        "en",
    )
    assert _owned(record) == {
        ("Jiangxi Alliance for Sino-Foreign Cooperative Education", "Nanchang University", "chair")
    }
