"""Partnership kinds: how bulletins state what a pair did (corpus/GUIDE.md, kinds)."""


def kinds(record) -> dict[str, str]:
    return {p.foreign.name: p.kind for p in record.partnerships}


def test_each_pair_takes_the_document_signed_with_it(extract):
    record = extract(
        "Nanchang University signed cooperation agreements with Harlow University (UK) and Bremen Institute"
        " of Technology, Germany, and a memorandum of understanding with Orlov State University (Russia).",
        "en",
    )
    assert kinds(record) == {
        "Harlow University": "agreement",
        "Bremen Institute of Technology": "agreement",
        "Orlov State University": "mou",
    }


def test_a_memorandum_on_a_programme_is_a_memorandum(extract):
    record = extract(
        "Nanchang University signed a memorandum of understanding with Harlow University (UK) on a 2+2"
        " programme in physics.",
        "en",
    )
    assert kinds(record) == {"Harlow University": "mou"}


def test_a_programme_launched_beside_another_pairs_signing_keeps_its_kind(extract):
    record = extract(
        "Nanchang University signed a memorandum of understanding with Harlow University (UK), and Jiangxi"
        " Normal University and Orlov State University (Russia) agreed to launch a 2+2 programme.",
        "en",
    )
    assert kinds(record) == {"Harlow University": "mou", "Orlov State University": "joint_program"}


def test_talks_on_cooperation_are_talks(extract):
    record = extract(
        "Orlov State University (Russia) held talks with Nanchang University on cooperation in chemistry.", "en"
    )
    assert kinds(record) == {"Orlov State University": "talks"}


def test_chinese_talks_about_joint_training_are_talks(extract):
    record = extract("南昌大学与俄罗斯喀山联邦大学就化学专业联合培养进行了会谈。", "zh")
    assert [p.kind for p in record.partnerships] == ["talks"]


def test_chinese_wish_to_train_jointly_is_talks(extract):
    record = extract("俄罗斯喀山联邦大学愿与南昌大学在本硕博各层次开展人才联合培养。", "zh")
    assert [p.kind for p in record.partnerships] == ["talks"]


def test_chinese_list_shares_the_document_named_after_it(extract):
    record = extract("11月5日，江西师范大学分别与俄罗斯喀山联邦大学、白俄罗斯戈梅利国立大学签署合作备忘录。", "zh")
    assert len(record.partnerships) == 2
    assert {p.kind for p in record.partnerships} == {"mou"}


def test_chinese_agreement_to_build_a_joint_college_is_an_agreement(extract):
    record = extract("南昌大学与俄罗斯喀山联邦大学签署《共建联合学院合作协议》。", "zh")
    assert [p.kind for p in record.partnerships] == ["agreement"]


def test_chinese_approved_joint_college_named_beside_the_pair(extract):
    record = extract("近日，教育部批准南昌大学与俄罗斯喀山联邦大学合作设立南昌大学喀山学院。", "zh")
    assert [p.kind for p in record.partnerships] == ["joint_institute"]


def test_chinese_approving_government_body_is_no_partner(extract):
    # (the event words are searched in this sentence alone: it names a government side)
    record = extract("江西省教育厅批准了英国哈洛大学的合作办学项目申请。", "zh")
    assert record.partnerships == []


def test_chinese_undergraduate_education_programme_is_a_joint_programme(extract):
    record = extract("南昌大学与俄罗斯喀山联邦大学合作举办的化学专业本科教育项目通过评估。", "zh")
    assert [p.kind for p in record.partnerships] == ["joint_program"]


def test_a_foreign_side_named_before_its_partner_takes_the_document_after_both(extract):
    record = extract(
        "Harlow University (UK) and Nanchang University signed a memorandum of understanding, and Jiangxi"
        " Normal University signed an agreement with Orlov State University (Russia).",
        "en",
    )
    assert kinds(record) == {"Harlow University": "mou", "Orlov State University": "agreement"}


def test_parents_of_a_listed_joint_institute_are_joint_institute_whatever_they_sign(extract):
    record = extract("南昌大学与英国伦敦大学玛丽女王学院签署合作备忘录。南昌大学玛丽女王学院迎来新生。", "zh")
    stated = [p for p in record.partnerships if not p.inferred]
    assert [p.kind for p in stated] == ["joint_institute"]


def test_signing_one_is_signing_the_document_named_in_the_sentence(extract):
    record = extract(
        "Nanchang University signed a memorandum of understanding with Harlow University (UK), and Jiangxi"
        " Normal University signed one with Orlov State University (Russia).",
        "en",
    )
    assert kinds(record) == {"Harlow University": "mou", "Orlov State University": "mou"}


def test_signing_with_takes_the_document_named_in_the_sentence_before(extract):
    record = extract(
        "Eight universities signed cooperation agreements with foreign partners on Monday. Among them,"
        " Nanchang University signed with Harlow University (UK).",
        "en",
    )
    assert kinds(record) == {"Harlow University": "agreement"}


def test_the_two_sides_after_a_tour_of_several_partners_pair_with_none_of_them(extract):
    record = extract(
        "6月3日至10日，南昌大学代表团先后访问英国哈洛大学、俄罗斯喀山联邦大学和白俄罗斯戈梅利国立大学。"
        "6月4日，代表团在伦敦参观实验室，双方签署合作协议。",
        "zh",
        published="2025-06-16",
    )
    assert "agreement" not in {p.kind for p in record.partnerships}


def test_chinese_pairs_listed_before_one_document_each_sign_it(extract):
    record = extract(
        "会议期间，南昌大学与英国哈洛大学、江西师范大学与俄罗斯喀山联邦大学分别签署中外合作办学项目协议。", "zh"
    )
    assert len(record.partnerships) == 2
    assert {p.kind for p in record.partnerships} == {"agreement"}


def test_one_foreign_side_with_several_chinese_ones_gives_each_its_own_kind(extract):
    record = extract(
        "Harlow University (UK) runs a joint programme in nursing with Nanchang University and signed a"
        " memorandum of understanding with Jiangxi Normal University.",
        "en",
    )
    assert {p.chinese.name: p.kind for p in record.partnerships} == {
        "Nanchang University": "joint_program",
        "Jiangxi Normal University": "mou",
    }


def test_that_university_is_the_chinese_side_named_before(extract):
    record = extract(
        "19日，南昌大学与英国哈洛大学签署合作备忘录。当天，该校还与俄罗斯喀山联邦大学签署合作意向书。",
        "zh",
        published="2025-10-21",
    )
    assert {(p.chinese.name, p.kind) for p in record.partnerships} == {("南昌大学", "mou")}
    assert len(record.partnerships) == 2


def test_an_alliance_founded_in_a_year_by_both_pairs_its_founders(extract):
    record = extract(
        "Founded in 2011 by Nanchang University and Orlov State University (Russia), the association has 70 members.",
        "en",
    )
    assert [(p.chinese.name, p.kind) for p in record.partnerships] == [("Nanchang University", "other")]


def test_a_joint_institute_named_at_its_chinese_parent_pairs_that_parent(extract):
    record = extract(
        "The Ministry of Education has approved the Harlow Joint Institute of Physics at Nanchang University,"
        " set up with Harlow University (UK). Nanchang University is in Jiangxi.",
        "en",
    )
    assert {(p.chinese.name, p.foreign.name, p.kind) for p in record.partnerships if not p.inferred} == {
        ("Nanchang University", "Harlow University", "joint_institute")
    }
