"""Session 23 (qp): partnerships read as bulletins write them, on sentences written for the tests."""

import pytest
from support import pairs


def _facts(record) -> set[tuple[str, str, str, str | None]]:
    return {(p.chinese.name, p.foreign.name, p.kind, p.date) for p in record.partnerships}


def test_an_institute_named_for_both_parents_makes_their_pair_on_its_opening_day(extract):
    record = extract(
        "On Monday, the Hefei Forestry University-Orlov State Technical University Joint Institute was inaugurated"
        " in Hefei. Orlov State Technical University, Russia, will send 20 professors to the institute, and Hefei"
        " Forestry University will admit its first 120 students.",
        "en",
    )
    assert _facts(record) == {
        ("Hefei Forestry University", "Orlov State Technical University", "joint_institute", "2025-12-15")
    }


def test_an_institute_named_for_both_parents_lifts_the_pair_the_page_states(extract):
    record = extract(
        "The Hefei Forestry University-Orlov State Technical University Joint Institute was inaugurated on"
        " December 15. The institute is run jointly by Hefei Forestry University and Orlov State Technical"
        " University (Russia).",
        "en",
    )
    assert _facts(record) == {
        ("Hefei Forestry University", "Orlov State Technical University", "joint_institute", "2025-12-15")
    }


def test_an_institute_only_mentioned_makes_no_pair_of_its_own(extract):
    record = extract(
        "On Monday, students of the Hefei Forestry University-Orlov State Technical University Joint Institute"
        " won a robotics prize. Orlov State Technical University, Russia, congratulated them.",
        "en",
    )
    assert pairs(record) == set()


def test_an_institute_mentioned_lifts_a_stated_pair_without_giving_it_a_day(extract):
    record = extract(
        "On Monday, students of the Hefei Forestry University-Orlov State Technical University Joint Institute"
        " won a robotics prize. Hefei Forestry University and Orlov State Technical University (Russia) have"
        " cooperated since 2012.",
        "en",
    )
    assert _facts(record) == {
        ("Hefei Forestry University", "Orlov State Technical University", "joint_institute", None)
    }


def test_an_institute_naming_one_parent_makes_no_pair_from_its_name(extract):
    # (the Russian university's name is not in the institute's: nothing says it is the partner)
    record = extract(
        "On Monday, the Orlov Aviation College at Hefei Forestry University was inaugurated. Orlov State"
        " Technical University, Russia, sent a delegation to the ceremony.",
        "en",
    )
    assert ("Hefei Forestry University", "Orlov State Technical University") not in {
        (c, f) for c, f, kind, _ in _facts(record) if kind == "joint_institute"
    }


_VISIT = (
    "On November 3, a delegation led by Professor Ana Ruiz, Vice-Rector of Universidad de Valtierra, Chile,"
    " visited Hefei Forestry University and signed an exchange agreement. {filler} On Tuesday, the {adjective}"
    " delegation travelled to the Anhui Institute of Soil Science, where it held talks on joint field research."
)
_FILLER = " ".join(f"The guests toured laboratory number {n}." for n in range(1, 15))


def test_the_country_adjective_delegation_is_the_visit_told_of_before_however_far(extract):
    record = extract(_VISIT.format(filler=_FILLER, adjective="Chilean"), "en", published="2025-11-06")
    assert ("Anhui Institute of Soil Science", "Universidad de Valtierra", "talks", "2025-11-04") in _facts(record)


def test_a_delegation_of_another_country_is_not_the_visit_told_of_before(extract):
    record = extract(_VISIT.format(filler=_FILLER, adjective="Peruvian"), "en", published="2025-11-06")
    assert ("Anhui Institute of Soil Science", "Universidad de Valtierra") not in pairs(record)


_DESCRIBED = (
    "The University of Valletta has signed a memorandum of understanding with Hefei Forestry University. It"
    " crowned a visit to Malta by a six-member delegation from the {adjective} university. On Thursday the"
    " delegation called at Gozo Maritime University, where it held talks on seafarer training."
)


def test_a_delegation_from_the_chinese_university_is_the_chinese_university_named_before(extract):
    record = extract(_DESCRIBED.format(adjective="Chinese"), "en", published="2025-11-22")
    assert ("Hefei Forestry University", "Gozo Maritime University", "talks", "2025-11-20") in _facts(record)


def test_a_delegation_from_a_university_of_no_country_named_is_no_side(extract):
    record = extract(_DESCRIBED.format(adjective="Peruvian"), "en", published="2025-11-22")
    assert ("Hefei Forestry University", "Gozo Maritime University") not in pairs(record)


