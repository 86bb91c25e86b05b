"""Session 28 (en): partnerships on bulletins written for the tests."""

import pytest


@pytest.mark.parametrize("place", ["Confucius Institute office", "Confucius Institute building"])
def test_a_visit_to_the_confucius_institute_office_tells_no_joint_institute(extract, place):
    text = (
        "On September 10, a delegation from L.N. Gumilyov Eurasian National University visited our university. "
        "After the talks, the two sides signed a student exchange agreement.\n\n"
        f"The delegation also visited the {place} and the School of International Education."
    )
    record = extract(text, "en", published="2024-09-12", url="https://www.jxnu.edu.cn/en/info/1042/3388.htm")
    assert [(p.chinese.name, p.foreign.name, p.kind, p.date) for p in record.partnerships] == [
        ("Jiangxi Normal University", "L.N. Gumilyov Eurasian National University", "agreement", "2024-09-10")
    ]


def test_the_last_of_a_list_keeps_the_document_signed_when_its_side_is_named_again_after_it(extract):
    text = (
        "On May 6, Nanchang University (NCU) signed cooperation agreements with Kazan Federal University "
        "(Russia) and Belarusian State University, Belarus, during a visit to the two universities by a "
        "delegation led by Professor Zhou Chuangbing, Secretary of the CPC Committee of NCU.\n\n"
        "NCU has run a 2+2 program in physics with Belarusian State University since 2019."
    )
    record = extract(text, "en", published="2025-05-09", url="https://en.ncu.edu.cn/info/1031/2290.htm")
    assert [(p.foreign.name, p.kind, p.date) for p in record.partnerships] == [
        ("Kazan Federal University", "agreement", "2025-05-06"),
        ("Belarusian State University", "agreement", "2025-05-06"),
    ]


def test_a_chinese_visitor_of_a_joint_institute_is_no_partner_of_the_foreign_publisher(extract):
    text = (
        "The University of Nottingham Ningbo China (UNNC) held its open day on Saturday.\n\n"
        "Last week, a delegation from Ningbo University also visited UNNC to discuss student exchange."
    )
    record = extract(
        text, "en", published="2026-04-15", url="https://www.nottingham.ac.uk/news/2026/april/unnc-open-day"
    )
    assert "Ningbo University" not in [p.chinese.name for p in record.partnerships]
