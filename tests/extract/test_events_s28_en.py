"""Session 28 (en): happenings' days, on bulletins written for the tests."""

import pytest


@pytest.mark.parametrize(
    "told_again", ["The centre was opened on 10 April", "The laboratory was inaugurated on 10 April"]
)
def test_a_centre_opened_told_again_with_its_day_dates_the_pair(extract, told_again):
    text = (
        "The University of Nottingham and Zhejiang University of Technology have opened a joint doctoral "
        "training centre in sustainable chemistry in Ningbo.\n\n"
        f"{told_again} by Professor Shearer West, Vice-Chancellor of the University of Nottingham, and "
        "Professor Yi Hongliang, President of Zhejiang University of Technology."
    )
    record = extract(text, "en", published="2026-04-15")
    assert [(p.chinese.name, p.foreign.name, p.date) for p in record.partnerships] == [
        ("Zhejiang University of Technology", "University of Nottingham", "2026-04-10")
    ]


def test_a_founding_placed_in_a_year_takes_no_day_from_the_sentence_retelling_a_signing(extract):
    text = (
        "The University of Edinburgh and Zhejiang University have renewed the agreement on the Zhejiang "
        "University-University of Edinburgh Institute (ZJE), the joint institute the two universities "
        "established in Haining in 2016.\n\n"
        "The renewal was signed on Friday at the University's Old College by Professor Peter Mathieson, "
        "Principal of the University of Edinburgh, and Professor Du Jiangfeng, President of Zhejiang University."
    )
    record = extract(text, "en", published="2025-12-02")
    events = [(e.kind, e.date) for e in record.events]
    assert ("establishment", None) in events
    assert ("signing", "2025-11-28") in events


def test_a_foreign_delegations_trip_to_china_is_placed_in_china(extract):
    text = (
        "A senior delegation from the University of Melbourne visited China from 27 April, calling on partner "
        "universities in Beijing and Shanghai.\n\nIn Beijing on 27 April, the delegation met leaders of Peking "
        "University."
    )
    record = extract(text, "en", published="2026-05-07", url="https://www.unimelb.edu.au/newsroom/news/2026/may/china")
    assert [(e.kind, e.date, e.location) for e in record.events] == [("visit", "2026-04-27", "China")]
