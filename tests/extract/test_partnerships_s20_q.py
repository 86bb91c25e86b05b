"""Session 20 (q): a side written as a short form of a name the page wrote in full, beside a joining
word next to the other side (GENRE.md "Institutions": abbreviations after the full name), in a
sentence made up as bulletins write it; and the near-misses that must give no pair."""

import pytest
from support import pairs

SHORT_SIDES = [
    # a Chinese short form at a clause's start, before 与 and the foreign side
    (
        "景德镇陶瓷大学代表团赴意大利访问。访问期间，景陶大与佛罗伦萨大学续签了合作协议。",
        {("景德镇陶瓷大学", "佛罗伦萨大学")},
    ),
    # after 和 and the foreign side, before a word leading to the signing
    (
        "景德镇陶瓷大学代表团赴意大利访问。佛罗伦萨大学和景陶大正式签署合作备忘录。",
        {("景德镇陶瓷大学", "佛罗伦萨大学")},
    ),
    # a foreign short form after the Chinese side (新国大 of 新加坡国立大学)
    (
        "新加坡国立大学代表团来访南昌大学。18日，南昌大学与新国大签署合作协议。",
        {("南昌大学", "新加坡国立大学")},
    ),
]

NOT_SIDES = [
    # no signing after the short form: what the two do together is no pair of this sentence
    "景德镇陶瓷大学代表团赴意大利访问。佛罗伦萨大学与景陶大学生交流频繁。",
    # the short form inside a clause, not at its start ("师生景陶大"): no side written there
    "景德镇陶瓷大学代表团赴意大利访问。多位景陶大与佛罗伦萨大学签署合作协议的教师出席。",
    # a short form of a name written only after it
    "景陶大与佛罗伦萨大学签署合作协议。景德镇陶瓷大学代表团赴意大利访问。",
]


@pytest.mark.parametrize(("text", "expected"), SHORT_SIDES)
def test_short_form_beside_a_joining_word_is_a_side_s20_q(extract, text, expected):
    assert pairs(extract(text, "zh")) == expected


@pytest.mark.parametrize("text", NOT_SIDES)
def test_short_form_not_written_as_a_side_s20_q(extract, text):
    assert pairs(extract(text, "zh")) == set()


