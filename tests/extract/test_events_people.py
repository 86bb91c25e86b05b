"""Events (kind, name, date, place) and people (name, title, organisation)."""


def test_conference_with_date_and_place_and_an_inherited_signing(extract):
    record = extract(
        "The 2025 Ganjiang International Education Forum was held in Nanchang on November 17. "
        "During the forum, Nanchang University signed an agreement with Harlow University, UK.",
        "en",
    )
    kinds = {(e.kind, e.name, e.date, e.location) for e in record.events}
    assert ("conference", "2025 Ganjiang International Education Forum", "2025-11-17", "Nanchang") in kinds
    assert ("signing", None, "2025-11-17", "Nanchang") in kinds
    assert record.partnerships[0].date == "2025-11-17"


def test_earlier_year_in_an_event_name_is_not_its_day_year(extract):
    # GUIDE: a day without a year is the latest such day not after publication; the name's year
    # (an annual meeting reviewing 2024, held in January 2025) stays in the name only
    record = extract(
        "The 2024 Annual Conference of the Lushan Education Dialogue opened in Jiujiang on January 7.",
        "en",
        published="2025-01-10",
    )
    assert [(e.name, e.date) for e in record.events] == [
        ("2024 Annual Conference of the Lushan Education Dialogue", "2025-01-07")
    ]
    record = extract("1月8日，2024年度江西省高校国际交流工作会议在南昌召开。", "zh", published="2025-01-10")
    assert [e.date for e in record.events] == ["2025-01-08"]


def test_day_without_year_takes_the_latest_before_publication(extract):
    record = extract(
        "On December 30, the Jiangxi Lakes Alliance was inaugurated in Nanchang.", "en", published="2026-01-04"
    )
    assert [(e.kind, e.date) for e in record.events] == [("establishment", "2025-12-30")]


def test_approval_by_the_ministry(extract):
    record = extract("The Ministry of Education approved the Aldous College of Design at Nanchang University.", "en")
    assert [e.kind for e in record.events] == ["approval"]


def test_english_people_in_both_orders(extract):
    record = extract(
        "Wang Ming, Deputy Director of the Jiangxi Provincial Department of Education, attended. "
        "Professor Jane Doe, Pro Vice-Chancellor (International) of Harlow University, spoke.",
        "en",
    )
    people = {p.name: p for p in record.people}
    assert people["Wang Ming"].title == "Deputy Director"
    assert people["Wang Ming"].organization.name == "Jiangxi Provincial Department of Education"
    assert people["Jane Doe"].organization.name == "Harlow University"


def test_chinese_title_before_name_and_bylines_excluded(extract):
    record = extract("江西省教育厅副厅长李华出席并致辞，安娜·伊万诺娃教授介绍了情况。\n\n记者 王强", "zh")
    people = {p.name: p for p in record.people}
    assert people["李华"].title == "副厅长"
    assert people["李华"].organization.name == "江西省教育厅"
    assert "王强" not in people


def test_bare_title_on_a_university_page_is_the_publishers(extract):
    record = extract("校长张华会见了来宾。", "zh", url="https://news.ncu.edu.cn/a.htm")
    assert record.people[0].name == "张华"
    assert record.people[0].organization.canonical_id == record.document.publisher.canonical_id


def test_dispatch_dateline_is_not_the_event_date(extract):
    record = extract(
        "CHANGSHA, Nov. 20 (Xinhua) -- The 2024 Xiangjiang Education Forum opened on Tuesday in Changsha.",
        "en",
        published="2024-11-20",
    )
    assert [(e.name, e.date) for e in record.events] == [("2024 Xiangjiang Education Forum", "2024-11-19")]


def test_signing_without_a_day_takes_the_paragraphs_day(extract):
    record = extract(
        "On October 9, a delegation from Harlow University, UK, visited Gannan Normal University. "
        "The two universities signed a memorandum of understanding.\n\nIn 2019 they began talks.",
        "en",
        published="2025-10-12",
    )
    assert {(e.kind, e.date) for e in record.events} >= {("visit", "2025-10-09"), ("signing", "2025-10-09")}
    assert record.partnerships[0].date == "2025-10-09"


