"""Roles spread over a whole bulletin (session 12): a council table whose country column comes out
as a line after each name, a country written before a name inside a heading's list, an event held
"by the alliance" (由联盟主办), a list of new members introduced in one paragraph and named at the
head of the next, a count of admitted newcomers that is no total, a "Standing council members"
heading. Each passage is made up in the way the genre writes, with the facts a careful reader takes."""

A_EN = "The Pearl River Universities Alliance held its council meeting in Guangzhou on May 3.\n\n"
A_ZH = "5月3日，珠江高校国际合作联盟理事会在广州召开。\n\n"


def _roles(record) -> set[tuple[str, str]]:
    return {(r.member.name, r.role) for r in record.roles}


def _counts(record) -> set[tuple[str, int]]:
    return {(c.role, c.count) for c in record.role_counts}


def test_a_table_with_a_country_column_lists_every_row(extract):
    # | Position | Institution | Country |, one cell a line as a table reads out
    record = extract(
        A_EN + "Position\n\nInstitution\n\nCountry\n\n"
        "Vice-chair institutions\n\nSun Yat-sen University\n\nChina\n\nChulalongkorn University\n\nThailand\n\n"
        "University of Malaya\n\nMalaysia\n\n"
        "Secretariat\n\nJinan University\n\nChina\n\n",
        "en",
    )
    assert _roles(record) == {
        ("Sun Yat-sen University", "vice_chair"),
        ("Chulalongkorn University", "vice_chair"),
        ("University of Malaya", "vice_chair"),
        ("Jinan University", "secretariat"),
    }


def test_a_chinese_table_with_a_country_column_lists_every_row(extract):
    record = extract(
        A_ZH + "理事会职务\n\n单位名称\n\n国别\n\n"
        "副理事长单位\n\n中山大学\n\n中国\n\n朱拉隆功大学\n\n泰国\n\n"
        "秘书处\n\n暨南大学\n\n中国\n\n",
        "zh",
    )
    assert _roles(record) == {
        ("中山大学", "vice_chair"),
        ("朱拉隆功大学", "vice_chair"),
        ("暨南大学", "secretariat"),
    }


def test_a_line_that_is_no_country_still_ends_the_list(extract):
    record = extract(
        A_EN + "Vice-chair institutions\n\nSun Yat-sen University\n\nChina\n\n"
        "Delegates later visited Jinan University.\n\n",
        "en",
    )
    assert _roles(record) == {("Sun Yat-sen University", "vice_chair")}


def test_a_country_before_a_name_in_a_heading_list(extract):
    record = extract(A_ZH + "副理事长单位（排名不分先后）：\n\n中山大学、暨南大学、泰国朱拉隆功大学\n\n", "zh")
    assert _roles(record) == {
        ("中山大学", "vice_chair"),
        ("暨南大学", "vice_chair"),
        ("朱拉隆功大学", "vice_chair"),
    }


def test_an_event_held_by_the_alliance_spoken_of_by_its_head_word(extract):
    record = extract(
        "珠江高校国际合作联盟成立于2019年。11月5日，2025珠江国际教育论坛在广州开幕。论坛由联盟主办，中山大学承办。",
        "zh",
    )
    forum = {(r.member.name, r.role) for r in record.roles if r.organization.name == "2025珠江国际教育论坛"}
    assert forum == {("珠江高校国际合作联盟", "organizer"), ("中山大学", "host")}


def test_an_english_event_hosted_by_the_alliance(extract):
    record = extract(
        "The Pearl River Universities Alliance was founded in 2019. "
        "The 2025 Pearl River International Education Forum opened in Guangzhou on November 5. "
        "The forum was hosted by the alliance and organized by Sun Yat-sen University.",
        "en",
    )
    forum = {
        (r.member.name, r.role)
        for r in record.roles
        if r.organization.name == "2025 Pearl River International Education Forum"
    }
    assert ("Pearl River Universities Alliance", "organizer") in forum
    assert ("Sun Yat-sen University", "host") in forum