# A joint institute named by its host and partner, its Chinese host named nowhere else on the page
# (the host is read inside the institute's name; the institute makes the pair's kind).
HOSTED_BY_NAME = [
    (
        "The Galway College at Hubei Normal University, launched with the University of Galway in 2018, "
        "admitted its seventh cohort.",
        {("Hubei Normal University", "University of Galway", "joint_institute")},
    ),
    (
        "Among the approved institutes are the Aberdeen Institute at Anhui University, co-run with the "
        "University of Aberdeen, and the Galway College at Hubei Normal University, launched with the "
        "University of Galway.",
        {
            ("Anhui University", "University of Aberdeen", "joint_institute"),
            ("Hubei Normal University", "University of Galway", "joint_institute"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOSTED_BY_NAME)
def test_joint_institute_named_by_host_and_partner_s20_q(extract, text, expected):
    record = extract(text, "en")
    assert {(p.chinese.name, p.foreign.name, p.kind) for p in record.partnerships} == expected


def test_joint_institute_without_a_partner_gives_no_pair_s20_q(extract):
    assert pairs(extract("The Galway College at Hubei Normal University admitted its seventh cohort.", "en")) == set()


# The founders of an alliance pair with each other; a Chinese side named beside them for another
# part (elected vice-chair) is no partner of a foreign founder.
FOUNDERS = [
    (
        "6月3日，由云南师范大学与万象师范学院共同发起的澜湄教师教育联盟在昆明成立，红河学院当选为联盟理事单位。",
        "zh",
        {("云南师范大学", "万象师范学院")},
    ),
    (
        "The Lancang-Mekong Teacher Education Alliance, jointly initiated by Yunnan Normal University and "
        "Chiang Mai University, was launched on June 3, and Honghe University was elected a council member.",
        "en",
        {("Yunnan Normal University", "Chiang Mai University")},
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), FOUNDERS)
def test_founders_pair_within_their_run_s20_q(extract, text, language, expected):
    assert pairs(extract(text, language)) == expected


def test_each_side_of_a_list_signs_the_document_after_it_s20_q(extract):
    # 会见后，A、B与C签署X: the meeting before the list is no kind of A's; X, after its last side, is
    text = (
        "5月8日，泰国大城技术学院代表团访问南宁职业技术学院。会见后，南宁职业技术学院、泰国大城技术学院与"
        "中国建筑第八工程局有限公司签署三方合作协议。"
    )
    kinds = {(p.chinese.name, p.kind) for p in extract(text, "zh").partnerships}
    assert kinds == {("南宁职业技术学院", "agreement"), ("中国建筑第八工程局有限公司", "agreement")}


def test_a_list_visited_before_a_forum_signs_nothing_s20_q(extract):
    text = "5月8日，南宁职业技术学院代表团先后走访泰国大城技术学院和泰国农业大学，并出席了合作论坛。"
    assert "agreement" not in {p.kind for p in extract(text, "zh").partnerships}


# Words of a name are no trigger: an office's (国际合作与交流处) or a body's ("Delegation of ...",
# 教育国际交流协会); a sentence naming an event's organisers names no pair.
NO_PAIR = [
    ("3月5日，江西省教育厅国际合作与交流处处长李明，英国驻华使馆教育处主任出席活动并致辞。", "zh"),
    ("3月5日，交流会由江西省教育厅主办，南昌大学承办，江西省教育国际交流协会协办，法国驻华大使馆给予支持。", "zh"),
    (
        "The forum was supported by the Jiangxi Provincial Department of Education and the Delegation of German "
        "Industry and Commerce in Shanghai.",
        "en",
    ),
]


@pytest.mark.parametrize(("text", "language"), NO_PAIR)
def test_words_of_names_and_organisers_give_no_pair_s20_q(extract, text, language):
    assert pairs(extract(text, language)) == set()


def test_cooperation_that_stands_at_a_stage_is_still_cooperation_s20_q(extract):
    # 合作处于 is no office (处 of 处于)
    assert pairs(extract("3月5日，南昌大学与利兹大学的合作处于新的阶段。", "zh")) == {("南昌大学", "利兹大学")}


def test_host_of_an_institute_abroad_is_a_side_s20_q(extract):
    # the foreign host named only inside the name of a Confucius Institute abroad the Chinese side runs
    text = (
        "Prof. Chen said Zhejiang Normal University valued its cooperation with the University of Dar es Salaam, "
        "and that his university, which also runs the Confucius Institute at the University of Yaoundé II in "
        "Cameroon, regarded Africa as a priority."
    )
    found = {(p.chinese.name, p.foreign.name, p.kind) for p in extract(text, "en").partnerships}
    assert ("Zhejiang Normal University", "University of Yaoundé II", "joint_institute") in found


def test_lines_of_a_list_announced_for_a_period_take_no_day_s20_q(extract):
    text = (
        "On October 13, the 2026 Work Conference on Cooperation in Running Schools was held in Hangzhou.\n"
        "This year, the Ministry of Education approved two new Sino-foreign cooperative programs:\n"
        "Zhejiang Normal University and the University of Galway, undergraduate program in nursing;\n"
        "Hangzhou Normal University and the University of Ottawa, master's program in interpreting.\n"
        "At the conference, Hangzhou Normal University and the University of Ottawa signed the implementation "
        "agreement for their program."
    )
    dates = {p.foreign.name: p.date for p in extract(text, "en").partnerships}
    assert dates == {"University of Galway": None, "University of Ottawa": "2025-10-13"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a memorandum only talked about: talks
        (
            "On October 22, the delegation visited the University of Salamanca, where Vice President Sun of Henan "
            "Normal University held talks with the Vice-Rector. The two sides discussed a joint master's programme "
            "and agreed to continue consultations on a memorandum of understanding.",
            "talks",
        ),
        # a memorandum signed
        (
            "On October 22, Henan Normal University and the University of Salamanca signed a memorandum of "
            "understanding on a joint master's programme.",
            "mou",
        ),
    ],
)
def test_a_document_talked_about_is_no_document_signed_s20_q(extract, text, kind):
    assert {p.kind for p in extract(text, "en").partnerships} == {kind}


def test_universities_of_both_sides_are_no_pair_named_before_s20_q(extract):
    text = (
        "11月18日，南昌大学与卑尔根大学签署合作协议。挪威驻上海总领事馆总领事表示，挪威在海洋研究方面经验丰富，"
        "双方高校合作互补性强。"
    )
    assert pairs(extract(text, "zh")) == {("南昌大学", "卑尔根大学")}


def test_pairs_listed_before_respectively_sign_the_document_after_them_s20_q(extract):
    text = (
        "会上，南昌大学与利兹大学签署合作协议，江西师范大学与卡迪夫大学、江西农业大学与雷丁大学分别签署合作备忘录，"
        "江西财经大学与邓迪大学签订学生交流协议。"
    )
    kinds = {p.foreign.name: p.kind for p in extract(text, "zh").partnerships}
    assert kinds == {"利兹大学": "agreement", "卡迪夫大学": "mou", "雷丁大学": "mou", "邓迪大学": "agreement"}
