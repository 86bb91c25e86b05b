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
