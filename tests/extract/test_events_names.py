"""Event names as bulletins write them: a name ends at the words of the clause before it."""


def test_a_speaker_at_the_opening_ceremony_names_no_event(extract):
    text = "2026年九江市职业教育国际合作论坛在九江开幕。九江市教育局局长刘海波在开幕式上致辞。"
    record = extract(text, "zh", published="2026-06-15")
    assert [e.name for e in record.events if e.kind == "conference"] == ["2026年九江市职业教育国际合作论坛"]


def test_a_council_after_a_year_is_a_meeting_and_elsewhere_a_body(extract):
    text = "6月10日，丝绸之路大学联盟2025年理事会在西安召开。会议审议通过了联盟新一届理事会组成方案。"
    record = extract(text, "zh", published="2025-06-12")
    assert [(e.kind, e.name, e.date, e.location) for e in record.events] == [
        ("conference", "丝绸之路大学联盟2025年理事会", "2025-06-10", "西安")
    ]


def test_an_en_dash_between_two_places_stays_inside_a_name(extract):
    text = "On June 10, the 2025 China–Central Asia Agricultural Education Forum opened in Urumqi."
    record = extract(text, "en", published="2025-06-12")
    assert [e.name for e in record.events if e.kind == "conference"] == [
        "2025 China–Central Asia Agricultural Education Forum"
    ]


def test_names_listed_as_examples_of_activities_are_no_events(extract):
    text = (
        "11月19日，2024中法(江西)教育合作周在南昌开幕。"
        "教育合作周为期5天，其间还将举办中法职业教育论坛、法国高校留学咨询会等活动。"
    )
    record = extract(text, "zh", published="2024-11-20")
    assert [e.name for e in record.events if e.kind == "conference"] == ["2024中法(江西)教育合作周"]


def test_a_bracketed_place_stays_inside_an_english_name(extract):
    text = "On May 12, the 2025 France-China (Hunan) Vocational Education Week opened in Changsha."
    record = extract(text, "en", published="2025-05-14")
    assert [e.name for e in record.events if e.kind == "conference"] == [
        "2025 France-China (Hunan) Vocational Education Week"
    ]


def test_a_bracketed_aside_after_a_clause_does_not_join_a_name(extract):
    text = "The delegation (six people) attended the Vocational Education Forum in Kunming on May 12."
    record = extract(text, "en", published="2025-05-14")
    assert [e.name for e in record.events if e.kind == "conference"] == ["Vocational Education Forum"]


def test_a_generic_ceremony_is_no_events_name(extract):
    text = "5月8日上午，大会举行项目签约仪式，三所高校与外方签署合作协议。"
    record = extract(text, "zh", published="2025-05-09")
    assert [e.name for e in record.events if e.kind == "signing"] == [None]


def test_a_ceremony_named_by_its_subject_keeps_its_name(extract):
    text = "5月8日上午，中英高校合作签约仪式在长沙举行。"
    record = extract(text, "zh", published="2025-05-09")
    assert "中英高校合作签约仪式" in [e.name for e in record.events]


def test_a_capitalised_signing_ceremony_is_no_events_name(extract):
    text = "On May 8, Hunan University held a Cooperation Signing Ceremony with the University of Leeds in Changsha."
    record = extract(text, "en", published="2025-05-09")
    assert [(e.kind, e.name) for e in record.events] == [("signing", None)]


def test_a_ceremony_named_for_its_programme_keeps_its_name(extract):
    text = "On May 8, the Sino-British Nursing Programme Signing Ceremony was held in Changsha."
    record = extract(text, "en", published="2025-05-09")
    assert "Sino-British Nursing Programme Signing Ceremony" in [e.name for e in record.events]


def test_a_bracketed_place_glued_to_the_next_word_stays_inside_the_name(extract):
    text = "On May 8, the 2025 China (Hunan)-Africa Vocational Education Forum opened in Changsha."
    record = extract(text, "en", published="2025-05-09")
    assert [e.name for e in record.events if e.kind == "conference"] == [
        "2025 China (Hunan)-Africa Vocational Education Forum"
    ]
