"""Event names as bulletins write them: a name ends at the words of the clause before it."""


def test_a_speaker_at_the_opening_ceremony_names_no_event(extract):
    text = "2026年九江市职业教育国际合作论坛在九江开幕。九江市教育局局长刘海波在开幕式上致辞。"
    record = extract(text, "zh", published="2026-06-15")
    assert [e.name for e in record.events if e.kind == "conference"] == ["2026年九江市职业教育国际合作论坛"]