_TRIP_ZH = (
    "11月3日至7日，俄罗斯奥廖尔国立技术大学副校长亚历山大·伊万诺维奇·彼得罗夫率代表团访问合肥。"
    "4日上午，安徽省教育厅副厅长王明会见了代表团一行。"
    "5日上午，奥廖尔国立技术大学与安徽大学签署合作备忘录。"
    "6日，代表团访问合肥林业大学，与该校就联合培养研究生进行了交流。"
    "7日，代表团还出席了在合肥举行的2025中俄教育合作交流会。"
)


def test_a_delegation_led_by_an_official_of_a_long_transliterated_name_is_its_bodys(extract):
    record = extract(_TRIP_ZH, "zh")
    assert ("安徽省教育厅", "奥廖尔国立技术大学", "talks", "2025-11-04") in _facts(record)


def test_a_body_whose_official_met_the_delegation_did_not_send_it(extract):
    # (安徽省教育厅 met the delegation: a later 代表团 is still the Russian university's)
    record = extract(_TRIP_ZH, "zh")
    assert ("合肥林业大学", "奥廖尔国立技术大学", "talks", "2025-11-06") in _facts(record)


_ATTENDED = {
    "zh": "11月3日至7日，俄罗斯奥廖尔国立技术大学副校长亚历山大·伊万诺维奇·彼得罗夫率代表团访问我校。"
    "4日上午，校长王明会见了代表团一行，双方就联合培养研究生进行了会谈。"
    "7日，代表团还出席了在南昌举行的2025中俄教育合作交流会。",
    "en": "From November 3 to 7, a delegation from Orlov State Technical University, Russia, visited our"
    " university. On November 4, President Wang Ming met the delegation and the two sides discussed joint"
    " doctoral training. On November 7, the delegation also attended the 2025 China-Russia Education"
    " Cooperation Forum in Nanchang.",
}


@pytest.mark.parametrize("language", ["zh", "en"])
def test_visitors_attending_a_forum_is_no_happening_of_their_pair_with_the_publisher(extract, language):
    record = extract(_ATTENDED[language], language, url="https://news.ncu.edu.cn/info/1021/1.htm")
    assert [(p.kind, p.date) for p in record.partnerships] == [("talks", "2025-11-04")]


def test_a_university_of_no_known_country_joined_to_a_foreign_one_is_its_chinese_partner(extract):
    record = extract(
        "其中，丰和冶金大学与罗马尼亚布拉索夫大学签署合作意向书，合肥林业大学与波兰华沙生命科学大学签署合作备忘录。",
        "zh",
    )
    assert pairs(record) == {("丰和冶金大学", "布拉索夫大学"), ("合肥林业大学", "华沙生命科学大学")}


def test_a_university_of_no_known_country_listed_beside_a_foreign_one_is_not_taken_as_chinese(extract):
    # (、 lists sides of one kind: nothing says which country the first is)
    record = extract("其中，丰和冶金大学、罗马尼亚布拉索夫大学与合肥林业大学签署三方合作意向书。", "zh")
    assert ("丰和冶金大学", "布拉索夫大学") not in pairs(record)


def test_both_sides_of_a_side_named_alone_are_it_and_its_one_partner_read_before(extract):
    record = extract(
        "论坛期间，合肥林业大学与波兰华沙理工大学签署合作协议，吉林大学与匈牙利塞格德大学签署学生交流协议。"
        "华沙理工大学副校长马雷克·诺瓦克说，这样的合作对双方学生都有吸引力。",
        "zh",
    )
    assert pairs(record) == {("合肥林业大学", "华沙理工大学"), ("吉林大学", "塞格德大学")}


_VISITED = "On May 5, a delegation from Orlov State Technical University (Russia) visited Hefei Forestry University. "


@pytest.mark.parametrize(
    ("signed", "kind"),
    [
        ("A cooperation agreement was signed at a ceremony attended by 200 guests.", "agreement"),
        ("The memorandum signed that day is the first document that sets out what the two want to build.", "mou"),
    ],
)
def test_a_document_signed_with_no_side_named_and_no_count_of_documents_is_the_pair_befores(extract, signed, kind):
    # ("attended" holds "ten", "the two want" counts no documents)
    record = extract(_VISITED + signed, "en")
    assert _facts(record) == {("Hefei Forestry University", "Orlov State Technical University", kind, "2025-05-05")}


