"""Session 28 (en2): institution names in title-case headlines."""


def test_a_name_in_a_headline_ends_before_the_headlines_verb(extract):
    text = (
        "University of Leeds Hosts Delegation from Zhejiang University\n\n"
        "Leeds welcomed a delegation from Zhejiang University on September 10 to discuss joint research."
    )
    record = extract(text, "en", published="2025-09-12")
    assert [i.name for i in record.institutions] == ["University of Leeds", "Zhejiang University"]


def test_an_embassy_in_a_headline_ends_before_the_headlines_verb(extract):
    text = (
        "Chinese Embassy in Poland Holds Reception for Students\n\n"
        "On September 10, Professor Jacek Popiel, Rector of Jagiellonian University, spoke at the reception."
    )
    record = extract(text, "en", published="2025-09-12")
    assert "Chinese Embassy in Poland" in [i.name for i in record.institutions]