def test_the_alliance_as_a_part_of_another_name_holds_no_event_role(extract):
    record = extract(
        "The Pearl River Universities Alliance was founded in 2019. "
        "The 2025 Pearl River International Education Forum opened in Guangzhou on November 5. "
        "The forum was hosted by the alliance's secretariat.",
        "en",
    )
    assert not [r for r in record.roles if r.role == "organizer"]


def test_new_members_named_at_the_head_of_the_next_paragraph(extract):
    record = extract(
        A_ZH + "会议审议通过了吸纳新成员单位的议案，同意3所高校加入联盟。\n\n"
        "新加入的高校是：华南理工大学、汕头大学、朱拉隆功大学。\n\n",
        "zh",
    )
    assert _roles(record) == {
        ("华南理工大学", "member"),
        ("汕头大学", "member"),
        ("朱拉隆功大学", "member"),
    }
    assert not _counts(record)  # (3 admitted: newcomers, not the number of members)


def test_english_new_members_named_in_the_next_paragraph(extract):
    record = extract(
        A_EN + "The council welcomed two new members.\n\nThey are Shantou University and Chulalongkorn University.\n\n",
        "en",
    )
    assert _roles(record) == {("Shantou University", "member"), ("Chulalongkorn University", "member")}


def test_a_count_after_a_word_of_admitting_counts_newcomers(extract):
    admitted = extract(A_ZH + "会议批准5所高校成为联盟成员单位。", "zh")
    assert ("member", 5) not in _counts(admitted)
    total = extract(A_ZH + "目前联盟共有成员单位35家。", "zh")
    assert ("member", 35) in _counts(total)


def test_a_standing_council_heading(extract):
    record = extract(
        A_EN + "Standing council members\n\nShantou University\n\nJinan University\n\n",
        "en",
    )
    assert _roles(record) == {("Shantou University", "director"), ("Jinan University", "director")}


def test_an_institution_serving_as_the_rotating_chair(extract):
    record = extract(A_EN + "Jinan University will serve as the alliance's rotating chair for 2026.", "en")
    assert _roles(record) == {("Jinan University", "chair")}


def test_a_person_serving_as_the_rotating_chair_gives_no_role(extract):
    record = extract(A_EN + "Jinan University's president will serve as the rotating chair for 2026.", "en")
    assert not _roles(record)


def test_a_council_co_chaired_by_two_institutions(extract):
    record = extract(A_EN + "The council is co-chaired by Sun Yat-sen University and Chulalongkorn University.", "en")
    assert _roles(record) == {("Sun Yat-sen University", "chair"), ("Chulalongkorn University", "chair")}


def test_a_member_of_the_alliance(extract):
    record = extract(A_EN + "Shantou University has been a member of the alliance since 2019.", "en")
    assert _roles(record) == {("Shantou University", "member")}


def test_a_member_of_something_else_is_no_member_of_the_alliance(extract):
    record = extract(A_EN + "Shantou University is a member of the Guangdong delegation.", "en")
    assert not _roles(record)


def test_a_founding_member_in_chinese(extract):
    record = extract(A_ZH + "汕头大学是联盟的创始成员。", "zh")
    assert _roles(record) == {("汕头大学", "member")}


def test_a_secretariat_attached_to_an_institution(extract):
    record = extract(A_ZH + "联盟秘书处挂靠暨南大学。", "zh")
    assert _roles(record) == {("暨南大学", "secretariat")}


F_EN = "The 2025 Pearl River International Education Forum opened in Guangzhou on May 3. "


def test_the_host_university_beside_its_name(extract):
    record = extract(F_EN + "Sun Yat-sen University, the host university, welcomed guests from 12 countries.", "en")
    assert _roles(record) == {("Sun Yat-sen University", "host")}


def test_the_host_university_apart_from_a_name_claims_none(extract):
    record = extract(F_EN + "Students from Jinan University will spend a year at the host university.", "en")
    assert not _roles(record)
