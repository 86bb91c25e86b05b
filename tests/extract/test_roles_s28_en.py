"""Session 28 (en): alliance roles on bulletins written for the tests."""

import pytest


@pytest.mark.parametrize("owner", ["Australia's ", "New Zealand's "])
def test_founders_after_together_with_and_a_country_are_members(extract, owner):
    foreign = "Griffith University" if owner.startswith("Australia") else "University of Auckland"
    text = (
        "The Yellow River Basin International University Alliance was launched on Saturday in Zhengzhou. "
        f"The alliance was initiated by Zhengzhou University and Lanzhou University together with {owner}{foreign} "
        "and the University of Bordeaux in France."
    )
    record = extract(text, "en", published="2025-10-27")
    members = [r.member.name for r in record.roles if r.role == "member"]
    assert members == ["Zhengzhou University", "Lanzhou University", foreign, "University of Bordeaux"]
