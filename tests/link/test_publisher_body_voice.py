"""Words only a body's own page speaks by (我会 for an association, 我部 for a ministry:
zh/first_person_bodies.txt): the page is the body's, and its other places name it, while a
university's page quoting someone's 我会 ("I will") speaks of no body."""

from __future__ import annotations

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin
from pipeline.link.publisher import find_publisher


def _page(site_name: str, text: str, url: str = "http://www.example.org/news/2025/1.html") -> Bulletin:
    return Bulletin(text=text, url=url, site_name=site_name, published="2025-03-20")


@pytest.mark.parametrize(
    ("site_name", "text", "word"),
    [
        ("赣江教育对外交流协会", "3月18日，我会组织8所高校赴泰国访问。", "我会"),
        ("赣江省高等教育学会", "经我会常务理事会审议，现将结果公布如下。", "我会"),
        ("赣江省人民政府外事办公室", "经我办审核，现将名单公布如下。", "我办"),
    ],
)
def test_a_body_speaking_by_its_own_word_publishes_the_page(site_name: str, text: str, word: str) -> None:
    publisher = find_publisher(_page(site_name, text), "zh")
    assert publisher is not None and publisher.name == site_name
    assert publisher.voice is not None and text[slice(*publisher.voice)] == word


def test_a_word_of_another_kind_of_body_does_not_make_it_speak() -> None:
    # 我部 is a ministry's word: 部 heads no name of an association
    assert find_publisher(_page("赣江教育对外交流协会", "经我部审核，现将结果公布如下。"), "zh") is None


def test_the_bodys_own_word_elsewhere_in_the_text_is_the_body() -> None:
    page = _page(
        "赣江教育对外交流协会",
        "3月18日，我会组织8所高校赴泰国访问。19日，由我会主办的2025赣江高校泰国教育展在曼谷举行。",
    )
    record = extract_bulletin(page)
    assert ("赣江教育对外交流协会", "organizer") in {(r.member.name, r.role) for r in record.roles}


def test_a_quoted_i_will_on_a_university_page_names_no_body() -> None:
    page = _page(
        "赣江师范大学", "我校与泰国清迈大学签署合作协议。校长说：“我会继续推动合作。”", "http://www.gjnu.edu.cn/1.html"
    )
    record = extract_bulletin(page)
    assert all(m.text != "我会" for i in record.institutions for m in i.mentions)
