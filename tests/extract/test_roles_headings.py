"""Roles given by a heading line and the list of names on the lines after it."""


def _roles(record):
    return {(r.member.name, r.role) for r in record.roles}


def test_chinese_headings_with_lists_and_country_prefixes(extract):
    record = extract(
        "5月8日，湘江高校国际合作联盟成立大会在长沙举行。\n\n"
        "附：联盟首届理事会名单\n\n"
        "理事长单位：\n\n湖南大学\n\n"
        "副理事长单位（排名不分先后）：\n\n中南大学\n\n湘潭大学\n\n"
        "理事单位（按国别排序）：\n\n中国：长沙理工大学、吉首大学\n\n泰国：清迈大学\n\n",
        "zh",
    )
    assert _roles(record) == {
        ("湖南大学", "chair"),
        ("中南大学", "vice_chair"),
        ("湘潭大学", "vice_chair"),
        ("长沙理工大学", "director"),
        ("吉首大学", "director"),
        ("清迈大学", "director"),
    }
    assert {r.organization.name for r in record.roles} == {"湘江高校国际合作联盟"}


def test_english_headings_with_one_name_a_line(extract):
    record = extract(
        "The Pearl River Universities Alliance was launched in Guangzhou on May 3.\n\n"
        "Chair institution\n\nSun Yat-sen University (China)\n\n"
        "Vice-chair institutions:\n\nSouth China University of Technology\n\nUniversity of Macau (Macau)\n\n"
        "Secretariat\n\nJinan University\n\n",
        "en",
    )
    assert _roles(record) == {
        ("Sun Yat-sen University", "chair"),
        ("South China University of Technology", "vice_chair"),
        ("University of Macau", "vice_chair"),
        ("Jinan University", "secretariat"),
    }


def test_a_sentence_after_the_list_ends_it(extract):
    record = extract(
        "The Pearl River Universities Alliance was launched in Guangzhou on May 3.\n\n"
        "Member universities\n\nSun Yat-sen University\n\n"
        "A delegation from Jinan University visited the University of Macau the next day.\n\n",
        "en",
    )
    assert _roles(record) == {("Sun Yat-sen University", "member")}


def test_a_heading_over_people_gives_their_universities_no_role(extract):
    record = extract(
        "湘江高校国际合作联盟成立大会在长沙举行。\n\n理事长：\n\n张华（湖南大学校长）\n\n秘书长：\n\n李明，中南大学副校长\n\n",
        "zh",
    )
    assert not [r for r in record.roles if r.role in {"chair", "secretariat"}]


def test_a_list_word_after_also_introduces_the_members(extract):
    record = extract(
        "The Pearl River Universities Alliance was launched in Guangzhou on May 3. Its founding members "
        "also include Jinan University and Shenzhen University.",
        "en",
    )
    assert _roles(record) == {("Jinan University", "member"), ("Shenzhen University", "member")}


def test_an_appended_numbered_member_list(extract):
    record = extract(
        "湘江高校国际合作联盟第二次全体会议在湘潭举行，会议通过了新的联盟章程。\n\n"
        "附：联盟成员单位名单\n\n1. 湖南大学\n\n2. 中南大学（排名不分先后）\n\n3. 吉首大学\n\n",
        "zh",
    )
    assert _roles(record) == {("湖南大学", "member"), ("中南大学", "member"), ("吉首大学", "member")}