def test_a_count_of_documents_still_announces_the_pairs_that_follow(extract):
    record = extract(
        "On May 5, three agreements were signed. The first, between Hefei Forestry University and Orlov State"
        " Technical University (Russia), covers exchanges.",
        "en",
    )
    assert _facts(record) == {
        ("Hefei Forestry University", "Orlov State Technical University", "agreement", "2025-05-05")
    }


_FORUM = {
    "zh": "11月25日至26日，第二届中国西部—中亚高校合作论坛在西宁举行。{frame}，青海师范大学与哈萨克斯坦阿拜国立师范大学"
    "签署合作备忘录；西宁理工大学与吉尔吉斯斯坦比什凯克技术大学签署合作协议。",
    "en": "The 2025 Western China-Central Asia University Forum was held in Xining from November 25 to 26. {frame},"
    " Qinghai Normal University signed a memorandum of understanding with Abai Kazakh National Pedagogical"
    " University (Kazakhstan).",
}
_FRAMES = {"zh": ("开幕式上", "论坛期间"), "en": ("At the opening ceremony", "During the forum")}


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_signing_at_the_opening_of_a_meeting_of_several_days_has_its_first_day(extract, language):
    record = extract(_FORUM[language].format(frame=_FRAMES[language][0]), language)
    assert {p.date for p in record.partnerships} == {"2025-11-25"}


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_signing_during_a_meeting_of_several_days_has_no_day(extract, language):
    record = extract(_FORUM[language].format(frame=_FRAMES[language][1]), language)
    assert {p.date for p in record.partnerships} == {None}


def test_pairs_under_a_document_told_before_cooperate_by_its_terms_on_no_day(extract):
    record = extract(
        "On May 5, the Anhui Provincial Department of Education and the Ministry of Education of Ruritania signed a"
        " memorandum of understanding on vocational education. Under the memorandum, Hefei Polytechnic will set up"
        " a training workshop with Orlov State Technical University (Russia).",
        "en",
    )
    assert ("Hefei Polytechnic", "Orlov State Technical University", "other", None) in _facts(record)


def test_the_terms_of_an_agreement_told_before_give_its_signers_no_new_kind_nor_a_third_side_its_kind(extract):
    record = extract(
        "5月5日，合肥林业大学与俄罗斯奥廖尔国立技术大学签署合作协议。"
        "根据协议，双方将开展“3+1”联合培养，并联合安徽省交通投资集团有限公司共建学生实习基地。",
        "zh",
    )
    assert _facts(record) == {
        ("合肥林业大学", "奥廖尔国立技术大学", "agreement", "2025-05-05"),
        ("安徽省交通投资集团有限公司", "奥廖尔国立技术大学", "other", None),
    }


def test_a_document_signed_under_a_framework_is_still_the_document_signed(extract):
    record = extract(
        "On May 5, Hefei Forestry University signed a memorandum of understanding with Orlov State Technical"
        " University (Russia) under the framework of the Belt and Road initiative.",
        "en",
    )
    assert _facts(record) == {("Hefei Forestry University", "Orlov State Technical University", "mou", "2025-05-05")}


def test_a_meeting_of_a_joint_institute_named_for_it_is_a_happening_of_its_parents(extract):
    record = extract(
        "6月20日，南昌大学玛丽女王学院联合管理委员会第一次会议在前湖校区召开。会议审议了学院教学运行计划。"
        "根据双方协议，联合管理委员会由南昌大学与伦敦大学玛丽女王学院各派5名成员组成。",
        "zh",
    )
    assert ("南昌大学", "伦敦大学玛丽女王学院", "joint_institute", "2025-06-20") in _facts(record)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Monday, Hefei Forestry University held talks with Orlov State Technical University (Russia) to deepen"
            " cooperation in forestry.",
            "en",
        ),
        ("6月2日，合肥林业大学与俄罗斯奥廖尔国立技术大学林学合作交流座谈会在合肥举行。", "zh"),
    ],
)
def test_cooperation_beside_talks_is_what_they_were_about(extract, text, language):
    record = extract(text, language)
    assert [p.kind for p in record.partnerships] == ["talks"]


def test_an_exchange_launched_beside_talks_is_still_other(extract):
    record = extract(
        "On Monday, Hefei Forestry University held talks with Orlov State Technical University (Russia) and launched"
        " a student exchange programme.",
        "en",
    )
    assert [p.kind for p in record.partnerships] == ["other"]
