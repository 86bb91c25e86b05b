"""Partnerships: who cooperates with whom, of what kind, when."""

from support import pairs


def test_between_pairs_stay_inside_their_between(extract):
    record = extract(
        "On November 3, agreements were signed between Nanchang University and Velmora Technical University, "
        "and between Jiangxi Normal University and Orlov State University (Russia).",
        "en",
    )
    assert pairs(record) == {
        ("Nanchang University", "Velmora Technical University"),
        ("Jiangxi Normal University", "Orlov State University"),
    }
    assert {p.date for p in record.partnerships} == {"2025-11-03"}


def test_one_chinese_side_signs_with_several_foreign_ones(extract):
    record = extract(
        "Jiangxi Normal University signed memoranda of understanding with Harlow University (UK),"
        " Bremen Institute of Technology, Germany and Lisna State University, Belarus.",
        "en",
    )
    assert {p.foreign.name for p in record.partnerships} == {
        "Harlow University",
        "Bremen Institute of Technology",
        "Lisna State University",
    }
    assert {p.kind for p in record.partnerships} == {"mou"}
    assert {p.foreign_country for p in record.partnerships} == {"GB", "DE", "BY"}


def test_dual_degree_programme_kind(extract):
    record = extract("Nanchang University and Harlow University, UK, launched a 2+2 dual degree programme.", "en")
    assert [p.kind for p in record.partnerships] == ["joint_program"]


def test_no_trigger_no_partnership(extract):
    record = extract("Nanchang University and Harlow University, UK, are both old.", "en")
    assert record.partnerships == []


def test_chinese_one_side_with_each_listed_partner(extract):
    record = extract("11月5日，江西师范大学分别与俄罗斯喀山联邦大学、白俄罗斯戈梅利国立大学签署合作协议。", "zh")
    assert {p.chinese.name for p in record.partnerships} == {"江西师范大学"}
    assert len(record.partnerships) == 2
    assert {p.date for p in record.partnerships} == {"2025-11-05"}


def test_chinese_memorandum_in_book_title_marks(extract):
    record = extract("南昌大学与英国哈洛大学签署《合作办学谅解备忘录》。", "zh")
    assert [(p.kind, p.foreign_country) for p in record.partnerships] == [("mou", "GB")]


def test_the_two_sides_are_the_pair_named_before(extract):
    record = extract(
        "12月29日，代表团访问俄罗斯某某交通大学。南昌大学校长与对方举行会谈，双方签署了合作协议。",
        "zh",
        published="2025-01-05",
    )
    assert [(p.chinese.name, p.kind, p.date) for p in record.partnerships] == [("南昌大学", "agreement", "2024-12-29")]


def test_on_a_university_page_a_foreign_side_alone_pairs_with_the_publisher(extract):
    record = extract(
        "3月17日，日本某某大学副校长一行来访，双方签署了学生交流备忘录。",
        "zh",
        url="https://news.jxnu.edu.cn/info/1011/1.htm",
        published="2025-03-20",
    )
    assert [(p.chinese.canonical_id, p.kind) for p in record.partnerships] == [
        (record.document.publisher.canonical_id, "mou")
    ]


def test_list_lines_after_an_announcing_colon_are_partnerships(extract):
    record = extract(
        "The Ministry of Education approved three new cooperative undergraduate programmes. They are:"
        "\n\nNanchang University and Harlow University (UK): physics;\n\n"
        "Jiangxi Normal University and Orlov State University (Russia): music.",
        "en",
    )
    assert {(p.chinese.name, p.kind) for p in record.partnerships} == {
        ("Nanchang University", "joint_program"),
        ("Jiangxi Normal University", "joint_program"),
    }


def test_the_two_sides_reach_back_past_sentences_naming_no_institution(extract):
    record = extract(
        "Nanchang University welcomed a delegation from Harlow University (UK) on March 3."
        " The visitors toured the library. Later the two sides signed a memorandum of understanding.",
        "en",
    )
    assert [(p.chinese.name, p.foreign.name, p.kind) for p in record.partnerships] == [
        ("Nanchang University", "Harlow University", "mou")
    ]


def test_a_sentence_without_a_trigger_gives_no_partnership_but_names_the_sides(extract):
    record = extract(
        "Nanchang University and Harlow University (UK) are old friends. The two sides signed an agreement.",
        "en",
    )
    assert [(p.chinese.name, p.kind, p.evidence.text) for p in record.partnerships] == [
        ("Nanchang University", "agreement", "The two sides signed an agreement.")
    ]


