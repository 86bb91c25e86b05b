"""Session 27 (en): a signing "during the forum" when the forum's days are told as several, though a
sentence between dates one of them (GUIDE.md: no day of its own), on sentences written for the tests."""

import pytest

_SIGNED = "During the forum, Lanzhou University signed an agreement with Kazan Federal University on joint research."


@pytest.mark.parametrize(
    "before",
    [
        # the forum's two days told with its name, then its opening day
        "The 2025 Yellow River Education Forum was held in Lanzhou on December 8 and 9. At the opening ceremony"
        " on December 8, the Yellow River University Alliance was launched.",
        # the forum's length told before its name, a sentence on the alliance's founders between
        "The Yellow River University Alliance was launched in Lanzhou on Monday at the opening of the two-day"
        " 2025 Yellow River Education Forum. It was initiated by Lanzhou Jiaotong University together with"
        " Tomsk State University.\n\n",
    ],
)
def test_a_signing_during_a_forum_of_several_days_has_no_day(extract, before):
    record = extract(f"{before} {_SIGNED}", "en")
    signings = [e for e in record.events if e.kind == "signing"]
    assert [(e.date, e.location) for e in signings] == [(None, "Lanzhou")]
    dates = {p.chinese.name: p.date for p in record.partnerships}
    assert dates["Lanzhou University"] is None


def test_a_signing_during_a_forum_of_one_day_has_its_day(extract):
    text = (
        "The 2025 Yellow River Education Forum was held in Lanzhou on December 8. At the opening ceremony, the"
        f" Yellow River University Alliance was launched. {_SIGNED}"
    )
    signings = [e for e in extract(text, "en").events if e.kind == "signing"]
    assert [e.date for e in signings] == ["2025-12-08"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A delegation from Hubei University in Wuhan, China, was in Tartu on Thursday.", "Tartu"),
        ("Teachers from Yunnan University in Kunming visited Chiang Mai University on Thursday.", None),
        # (a place after the host, no visitors' body: the visit's)
        ("A delegation from the University of Tartu visited Hubei University in Wuhan on Thursday.", "Wuhan"),
    ],
)
def test_the_city_of_the_body_visitors_come_from_is_not_the_visits(extract, text, place):
    visits = [e for e in extract(text, "en").events if e.kind == "visit"]
    assert [e.location for e in visits] == [place]


def test_a_signing_at_the_founding_ceremony_of_a_forum_of_several_days_has_the_founding_day(extract):
    text = (
        "The Silk Road Teacher Alliance was founded in Lanzhou on Tuesday, at the opening of the 2025 Silk Road"
        " Forum. More than 300 scholars attended the two-day forum. On the sidelines of the founding ceremony,"
        " Lanzhou University and Kazan Federal University signed a memorandum of understanding."
    )
    record = extract(text, "en")
    assert [e.date for e in record.events if e.kind == "signing"] == ["2025-12-16"]
    assert [p.date for p in record.partnerships] == ["2025-12-16"]


def test_a_month_in_a_relative_clause_does_not_undate_the_signing(extract):
    text = (
        "On Tuesday, Lanzhou University signed a memorandum of understanding with Kazan Federal University. Soon"
        " after, Gansu Agricultural University signed an agreement with Tomsk State University on a 2+2"
        " programme in agronomy, which will admit its first students in September."
    )
    record = extract(text, "en")
    assert {p.chinese.name: p.date for p in record.partnerships} == {
        "Lanzhou University": "2025-12-16",
        "Gansu Agricultural University": "2025-12-16",
    }
    assert [e.date for e in record.events if e.kind == "signing"] == ["2025-12-16"]


@pytest.mark.parametrize("verb", ["launched an education alliance", "set up an alliance"])
def test_a_lead_founding_an_alliance_named_next_dates_its_establishment(extract, verb):
    text = (
        f"Universities from Shanxi and ASEAN countries {verb} in Taiyuan on Saturday.\n\n"
        "The Shanxi-ASEAN Agricultural Education Alliance was set up at a founding meeting held at Shanxi"
        " Agricultural University."
    )
    founded = [(e.name, e.date) for e in extract(text, "en").events if e.kind == "establishment"]
    assert founded == [("Shanxi-ASEAN Agricultural Education Alliance", "2025-12-13")]
