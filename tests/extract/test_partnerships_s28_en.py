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
