"""An association or alliance speaking as itself on its own site (本会, 本联盟, 我联盟), as a
university does with 我校: the page is the body's (zh/first_person.txt)."""

from __future__ import annotations

import pytest

from pipeline.bulletin import Bulletin
from pipeline.link.publisher import find_publisher


def _page(site_name: str, text: str) -> Bulletin:
    return Bulletin(text=text, url="http://www.example.org/news/2025/1.html", site_name=site_name)


@pytest.mark.parametrize(
    ("site_name", "text", "word"),
    [
        ("赣江高校国际合作联盟", "2025年年会在南昌举行。本联盟成员单位增至40家。", "本联盟"),
        ("赣江高校国际合作联盟", "我联盟与英国某某大学签署合作协议。", "我联盟"),
        ("江西省高等教育学会", "本会第三届理事会在南昌召开。", "本会"),
    ],
)
def test_a_body_calling_itself_by_its_own_head_publishes_the_page(site_name: str, text: str, word: str) -> None:
    publisher = find_publisher(_page(site_name, text), "zh")
    assert publisher is not None and publisher.name == site_name
    assert publisher.voice is not None and text[slice(*publisher.voice)] == word


@pytest.mark.parametrize(
    ("site_name", "text"),
    [
        ("赣江高校国际合作联盟", "学会理事会在南昌召开。"),  # no first-person word
        ("赣江高校国际合作联盟", "秘书长说：“本联盟将继续扩大。”"),  # a quoted official, not the page
        ("赣江高校国际合作联盟", "本会第三届理事会在南昌召开。"),  # 会 heads no name of the alliance
    ],
)
def test_no_own_word_outside_quotes_publishes_nothing(site_name: str, text: str) -> None:
    assert find_publisher(_page(site_name, text), "zh") is None
