"""Session 28 (en2): partnerships; town governments that only look on at a signing."""


def test_a_city_council_is_a_government_body(extract):
    text = "A delegation from Leeds City Council visited Zhejiang University on October 7 to discuss student exchanges."
    record = extract(text, "en", published="2025-10-09")
    council = next(i for i in record.institutions if i.name == "Leeds City Council")
    assert (council.kind, council.country) == ("government", "GB")


def test_governments_that_attend_a_signing_are_no_pair(extract):
    text = (
        "The University of Nottingham and Ningbo University signed a research cooperation agreement in "
        "Nottingham on May 14.\n\n"
        "The signing was attended by Nottingham City Council and the Ningbo Municipal Foreign Affairs Office."
    )
    record = extract(text, "en", published="2025-05-16")
    pairs = {(p.chinese.name, p.foreign.name) for p in record.partnerships}
    assert pairs == {("Ningbo University", "University of Nottingham")}
