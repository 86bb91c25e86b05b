"""A signing told in one sentence whose other side another sentence names (made-up sentences)."""

from support import pairs


def test_that_university_after_a_host_visit_is_the_host(extract):
    record = extract(
        "10日，代表团走访越南某某交通技术大学，受到该校副校长的接待。随后，湖南某某职业技术学院与该校签署合作协议。",
        "zh",
    )
    assert [(p.chinese.name, p.foreign.name, p.kind) for p in record.partnerships] == [
        ("湖南某某职业技术学院", "某某交通技术大学", "agreement")
    ]


def test_that_university_is_no_foreign_side_when_a_chinese_one_was_named_last(extract):
    record = extract(
        "10日，代表团走访越南某某交通技术大学。11日，代表团访问湖南大学。湖南某某职业技术学院与该校签署合作协议。", "zh"
    )
    assert record.partnerships == []


def test_that_university_after_several_hosts_says_not_which(extract):
    record = extract(
        "10日，代表团走访越南某某交通技术大学和老挝国立大学。随后，湖南某某职业技术学院与该校签署合作协议。", "zh"
    )
    assert record.partnerships == []


def test_its_partner_in_the_next_sentence_completes_the_deal(extract):
    record = extract(
        "Two colleges signed deals on Monday. The second deal went to Hunan Railway Professional Technology"
        " College. Its partner, Hanoi University of Transport Technology, will send 30 students a year.",
        "en",
    )
    assert pairs(record) == {
        ("Hunan Railway Professional Technology College", "Hanoi University of Transport Technology")
    }


def test_a_side_named_next_without_a_partner_word_is_no_partner(extract):
    record = extract(
        "The second deal went to Hunan Railway Professional Technology College."
        " Hanoi University of Transport Technology will send 30 students a year.",
        "en",
    )
    assert record.partnerships == []


def test_documents_counted_in_one_sentence_are_the_pairs_named_next(extract):
    record = extract(
        "On May 20, three agreements were signed at the forum. The first was between Hunan Normal University"
        " and Hallim Sejong University, Korea, on teacher training. The second, between Jiangxi Normal"
        " University and Orlov State University (Russia), covers music.",
        "en",
    )
    assert {(p.chinese.name, p.kind, p.date) for p in record.partnerships} == {
        ("Hunan Normal University", "agreement", "2025-05-20"),
        ("Jiangxi Normal University", "agreement", "2025-05-20"),
    }


def test_a_signing_that_counts_no_documents_announces_no_pair_a_count_does(extract):
    record = extract(
        "Agreements were signed on May 20."
        " Hunan Normal University and Hallim Sejong University, Korea, are old friends.",
        "en",
    )
    assert record.partnerships == []
    record = extract("5月20日，论坛上签署了合作协议。湖南师范大学与韩国某某大学是老朋友。", "zh")
    assert record.partnerships == []
    record = extract("5月20日，论坛上共签署3项合作协议。其中，湖南师范大学与韩国某某大学是老朋友。", "zh")
    assert [(p.chinese.name, p.kind) for p in record.partnerships] == [("湖南师范大学", "agreement")]