def test_chinese_names_stop_before_the_words_that_follow_them(extract):
    record = extract(
        "俄罗斯某某大学副校长伊琳娜·彼得罗娃一行来访。党委书记郑明致欢迎辞。阿德莱德大学副校长Jörg Müller表示欢迎。",
        "zh",
    )
    assert [p.name for p in record.people] == ["伊琳娜·彼得罗娃", "郑明", "Jörg Müller"]


def test_bare_provincial_department_is_the_pages_province(extract):
    record = extract("省教育厅副厅长王明会见了代表团。", "zh", credited_source="江西省教育厅")
    assert record.people[0].organization.canonical_id == record.institutions[0].canonical_id
    assert record.institutions[0].name_zh == "江西省教育厅"


def test_a_month_is_not_an_event_day_and_a_trip_is_one_visit(extract):
    record = extract(
        "In June 2025 the Ministry of Education approved the Aldous College of Design at Nanchang "
        "University.\n\nOn June 4, a delegation of Nanchang University visited Harlow University, UK. "
        "On June 6, the delegation visited Orlov State University in Russia.",
        "en",
        published="2025-06-10",
    )
    assert [(e.kind, e.date) for e in record.events] == [("approval", None), ("visit", "2025-06-04")]


def test_a_founding_meeting_is_named_by_what_it_founded(extract):
    record = extract("6月15日，中国—东盟高校工程教育联盟成立大会在长沙举行。", "zh", published="2025-06-20")
    assert [(e.kind, e.name, e.date, e.location) for e in record.events] == [
        ("establishment", "中国—东盟高校工程教育联盟", "2025-06-15", "长沙")
    ]


def test_accented_names_and_lower_case_titles(extract):
    record = extract(
        "Jānis Ozoliņš, Vice-Rector for Studies of Daugavpils University, and Liu Fang, deputy "
        "director of the Jiangxi Provincial Department of Education, signed the agreement.",
        "en",
    )
    assert [(p.name, p.title) for p in record.people] == [
        ("Jānis Ozoliņš", "Vice-Rector for Studies"),
        ("Liu Fang", "deputy director"),
    ]


def test_event_names_stop_before_their_place_and_day(extract):
    record = extract(
        "The 2025 South Asia University Presidents' Forum in Kunming closed. The 2024 Annual "
        "Conference of the Lake Alliance opened on Tuesday.",
        "en",
    )
    assert [e.name for e in record.events] == [
        "2025 South Asia University Presidents' Forum",
        "2024 Annual Conference of the Lake Alliance",
    ]


def test_chinese_event_names_keep_and_words_but_not_their_organisers(extract):
    record = extract(
        "11月17日，2025江西教育国际合作与交流大会在南昌举行。南昌大学与英国哈洛大学联合举办论坛。",
        "zh",
        published="2025-11-20",
    )
    assert [(e.name, e.date, e.location) for e in record.events if e.kind == "conference"] == [
        ("2025江西教育国际合作与交流大会", "2025-11-17", "南昌")
    ]


def test_head_words_joined_by_and_name_one_event_and_a_weekday_after_it_is_its_day(extract):
    record = extract(
        "The 2025 Poyang Lake Education Exhibition and Forum opened Thursday in Nanchang.",
        "en",
        published="2025-12-18",
    )
    assert [(e.name, e.date) for e in record.events] == [
        ("2025 Poyang Lake Education Exhibition and Forum", "2025-12-18")
    ]


def test_a_second_named_event_after_and_stays_apart(extract):
    record = extract(
        "The 2025 Poyang Lake Education Conference and the 2025 Ganjiang Youth Forum were held in Nanchang on May 8.",
        "en",
    )
    names = {e.name for e in record.events}
    assert "2025 Poyang Lake Education Conference" in names
    assert not any(" and " in n for n in names)