def test_a_signing_during_a_stretch_of_days_has_no_day_talks_start_on_its_first(extract):
    week = (
        "More than 120 agreements were signed during the China-ASEAN Education Cooperation Week, held from "
        "Aug. 26 to 30 in Guiyang. Guizhou University signed an agreement with Chiang Mai University."
    )
    record = extract(week, "en", published="2024-09-02")
    assert [(p.kind, p.date) for p in record.partnerships] == [("agreement", None)]
    visit = (
        "From October 21 to 25, a delegation from Kazakh National Agrarian Research University visited "
        "Northwest A&F University and held talks on cooperation."
    )
    record = extract(visit, "en", published="2024-10-25")
    assert [(p.kind, p.date) for p in record.partnerships] == [("talks", "2024-10-21")]


def test_cooperates_with_pairs_each_listed_partner_with_no_day(extract):
    record = extract(
        "On March 3, the rector received guests. Orlov State University (Russia) now cooperates with"
        " 14 Chinese universities, including Nanchang University and Jiangxi Normal University.",
        "en",
        published="2025-03-05",
    )
    assert {(p.chinese.name, p.foreign.name, p.kind, p.date) for p in record.partnerships} == {
        ("Nanchang University", "Orlov State University", "other", None),
        ("Jiangxi Normal University", "Orlov State University", "other", None),
    }


def test_a_standing_relation_takes_no_day_but_a_signing_beside_it_keeps_its_own(extract):
    record = extract(
        "On March 3, Nanchang University signed an agreement with Harlow University (UK). "
        "Jiangxi Normal University cooperates with Harlow University in physics.",
        "en",
        published="2025-03-05",
    )
    assert {(p.chinese.name, p.date) for p in record.partnerships} == {
        ("Nanchang University", "2025-03-03"),
        ("Jiangxi Normal University", None),
    }


def test_a_mission_that_only_witnesses_a_signing_is_no_partner(extract):
    record = extract(
        "On March 3, Nanchang University signed an agreement with Harlow University (UK). Li Ming, President of"
        " Nanchang University, and Alan Reed, Consul General of the British Consulate-General Shanghai,"
        " witnessed the signing.",
        "en",
        published="2025-03-05",
    )
    assert {(p.chinese.name, p.foreign.name) for p in record.partnerships} == {
        ("Nanchang University", "Harlow University")
    }


def test_a_visiting_mission_with_no_other_foreign_visitor_is_the_partner(extract):
    record = extract(
        "On March 3, the Ambassador visited Nanchang University, accompanied by the Counsellor for Education"
        " of the Embassy of Kazakhstan in China, and held talks on student exchanges.",
        "en",
        published="2025-03-05",
    )
    assert {p.foreign.name for p in record.partnerships} == {"Embassy of Kazakhstan in China"}


def test_a_chinese_embassy_abroad_is_no_chinese_side(extract):
    record = extract(
        "5月12日，校长率团访问了俄罗斯喀山联邦大学，并拜会了中国驻俄罗斯大使馆。",
        "zh",
        url="https://news.ncu.edu.cn/info/1011/1.htm",
        published="2025-05-20",
    )
    publisher = record.document.publisher.canonical_id
    assert {(p.chinese.canonical_id, p.foreign.name) for p in record.partnerships} == {(publisher, "喀山联邦大学")}


def test_a_consulate_that_accompanies_a_visit_is_no_partner(extract):
    record = extract(
        "5月12日，英国哈洛大学副校长一行访问南昌大学，双方签署合作备忘录。英国驻重庆总领事馆文化教育处参赞陪同来访。",
        "zh",
        url="https://news.ncu.edu.cn/info/1011/1.htm",
        published="2025-05-20",
    )
    assert {p.foreign.name for p in record.partnerships} == {"哈洛大学"}


def test_the_two_sides_of_a_sentence_naming_two_chinese_parties_are_those(extract):
    record = extract(
        "11月21日，学校与老挝国立大学签署合作备忘录。同日，学校还与南昌轨道交通集团有限公司签署校企合作协议，双方将共建实训基地。",
        "zh",
        url="https://news.ncu.edu.cn/info/1011/1.htm",
        published="2025-11-25",
    )
    assert [(p.foreign.name, p.kind) for p in record.partnerships] == [("老挝国立大学", "mou")]


def test_a_list_item_naming_a_joint_institute_beside_its_parents_is_their_partnership(extract):
    record = extract(
        "The following institutes and programmes were approved.\n\n"
        "1. Nanchang University and the University of Aberdeen, United Kingdom: NCU Aberdeen Institute"
        " of Data Science (undergraduate education).\n\n"
        "2. Jiangxi Normal University and the University of Birmingham, United Kingdom: Bachelor's program"
        " in Accounting.",
        "en",
    )
    assert {(p.chinese.name, p.kind) for p in record.partnerships} == {
        ("Nanchang University", "joint_institute"),
        ("Jiangxi Normal University", "joint_program"),
    }


def test_a_joint_institute_organising_what_governments_host_makes_them_no_pair(extract):
    record = extract(
        "Hosted by the Department of Education of Jiangxi Province and the British Council, and organised by"
        " the NCU Aberdeen Institute of Data Science, the forum drew 200 guests.",
        "en",
    )
    assert record.partnerships == []