def test_two_conferences_joined_by_ji_are_two_events(extract):
    record = extract("5月8日，2025年赣鄱教育开放大会暨江西高校国际合作论坛在南昌开幕。", "zh")
    assert {e.name for e in record.events} == {"2025年赣鄱教育开放大会", "江西高校国际合作论坛"}


def test_a_verb_on_a_bare_head_word_names_no_event(extract):
    record = extract("5月8日，2025赣鄱国际教育论坛在南昌举行。南昌大学校长李明主持会议并致辞。", "zh")
    assert [e.name for e in record.events] == ["2025赣鄱国际教育论坛"]


def test_a_signing_placed_in_a_year_is_background_without_the_paragraphs_day(extract):
    record = extract(
        "On May 8, a delegation of Kestrel Bay University visited Nanchang University. The two universities "
        "signed a memorandum of understanding in 2019 and have exchanged students since.",
        "en",
    )
    assert [(e.kind, e.date) for e in record.events if e.kind == "signing"] == [("signing", None)]


def test_chinese_background_signing_in_a_year(extract):
    record = extract("5月8日，南昌大学代表团访问邓迪大学。2019年，两校签署合作备忘录。", "zh")
    assert [(e.kind, e.date) for e in record.events if e.kind == "signing"] == [("signing", None)]


def test_a_founding_in_a_year_has_no_day(extract):
    record = extract(
        "The Jiangxi Vocational Education Alliance, founded in 2015 by Nanchang University, admitted 5 new members "
        "at its annual meeting on May 8.",
        "en",
    )
    founded = [e for e in record.events if e.kind == "establishment"]
    assert [(e.name, e.date) for e in founded] == [("Jiangxi Vocational Education Alliance", None)]


def test_chinese_founding_in_a_year_has_no_day(extract):
    record = extract("赣鄱高校联盟成立于2014年，5月8日在南昌召开2025年年会。", "zh")
    assert [(e.name, e.date) for e in record.events if e.kind == "establishment"] == [("赣鄱高校联盟", None)]


def test_a_signing_during_a_several_day_fair_has_no_day_but_its_place(extract):
    record = extract(
        "4月11日至13日，2024赣鄱教育博览会在南昌举行。博览会由江西省教育厅主办。\n\n"
        "博览会期间，南昌大学与邓迪大学签署合作备忘录。",
        "zh",
        published="2024-04-15",
    )
    assert [(e.date, e.location) for e in record.events if e.kind == "signing"] == [(None, "南昌")]


def test_a_signing_during_a_one_day_forum_takes_its_day(extract):
    record = extract(
        "4月11日，2024赣鄱教育论坛在南昌举行。论坛期间，南昌大学与邓迪大学签署合作备忘录。",
        "zh",
        published="2024-04-15",
    )
    assert [(e.date, e.location) for e in record.events if e.kind == "signing"] == [("2024-04-11", "南昌")]


def test_a_caption_or_heading_is_no_signing(extract):
    record = extract(
        "5月8日上午，2025赣鄱国际教育论坛开幕。\n\n二、合作签约\n\n5月9日，南昌大学与邓迪大学签署合作协议。\n\n签约现场",
        "zh",
    )
    assert [(e.kind, e.date) for e in record.events if e.kind == "signing"] == [("signing", "2025-05-09")]


def test_an_alliance_that_was_also_launched_is_an_establishment(extract):
    record = extract(
        "The 2025 Poyang Lake Education Forum opened in Nanchang on May 8. A Jiangxi Vocational Education "
        "Alliance was also launched in Nanchang during the forum.",
        "en",
    )
    assert ("establishment", "Jiangxi Vocational Education Alliance") in {(e.kind, e.name) for e in record.events}


def test_a_ceremony_is_an_other_event(extract):
    record = extract("9月20日，南昌大学玛丽女王学院建院十周年庆典在南昌举行。", "zh")
    assert [(e.kind, e.name) for e in record.events] == [("other", "南昌大学玛丽女王学院建院十周年庆典")]


def test_a_joint_founding_with_she_li_is_an_establishment_and_since_its_founding_is_none(extract):
    record = extract(
        "2023年，南昌大学与邓迪大学合作设立南昌大学邓迪学院。\n\n"
        "他表示，南昌大学邓迪学院自设立以来发展迅速。",
        "zh",
    )
    founded = [(e.kind, e.name, e.date) for e in record.events if e.kind == "establishment"]
    assert founded == [("establishment", "南昌大学邓迪学院", None)]
    record = extract("他表示，南昌大学邓迪学院自设立以来发展迅速。", "zh")
    assert [e.kind for e in record.events] == []


def test_a_ministry_approval_to_set_up_an_institute_is_an_approval_only(extract):
    record = extract("近日，教育部批准南昌大学与邓迪大学合作设立南昌大学邓迪学院。", "zh")
    assert [e.kind for e in record.events] == ["approval"]


def test_an_event_name_opening_with_an_institution_of_a_place_keeps_it(extract):
    record = extract(
        "On May 8, the Nanchang University-University of Dundee Joint Research Forum was held in Nanchang.", "en"
    )
    assert [e.name for e in record.events] == ["Nanchang University-University of Dundee Joint Research Forum"]


def test_a_bodys_joint_committee_meeting_is_named_with_the_body(extract):
    record = extract("5月8日，南昌大学玛丽女王学院联合管理委员会第一次会议在南昌召开。", "zh")
    assert [e.name for e in record.events] == ["南昌大学玛丽女王学院联合管理委员会第一次会议"]
    record = extract("5月8日，南昌大学联合邓迪大学举办的赣英教育论坛在南昌召开。", "zh")
    assert [e.name for e in record.events] == ["赣英教育论坛"]


def test_a_signing_told_as_a_noun_is_a_signing(extract):
    record = extract(
        "On December 3, the ambassador witnessed the signing of a memorandum of understanding between "
        "Nanchang University and Dundee University.",
        "en",
    )
    assert [(e.kind, e.date) for e in record.events] == [("signing", "2025-12-03")]


def test_a_founding_told_of_the_alliance_is_the_founding_of_the_alliance_named_before(extract):
    record = extract(
        "On July 15, the 2025 Council Meeting of the Poyang Vocational Education Alliance was held in Nanchang.\n\n"
        "Wang Ming said the alliance had trained 5,000 technicians since it was founded.",
        "en",
    )
    founded = [(e.name, e.date) for e in record.events if e.kind == "establishment"]
    assert founded == [("Poyang Vocational Education Alliance", None)]


def test_a_signing_within_several_days_has_no_day_but_a_visit_keeps_the_first(extract):
    record = extract(
        "From May 7th to 15th, 2023, a delegation from Nanchang University visited Britain.\n\n"
        "In Edinburgh, Nanchang University and Dundee University signed an agreement.",
        "en",
    )
    assert [(e.kind, e.date, e.location) for e in record.events] == [
        ("visit", "2023-05-07", "Britain"),
        ("signing", None, "Edinburgh"),
    ]


def test_a_trigger_word_inside_an_institutions_name_reports_nothing(extract):
    record = extract(
        "On January 6, the alliance was supported by Nanchang University and the Delegation of German Industry "
        "and Commerce in Shanghai.",
        "en",
    )
    assert [e.kind for e in record.events if e.kind == "visit"] == []


def test_a_standing_centre_named_like_an_event_is_no_event(extract):
    record = extract(
        "On June 4, the two sides reviewed the Luban Workshop run by Nanchang Vocational College and "
        "the 2024 Vocational Education Workshop held in Nanning.",
        "en",
    )
    assert [e.name for e in record.events] == ["2024 Vocational Education Workshop"]


def test_a_chinese_meeting_named_by_its_kind_of_meeting_is_a_conference(extract):
    record = extract("4月11日，全省高校国际化工作推进会在南昌召开。", "zh", published="2024-04-12")
    assert [(e.kind, e.name, e.date) for e in record.events] == [
        ("conference", "全省高校国际化工作推进会", "2024-04-11")
    ]
